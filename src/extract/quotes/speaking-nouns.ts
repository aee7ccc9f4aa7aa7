/**
 * Which common nouns cannot head a speaker. A description headed by a time ("Tuesday", "the
 * March"), an act or a quality ("the scheduling", "an improvement", "the recent increase") is
 * the writer's subject or object, not whoever spoke; printing it as a speaker misleads more than
 * printing none. Everything else may speak: people under any name ("the neurosurgeon", "the
 * 46-year-old"), bodies ("the ministry") and the things that carry words ("a poll", "one ad").
 *
 * Abstract nouns are told by their endings, less the bodies and the documents that share them
 * ("administration", "university", "alliance", "statement", "ruling"). It is a general English
 * rule, not drawn from any benchmark's errors.
 */

const TIMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december year week day night morning afternoon evening weekend time moment hour minute
  month season spring summer autumn winter decade century era`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abstract endings: -ing, -ness, -ity, -ment, -tion/-sion, -ance/-ence, -ism, -ship, -hood, -ure. */
const ABSTRACT_ENDING = /(?:ing|ness|ity|ment|[st]ion|ance|ence|ism|ship|hood|ure)s?$/;

/** Other heads that name a change, a quantity or an abstraction, never a voice. */
const ABSTRACT_HEADS = new Set(
  `increase decrease rise fall drop decline gain loss growth value price rate level number amount
  total cost effect impact result change shift trend
  need advance habit agenda aim goal purpose reason cause fact point way means part role step future past truth
  reality nature fate sense spirit desire hope fear danger risk chance attempt effort bid drive push
  stake holding sale portion`
    .split(/\s+/)
    .filter(Boolean),
);

/** Bodies, speakers and documents whose names end like abstractions. */
const SPEAKING_ABSTRACTS = new Set(
  `administration organization organisation association foundation coalition commission delegation federation
  nation institution corporation confederation congregation union opposition legislature
  government department parliament movement establishment management
  university city utility municipality authority majority minority community charity society agency committee
  alliance audience conference intelligence defence defense presidency
  leadership ownership partnership
  building king ring wing being human
  lecture picture literature
  statement document comment announcement judgment judgement petition question resolution declaration
  proclamation publication edition legislation caption description motion application transcription
  recording briefing filing ruling hearing posting listing warning reading headline signature
  investigation inspection examination evaluation business businesses`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a description headed by `head` (one word, any case, singular or plural) can be a speaker. */
export function canSpeak(head: string): boolean {
  const w = head
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/[^\p{L}-]/gu, '');
  if (!w) return true;
  const last = w.split('-').pop()!;
  const singular = last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last;
  if (TIMES.has(last) || TIMES.has(singular) || ABSTRACT_HEADS.has(last) || ABSTRACT_HEADS.has(singular)) return false;
  if (SPEAKING_ABSTRACTS.has(last) || SPEAKING_ABSTRACTS.has(singular)) return true;
  return !ABSTRACT_ENDING.test(last);
}

/**
 * One person named by their work or part ("the dealer", "a ministry official"): who a "he" or
 * "she" can stand for, and who is "with" an employer ("one dealer with a U.S. bank").
 */
const PEOPLE_BY_WORK = new Set(
  `official source aide executive expert diplomat attorney analyst economist dealer trader banker broker lawyer
  spokesman spokeswoman spokesperson chairman chairwoman president director minister senator lawmaker adviser
  advisor strategist manager professor researcher scientist engineer consultant rescheduler negotiator observer
  activist voter resident supporter critic delegate candidate member partner officer commander leader witness
  employee staffer worker farmer owner investor man woman agent regulator journalist reporter nurse doctor teacher
  student prosecutor judge soldier troop speaker participant attendee protester demonstrator representative
  assistant`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * `word` names a person by their work; plurals ("dealers", "spokesmen") only when `plural`, and
 * plurals known only by their ending ("underwriters") unless `byEnding` is false: a capitalised
 * "Sanders" or "Summers" is a surname.
 */
export function isPersonByWork(word: string, plural = false, byEnding = true): boolean {
  const w = word.toLowerCase();
  if (PEOPLE_BY_WORK.has(w)) return true;
  if (!plural) return false;
  const singular = w.endsWith('men') ? w.replace(/men$/, 'man') : w.endsWith('people') ? w.replace(/people$/, 'person') : w.replace(/s$/, '');
  return PEOPLE_BY_WORK.has(singular) || (byEnding && pluralAgents(w));
}

/**
 * "the developers", "historians", "the organizers", "investors": a plural agent noun names people
 * by what they do, whatever the work; the endings say so where no list can. Plurals of things
 * with the same endings are set apart.
 */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:ers|ists|ors|ians)$/u;
const THINGS_LIKE_AGENTS = new Set(
  `numbers orders borders matters waters centers centres quarters headquarters layers barriers chapters corners manners
  offers transfers answers letters papers powers towers flowers shelters rivers meters metres liters litres parameters
  filters containers computers registers markers headers covers wonders tenders newspapers newsletters
  factors sectors errors colors colours floors doors indicators motors vectors mirrors tractors reactors
  rumors rumours honors honours labors labours favors favours harbors harbours tumors vapors behaviors behaviours
  flavors flavours terrors horrors sensors corridors lists twists`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * An agent noun, singular or plural, known by its ending ("refiner", "meteorologist",
 * "stockbrokers"), less the things that end so ("newspaper", "orders").
 */
export function isAgentNoun(word: string): boolean {
  // "back-bencher": the last part of a compound.
  const w = word.toLowerCase().split('-').pop()!;
  return pluralAgents(w.endsWith('s') ? w : `${w}s`);
}

function pluralAgents(head: string): boolean {
  const w = head.toLowerCase();
  return AGENT_PLURAL.test(w) && !THINGS_LIKE_AGENTS.has(w);
}
