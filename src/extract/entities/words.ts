import { TITLE_WORDS } from './gazetteer.js';

/**
 * The closed word lists entity recognition reasons with. Kept apart from the recogniser so
 * the rules read as rules and the lists can be reviewed on their own.
 */

/** Capitalised words that are not names on their own (sentence starters, calendar words, …). */
export const STOP = new Set(
  `the a an in on at of to for by from with as and or but nor so yet if when while after before during since until
  this that these those there here it its he she they we i you his her their our my your them him us
  last next earlier later meanwhile however also still even only then now today yesterday tomorrow
  some many most several few all both each every other another such no not one two three four five six seven eight nine ten
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  state media officials official analysts analyst observers experts reports report sources source according
  key looking global historical strengthening mutual economic cultural support cold war era
  new old first second third final further major minor chief senior top deputy former ahead amid against
  under over about between among within without what which who whom whose why how where
  mr mrs ms dr gen lt col sen rep gov said says told added stated would could should will shall can must
  inc corp co ltd plc lp llc pct mln bln dlrs vs
  north south east west northern southern eastern western central`.split(/\s+/).filter(Boolean),
);

/** Words a name ends in when it names an organisation ("State Affairs Commission", "Bank of Japan"). */
export const ORG_SUFFIX = new Set(
  `party agency ministry council bank corp corporation inc co ltd plc company group association union committee
  organization organisation institute army navy force forces department office commission authority service
  university fund board exchange news times post airlines airways motors industries holdings partners bancorp
  trust systems technologies international federation assembly parliament court command guard front movement
  alliance coalition league brigade battalion regiment division bureau secretariat cabinet government senate
  congress church foundation society club team media network broadcasting television radio press
  academy confederation staff subcommittee presidium directorate`.split(/\s+/).filter(Boolean),
);

/** Whether a word heads an organisation name, in the singular or the plural ("Guards", "Industries"). */
export function isOrgHead(key: string): boolean {
  if (ORG_SUFFIX.has(key)) return true;
  if (key.endsWith('ies')) return ORG_SUFFIX.has(`${key.slice(0, -3)}y`);
  return key.endsWith('s') && ORG_SUFFIX.has(key.slice(0, -1));
}

/**
 * Words of STOP that describe rather than stand in for a name: inside a name they belong to it
 * ("State Affairs Commission", "Central Committee"), at its edge they are dropped.
 */
export const STOP_MODIFIERS = new Set(
  `state key global historical mutual economic cultural new old first second third final further major minor chief
  senior top deputy former north south east west northern southern eastern western central`.split(/\s+/).filter(Boolean),
);

/** Titles that are offices, not qualifiers: "<head> of <portfolio>" names an office ("Minister of Defence"). */
export const TITLE_HEADS = new Set(
  `president minister secretary chairman chairwoman chairperson chair director chief governor ambassador envoy
  commander head leader premier chancellor spokesman spokeswoman spokesperson speaker mayor marshal admiral
  king queen prince emperor`.split(/\s+/).filter(Boolean),
);

/** A title word, or a hyphenated one made of title words ("Vice-Minister", "Vice-Chairman"). */
export function isTitle(key: string): boolean {
  return TITLE_WORDS.has(key) || (key.includes(' ') && key.split(' ').every((w) => TITLE_WORDS.has(w)));
}

/** A title that names an office ("Minister", "Vice-Minister"), not a qualifier ("Foreign"). */
export function isOfficeHead(key: string): boolean {
  return isTitle(key) && TITLE_HEADS.has(key.slice(key.lastIndexOf(' ') + 1));
}

/** A lower-case office with "of" just before a run: the run is the office's portfolio or body. */
export const TITLE_OF_BEFORE = new RegExp(String.raw`\b(?:${[...TITLE_HEADS].join('|')})\s+(?:of|for)\s+(?:the\s+)?$`, 'i');

/**
 * What an office can be "of": "Minister of Foreign Affairs", "Secretary of State", "Chancellor of
 * the Exchequer". The word ends the portfolio; capitalised words after it name the holder.
 */
export const PORTFOLIO_NOUNS = new Set(
  `affairs defence defense finance trade state treasury interior justice health agriculture education culture sports
  industry industries commerce labour labor energy transport transportation communications telecommunications
  environment science sciences technology exchequer planning economy development security fisheries forestry mines
  mining petroleum oil information tourism welfare housing construction railways railway posts navy army war
  unification reunification resources relations cooperation protection`.split(/\s+/).filter(Boolean),
);

/** Named things that are not actors (treaties, wars, programmes): recognised and dropped. */
export const THING_SUFFIX = new Set(
  `agreement treaty pact accord act declaration resolution war program programme plan initiative operation
  doctrine charter convention protocol memorandum statement communique summit conference day anniversary era`.split(/\s+/).filter(Boolean),
);

export const GEO_WORDS = new Set(
  `asia europe africa america americas pacific atlantic arctic sea ocean river island islands peninsula mountains
  region province oblast state county city strait gulf bay coast valley desert zone`.split(/\s+/).filter(Boolean),
);

/** Words before a name that make it a place ("in Sinpo"). */
export const PLACE_CUE = /\b(?:in|at|near|from|to|into|outside|across|toward|towards|around)\s+$/;
/** Words after a name that make it a person ("Wang Lei, a senior envoy", "Kim said"). */
export const PERSON_AFTER = /^\s*(?:,\s*(?:a|the|who|an)\b|said\b|says\b|told\b|added\b|stated\b|\(\d)/;
/** A lower-case title just before a run: the run names the title holder. */
export const TITLE_BEFORE = /\b(?:leader|president|minister|secretary|chairman|envoy|spokesman|spokeswoman|ambassador|general|commander|chief|premier|official|director|governor)\s+$/i;
