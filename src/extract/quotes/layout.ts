/**
 * Paragraph and sentence geometry of a normalised article. Attribution never looks across a
 * paragraph break except on purpose (continued quotes, floating quotes), so every other module
 * asks this one where paragraphs and sentences begin and end.
 */

export interface Range {
  start: number;
  end: number;
}

/**
 * A blank line separates paragraphs in normalised text. Raw Reuters wire copy (as the bench
 * reads it) is hard-wrapped and marks a new paragraph with an indented line instead, so an
 * indent of two or more spaces after a newline also counts.
 */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\n(?=[ \t]{2,}\S)/g;

export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Index of the paragraph containing `pos` (binary search; paragraphs are sorted). */
export function paragraphIndexAt(paras: Range[], pos: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paras[mid]!;
    if (p.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/**
 * Abbreviations whose full stop does not end a sentence. Kept to the ones news copy uses in
 * front of names and in dates, where a wrong split would cut a speaker off their verb.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'adm', 'cmdr', 'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'sec', 'amb', 'no', 'vs', 'etc', 'inc',
  'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'dept', 'est', 'fig', 'bros', 'plc', 'llc', 'assn',
]);

/** Abbreviations that stand before a name: never the end of a sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'st', 'rev', 'hon', 'pres', 'sec', 'amb', 'no', 'vs']);

/**
 * Does a full stop (or ! ?) at `pos` end a sentence of the writer's prose? Used only on text
 * outside quotation marks, so quoted sentences never end the writer's sentence.
 */
export function endsSentence(text: string, pos: number): boolean {
  const ch = text[pos];
  if (ch === '!' || ch === '?') return true;
  if (ch === ';') return true;
  if (ch !== '.') return false;
  // "3.5", "U.S.-led": a full stop glued to the next character is not a boundary.
  const next = text[pos + 1];
  if (next !== undefined && !/\s/.test(next) && !/["”’')\]]/.test(next)) return false;
  // "Rep. Gwen Moore (D-Wis.) said": an abbreviation closing a parenthesis ends nothing.
  if (next === ')') return false;
  // "veteran D.C. lobbyist", "the U.N. envoy": a sentence never opens in lower case, so the
  // full stop before one belongs to an abbreviation.
  if (/^\s+\p{Ll}/u.test(text.slice(pos + 1, pos + 4))) return false;
  let i = pos - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, pos).toLowerCase();
  // "E.F. Hutton", "S.G. Warburg", "L.F. Rothschild": an initialism is an abbreviation like "U.S.".
  if (ABBREVIATIONS.has(word) || /^(?:[a-z]\.)+[a-z]$/.test(word)) {
    // "… attacks in the U.S. He says …", "at 7 p.m. She": an abbreviation that is not a title
    // still ends a sentence when a sentence opener, a new paragraph or an opening quotation
    // follows it ("said analyst Joseph Phillippi of E.F. Hutton Co. “There was …").
    return !TITLES.has(word) && /^(?:\s+(?:He|She|They|It|We|I|The|But|And|In|On|At|This|That|His|Her|Their|Its|There|A|An)\s|\s*\n|\s+[“"]\p{Lu})/u.test(text.slice(pos + 1, pos + 8));
  }
  // A single capital with a full stop is an initial ("George W. Bush").
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[pos - 1] ?? '')) return false;
  return true;
}

/** Collapse the single newlines of hard-wrapped copy so patterns can match across them. */
export function flatten(s: string): string {
  return s.replace(/\s+/g, ' ');
}
