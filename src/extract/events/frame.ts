/**
 * The grammatical frame of a trigger, read from the words before it: is it negated ("did not
 * agree", "never met"), announced as an intention ("will withdraw", "is prepared to impose",
 * "vowed to fight"), otherwise unreal (a modal, an infinitive), or inside a subordinate clause
 * ("after talks with…", ", who also met…")? The same verb reports different happenings in
 * these frames; choose.ts decides what each frame makes of a type.
 */
import { auxiliaryBefore, breakBetween, isBaseAuxiliary, type Word } from './words.js';

export interface Frame {
  negated: boolean;
  /** "failed to reach agreement": the happening did not come about, and nobody refused it. */
  failed: boolean;
  /** An actor states that it will do this: a promise, plan, offer or readiness. */
  intent: boolean;
  /** Modal or infinitive before the verb: not (yet) a happening. Lowers confidence, blocks date inheritance. */
  irrealis: boolean;
  /** Inside an adverbial or relative clause: background to the sentence's main happening. */
  subordinate: boolean;
  /** An intention followed by "unless": conditional on the other side. */
  ultimatum: boolean;
  /** A participle after a form of "be": the actor is not the subject. */
  passive: boolean;
}

const NEGATORS = new Set(['not', 'never', 'cannot', 'nor', 'neither']);
const FUTURE = new Set(['will', 'would', 'shall']);
const FUTURE_CONTRACTED = /^(?:won't|wouldn't|shan't)$|'ll$/;
/** "…ready to", "…plans to", "…vowed to": the infinitive after these is an announced intention. */
const INTENT_BEFORE_TO = new Set(
  `ready prepared willing plan plans planned planning intend intends intended intending set going decided decide decides
  offer offers offered offering promise promises promised pledge pledges pledged vow vows vowed swear swears swore sworn
  aim aims aimed seek seeks sought want wants wanted hope hopes hoped expect expects expected determined resolved poised
  undertook undertakes agreed agree agrees is are was were`.split(/\s+/).filter(Boolean),
);
/** Words that open a clause subordinate to the sentence's main one. */
const SUBORDINATORS = new Set(['after', 'before', 'following', 'since', 'because', 'when', 'whenever', 'while', 'where', 'although', 'though', 'whereas', 'unless', 'if', 'once', 'until', 'amid', 'who', 'which', 'whose', 'whom']);
const AUXILIARY_LIKE = new Set(['has', 'have', 'had', 'be', 'been', 'is', 'are', 'was', 'were', 'being', 'yet', 'also', 'ever', 'still', 'longer', 'further', 'then', 'even']);
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'to', 'shall', 'can', 'must']);

export function frameOf(sentence: string, words: Word[], anchor: number): Frame {
  const aux = auxiliaryBefore(words, anchor);
  const auxWord = aux >= 0 ? words[aux]!.lower : '';
  let negated = false;
  // Back over the auxiliaries and adverbs before the verb: "has not yet", "would never", "no longer".
  for (let k = anchor - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    if (breakBetween(words, k, k + 1)) break;
    const w = words[k]!.lower;
    if (NEGATORS.has(w) || /n't$/.test(w) || w === 'no') {
      // "not only … but also" adds, it does not deny.
      if (words[k + 1]?.lower !== 'only') negated = true;
    } else if (!(isBaseAuxiliary(w) || AUXILIARY_LIKE.has(w) || (w.endsWith('ly') && w.length > 4))) break;
  }
  const failed = auxWord === 'to' && /^fail(?:s|ed|ing)?$/.test(words[auxiliaryBefore(words, aux)]?.lower ?? '');
  let intent = FUTURE.has(auxWord) || FUTURE_CONTRACTED.test(auxWord);
  if (!intent && auxWord === 'to') {
    const head = auxiliaryBefore(words, aux);
    intent = head >= 0 && INTENT_BEFORE_TO.has(words[head]!.lower);
  }
  const prev = words[anchor - 1]?.lower ?? '';
  const prev2 = words[anchor - 2]?.lower ?? '';
  const irrealis = MODALS.has(prev) || MODALS.has(prev2) || prev === 'not' || intent || conditional(words, anchor);
  const ultimatum = intent && words.slice(anchor + 1).some((w) => w.lower === 'unless');
  const passive = BE.has(auxWord) && /(?:ed|en|wn)$/.test(words[anchor]!.lower);
  return { negated, failed, intent, irrealis, subordinate: subordinate(sentence, words, anchor), ultimatum, passive };
}

/** A reporting aside inside a clause (", it said,", ", officials said,"): the clause goes on past it. */
const ASIDE = /^\s*,\s*(?:[\w'’.-]+\s+){0,3}(?:said|says|reported|added|claimed|stated)$/;

function subordinate(sentence: string, words: Word[], anchor: number): boolean {
  // "The treaty signed by Putin": a participle with its agent right after a noun modifies that noun.
  const next = words[anchor + 1]?.lower;
  if (next === 'by' && anchor > 0 && /ed$/.test(words[anchor]!.lower) && !auxiliaryLike(words[anchor - 1]!.lower) && /^[a-z]/.test(words[anchor - 1]!.w)) return true;
  for (let k = anchor - 1; k >= 0; k--) {
    if (SUBORDINATORS.has(words[k]!.lower)) return true;
    if (!breakBetween(words, k, k + 1)) continue;
    // Step over ", it said," to the words before it.
    if (!/^\s*,/.test(sentence.slice(words[k]!.end, words[k + 1]!.start))) return false;
    let open = k;
    while (open > 0 && !breakBetween(words, open - 1, open)) open--;
    if (open === 0 || !ASIDE.test(sentence.slice(words[open - 1]!.end, words[k]!.end))) return false;
    k = open;
  }
  return false;
}

/** Inside an "if" or "unless" clause: a hypothesis, not a report ("…if it is attacked"). */
function conditional(words: Word[], anchor: number): boolean {
  for (let k = anchor - 1; k >= 0 && !breakBetween(words, k, k + 1); k--) if (words[k]!.lower === 'if' || words[k]!.lower === 'unless') return true;
  return false;
}

function auxiliaryLike(w: string): boolean {
  return isBaseAuxiliary(w) || AUXILIARY_LIKE.has(w);
}
