/**
 * The writer's text around a quotation: its own sentence before and after the marks, the
 * sentences next to it, and sentences read over other quotations (masked as opaque words so
 * that offsets stay put). Pure text geometry; nothing here decides who speaks.
 */
import { endsSentence, type Range } from './layout.js';
import type { QuoteSpan } from './spans.js';

/** The writer's sentence around a span: back to a sentence end, forward to the next one. */
export function regions(text: string, spans: QuoteSpan[], i: number, paras: Range[]): { before: Range; after: Range } {
  const s = spans[i]!;
  const para = paras[s.paragraph]!;
  const prev = spans[i - 1];
  const next = spans[i + 1];
  let lo = para.start;
  if (prev && prev.paragraph === s.paragraph) lo = prev.close >= 0 ? prev.close + 1 : prev.end;
  let bStart = s.open;
  while (bStart > lo && !endsSentence(text, bStart - 1)) bStart--;
  const before = { start: bStart, end: s.open };

  if (s.close < 0) return { before, after: { start: s.end, end: s.end } };
  const hi = next && next.paragraph === s.paragraph ? next.open : para.end;
  let aEnd = s.close + 1;
  while (aEnd < hi && !endsSentence(text, aEnd)) aEnd++;
  if (aEnd < hi) aEnd++;
  return { before, after: { start: s.close + 1, end: aEnd } };
}

export function flat(text: string, r: Range): string {
  // Single newlines of hard-wrapped copy read as spaces; length is kept so offsets still add up.
  return text.slice(r.start, r.end).replace(/\s/g, ' ');
}

/**
 * The writer's sentence ending just before `pos` (skipping spaces), not reaching before `floor`.
 * Null when it holds quotation marks: a quoted sentence carries its own attribution.
 */
