/**
 * Finding quotation spans: pairing double quotation marks, straight or curly, into the
 * stretches of text between them. No judgement about speech happens here; a span is just
 * "characters between a pair of marks" plus how it relates to paragraph breaks.
 */
import { paragraphIndexAt, type Range } from './layout.js';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Text offsets between the marks (start = open + 1). */
  start: number;
  end: number;
  /** Index of the closing mark, or -1 when the span stops at a paragraph end without one. */
  close: number;
  paragraph: number;
  /** The quotation carries on into the next paragraph, which reopens with a mark. */
  continues: boolean;
  /** This span reopens a quotation left open at the end of the previous paragraph. */
  continued: boolean;
  /** Ended at a paragraph break with no closing mark and no reopening: likely a typo. */
  unclosed: boolean;
}

type Family = 'straight' | 'curly' | 'low' | 'guillemet';
type Role = 'open' | 'close' | 'either';

const MARKS = /["“”„«»]/g;
const STRAIGHT_APOSTROPHE = /^\p{L}"(?:s|t|m|ll|re|ve|d)(?![\p{L}\p{N}])/u;
const FEET_AND_INCHES = /(?<![\d.,])\d['’]\s?\d{1,2}(?:\.\d)?$/;

function familyOf(ch: string): Family {
  switch (ch) {
    case '"':
      return 'straight';
    case '„':
      return 'low';
    case '«':
    case '»':
      return 'guillemet';
    default:
      return 'curly';
  }
}

const OPENING_CONTEXT = /[\s([{—–\-/]/;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}—–\-…]/;

/**
 * A straight mark has no direction of its own; the characters around it usually give one
 * ("…word" + mark + space closes, space + mark + word opens). Where they do not, the pairing
 * state decides.
 */
function roleOf(text: string, i: number): Role {
  const ch = text[i]!;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  // A curly mark typed the wrong way round still sits where its side belongs: after a line
  // break and before a word it opens, after a word and before a space it closes.
  if (ch === '”' && (i === 0 || prev === '\n') && /[\p{L}\p{N}]/u.test(next)) return 'open';
  if (ch === '“' && /[\p{L}.,!?]/u.test(prev) && /[\s]/.test(next)) return 'close';
  if (ch === '“' || ch === '„' || ch === '«') return 'open';
  if (ch === '”' || ch === '»') return 'close';
  const openish = OPENING_CONTEXT.test(prev) && !/\s/.test(next);
  const closeish = !/\s/.test(prev) && CLOSING_CONTEXT.test(next);
  if (openish && !closeish) return 'open';
  if (closeish && !openish) return 'close';
  return 'either';
}

interface Open {
  idx: number;
  family: Family;
  paragraph: number;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** First non-space offset of a paragraph. */
function firstVisible(text: string, p: Range): number {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i]!)) i++;
  return i;
}

export function findQuoteSpans(text: string, paras: Range[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  let reopening = false;

  const emit = (from: Open, end: number, close: number, flags: Partial<QuoteSpan>): void => {
    const start = from.idx + 1;
    if (end <= start || text.slice(start, end).trim() === '') return;
    spans.push({
      open: from.idx,
      start,
      end,
      close,
      paragraph: from.paragraph,
      continues: false,
      continued: reopening,
      unclosed: false,
      ...flags,
    });
  };

  /**
   * The quotation open at the bottom of the stack ran to the end of its paragraph. If the
   * mark at `idx` reopens the next paragraph, it is the convention for quotations that run
   * over several paragraphs; otherwise the opening mark was never closed.
   */
  const closeAtParagraphEnd = (idx: number, para: number, isOpening: boolean, family: Family): void => {
    const bottom = stack[0]!;
    const p = paras[bottom.paragraph]!;
    // A writer reopens a running quotation with the mark that opened it; a curly mark opening
    // the paragraph after a straight one is a quotation of its own (one nested in a block quote).
    const atStart = isOpening && family === bottom.family && para === bottom.paragraph + 1 && firstVisible(text, paras[para]!) === idx;
    emit(bottom, trimEnd(text, bottom.idx + 1, p.end), -1, { continues: atStart, unclosed: !atStart });
    stack.length = 0;
    reopening = atStart;
  };

  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const idx = m.index;
    const ch = m[0];
    // `Qatar"s revenue`, `We don"t believe`: a straight mark typed for an apostrophe inside a word.
    if (ch === '"' && STRAIGHT_APOSTROPHE.test(text.slice(Math.max(0, idx - 1), idx + 4))) continue;
    // `he’s like 6’2”`, `5'10" tall`: feet and inches; the mark after the inches is no quotation mark.
    if ((ch === '"' || ch === '”') && FEET_AND_INCHES.test(text.slice(Math.max(0, idx - 5), idx))) continue;
    const family = familyOf(ch);
    const para = paragraphIndexAt(paras, idx);
    let role = roleOf(text, idx);

    if (stack.length > 0 && stack[0]!.paragraph !== para) {
      // A paragraph ended with a quotation still open.
      const opening = role === 'open' || (role === 'either' && family === 'straight');
      closeAtParagraphEnd(idx, para, opening, family);
      if (opening) {
        stack.push({ idx, family, paragraph: para });
        continue;
      }
      // A closing mark after an unclosed paragraph belongs to nothing.
      continue;
    }

    const top = stack[stack.length - 1];
    if (role === 'either') role = top && top.family === family ? 'close' : 'open';
    const misTyped = (ch === '”' && role === 'open') || (ch === '“' && role === 'close');
    // German „…“: the mark that opens in English closes here.
    if (top && top.family === 'low' && ch === '“') role = 'close';

    if (role === 'open') {
      if (top && top.family === family && !misTyped) {
        // Same family opening twice in one paragraph: the first was almost surely meant to
        // close (a typed “ for ”), unless the writer nests; treat it as a close.
        if (family === 'straight' || /[\s.,;:!?)]/.test(text[idx + 1] ?? ' ')) {
          role = 'close';
        } else {
          // `“… what he calls “hell” than live …”`: the writer nests double marks. The
          // paragraph must still hold a close for the inner and the outer quotation, or the
          // second mark only stands for a missing one and is passed over.
          if (stack.length < 3 && closesLeft(text, idx, paras[para]!.end) >= 2) stack.push({ idx, family, paragraph: para });
          continue;
        }
      } else {
        if (stack.length < 3) stack.push({ idx, family, paragraph: para });
        continue;
      }
    }

    // role === 'close'
    if (stack.length === 0) {
      // A straight mark with nothing open opens, whatever its surroundings say.
      if (family === 'straight') stack.push({ idx, family, paragraph: para });
      continue;
    }
    const matchAt = findMatching(stack, family, ch);
    if (matchAt === -1) continue;
    if (matchAt === 0) {
      emit(stack[0]!, idx, idx, {});
      reopening = false;
      stack.length = 0;
    } else {
      stack.length = matchAt;
    }
  }
  if (stack.length > 0) {
    const bottom = stack[0]!;
    const p = paras[bottom.paragraph]!;
    emit(bottom, trimEnd(text, bottom.idx + 1, p.end), -1, { unclosed: true });
  }
  return spans;
}

/** Closing curly marks after `idx` in its paragraph, less the opening ones that would take them. */
function closesLeft(text: string, idx: number, end: number): number {
  let n = 0;
  for (let i = idx + 1; i < end; i++) {
    if (text[i] === '”') n++;
    else if (text[i] === '“') n--;
  }
  return n;
}

function findMatching(stack: Open[], family: Family, ch: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i]!.family;
    if (f === family) return i;
    if (f === 'low' && (ch === '“' || ch === '”')) return i;
  }
  // Copy pasted together from two sources mixes straight and curly marks ("… would,” he
  // said): a closing mark of the other English family closes the quotation left open.
  const top = stack.length - 1;
  const f = stack[top]!.family;
  if ((f === 'straight' && ch === '”') || (f === 'curly' && ch === '"')) return top;
  return -1;
}
