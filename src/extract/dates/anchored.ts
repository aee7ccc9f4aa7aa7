/**
 * Dates pinned to an event rather than to the calendar: "a day before Shoigu's arrival". The
 * event is dated if the same text dates a sentence about the same actor doing the same kind of
 * thing ("Shoigu met with Kim Jong Un on Friday"); otherwise the span keeps its anchor for the
 * event extractor to resolve.
 */
import type { DateRef } from '../../model/extraction.js';
import { addDays, addMonths } from './calendar.js';
import type { Unit } from './types.js';

/** Words that report the same happening: an arrival is a visit is a trip is a meeting. */
const FAMILIES: string[][] = [
  ['arrival', 'arrive', 'arrived', 'arrives', 'visit', 'visited', 'visits', 'trip', 'tour', 'came', 'landed', 'met', 'meeting', 'meets', 'talks', 'stay', 'welcomed', 'received'],
  ['departure', 'depart', 'departed', 'left', 'leave', 'leaves'],
  ['meeting', 'met', 'meet', 'meets', 'talks', 'summit', 'conference', 'session'],
  ['election', 'elections', 'vote', 'voted', 'voting', 'polls', 'ballot', 'referendum'],
  ['signing', 'signed', 'sign', 'treaty', 'agreement', 'accord', 'deal', 'pact'],
  ['launch', 'launched', 'launches', 'test', 'tested', 'fired', 'test-launched'],
  ['attack', 'attacked', 'strike', 'struck', 'raid', 'bombing', 'shelling', 'assault'],
  ['speech', 'address', 'spoke', 'said', 'statement', 'announcement', 'announced'],
  ['death', 'died', 'killed', 'funeral', 'assassination'],
  ['inauguration', 'inaugurated', 'sworn', 'ceremony'],
];

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'our', 'these', 'those']);

interface SentenceRange {
  start: number;
  end: number;
}

export function sentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const re = /[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // Abbreviations ("U.S.", "Oct.") do not end sentences: require a capital after the break.
    const next = text.slice(end).match(/^\s*(\S)/)?.[1] ?? '';
    if (end < text.length && /[.]$/.test(m[0]) && !/[A-Z"“(\d]/.test(next)) continue;
    if (end < text.length && /\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|No)\.$/.test(m[0])) continue;
    out.push({ start, end });
    start = end;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function wordRe(word: string): RegExp {
  return new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:'s|’s)?\\b`, 'i');
}

function phraseParts(phrase: string): { actors: string[]; head: string | null } {
  const words = phrase.split(/\s+/).map((w) => w.replace(/(?:'s|’s|')$/, ''));
  const actors = words.filter((w, i) => /^[A-Z][\p{L}-]+$/u.test(w) && !(i === 0 && DETERMINERS.has(w.toLowerCase())));
  const last = words[words.length - 1]?.toLowerCase() ?? null;
  return { actors, head: last && /^[a-z-]+$/.test(last) && !actors.map((a) => a.toLowerCase()).includes(last) ? last : null };
}

function familyOf(head: string): string[] {
  const words = new Set<string>([head]);
  for (const fam of FAMILIES) if (fam.includes(head)) for (const w of fam) words.add(w);
  return [...words];
}

export function offsetDays(unit: Unit, n: number): number {
  return unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : unit === 'year' ? 365 * n : n;
}

export function shiftDay(value: string, unit: Unit, n: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const d =
    unit === 'day' ? addDays(day, n) : unit === 'week' ? addDays(day, 7 * n) : unit === 'month' ? addMonths(day, n) : unit === 'year' ? addMonths(day, 12 * n) : null;
  return d ? `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}` : null;
}

/**
 * Date `target` (an anchored DateRef with `anchor` set) from the other dates in the text.
 * Returns the value, or null when no sentence clearly reports the same event with a day date.
 */
export function resolveAnchorFromText(
  text: string,
  target: DateRef,
  unit: Unit,
  n: number,
  dated: DateRef[],
  sents: SentenceRange[] = sentences(text),
): string | null {
  if (!target.anchor) return null;
  const { actors, head } = phraseParts(target.anchor.phrase);
  if (actors.length === 0 && !head) return null;
  const family = head ? familyOf(head).map(wordRe) : [];
  const actorRes = actors.map(wordRe);
  let best: { ref: DateRef; score: number; dist: number } | null = null;
  for (const d of dated) {
    if (d === target || d.anchor || d.precision !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
    if (d.start >= target.start && d.end <= target.end) continue;
    const s = sents.find((x) => d.start >= x.start && d.start < x.end);
    if (!s) continue;
    // The anchor's own words do not count as evidence about the other sentence.
    const sentence = text.slice(s.start, s.end).replace(target.span, ' ');
    const actorHits = actorRes.filter((re) => re.test(sentence)).length;
    const familyHit = family.some((re) => re.test(sentence));
    // With a named actor, the sentence must name them; without one, it must name the event.
    if (actors.length > 0 && actorHits === 0) continue;
    if (actors.length === 0 && !familyHit) continue;
    const score = actorHits * 2 + (familyHit ? 1 : 0);
    const dist = Math.abs(d.start - target.start) + (d.start > target.start ? 200 : 0);
    if (!best || score > best.score || (score === best.score && dist < best.dist)) best = { ref: d, score, dist };
  }
  if (!best) return null;
  return shiftDay(best.ref.value, unit, n);
}