export function sentenceBefore(text: string, pos: number, floor: number): Range | null {
  let end = pos;
  while (end > floor && /\s/.test(text[end - 1]!)) end--;
  if (end <= floor) return null;
  let start = end - 1;
  while (start > floor && !endsSentence(text, start - 1)) start--;
  const s = text.slice(start, end);
  if (/["“”]/.test(s) || s.length > 400) return null;
  return { start, end };
}

export function sentenceAfter(text: string, pos: number, ceiling: number): Range | null {
  let start = pos;
  while (start < ceiling && /\s/.test(text[start]!)) start++;
  if (start >= ceiling) return null;
  let end = start;
  while (end < ceiling && !endsSentence(text, end)) end++;
  if (end < ceiling) end++;
  const s = text.slice(start, end);
  if (/["“”]/.test(s) || s.length > 400) return null;
  return { start, end };
}

/**
 * The writer's sentence from its start up to `span`, when it runs over earlier quotations in
 * the same paragraph (each masked as one opaque word, offsets kept). Null when no earlier
 * quotation sits in the sentence: the ordinary region already covers it.
 */
/**
 * The writer's text after `span` to the end of its sentence, reading on over the quotation
 * marks of a title or scare quote (masked as one opaque word, offsets kept). Null when no such
 * span cut the ordinary region short.
 */
export function sentenceAfterTitles(text: string, spans: QuoteSpan[], titles: Set<QuoteSpan>, span: QuoteSpan, after: Range, para: Range): string | null {
  const k = spans.indexOf(span) + 1;
  const title = spans[k];
  if (!title || title.paragraph !== span.paragraph || title.open !== after.end || title.close < 0 || !titles.has(title)) return null;
  let end = title.close + 1;
  const next = spans[k + 1];
  const hi = next && next.paragraph === span.paragraph ? next.open : para.end;
  while (end < hi && !endsSentence(text, end)) end++;
  if (end < hi) end++;
  if (end - after.start > 400) return null;
  const out = text.slice(after.start, end).replace(/\s/g, ' ');
  const a = title.open - after.start;
  const b = title.close + 1 - after.start;
  return out.slice(0, a) + 'x'.repeat(b - a) + out.slice(b);
}

/**
 * The sentence before `pos`, quotations in it masked as opaque words (offsets kept), so that a
 * full stop inside a quotation does not end it early.
 */
export function maskedSentenceBefore(text: string, pos: number, floor: number): { text: string; start: number } | null {
  const from = Math.max(floor, pos - 400);
  // Quotations are masked before the line breaks go: a pair of marks never spans a blank line
  // (`…underwithheld."` then, a paragraph on, `"The first half …` is two quotations' edges).
  const masked = text
    .slice(from, pos)
    .replace(/[“"](?:(?!\n[^\S\n]*\n)[^“”"])*[”"]/g, (q) => 'x'.repeat(q.length))
    .replace(/\s/g, ' ');
  const body = masked.trimEnd();
  if (!body) return null;
  let start = body.length - 1;
  // A full stop, or one closing an earlier quotation (`….” `), followed by a space ends a sentence.
  // "Mr. Trump": an abbreviation's full stop ends nothing. Read on the text itself, where a
  // masked quotation after the stop still opens with its mark (the body keeps the offsets).
  // A blank line ends a paragraph, whatever closes it (a masked quotation included).
  const endsBefore = (i: number): boolean =>
    /\s/.test(body[i] ?? '') &&
    ((/[.!?]/.test(body[i - 1]!) && endsSentence(text, from + i - 1)) ||
      (/["”’]/.test(text[from + i - 1] ?? '') && /[.!?]/.test(text[from + i - 2] ?? '')) ||
      (text[from + i] === '\n' && /\n[^\S\n]*$/.test(text.slice(Math.max(0, from + i - 4), from + i)) && /\S/.test(body.slice(0, i))));
  while (start > 0 && !endsBefore(start)) start--;
  const lead = body.slice(start).length - body.slice(start).trimStart().length;
  const sentence = body.slice(start + lead);
  // A mark left unpaired means the quotations could not be told apart from the writer's words.
  if (/["“”]/.test(sentence)) return null;
  return { text: sentence, start: from + start + lead };
}

export function wholeSentenceBefore(text: string, spans: QuoteSpan[], span: QuoteSpan, para: Range): { text: string; start: number } | null {
  let i = spans.indexOf(span);
  let pos = span.open;
  const masks: QuoteSpan[] = [];
  for (;;) {
    const prev = spans[i - 1];
    const floor = prev && prev.paragraph === span.paragraph && prev.close >= 0 ? prev.close + 1 : para.start;
    let k = pos;
    while (k > floor && !endsSentence(text, k - 1)) k--;
    if (k > floor || !prev || prev.paragraph !== span.paragraph || prev.close < 0) {
      if (masks.length === 0) return null;
      pos = k;
      break;
    }
    // A quotation closed by its own full stop and followed by a capital ended the sentence.
    if (/[.!?]['’]?$/u.test(text.slice(prev.start, prev.end)) && /^\s*[\p{Lu}]/u.test(text.slice(prev.close + 1, span.open))) {
      if (masks.length === 0) return null;
      pos = prev.close + 1;
      break;
    }
    masks.push(prev);
    pos = prev.open;
    i--;
  }
  let out = text.slice(pos, span.open).replace(/\s/g, ' ');
  for (const m of masks) {
    const a = m.open - pos;
    const b = m.close + 1 - pos;
    // `as “Mr. Trump,” while Trump refers to …`: a comma the quotation closes on is the
    // sentence's own punctuation, and the clause reader needs to see it.
    const comma = /[,;]['’]?$/u.test(text.slice(m.start, m.end)) ? ',' : 'x';
    out = out.slice(0, a) + 'x'.repeat(b - a - 1) + comma + out.slice(b);
  }
  if (out.length > 600) return null;
  return { text: out, start: pos };
}

/** Where the sentence holding `pos` starts. */
export function sentenceStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !(/\s/.test(text[i - 1]!) && endsSentence(text, i - 2))) i--;
  return i;
}

/** Words that open a clause with a subject of its own, so no predicate of an earlier one. */
const CLAUSE_OPENERS = /^(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|there|his|her|their|its|our|my|some|many|most|all|no|one|each|both|others?|what|which|who|if|when|as|while|because|so|yet)$/i;

/**
 * `Mr. Trump suggested boycotting Apple …; clashed with Mr. Zuckerberg …; and posted on Twitter
 * that …`: a region opened by a bare predicate after a semicolon shares the subject of the
 * sentence's first clause. The sentence from its real start (semicolons read as commas), or
 * null when the region has a subject of its own or no semicolon came before it.
 */
export function sentenceOverSemicolons(text: string, before: Range, floor: number): Range | null {
  const own = flat(text, before);
  const first = /^\s*(?:(?:and|but|or|then)\s+)?(\p{Ll}[\p{L}'’-]*)\b/u.exec(own);
  if (!first || CLAUSE_OPENERS.test(first[1]!)) return null;
  let start = before.start;
  for (;;) {
    let k = start;
    while (k > floor && /\s/.test(text[k - 1]!)) k--;
    if (k <= floor || text[k - 1] !== ';') break;
    k--;
    while (k > floor && !endsSentence(text, k - 1)) k--;
    start = k;
  }
  if (start === before.start || /["“”]/.test(text.slice(start, before.start)) || before.end - start > 600) return null;
  return { start, end: before.end };
}
