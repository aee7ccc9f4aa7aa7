/**
 * A sentence as the event matcher sees it: its words with their offsets, and the questions every
 * later step asks of them (is there punctuation between two words, which word carries the tense).
 */

export interface Word {
  /** As written. */
  w: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation that ends a phrase stands between the previous word and this one. */
  breakBefore: boolean;
}

const WORD = /[A-Za-z][A-Za-z'’-]*/g;
/**
 * Punctuation that ends a phrase: "…talks, sanctions" are not "talks sanctions". A full stop
 * inside a sentence is an abbreviation or a decimal ("a U.S. offer", "5.1 million"), so it is
 * not one of them.
 */
const BREAKS = new Set([...',;:!?()[]"“”–—']);

export function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  let previousEnd = 0;
  for (const m of sentence.matchAll(WORD)) {
    const start = m.index ?? 0;
    const lower = m[0].toLowerCase();
    let breakBefore = false;
    // Checked once per word here, as every later step asks it of neighbouring words.
    for (let c = previousEnd; c < start && !breakBefore; c++) breakBefore = BREAKS.has(sentence[c]!);
    out.push({ w: m[0], lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + m[0].length, breakBefore });
    previousEnd = start + m[0].length;
  }
  return out;
}

/** Punctuation that ends a phrase lies between words i and j (i < j), or one of them is missing. */
export function breakBetween(words: Word[], i: number, j: number): boolean {
  if (!words[i] || !words[j]) return true;
  for (let k = i + 1; k <= j; k++) if (words[k]!.breakBefore) return true;
  return false;
}

/** Words after which a base form is a verb: modals, infinitive "to", and do-support ("did not agree"). */
const BASE_AUX = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'to', 'shall', 'can', 'must', 'cannot', 'do', 'does', 'did']);
const CONTRACTED_AUX = /^(?:won|wouldn|can|couldn|shouldn|didn|don|doesn|mustn|mightn|shan)'t$|'ll$/;

export function isBaseAuxiliary(word: string | undefined): boolean {
  return word !== undefined && (BASE_AUX.has(word) || CONTRACTED_AUX.test(word));
}

/** Adverbs and negators that may stand between an auxiliary and its verb ("will also visit", "did not agree"). */
const BETWEEN_AUX_AND_VERB = new Set(['also', 'not', 'never', 'then', 'still', 'soon', 'again', 'further', 'now', 'yet', 'already', 'jointly', 'only', 'just', 'later', 'first', 'even', 'once', 'no', 'longer']);

/** Index of the word that governs word i's tense: the first word before it that is not an adverb or a negator (-1: none in its phrase). */
export function auxiliaryBefore(words: Word[], i: number): number {
  for (let k = i - 1, skipped = 0; k >= 0; k--) {
    if (breakBetween(words, k, k + 1)) return -1;
    const w = words[k]!.lower;
    if (!(BETWEEN_AUX_AND_VERB.has(w) || (w.endsWith('ly') && w.length > 4))) return k;
    if (++skipped >= 3) return -1;
  }
  return -1;
}
