/**
 * One type per sentence from its candidate triggers. The rules, in order:
 *
 * 1. Exclusions: a candidate of a type whose `exclude` pattern matches the sentence is dropped.
 * 2. Specificity: of two overlapping lexicon matches the longer wins ("hunger strike" over
 *    "strike", "lifted the curfew" over "curfew").
 * 3. Frame: a negated commitment becomes its type's `negated` type ("did not agree", "will not
 *    withdraw" → denial); any other negated candidate is no event ("did not attack", "has not met",
 *    "failed to reach agreement"); an announced intention becomes its type's `intent`
 *    type ("will impose sanctions" → threat, "is ready to send troops" → agreement); with an
 *    "unless" after it, the taxonomy's `ultimatum` type.
 * 4. Government: a candidate of a governing type (refuse, urge, threaten, agree, condemn…) takes
 *    the candidates in its complement as its object: "refused to withdraw" is a refusal only, and
 *    weighs as much as the withdrawal would have ("threatened to shell towns" is as salient as
 *    shelling), so a verbal event is not outweighed by a material word elsewhere in the sentence.
 * 5. Weight: the type's weight times the match's strength, halved in a subordinate clause
 *    ("…, who also met X", "after talks with Y") and lowered for an unreal verb ("to visit").
 *    Several candidates of one type add up (the first in full, the others a quarter); the highest
 *    score wins, ties going to the type listed first in the taxonomy.
 */
import { frameOf } from './frame.js';
import type { Taxonomy } from './taxonomy.js';
import type { Candidate } from './triggers.js';
import { breakBetween, type Word } from './words.js';

export interface Choice {
  type: number;
  score: number;
  /** Character offsets of the deciding trigger in the sentence. */
  start: number;
  end: number;
  irrealis: boolean;
}

/** Words after which a governing verb's complement ends: another clause begins. */
const SCOPE_ENDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'after', 'before', 'when', 'unless', 'if', 'which', 'who']);
const COORDINATED_VERB = /^(?:has|have|had|was|were|is|are|will|would|also|then|later)$/;
const MAX_SCOPE = 15;

interface Scored extends Candidate {
  final: number;
  score: number;
  /** Everything but the type's weight: strength, clause and mood factors. */
  factor: number;
  irrealis: boolean;
  dropped: boolean;
}

export function chooseType(sentence: string, words: Word[], candidates: Candidate[], taxonomy: Taxonomy): Choice | null {
  if (candidates.length === 0) return null;
  // One test per type, not per candidate: a sentence often has several of one type.
  const excluded = new Map<number, boolean>();
  const isExcluded = (type: number) => {
    let known = excluded.get(type);
    if (known === undefined) excluded.set(type, (known = taxonomy.exclude[type]?.test(sentence) ?? false));
    return known;
  };
  const live: Scored[] = candidates
    .filter((c) => !isExcluded(c.type))
    .map((c) => ({ ...c, final: c.type, score: 0, factor: 0, irrealis: false, dropped: false }))
    .sort((a, b) => a.first - b.first);
  dropShorterOverlaps(live);
  for (const c of live) {
    if (c.dropped) continue;
    const frame = frameOf(sentence, words, c.anchor);
    let strength = c.strength;
    c.irrealis = frame.irrealis;
    if (frame.failed) c.dropped = true;
    else if (frame.negated) {
      // A refusal is a negated commitment ("will not meet", "did not agree to"); "has not met" is
      // no happening, and "can never be pardoned" says nothing about who refused what.
      const refusal = !frame.passive && (frame.intent || taxonomy.governs[c.type]);
      c.final = refusal ? (taxonomy.negated[c.type] ?? -1) : -1;
      if (c.final < 0) c.dropped = true;
      // A refusal is itself a happening, whatever form the refused verb had.
      else if (c.final !== c.type) [strength, c.irrealis] = [1, false];
    } else if (frame.intent) {
      // "will withdraw its force unless…": an intention made conditional on the other side is an ultimatum.
      c.final = frame.ultimatum && taxonomy.ultimatum !== null ? taxonomy.ultimatum : (taxonomy.intent[c.type] ?? c.type);
      // A promise or a threat is made when it is announced: real, and as strong as any report.
      if (c.final !== c.type) [strength, c.irrealis] = [1, false];
    }
    if (c.dropped) continue;
    c.factor = strength * (frame.subordinate ? 0.5 : 1) * (c.irrealis ? 0.6 : 1);
    c.score = taxonomy.types[c.final]!.weight * c.factor;
  }
  // A finite verb that is itself a trigger ("…and expressed optimism") starts a verb phrase of its own.
  const finite = new Set(live.filter((c) => c.kind === 'verb' && (c.form === 'past' || c.form === 'present')).map((c) => c.first));
  for (const g of live) {
    if (g.dropped || !taxonomy.governs[g.final]) continue;
    const governed = dropGoverned(words, g, live, finite);
    const weight = Math.max(taxonomy.types[g.final]!.weight, ...governed.map((c) => taxonomy.types[c.type]!.weight));
    g.score = weight * g.factor;
  }

  // Per type: its strongest candidate counts in full, every other one a quarter.
  const byType = new Map<number, { best: Scored; sum: number }>();
  for (const c of live) {
    if (c.dropped || c.score <= 0) continue;
    const known = byType.get(c.final);
    if (!known) byType.set(c.final, { best: c, sum: c.score });
    else {
      known.sum += c.score;
      if (c.score > known.best.score) known.best = c;
    }
  }
  let choice: Choice | null = null;
  for (const [type, { best: c, sum }] of byType) {
    const score = c.score + 0.25 * (sum - c.score);
    if (!choice || score > choice.score || (score === choice.score && type < choice.type)) {
      choice = { type, score, start: words[c.first]!.start, end: words[c.last]!.end, irrealis: c.irrealis };
    }
  }
  return choice;
}

/** Rule 2: lexicon matches (not patterns) whose spans overlap keep only the longest. */
function dropShorterOverlaps(list: Scored[]): void {
  for (const a of list) {
    if (a.kind === 'pattern') continue;
    for (const b of list) {
      if (b === a || b.kind === 'pattern' || b.dropped) continue;
      if (b.first <= a.last && a.first <= b.last && b.last - b.first < a.last - a.first) b.dropped = true;
    }
  }
}

/** Rule 4: the governing candidate's complement runs from its end to the next clause. Returns what it governs. */
function dropGoverned(words: Word[], g: Scored, list: Scored[], finite: Set<number>): Scored[] {
  let end = g.last;
  for (let k = g.last + 1; k < words.length && k <= g.last + MAX_SCOPE; k++) {
    if (breakBetween(words, k - 1, k) || SCOPE_ENDS.has(words[k]!.lower)) break;
    // "refused to deploy peacekeepers and has urged…", "…reach an agreement and expressed optimism":
    // a second verb phrase of the subject.
    if ((words[k]!.lower === 'and' || words[k]!.lower === 'or') && (COORDINATED_VERB.test(words[k + 1]?.lower ?? '') || finite.has(k + 1))) break;
    end = k;
  }
  const governed = list.filter((c) => c !== g && !c.dropped && c.first > g.last && c.first <= end);
  for (const c of governed) c.dropped = true;
  return governed;
}
