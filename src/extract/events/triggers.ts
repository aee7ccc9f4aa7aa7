/**
 * Candidate triggers: every place in a sentence where a taxonomy entry matches — a verb form
 * (with its particles and object noun for multi-word entries, in active or passive voice), an
 * event noun after a light verb, or a pattern. Which candidate decides the sentence's type is
 * for choose.ts; this module only finds them and says how sure the match itself is.
 */
import { nounKey, type VerbForm } from './inflect.js';
import type { RestWord, Taxonomy } from './taxonomy.js';
import { auxiliaryBefore, breakBetween, isBaseAuxiliary, type Word } from './words.js';

export interface Candidate {
  /** The taxonomy type whose lexicon matched. */
  type: number;
  /** How sure the match is that this is the reported happening (0–1), before the type's weight. */
  strength: number;
  /** Word indices of the matched span. */
  first: number;
  last: number;
  /** The word whose left context carries tense, modality and negation: the verb, or a noun's light verb. */
  anchor: number;
  kind: 'verb' | 'noun' | 'pattern';
  /** Verbs: the form matched. Base forms count only after an auxiliary ("will visit", "did not agree"). */
  form: VerbForm | null;
}

const LIGHT_VERBS = new Set(
  `held hold holds holding conducted conducts staged stages carried began begin begins started starts wrapped concluded
  completed signed signs reached struck inked paid made oversaw oversees observed inspected guided launched opened attended
  joined imposed announced kicked ended opens clinched agreed approved ratified hosted resumed organized organised
  had led leads mounted unleashed issued issues released delivered gave undertook renewed resumed returned ordered
  continued continue continues continuing intensified escalated stepped speeded sped accelerated offered offers`.split(/\s+/).filter(Boolean),
);
// "during his meeting with Kim" is this sentence's happening; "following the signing" points at another one.
const CONTEXT_PREPS = new Set(['during', 'at', 'amid']);
const DETERMINERS = new Set(
  `the a an any no some its their his her our my your these those this that many several all both few two three new such other each every of`.split(' '),
);
const NOUN_FOLLOWERS = new Set(['of', 'on', 'against', 'from', 'for', 'and', 'or', 'were', 'are', 'have', 'had', 'with', 'to', 'by', 'in', 'that', 'between', 'over', 'amid', 'will', 'would']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', 'being']);
/** A gerund after these opens a clause of its own ("…, killing two people", "accused of attacking"). */
const GERUND_OPENERS = new Set(['by', 'after', 'before', 'while', 'for', 'of', 'without', 'since', 'when', 'from']);

/** A noun a few words after a verb belongs to it only if none of these stand between ("signed a deal to sell" ≠ "sell a deal"). */
const GAP_STOPS = new Set(['to', 'that', 'which', 'who', 'and', 'or', 'but', 'if', 'as', 'than']);

/** Word w is the noun whose number-neutral key is `key` (only a word ending in s can differ from its key). */
function sameNoun(w: Word | undefined, key: string): boolean {
  return w !== undefined && (w.lower === key || (w.lower.endsWith('s') && nounKey(w.lower) === key));
}

/** The last word index of a multi-word entry's rest after word i, or -1 when it does not follow. */
function matchRest(words: Word[], i: number, rest: RestWord[]): number {
  let j = i;
  let gapAllowed = true;
  for (const r of rest) {
    if (r.particle) {
      if (words[j + 1]?.lower !== r.word || breakBetween(words, j, j + 1)) return -1;
      j++;
      continue;
    }
    let found = -1;
    for (let k = j + 1; k <= j + (gapAllowed ? 4 : 1) && k < words.length; k++) {
      if (breakBetween(words, k - 1, k)) break;
      if (sameNoun(words[k], r.word)) {
        found = k;
        break;
      }
      if (GAP_STOPS.has(words[k]!.lower)) break;
    }
    if (found < 0) return -1;
    j = found;
    gapAllowed = false;
  }
  return j;
}

/**
 * A passive report of a verb + object entry: "the curfew was lifted", "sanctions have been
 * imposed". Word i is the participle; the noun stands at most four words before its auxiliary.
 * Returns the noun's index, or -1.
 */
function matchPassive(words: Word[], i: number, rest: RestWord[], aux: number): number {
  const nouns = rest.filter((r) => !r.particle);
  if (nouns.length !== 1 || aux < 0 || !BE.has(words[aux]!.lower)) return -1;
  let j = i;
  for (const r of rest) {
    if (!r.particle) continue;
    if (words[j + 1]?.lower !== r.word) return -1;
    j++;
  }
  // "have been imposed": step over the perfect auxiliary too.
  let k = aux - 1;
  if (words[k] && /^(?:has|have|had)$/.test(words[k]!.lower)) k--;
  for (let n = 0; n < 4 && k >= 0; n++, k--) {
    if (breakBetween(words, k, k + 1)) return -1;
    if (sameNoun(words[k], nouns[0]!.word)) return k;
  }
  return -1;
}

export function findCandidates(sentence: string, words: Word[], taxonomy: Taxonomy): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Triggers are lower-case words: "States", "Strike Force" and sentence-initial names stay out.
    const first = word.w.charCodeAt(0);
    if (first < 97 || first > 122) continue;
    const verbs = taxonomy.verbs.get(word.lower);
    if (verbs) {
      const aux = auxiliaryBefore(words, i);
      const auxWord = aux >= 0 ? words[aux]!.lower : '';
      const prev = words[i - 1]?.lower ?? '';
      for (const v of verbs) {
        let first = i;
        let last = i;
        if (v.rest.length) {
          last = matchRest(words, i, v.rest);
          if (last < 0 && v.form === 'past') {
            first = matchPassive(words, i, v.rest, aux);
            if (first < 0) continue;
            last = i;
          } else if (last < 0) continue;
        }
        let strength = 1;
        if (v.form === 'base') {
          // A bare form is a verb only after an auxiliary ("will visit", "did not agree"); "keep demand" is a noun.
          if (!isBaseAuxiliary(auxWord)) continue;
          strength = 0.5;
        } else if (v.form === 'ing') {
          // "is visiting" reports; "…, killing two people" and "by attacking" add a clause of their own;
          // "the signing", "warning that…" at a sentence's start are not verbs.
          if (BE.has(auxWord)) strength = 0.5;
          else if (!taxonomy.types[v.type]!.gerunds) continue;
          else if (GERUND_OPENERS.has(prev)) strength = 0.4;
          // "…, killing two people" continues a clause; "Stihl, negotiating for the employers," describes a name.
          else if (i > 0 && /,\s*$/.test(sentence.slice(words[i - 1]!.end, word.start)) && /^[a-z]/.test(words[i - 1]!.w)) strength = 0.4;
          // "a declaration demanding that…": a gerund with a clause of its own is a verb.
          else if (i > 0 && !DETERMINERS.has(prev) && words[i + 1]?.lower === 'that' && !breakBetween(words, i, i + 1)) strength = 0.4;
          else continue;
        } else {
          if (DETERMINERS.has(prev)) continue; // "any signs of", "the requested day"
          if (v.form === 'present' && v.rest.length === 0) {
            // "Western sanctions, sees", "talks with": a plural noun, not "Seoul sanctions Pyongyang firms".
            const after = sentence.slice(word.end, word.end + 12);
            if (/^\s*(?:[,.;:)]|$)/.test(after) || NOUN_FOLLOWERS.has(words[i + 1]?.lower ?? '')) continue;
          }
        }
        out.push({ type: v.type, strength, first, last, anchor: i, kind: 'verb', form: v.form });
      }
    }
    const nouns = taxonomy.nouns.get(word.lower) ?? (word.lower.endsWith('s') ? taxonomy.nouns.get(nounKey(word.lower)) : undefined);
    if (nouns) {
      for (const n of nouns) {
        if (!n.rest.every((r, k) => sameNoun(words[i + 1 + k], r))) continue;
        const last = i + n.rest.length;
        let strength = 0;
        let anchor = i;
        for (let k = Math.max(0, i - 5); k < i; k++) {
          const back = words[k]!.lower;
          if (LIGHT_VERBS.has(back)) {
            strength = 0.9;
            anchor = k;
          } else if (CONTEXT_PREPS.has(back) && strength < 0.6) strength = 0.6;
        }
        // "talks took place", "the summit was held"
        const next = `${words[last + 1]?.lower ?? ''} ${words[last + 2]?.lower ?? ''}`;
        if (/^(?:took place|was held|were held|began|ended|opened|started|concluded)\b/.test(next)) strength = 0.9;
        if (strength) out.push({ type: n.type, strength, first: i, last, anchor, kind: 'noun', form: null });
      }
    }
  }
  if (taxonomy.anyPattern?.test(sentence)) {
    for (const p of taxonomy.patterns) {
      const m = p.re.exec(sentence);
      if (!m) continue;
      const first = words.findIndex((w) => w.end > m.index);
      const end = m.index + m[0].length;
      let last = first;
      while (last + 1 < words.length && words[last + 1]!.start < end) last++;
      if (first >= 0) out.push({ type: p.type, strength: 1, first, last, anchor: first, kind: 'pattern', form: null });
    }
  }
  return out;
}
