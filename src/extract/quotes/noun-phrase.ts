/**
 * Cutting a speaker description down to its noun phrase with a part-of-speech tagger. The rules
 * that find a subject take the writer's words between a clause boundary and the reporting verb;
 * when that stretch holds a verb of its own ("The official said the interagency meeting", "The
 * generation company would provide", "another official following an assessment of"), the
 * speaker is the noun phrase before that verb, not the whole stretch. Telling "provide" or
 * "following" from a noun needs a tagger, not a word list: compromise (a small English tagger
 * with no native parts) does it in about a millisecond per phrase, and is only asked about
 * descriptions of three words or more.
 */
import { createRequire } from 'node:module';
import { readMention, type Mention } from './mentions.js';
import { canSpeak, isPersonByWork } from './speaking-nouns.js';

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}
type Tagger = (text: string) => { json: () => { terms: Term[] }[] };

let tagger: Tagger | null = null;

/** Loaded on first use: most commands never read a speaker, and loading costs a fifth of a second. */
function tag(text: string): Term[] {
  tagger ??= createRequire(import.meta.url)('compromise') as Tagger;
  return tagger(text)
    .json()
    .flatMap((s) => s.terms);
}

export interface PhraseCut {
  /** Offsets of the phrase inside the text given. */
  start: number;
  end: number;
}

/** Words that cannot end a noun phrase: what is left of a cut clause ("al-Qabas as", "an assessment of"). */
const TRAILING = /(?:\s+(?:as|of|for|to|by|in|on|at|with|from|that|who|which|and|or|but|the|a|an|not|never))+\s*$/i;

/**
 * The noun phrase a description opens with: everything before its first lower-case finite verb,
 * less any words left dangling; or, for a participle with an agent ("a court document filed by
 * state attorney Dave Aronberg"), the agent. Null when the description opens with a verb (it is a
 * clause's tail, not a speaker). The whole text when it holds no verb.
 */
export function leadingNounPhrase(text: string): PhraseCut | null {
  if (text.trim().split(/\s+/).length < 3) return { start: 0, end: text.length };
  const terms = tag(text);
  let at = 0;
  let lastEnd = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const start = at + t.pre.length;
    const end = start + t.text.length;
    at = end + t.post.length;
    // Names are often taken for verbs ("Will", "Mark", "Rob"): a capitalised word never cuts. Nor
    // does a bare infinitive form, as often a noun ("the Trump campaign", "one CBT crush trader"),
    // unless a particle makes it a phrasal verb ("put out").
    const verb =
      t.tags.includes('Verb') &&
      !t.tags.includes('Adjective') &&
      (!t.tags.includes('Infinitive') || t.tags.includes('PhrasalVerb')) &&
      /^\p{Ll}/u.test(t.text);
    const prev = terms[i - 1];
    const next = terms[i + 1];
    // "one unaligned Florida strategist": a participle between a determiner and a noun is an
    // adjective; "the Paris attacks": a last word in -s after a noun is a plural, not a verb.
    const prenominal = verb && !!prev && /Determiner|Value|Possessive/.test(prev.tags.join()) && !!next && next.tags.includes('Noun');
    const plural = verb && i === terms.length - 1 && /s$/.test(t.text) && !!prev?.tags.includes('Noun');
    if (!verb || prenominal || plural) {
      if (!t.tags.includes('Adverb')) lastEnd = end;
      continue;
    }
    if (i === 0) return null;
    // "this month he finally fell": the pronoun before the verb is its subject.
    const subject = [...terms.slice(0, i)].reverse().find((x) => !x.tags.includes('Adverb'));
    if (subject && subject.tags.includes('Pronoun') && !subject.tags.includes('Possessive')) {
      return { start: lastEnd - subject.text.length, end: lastEnd };
    }
    // "A Fiat spokesman contacted by Reuters": a person so described speaks; the agent does not.
    if (t.tags.includes('PastTense') && next?.text.toLowerCase() === 'by' && i + 2 < terms.length && !(prev && isPersonByWork(prev.text.toLowerCase(), true))) {
      const agent = at + next.pre.length + next.text.length + next.post.length + terms[i + 2]!.pre.length;
      return { start: agent, end: text.length };
    }
    const kept = text.slice(0, lastEnd).replace(TRAILING, '');
    return kept.trim() ? { start: 0, end: kept.length } : null;
  }
  return { start: 0, end: text.length };
}

/**
 * A description mention cut to its noun phrase and read again (the cut may leave a name: "a court
 * document filed by state attorney Dave Aronberg" → Dave Aronberg); null when what is left cannot
 * speak ("the recent increase in the value of the Canadian dollar").
 */
export function trimDescription(m: Mention): Mention | null {
  const cut = leadingNounPhrase(m.text);
  if (!cut) return null;
  // "an instigator of murder by", "A seminar on the": a stretch cut off mid-phrase.
  const end = cut.start + m.text.slice(cut.start, cut.end).replace(TRAILING, '').length;
  if (end <= cut.start) return null;
  const trimmed = cut.start === 0 && end === m.text.length ? m : readMention(m.text.slice(cut.start, end), m.offset + cut.start);
  if (!trimmed) return null;
  if (trimmed.kind !== 'nominal') return trimmed;
  const head = /^(.*?)\s+(?:of|for|at|with|from|in|on|into|to|about|over|against|like|by)\s/i.exec(trimmed.text)?.[1] ?? trimmed.text;
  const words = head.split(/\s+/);
  // "that their", "The DPRK Foreign Ministry most": no noun at the end, no noun phrase.
  if (words.length > 1 && /^(?:that|this|their|its|his|her|our|my|your|most|more|very|so|such|which|who)$/i.test(words[words.length - 1]!)) return null;
  return canSpeak(words[words.length - 1]!) ? trimmed : null;
}
