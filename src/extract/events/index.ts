/**
 * Walking-skeleton event finder: a sentence whose verb names a kind of happening becomes an
 * event, dated by the first date in it or by the article's lead event. The dates-and-events
 * issue replaces the keyword table with an editable taxonomy and real actor recognition.
 */
import { createHash } from 'node:crypto';
import type { DateRef, ExtractedEvent } from '../../model/extraction.js';
import { splitSentences } from '../sentences.js';

const TYPES: [string, RegExp][] = [
  ['meeting', /\b(met|meets|meeting|visit(?:ed|s)?|talks|held talks)\b/i],
  ['test-launch', /\b(test-launch(?:ed)?|launch(?:ed|es)?|fired|missile test)\b/i],
  ['agreement', /\b(signed|treaty|agreement|pact)\b/i],
  ['statement', /\b(warned|announced|said|stated|affirmed|emphasi[sz]ed)\b/i],
  ['military-exercise', /\b(drill|exercise)s?\b/i],
  ['attack', /\b(attack(?:ed|s)?|strike|strikes|bomb(?:ed|ing)?|shell(?:ed|ing))\b/i],
  ['deployment', /\b(deploy(?:ed|ing|ment)|dispatched|troops)\b/i],
];

const KNOWN_ACTORS = /\b(Sergei Shoigu|Shoigu|Kim Jong[ -]Un|Vladimir Putin|Putin|Dmitry Medvedev|Medvedev|Donald Trump|Trump|North Korea|South Korea|Russia|Ukraine|United States|U\.S\.)\b/gi;

export function extractEvents(input: { id: string; text: string; referenceDate: string | null }, dates: DateRef[]): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let lead: DateRef | null = null;
  for (const s of splitSentences(input.text)) {
    const sentence = input.text.slice(s.start, s.end);
    const type = TYPES.find(([, re]) => re.test(sentence))?.[0];
    if (!type) continue;
    const date = dates.find((d) => d.start >= s.start && d.end <= s.end && d.precision === 'day') ?? null;
    lead ??= date;
    const used = date ?? lead;
    const actors = [...new Set([...sentence.matchAll(KNOWN_ACTORS)].map((m) => m[0]))];
    events.push({
      id: createHash('sha256').update(`${input.id}\u0000${s.start}\u0000${sentence}`).digest('hex').slice(0, 16),
      date: used?.value ?? input.referenceDate,
      precision: used?.precision ?? (input.referenceDate ? 'day' : null),
      dateSource: date ? 'explicit' : used ? 'inherited' : input.referenceDate ? 'publication' : 'none',
      type,
      actors,
      location: /\bin (Pyongyang|Moscow|Seoul|Kyiv|Kursk)\b/.exec(sentence)?.[1] ?? null,
      summary: sentence.length > 240 ? `${sentence.slice(0, 237)}…` : sentence,
      start: s.start,
      end: s.end,
      confidence: date ? 0.6 : 0.4,
    });
  }
  return events;
}
