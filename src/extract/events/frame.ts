/**
 * The grammatical frame of a trigger, read from the words before it: is it negated ("did not
 * agree", "never met"), announced as an intention ("will withdraw", "is prepared to impose",
 * "vowed to fight"), otherwise unreal (a modal, an infinitive), or inside a subordinate clause
 * ("after talks with…", ", who also met…")? The same verb reports different happenings in
 * these frames; choose.ts decides what each frame makes of a type.
 */
import { isBaseAuxiliary } from './triggers.js';
import { auxiliaryBefore, breakBetween, type Word } from './words.js';

export interface Frame {
  negated: boolean;
  /** An actor states that it will do this: a promise, plan, offer or readiness. */
  intent: boolean;
  /** Modal or infinitive before the verb: not (yet) a happening. Lowers confidence, blocks date inheritance. */
  irrealis: boolean;
  /** Inside an adverbial or relative clause: background to the sentence's main happening. */
  subordinate: boolean;
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
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'to', 'shall', 'can', 'must']);

export function frameOf(sentence: string, words: Word[], anchor: number): Frame {
  const aux = auxiliaryBefore(words, anchor, sentence);
  const auxWord = aux >= 0 ? words[aux]!.lower : '';
  let negated = false;
  // Back over the auxiliaries and adverbs before the verb: "has not yet", "would never", "no longer".
  for (let k = anchor - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    if (breakBetween(sentence, words, k, k + 1)) break;
    const w = words[k]!.lower;
    if (NEGATORS.has(w) || /n't$/.test(w) || w === 'no') {
      // "not only … but also" adds, it does not deny.
      if (words[k + 1]?.lower !== 'only') negated = true;
    } else if (!(isBaseAuxiliary(w) || AUXILIARY_LIKE.has(w) || (w.endsWith('ly') && w.length > 4))) break;
  }
  let intent = FUTURE.has(auxWord) || FUTURE_CONTRACTED.test(auxWord);
  if (!intent && auxWord === 'to') {
    const head = auxiliaryBefore(words, aux, sentence);
    intent = head >= 0 && INTENT_BEFORE_TO.has(words[head]!.lower);
  }
  const prev = words[anchor - 1]?.lower ?? '';
  const prev2 = words[anchor - 2]?.lower ?? '';
  const irrealis = MODALS.has(prev) || MODALS.has(prev2) || prev === 'not' || intent;
  let subordinate = false;
  for (let k = anchor - 1; k >= 0; k--) {
    if (SUBORDINATORS.has(words[k]!.lower)) {
      subordinate = true;
      break;
    }
    if (breakBetween(sentence, words, k, k + 1)) break;
  }
  return { negated, intent, irrealis, subordinate };
}
