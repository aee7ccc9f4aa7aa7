/** Walking-skeleton quote finder: double-quoted spans, speaker from a nearby "X said". */
import { createHash } from 'node:crypto';
import type { Quote } from '../../model/extraction.js';

const QUOTED = /["“]([^"“”]{12,}?)["”]/g;
const SAID_AFTER = /^[,.]?["”]?\s*(?:(?<cue1>said|stated|warned|added)\s+(?<name1>[A-Z][\w-]+(?: [A-Z][\w-]+)*)|(?<name2>[A-Z][\w-]+(?: [A-Z][\w-]+)*)\s+(?<cue2>said|stated|warned|added))/;

export function extractQuotes(input: { id: string; text: string }): Quote[] {
  const quotes: Quote[] = [];
  for (const m of input.text.matchAll(QUOTED)) {
    const start = (m.index ?? 0) + 1;
    const text = m[1] ?? '';
    const after = input.text.slice(start + text.length, start + text.length + 80);
    const said = SAID_AFTER.exec(after);
    const speaker = said?.groups?.name1 ?? said?.groups?.name2 ?? null;
    quotes.push({
      id: createHash('sha256').update(`${input.id}\u0000${text.replace(/\s+/g, ' ')}`).digest('hex').slice(0, 16),
      text,
      speaker,
      speakerMention: speaker,
      cue: said?.groups?.cue1 ?? said?.groups?.cue2 ?? null,
      via: null,
      partial: !/^[A-Z]/.test(text),
      start,
      end: start + text.length,
      confidence: speaker ? 0.5 : 0.2,
    });
  }
  return quotes;
}
