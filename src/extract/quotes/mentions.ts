/**
 * Reading a speaker mention: the few words the writer uses for whoever spoke ("he",
 * "North Korean leader Kim Jong Un", "a ministry spokesperson", "the Kremlin"). A mention
 * splits into a name (when there is one) and a role, and is typed so that pronouns and
 * descriptions can be resolved against the rest of the article.
 */

import { isOrgHead, PORTFOLIO_NOUNS } from '../entities/words.js';
import { builtinGazetteer, normaliseName } from '../entities/gazetteer.js';
import { isKnownGivenName } from './gender.js';
import { canSpeak, isPersonByWork } from './speaking-nouns.js';

export type MentionKind = 'pronoun' | 'person' | 'organisation' | 'nominal';

export interface Mention {
  /** As written, trimmed. */
  text: string;
  kind: MentionKind;
  /** The name part for persons and organisations ("Kim Jong Un", "Korean Central News Agency"). */
  name: string | null;
  /** Title or role kept apart from the name ("North Korean leader"). */
  role: string | null;
  /** Offset of `text` inside the string it was read from. */
  offset: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Titles that stand in front of a name and belong to the role, not the name. */
const TITLE_WORDS = new Set(
  [
    'president', 'vice', 'undersecretary', 'prime', 'minister', 'secretary', 'chairman', 'chairwoman', 'chair',
    'leader', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'senator',
    'sen', 'rep', 'gov', 'representative', 'congressman', 'congresswoman', 'general', 'gen',
    'lt', 'col', 'maj', 'capt', 'admiral', 'adm', 'commander', 'ambassador', 'envoy', 'mayor',
    'king', 'queen', 'prince', 'princess', 'chancellor', 'premier', 'deputy', 'mr', 'mrs', 'ms',
    'dr', 'judge', 'justice', 'attorney', 'chief', 'officer', 'executive', 'ceo', 'marshal',
    'comrade', 'pope', 'sheikh', 'speaker', 'head', 'commissioner', 'candidate', 'nominee',
    'rev', 'professor', 'prof', 'analyst', 'economist', 'strategist', 'adviser', 'advisor',
    'manager', 'founder', 'sergeant', 'sgt', 'colonel', 'major', 'captain', 'lieutenant',
    'councillor', 'councilman', 'councilwoman', 'delegate', 'assemblyman', 'ex', 'former',
    'acting', 'first', 'lady', 'sir', 'dame', 'lord', 'emir', 'ayatollah', 'hon', 'member',
    'mp', 'coach', 'host', 'anchor', 'correspondent', 'editor', 'producer', 'pastor', 'bishop',
    'cardinal', 'rabbi', 'imam', 'sheriff', 'inspector', 'superintendent', 'trustee',
    'treasurer', 'president-elect', 'gop', 'democrat', 'republican', 'democratic',
  ],
);

/** Head words that make a capitalised phrase an organisation or an outlet. */
const ORG_WORDS = new Set(
  [
    'council', 'ministry', 'committee', 'party', 'agency', 'department', 'office', 'commission',
    'assembly', 'bureau', 'federation', 'union', 'association', 'army', 'navy', 'force', 'forces',
    'government', 'administration', 'bank', 'board', 'campaign', 'center', 'centre', 'institute',
    'university', 'house', 'senate', 'congress', 'court', 'post', 'times', 'news', 'journal',
    'reuters', 'corp', 'inc', 'co', 'group', 'company', 'kremlin', 'pentagon', 'kcna', 'tass',
    'ria', 'interfax', 'xinhua', 'yonhap', 'cnn', 'bbc', 'nbc', 'abc', 'cbs', 'fox', 'msnbc',
    'press', 'tribune', 'herald', 'telegraph', 'guardian', 'gazette', 'network', 'television',
    'radio', 'staff', 'headquarters', 'secretariat', 'parliament', 'cabinet', 'embassy',
    'foundation', 'organization', 'organisation', 'coalition', 'alliance', 'fund', 'service',
    'services', 'police', 'command', 'ltd', 'plc', 'ag', 'sa', 'nv', 'industries', 'holdings',
    'exchange', 'authority', 'authorities', 'politifact', 'breitbart', 'politico', 'huffpost', 'website', 'daily', 'magazine',
    // Corporate names the wire gives without a legal form ("Rainier Bancorp said").
    'bancorp', 'bancshares', 'bankshares', 'corporation', 'cos', 'airlines', 'airways', 'petroleum', 'laboratories',
    'pharmaceuticals', 'telecommunications', 'enterprises', 'technologies', 'securities', 'markets', 'brothers',
    'partners', 'associates',
  ],
);

const PARTICLES = new Set(['de', 'da', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'del', 'der', 'dos', 'du', 'di']);

/** Weekday and month names, written out once for every pattern that needs them. */
export const WEEKDAYS = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
export const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** "Last week", "This year", "Earlier this month": a recent period, capitalised as it opens a sentence. */
export const RECENT_PERIOD = String.raw`(?:Last|This|Earlier\s+this|Later\s+that)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)`;
/** "Last Friday", "Today", "Last month" opening a sentence before its subject (a name, or a description after "Last month"). */
const DATED_BEFORE_NAME = new RegExp(String.raw`^\s*(?:(?:Last|This|Next|On|Early|Late)\s+)?(?:${WEEKDAYS}|Yesterday|Today)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=[\p{Lu}])`, 'u');
const DATED_BEFORE_SUBJECT = new RegExp(String.raw`^\s*${RECENT_PERIOD},?\s+(?=[\p{Lu}]|(?:the|a|an)\s)`, 'u');
/** "In a Bloomberg interview Trump declared", "On Sunday Clinton said": an opening phrase without its comma, then a name. */
const OPENING_PHRASE_BEFORE_NAME = new RegExp(String.raw`^(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Ff]rom|[Ww]ith)\s+(?:[\p{L}\d’'.-]+\s+){0,8}(?:\p{Ll}[\p{L}-]*|${WEEKDAYS})\s+(?=(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}$)`, 'u');

/** "Hours later", "two days earlier": a time phrase that opens a sentence. */
export const TIME_LATER = String.raw`(?:(?:minutes|hours|days|weeks|months|years)|(?:a|one|two|three|several|a\s+few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?))\s+(?:later|earlier|after(?:wards?)?)`;

/** Leading words that open a clause or a time phrase, never a speaker. */
const LEADING_NOISE = new RegExp(
  String.raw`^(?:(?:and|but|so|yet|or|then|also|even|meanwhile|however|instead|still|later|earlier|now|recently|currently|lately|today|yesterday|tonight|again|moreover|furthermore|separately|previously|though|although|when|while|as|because|since|once|where|if|in\s+addition|at\s+the\s+same\s+time|${TIME_LATER})\b[\s,]*)+`,
  'i',
);

/** A description of a speaker opens with a determiner ("the minister", "a ministry spokesperson"). */
const DETERMINER =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|one|another|some|several|many|most|two|three|four|five|other|both|senior|top|unnamed|anonymous|someone|somebody|everyone|everybody|nobody|no\s+one)\s/i;
/**
 * …or is a bare plural of people who speak ("officials", "analysts"), with the group they
 * belong to after it ("Proponents of the new bill", "critics in Congress").
 */
const PLURAL_SPEAKERS =
  /^(?:[\p{L}-]+\s+){0,2}(?:officials|sources|analysts|experts|critics|aides|residents|protesters|people|witnesses|lawmakers|diplomats|observers|economists|traders|dealers|bankers|investors|executives|spokesmen|spokespeople|leaders|authorities|police|prosecutors|supporters|voters|democrats|republicans|protesters|demonstrators|delegates|activists|students|workers|members|fans|crowds?|audiences?|proponents|opponents|advocates|backers|organi[sz]ers|researchers|scientists|doctors|historians|scholars|strategists|advisers|advisors|allies|detractors|skeptics|sceptics|conservatives|liberals|progressives|veterans|farmers|parents|teachers|officers|soldiers|residents|locals|citizens|employees|staffers|insiders|donors|pollsters|commentators|pundits|campaigners|environmentalists|unions|speakers|participants|attendees|mourners|media|newspapers|commentaries|columnists|journalists|reporters)(?:\s+(?:of|for|from|in|at|on|with|inside|within|across)\s+[^,;:()]{1,60})?$/iu;

function bare(tok: string): string {
  return tok.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/[.’']s$/u, '').replace(/\.$/, '').toLowerCase();
}

function isCapitalised(tok: string): boolean {
  // "al-Bader", "bin-Talal": a particle joined to a capitalised name.
  return /^[("'‘]?(?:[\p{Lu}]|(?:al|el|ad|ash|as|abu|bin|ibn|bint)-[\p{Lu}])/u.test(tok);
}

export function isPronoun(s: string): boolean {
  return PRONOUNS.has(s.trim().toLowerCase());
}

/** Written in capitals, these are organisations; in mixed case ("Un", "Who") they are not. */
const ORG_ACRONYMS = /^(?:UN|EU|WHO|IMF|NATO|OPEC|FBI|CIA|KGB|FSB|GOP|DNC|RNC|KCNA|TASS|CNN|BBC|NBC|ABC|CBS|AP|AFP|RT|KPA|WPK|DPRK|ROK|OSCE|IAEA|ASEAN|G7|G20|[A-Z]{2,}(?:Co|Corp|Inc))$/;

export function isOrgWord(w: string): boolean {
  const b = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[’']s$/u, '');
  if (ORG_ACRONYMS.test(b)) return true;
  return ORG_WORDS.has(bare(w));
}

export function isTitleWord(w: string): boolean {
  const b = bare(w);
  if (TITLE_WORDS.has(b)) return true;
  if (!b.includes('-')) return false;
  // "Vice-Premier", "Director-General", "Chairman-designate": a compound of titles.
  const parts = b.split('-');
  return parts.length > 1 && parts.some((p) => TITLE_WORDS.has(p)) && parts.every((p) => TITLE_WORDS.has(p) || /^(?:designate|elect|general)$/.test(p));
}

/**
 * The name at the end of a noun phrase and the role in front of it: the last run of
 * capitalised words, cut after the last title word in it ("Russian Security Council
 * Secretary | Sergei Shoigu").
 */
/** Words that qualify a portfolio ("Political Affairs", "Inter-American Affairs", "the U.S. Treasury"). */
const PORTFOLIO_QUALIFIER =
  /^(?:and|foreign|national|home|internal|external|public|political|economic|international|inter-american|legal|consular|military|european|asian|african|latin|american|domestic|congressional|legislative|multilateral|bilateral|global|regional|u\.?s\.?|the)$/i;

/** A phrase ending in an abbreviation whose full stop is its own ("the U.S.", "Jr.", "Inc."). */
export function endsWithAbbreviation(phrase: string): boolean {
  return /(?:^|\s)(?:(?:\p{Lu}\.){2,}|[JS]r\.|Inc\.|Co\.|Corp\.|Ltd\.|Bros\.)$/u.test(phrase);
}

/** A name without the punctuation the sentence put after it; an abbreviation keeps its full stop ("Snyder Oil Partners L.P."). */
export function withoutClosingPunctuation(name: string): string {
  const cut = name.replace(/[,;:]+$/, '');
  return endsWithAbbreviation(cut) ? cut : cut.replace(/[.,;:]+$/, '');
}

/** "Japan", "North Korea": a country the gazetteer knows, written as one or two words. */
export function isCountryName(words: string): boolean {
  return builtinGazetteer().byKey.get(normaliseName(words))?.kind === 'country';
}

/** A word of an office's portfolio ("Foreign Affairs", "the Treasury", "Inter-American"). */
export function isPortfolioWord(token: string): boolean {
  return PORTFOLIO_NOUNS.has(bare(token)) || PORTFOLIO_QUALIFIER.test(token);
}

/**
 * "Prime Minister of Japan Kishida": how many of `toks` from `k` spell the country an office is
 * of (1 for "Japan", 2 for "North Korea"), when a short personal name follows it; 0 otherwise, so
 * "China International Investment" keeps its country.
 */
export function countryBeforeName(toks: string[], k: number, end: number): number {
  const n = k + 1 < end && isCountryName(`${toks[k]} ${toks[k + 1]}`) ? 2 : k < end && isCountryName(toks[k]!) ? 1 : 0;
  const name = toks.slice(k + n, end);
  return n > 0 && name.length >= 1 && name.length <= 3 && !name.some((t) => isOrgWord(t) || describesNoName(t)) ? n : 0;
}

/**
 * A capitalised word that is no part of a person's name: a possessor ("Fairchild's"), an acronym
 * ("GATT"), an office, a body, a portfolio, a clause word ("Although", "Neither"), or a common noun
 * by its ending ("Investor", "Technician", "Aviation"). Unknown names ("Hanns", "Shafi") are none
 * of these, so "Hanns Christian Schroeder-Hohenwarth" keeps its first name.
 */
export function describesNoName(token: string): boolean {
  const t = token.replace(/[,;:]$/, '');
  if (/[’']s$/u.test(t) || /^[\p{Lu}]{2,}$/u.test(t) || isTitleWord(t) || isOrgWord(t) || PORTFOLIO_NOUNS.has(t.toLowerCase())) return true;
  if (/^(?:said|says|although|though|under|neither|either|nor|year|investor|budget)$/i.test(t)) return true;
  return /\p{Ll}(?:or|ors|er|ers|ist|ists|ian|ians|ant|ants|ent|ents|man|men|ment|ments|ion|ions|ness|ity|ry|ure|ics|ing|ship|ance|ence|ive|ives)$/u.test(t);
}

export function splitNameAndRole(phrase: string): { name: string | null; role: string | null; org: boolean } {
  const toks = phrase.trim().split(/\s+/).filter(Boolean);
  let end = toks.length;
  // "Sen. Bernie Sanders (I-Vt.)": a trailing parenthesis is party or state, not name.
  while (end > 0 && /^\(.*\)?$|^.*\)$/.test(toks[end - 1]!)) end--;
  let i = end - 1;
  while (i >= 0) {
    const t = toks[i]!;
    if (isCapitalised(t) || (PARTICLES.has(t.toLowerCase()) && i > 0 && isCapitalised(toks[i - 1]!))) i--;
    else break;
  }
  let runStart = i + 1;
  if (runStart >= end) return { name: null, role: phrase.trim() || null, org: false };
  // "Secretary of State George Shultz", "Chancellor of the Exchequer Nigel Lawson", "Minister of
  // Foreign Affairs Choe Son Hui": after an office and "of", the portfolio belongs to the role.
  // "Under Secretary of State for Political Affairs", "Chief of Staff Howard Baker": "for" too,
  // and the office may sit a few words back.
  const ofAt = toks[runStart - 1]?.toLowerCase() === 'the' ? runStart - 2 : runStart - 1;
  const office = toks.slice(Math.max(0, ofAt - 4), Math.max(0, ofAt)).some((t) => isTitleWord(t));
  if (/^(?:of|for)$/i.test(toks[ofAt] ?? '') && ofAt > 0 && office) {
    let k = runStart;
    while (k < end && isPortfolioWord(toks[k]!)) k++;
    // "Prime Minister of Japan Kishida": the country the office is of belongs to the role.
    if (k === runStart) k += countryBeforeName(toks, k, end);
    // The office and its portfolio with no name after them: a description, not a person.
    if (k === end) return { name: null, role: phrase.trim() || null, org: false };
    if (k > runStart) runStart = k;
    // "Chairman of General Motors Roger Smith": the body the office is in, then a name that opens
    // with a known given name.
    else {
      const given = toks.findIndex((t, j) => j > runStart && j < end - 1 && isKnownGivenName(t));
      // "J. Hugh Liedtke": an initial before the given name is the name's.
      if (given > 0) runStart = /^\p{Lu}\.$/u.test(toks[given - 1]!) ? given - 1 : given;
    }
  }
  // "Bank of New York", "Shamrock Holdings of California Inc": a body's name runs on over "of";
  // not where the run after it names a person the body owns ("Bank of Tokyo's Kimura").
  const owner = toks.slice(runStart, end - 1).some((t) => /[’']s$/u.test(t));
  while (!owner && runStart >= 2 && toks[runStart - 1] === 'of' && isCapitalised(toks[runStart - 2]!) && isOrgWord(toks[runStart - 2]!)) {
    let j = runStart - 2;
    while (j > 0 && isCapitalised(toks[j - 1]!)) j--;
    runStart = j;
  }
  const run = toks.slice(runStart, end);
  let lastOrg = -1;
  let lastTitleInRun = -1;
  for (let k = 0; k < run.length; k++) {
    if (isOrgWord(run[k]!)) lastOrg = k;
    if (isTitleWord(run[k]!)) lastTitleInRun = k;
  }
  // "chairman of Belgian starch producer Amylum NV Pierre Callebaut": a known given name after
  // the body's name opens the person's name; the body is part of the role.
  let givenAfterOrg = lastOrg >= 0 ? run.findIndex((t, j) => j > lastOrg && j < run.length - 1 && isKnownGivenName(t)) : -1;
  if (givenAfterOrg > lastOrg + 1 && /^\p{Lu}\.$/u.test(run[givenAfterOrg - 1]!)) givenAfterOrg--;
  if (givenAfterOrg > 0) {
    const role = toks.slice(0, runStart + givenAfterOrg).join(' ').replace(/^(?:the|a|an)\s+/i, '').trim();
    return { name: run.slice(givenAfterOrg).join(' ').replace(/[’']s$/u, ''), role: role || null, org: false };
  }
  // "Russian Security Council Secretary Sergei Shoigu": a title after the organisation makes
  // the phrase a person holding an office in it.
  const isOrg = lastOrg >= 0 && lastOrg >= lastTitleInRun;
  if (isOrg) {
    // "Securities and Exchange Commission", "Savings and Loan Association", "Hoogovens en
    // Staalfabrieken NV": a conjunction between capitalised words is inside the body's name.
    let from = runStart;
    while (from >= 2 && /^(?:and|&|en|und|et|y)$/i.test(toks[from - 1]!) && isCapitalised(toks[from - 2]!)) {
      let j = from - 2;
      while (j > 0 && isCapitalised(toks[j - 1]!)) j--;
      from = j;
    }
    // An organisation keeps its whole capitalised run, without a leading article.
    const name = toks.slice(from, end).join(' ').replace(/^the\s+/i, '').replace(/[’']s$/u, '');
    const role = toks.slice(0, from).join(' ').replace(/^(?:the|a|an)\s*$/i, '').trim();
    return { name, role: role || null, org: true };
  }
  let lastTitle = -1;
  for (let k = 0; k < run.length; k++) if (isTitleWord(run[k]!)) lastTitle = k;
  // "Mr. King", "Charlie King", "Larry Major": a title word ending a run after a name or an
  // honorific is a surname.
  if (lastTitle === run.length - 1 && run.length >= 2 && (/^(?:mr|mrs|ms|dr)\.?$/i.test(run[run.length - 2]!) || !isTitleWord(run[run.length - 2]!))) {
    lastTitle = -1;
    for (let k = 0; k < run.length - 1; k++) if (isTitleWord(run[k]!)) lastTitle = k;
  }
  let nameToks = run.slice(lastTitle + 1);
  // "Liar-of the Year Barack Obama", "Credit Suisse Paul Hofer": capitalised words before a known
  // given name that are no names themselves describe the person; the name opens with the given name.
  const given = nameToks.findIndex((t, j) => j > 0 && j < nameToks.length - 1 && isKnownGivenName(t));
  const lead = nameToks.slice(0, Math.max(0, given));
  if (given > 0 && lead.every((t) => !isKnownGivenName(t) && !/^\p{Lu}\.$/u.test(t)) && lead.some(describesNoName)) {
    lastTitle += given;
    nameToks = run.slice(lastTitle + 1);
  }
  // "The New Republic’s Jeet Heer": a possessor inside the run is whose the person is; the name
  // is what follows it.
  const possessor = nameToks.slice(0, -1).findLastIndex((t) => /[’']s$/u.test(t));
  // Only words that look like a person's name follow: not an office ("Sudan's Finance
  // Minister") nor an acronym ("Malaysia's RRIM 725").
  const owned = nameToks.slice(possessor + 1);
  const personal = owned.some((t) => /^\p{Lu}\p{Ll}/u.test(t)) && owned.every((t) => !/^\p{Lu}{2,}$/u.test(t) && !isTitleWord(t) && !PORTFOLIO_NOUNS.has(t.toLowerCase()));
  if (possessor >= 0 && personal) {
    lastTitle += possessor + 1;
    nameToks = run.slice(lastTitle + 1);
  }
  if (nameToks.length === 0) return { name: null, role: phrase.trim() || null, org: false };
  // "prime minister in March": a month or a weekday alone is a date, not a name.
  if (nameToks.length === 1 && isCalendarWord(nameToks[0]!)) return { name: null, role: phrase.trim() || null, org: false };
  const roleToks = toks.slice(0, runStart + lastTitle + 1);
  // Honorifics are politeness, not roles.
  const role = roleToks
    .join(' ')
    .replace(/\b(?:Mr|Mrs|Ms|Dr|Sir)\.?$/u, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,\s]+$/u, '')
    .trim();
  return { name: nameToks.join(' ').replace(/[’']s$/u, ''), role: role || null, org: false };
}

/** Month and weekday names and their abbreviations, as one token ("March", "Tue.", "Sept"). */
export const MONTHS_AND_DAYS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;

/** A month or weekday standing alone; not "May", a surname as often as a month ("Prime Minister May said"). */
function isCalendarWord(token: string): boolean {
  const t = token.replace(/[,;:]$/, '');
  return MONTHS_AND_DAYS.test(t) && !/^may$/i.test(t);
}

/** Cut a subject down to its noun phrase: drop clause openers, relative clauses, appositions. */
function coreOfSubject(raw: string): { core: string; offset: number; apposition: string | null } {
  let offset = raw.length - raw.trimStart().length;
  let s = raw.slice(offset);
  const lead = s.match(LEADING_NOISE);
  if (lead) {
    offset += lead[0].length;
    s = s.slice(lead[0].length);
  }
  // "On Friday, Shoigu …", "In a statement, the ministry …": an introductory phrase ends at a comma.
  const intro = s.match(/^(?:(?:in|on|at|during|after|before|speaking|asked|writing|addressing|according|earlier|later|last|this|on\s+\w+)\b[^,]{0,80},\s*)/i);
  if (intro) {
    offset += intro[0].length;
    s = s.slice(intro[0].length);
  }
  let apposition: string | null = null;
  const comma = s.indexOf(',');
  if (comma > 0) {
    const rest = s.slice(comma + 1).trim().replace(/,\s*$/, '');
    if (rest && !/^(?:in|on|at|during|via|through|speaking|writing|according)\b/i.test(rest)) apposition = rest;
    s = s.slice(0, comma);
  }
  const rel = s.search(/\s(?:who|which|that|whose)\s/i);
  if (rel > 0) s = s.slice(0, rel);
  const lead2 = s.match(/^\s+/);
  if (lead2) {
    offset += lead2[0].length;
    s = s.slice(lead2[0].length);
  }
  return { core: s.replace(/\s+$/, ''), offset, apposition };
}

/** Too long, or made of the wrong stuff, to be a speaker. */
function implausible(core: string): boolean {
  const words = core.split(/\s+/).filter(Boolean);
  // "David Albright and Serena Kelleher-Vergantini of Washington's Institute for Science and
  // International Security": two people with their affiliation may take more words.
  const limit = conjoinedNames(core) ? 18 : 12;
  if (words.length === 0 || words.length > limit) return true;
  if (/["“”]/.test(core)) return true;
  return false;
}

/** Words that open a clause fragment, never a description of a person. */
const FUNCTION_WORD =
  /^(?:to|in|on|at|for|by|with|from|is|was|are|were|be|been|being|has|had|have|and|or|but|of|about|over|than|into|not|it|this|that|which|who|what|said|says)$/i;

/** "81-year-old Parker Eaton", "panel Chairman Rep. Jason Chaffetz": lower-case words before a name. */
function describedName(phrase: string): boolean {
  if (namedBeforeAffiliation(phrase)) return true;
  // "chairman of Belgian starch producer Amylum NV Pierre Callebaut": a long description that
  // ends in a full name opening with a known given name.
  const { name, org } = splitNameAndRole(phrase);
  const first = name?.split(/\s+/) ?? [];
  if (!org && first.length >= 2 && isKnownGivenName(first[0]!) && phrase.split(/\s+/).length <= 14) return true;
  // "analyst Joseph Phillippi of E.F. Hutton Co": the name comes before its affiliation.
  const head = phrase.split(/\s(?:of|from|at)\s/)[0]!;
  return head !== phrase && namedBeforeAffiliation(head);
}

function namedBeforeAffiliation(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 8 || FUNCTION_WORD.test(words[0]!)) return false;
  const { name, org } = splitNameAndRole(text);
  return !!name && !org && name.split(/\s+/).length >= 1 && /^[\p{Lu}]/u.test(name);
}

/** "Japan", "the West": a state, or a side of the world that acts as one. */
function isState(name: string): boolean {
  return isCountryName(name) || /^(?:West|East)$/.test(name);
}

function isStateOrBody(name: string): boolean {
  return isState(name) || isOrgWord(name.split(/\s+/).pop()!) || /^(?:Kremlin|White\s+House)$/.test(name);
}

/** A bare plural of people who speak ("officials", "analysts"), alone or with the group after it. */
export function isPluralSpeaker(phrase: string): boolean {
  return PLURAL_SPEAKERS.test(phrase);
}

export function readMention(raw: string, baseOffset = 0): Mention | null {
  // "S and P", "A and P", "Standard and Poor's": a firm's name of initials or of two names, the
  // second possessive, joined by "and"; no person is written so.
  const firm = /^(\s*)((?:\p{Lu}{1,2}\s+and\s+\p{Lu}{1,2})|(?:[\p{Lu}][\p{L}-]+\s+and\s+[\p{Lu}][\p{L}-]+[’']s))\s*$/u.exec(raw);
  if (firm) return { text: firm[2]!, kind: 'organisation', name: firm[2]!, role: null, offset: baseOffset + firm[1]!.length };
  // "the U.S. and the West", "the U.S. and Japan": two states or bodies acting together are a
  // group, described as written; not a person called "West" or "Japan".
  const pair = /^(\s*)((?:the\s+)?([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2})\s+and\s+(?:the\s+)?([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2}))\s*$/u.exec(raw);
  if (pair && isStateOrBody(pair[3]!) && isStateOrBody(pair[4]!) && (isState(pair[3]!) || isState(pair[4]!))) return { text: pair[2]!, kind: 'nominal', name: null, role: pair[2]!, offset: baseOffset + pair[1]!.length };
  // "General Motors", "General Acquisition Corp": a firm's name (its head a company word, or
  // a legal form after it), not a general called "Motors".
  const general = /^(\s*)General\s+(\p{Lu}\p{Ll}+)(\s+(?:Corp|Corporation|Co|Inc|Ltd)\.?)?\s*$/u.exec(raw);
  if (general && (isOrgHead(general[2]!.toLowerCase()) || general[3])) return { text: raw.trim(), kind: 'organisation', name: raw.trim(), role: null, offset: baseOffset + general[1]!.length };
  // "Gulf and Western said", "Duff and Phelps said": two single capitalised words joined by
  // "and", neither a given name, are a firm's name (two people are written with their names).
  const twoNames = /^(\s*)([\p{Lu}][\p{Ll}]+\s+and\s+[\p{Lu}][\p{Ll}]+)\s*$/u.exec(raw);
  if (twoNames && twoNames[2]!.split(/\s+and\s+/).every((w) => !isKnownGivenName(w) && !isTitleWord(w) && !isStateOrBody(w) && !builtinGazetteer().byKey.has(normaliseName(w)) && !MONTHS_AND_DAYS.test(w))) {
    return { text: twoNames[2]!, kind: 'organisation', name: twoNames[2]!, role: null, offset: baseOffset + twoNames[1]!.length };
  }
  // "Last Friday Reagan, answering questions …, said": a time opening the sentence is no part
  // of the name after it.
  // "Last month the governor said": so is a week, a month or a year, before a description too.
  const dated = DATED_BEFORE_NAME.exec(raw) ?? DATED_BEFORE_SUBJECT.exec(raw);
  if (dated) return readMention(raw.slice(dated[0].length), baseOffset + dated[0].length);
  // "I'm old enough to remember …", "She'd told them": a pronoun with its verb contracted onto it.
  const contracted = /^(\s*)(I|he|she|we|they|you)[’'](?:m|ve|d|ll|s|re)\b/i.exec(raw);
  if (contracted) return readMentionInner(contracted[2]!, baseOffset + contracted[1]!.length);
  // "Moody's said": one capitalised word with a possessive, standing alone as a subject, is a
  // firm named after its founder (Moody's, Macy's, McDonald's); a person is never written so.
  const firmByFounder = /^(\s*)([\p{Lu}][\p{L}.&-]*[’']s)\s*$/u.exec(raw);
  if (firmByFounder && !/^(?:He|She|It|That|There|What|Who|Here)[’']s$/u.test(firmByFounder[2]!)) return { text: firmByFounder[2]!, kind: 'organisation', name: firmByFounder[2]!, role: null, offset: baseOffset + firmByFounder[1]!.length };
  // "The Gabelli Group Inc of New York": a firm's name with its legal form, then where it is.
  const firmOfPlace = /^(\s*)(?:[Tt]he\s+)?((?:[\p{Lu}][\p{L}.&'’-]*\s+){1,5}(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|Corporation|Company)\.?)\s+of\s+(?:[\p{Lu}][\p{L}.-]*\s*){1,3}$/u.exec(raw);
  if (firmOfPlace && !raw.slice(raw.lastIndexOf(' of ') + 4).split(/\s+/).some(isOrgWord)) return { text: raw.trim(), kind: 'organisation', name: firmOfPlace[2]!, role: null, offset: baseOffset + firmOfPlace[1]!.length };
  // "Exxon's Vice-President", "Petronas's Vice-President for Upstream Sector": a body's office
  // written in capitals is a description of its holder, not a person's name.
  const ownedOffice = /^(\s*)((?:[\p{Lu}][\p{L}.&-]*\s+){0,3}[\p{Lu}][\p{L}.&-]*[’']s?\s+((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)(?:\s+(?:for|of|at)\s+[^,;:]{1,60})?)\s*$/u.exec(raw);
  if (ownedOffice && ownedOffice[3]!.split(/\s+/).every(isTitleWord)) return { text: ownedOffice[2]!, kind: 'nominal', name: null, role: ownedOffice[2]!, offset: baseOffset + ownedOffice[1]!.length };
  // "Lloyds Bank's Johnson", "Discount Corp's McGroarty": a body's person, named by surname.
  const owned = /^(\s*)((?:the\s+)?(?:(?:[\p{Lu}][\p{L}\p{M}.&-]*|of|for|and)\s+){0,4}[\p{Lu}][\p{L}\p{M}.&-]*)[’']s\s+((?:[\p{Lu}][\p{L}\p{M}'’-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*)\s*$/u.exec(raw);
  if (owned && owned[2]!.split(/\s+/).some(isOrgWord) && !owned[3]!.split(/\s+/).some((w) => isOrgWord(w) || isTitleWord(w))) {
    const person = readMentionInner(owned[3]!, baseOffset + owned[0].indexOf(owned[3]!, owned[1]!.length + owned[2]!.length));
    if (person?.kind === 'person' && person.name) return { ...person, text: raw.trim(), offset: baseOffset + owned[1]!.length, role: owned[2]!.replace(/^the\s+/, '') };
  }
  // "the permanent trade ambassador of the 12-member European Community Tran Van Thinh", "the
  // chairman of the Federal Reserve Board Paul Volcker": an office of a body, then the holder's
  // name, run together after the body's last word.
  const heldAt = /^(\s*)((?:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,4}([\p{Ll}-]+)\s+(?:of|at|for)\s+(?:the\s+)?)((?:(?:[\p{Lu}\d][\p{L}\d.&'’-]*|of)\s+){1,6}[\p{Lu}][\p{L}'’-]*)\s*$/u.exec(raw);
  if (heldAt && (isTitleWord(heldAt[3]!) || isPersonByWork(heldAt[3]!))) {
    const run = heldAt[4]!.split(/\s+/);
    let cut = run.map(endsABody).lastIndexOf(true);
    // "the Bank of England Robin Leigh-Pemberton": the body's name may go on with "of" and a place.
    while (cut >= 0 && run[cut + 1] === 'of' && cut + 2 < run.length) cut += 2;
    const name = run.slice(cut + 1);
    if (cut >= 0 && name.length >= 2 && name.length <= 4 && !name.some((t) => isOrgWord(t) || isTitleWord(t))) {
      const role = `${heldAt[2]!}${run.slice(0, cut + 1).join(' ')}`.trim();
      const at = baseOffset + heldAt[1]!.length + heldAt[2]!.length + heldAt[4]!.lastIndexOf(name.join(' '));
      const person = readMentionInner(name.join(' '), at);
      if (person?.kind === 'person' && person.name) return { ...person, text: raw.trim(), offset: baseOffset + heldAt[1]!.length, role };
    }
  }
  // "Confederation of British Industry President David Nickson": a body's name with "of", its
  // office, then the holder's name.
  const bodyOffice = BODY_OFFICE_HOLDER.exec(raw);
  if (bodyOffice && isTitleWord(bodyOffice[3]!) && !bodyOffice[4]!.split(/\s+/).some((t) => isTitleWord(t) || isOrgWord(t))) {
    const at = baseOffset + bodyOffice[1]!.length + bodyOffice[2]!.length + bodyOffice[3]!.length;
    const person = readMentionInner(bodyOffice[4]!, at + raw.slice(at - baseOffset).search(/\S/));
    if (person?.kind === 'person' && person.name) return { ...person, text: raw.trim(), offset: baseOffset + bodyOffice[1]!.length, role: `${bodyOffice[2]!}${bodyOffice[3]!}` };
  }
  const m = readMentionInner(raw, baseOffset);
  // "South Africa's state-owned energy firm Soekor", "The Iranian news agency IRNA": a name whose
  // description ends in a kind of body is that body.
  // ("a vice president with Shearson's commercial paper unit" ends in a phrase on a person.)
  if (m?.kind === 'person' && m.name && m.role && BODY_KIND.test(m.role.split(/\s+/).pop()!) && !/\s(?:with|of|at|for|in|from|to|on|by)\s/.test(m.role)) return { ...m, kind: 'organisation' };
  // "Alan Moore, Lloyds Treasurer, told", "Finance Minister said": capitalised words that end in
  // an office are a description of its holder, not a person called "Lloyds Treasurer".
  if (m?.kind === 'person' && m.name && !m.role && endsInOffice(m.name)) return { ...m, kind: 'nominal', name: null, role: m.text };
  if ((m?.kind === 'person' || m?.kind === 'organisation') && m.role) {
    // "a source close to Reagan", "an aide to Reagan", "the wife of John Smith", "an Agriculture
    // Department authority on the USSR" (the body's "the" left in the role): the name is whom
    // the described person stands in relation to; the speaker is the one described. "A Fiat
    // spokesman contacted by Reuters": so is one a participle ties to the name, and "Japanese
    // bank economists polled by Reuters" without an article.
    // "Cyprus' permanent representative at U.N. Headquarters": so is one a possessor's office ties
    // to a body.
    const office = /(\p{Ll}+)\s+(?:to|of|for|with|at)$/u.exec(m.role);
    const owned = /^[\p{Lu}][\p{L}.-]*(?:[’']s?)\s/u.test(m.text) && !!office && (isTitleWord(office[1]!) || isPersonByWork(office[1]!));
    const related = owned || (/^(?:a|an|the|one|another)\s/i.test(m.text) && (/(?:^|\s)(?:to|of|for|with|at|from|about|on)(?:\s+the)?$/.test(m.role) || /\s\p{Ll}+ed\s+by$/u.test(m.role)));
    const polled = /(?:^|\s)(\p{Ll}+)\s+\p{Ll}+ed\s+by$/u.exec(m.role);
    if (related || (polled && isPersonByWork(polled[1]!, true))) return { ...m, kind: 'nominal', name: null, role: m.text };
    // "a report by George Gaspar", "recent statements by Volcker": the author speaks; the words
    // before "by" are no role of theirs.
    if (/(?:^|\s)by$/.test(m.role)) return { ...m, role: null };
  }
  // "Marketing Director at the Abu Dhabi National Oil Co", "President of In-Stat": an office at
  // a body, read as the body (or as a person called "In-Stat" with the role "President of").
  if ((m?.kind === 'organisation' || (m?.kind === 'person' && /\s(?:of|at|for|with)$/.test(m.role ?? ''))) && OFFICE_AT_BODY.test(m.text)) return { ...m, kind: 'nominal', name: null, role: m.text };
  if (m) return m;
  // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": two
  // roles joined by "and" before one name; the first conjunct ends in a title, not a name.
  const joined = /^(.*?\S)\s+and\s+(\S.*)$/u.exec(raw.trim());
  if (!joined || !isTitleWord(joined[1]!.split(/\s+/).pop()!)) return null;
  const lead = raw.length - raw.trimStart().length;
  const second = readMentionInner(joined[2]!, baseOffset + lead + raw.trim().indexOf(joined[2]!, joined[1]!.length));
  if (!second || second.kind !== 'person' || !second.name) return null;
  const text = raw.trim().replace(/[.,;:]+$/, '');
  return { text, kind: 'person', name: second.name, role: text.slice(0, text.length - second.name.length).trim() || null, offset: baseOffset + lead };
}

/** Words for a kind of body that describe a firm or an outlet before its name ("energy firm", "carmaker"). */
const BODY_KIND = /^(?:firm|company|group|bank|agency|carrier|airline|utility|concern|unit|subsidiary|conglomerate|manufacturer|retailer|insurer|brokerage|exporter|importer|refiner|distributor|chain|giant|newspaper|daily|broadcaster|consortium|cooperative|(?!(?:policy|law|film|peace|king|deal|rain|match|play|money|trouble|mischief|merry|noise|home|wine|shoe|watch)maker)\p{Ll}+maker)$/u;

/** Name particles, written in lower case inside a name ("Pedro Ferraz da Costa", "de la Serre"). */
const NAME_PARTICLES = 'de|da|di|du|del|della|der|den|dos|das|la|le|van|von|al|el|bin|ibn|abu|st';
const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`, 'i');

export function isNameParticle(word: string): boolean {
  return NAME_PARTICLE.test(word);
}

/** Auxiliaries that open a question ("Is Donald Trump running …?"); no name starts with one ("Will" and "Can" may). */
export const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'does', 'did', 'has', 'have', 'had', 'should', 'would', 'could', 'shall', 'must']);

/** "Confederation of British Industry President David Nickson": a body with "of", an office, the holder's name. */
const BODY_OFFICE_HOLDER = new RegExp(
  String.raw`^(\s*)((?:[\p{Lu}][\p{L}.&'’-]*\s+)+of\s+(?:(?:[\p{Lu}][\p{L}.&'’-]*|and|the)\s+){1,5})(\p{L}[\p{L}-]*)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+|(?:${NAME_PARTICLES})\s+){1,3}[\p{Lu}][\p{L}'’-]*)\s*$`,
  'u',
);

/** Last words of bodies' names that the organisation words leave out ("European Community"). */
const BODY_END = /^(?:PAC|Community|Communities|Fund|Organi[sz]ation|Exchange|Authority|Authorities|Programme|Program|Service|Trust|Foundation|Secretariat|Directorate|Cabinet|Parliament|Diet|Club)$/;

/** US states as the wire abbreviates them after a city ("Cincinnati, Ohio," is in the gazetteer). */
const STATE_ABBREVIATIONS = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|Wis|W\.Va|Wyo|D\.C)\.$/;

/** A state, province or country named after a city: "Ohio", "Calif.", "France". */
export function isRegionName(words: string): boolean {
  if (STATE_ABBREVIATIONS.test(words)) return true;
  const kind = builtinGazetteer().byKey.get(normaliseName(words))?.kind;
  return kind === 'place' || kind === 'country';
}

/** A word that ends a body's name ("Bank", "Council", "Community"). */
export function endsABody(w: string): boolean {
  return isOrgWord(w) || BODY_END.test(w);
}

/** Offices no surname is spelt as (unlike "King", "Bishop" or "Judge"). */
const OFFICES = 'Minister|Secretary|Chairman|Chairwoman|Director|Spokesman|Spokeswoman|Spokesperson|Treasurer|President|Governor|Ambassador|Commissioner|Economist|Analyst|Strategist|Adviser|Advisor|Manager|Executive|Officer|Premier|Chancellor|Envoy|Editor|Correspondent';
const OFFICE_ENDING = new RegExp(String.raw`\s(?:${OFFICES})$`);

export function endsInOffice(capitalised: string): boolean {
  return OFFICE_ENDING.test(capitalised);
}

/** "Marketing Director at the Abu Dhabi National Oil Co": an office held at a body, in capitals. */
const OFFICE_AT_BODY = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:${OFFICES})\s+(?:at|of|for|with)\s+\S`, 'u');

/** An office in capitals, alone ("Lloyds Treasurer") or held at a body ("Marketing Director at ADNOC"). */
export function namesAnOffice(capitalised: string): boolean {
  return endsInOffice(capitalised) || OFFICE_AT_BODY.test(capitalised);
}

/**
 * A share of a group, as polls report it ("About four in 10 South Carolina Republican primary
 * voters", "73 percent of Americans", "At least half of voters in each state", "21 percent"): the
 * share speaks, not the group, and never a person named "Americans". A bare fraction ("a third
 * would be …") is not a share of anyone.
 */
const SHARE =
  /^(?:(?:about|around|roughly|nearly|almost|only|just|fully|some|over|under|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|an?\s+estimated)\s+)?(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|ten|four|five|three)\b|(?:(?:a|one)\s+)?(?:half|third|quarter|fifth|majority|plurality|minority|two-thirds|three-quarters|two\s+thirds|three\s+quarters)\s+of\s)/i;

/** A numbered article, section, resolution or act, with its issuer's name in front. */
const NUMBERED_TEXT =
  /^(?:the\s+)?((?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}(?:Article|Section|Resolution|Rule|Clause|Paragraph|Chapter|Amendment|Act|Bill|Order|Directive|Decree|Protocol|Title)\s+\d+[A-Za-z]?(?:\([a-z0-9]+\))*)$/u;

/**
 * Two named people joined by "and", with shared lower-case role words before them and an
 * optional affiliation after: "nuclear experts David Albright and Serena Kelleher-Vergantini of
 * Washington's Institute …". Each side is a full name and one opens with a known given name,
 * so "Johnson and Johnson" and "Standard and Poor's" stay organisations.
 */
function conjoinedNames(text: string): { name: string; role: string | null } | null {
  const NAME = String.raw`((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]*)`;
  const m = new RegExp(String.raw`^((?:\p{Ll}[\p{L}-]*\s+){0,4}|[\p{Lu}][\p{L}-]*\s+(?:\p{Ll}[\p{L}-]*\s+){1,3})${NAME}\s+and\s+${NAME}(?:\s+(?:of|from|at)\s+\S.*)?$`, 'u').exec(text);
  const given = (name: string): boolean => isKnownGivenName(name.trim().split(/\s+/)[0]!);
  // "Norwegian academics Arild Moe and Helge Ole Bergesen": after a plural of people by their
  // work, two full names are two people even when neither given name is known.
  const plural = m ? m[1]!.trim().split(/\s+/).pop()! : '';
  const people = !!m && /^\p{Ll}{3,}s$/u.test(plural) && (isPersonByWork(plural, true) || canSpeak(plural)) && [m[2]!, m[3]!].every((n) => !n.trim().split(/\s+/).some((w) => isOrgHead(w.toLowerCase())) && !isRegionName(n.trim()));
  if (m && (given(m[2]!) || given(m[3]!) || people)) return { name: `${m[2]!.trim()} and ${m[3]!.trim()}`, role: m[1]!.trim() || null };
  // "state Senate leader Phil Berger and House Speaker Tim Moore": each name with its own office.
  const sides = text.split(/\s+and\s+/);
  if (sides.length !== 2 || /^(?:the|a|an)\s/i.test(sides[1]!)) return null;
  const [first, second] = sides.map((side) => splitNameAndRole(side));
  const full = (n: string | null | undefined): n is string => !!n && /\s/.test(n) && given(n);
  if (!first?.name || !second?.name || first.org || second.org || !full(first.name) || !full(second.name)) return null;
  if (!first.role || !second.role || !isTitleWord(first.role.split(/\s+/).pop()!) || !isTitleWord(second.role.split(/\s+/).pop()!)) return null;
  return { name: `${first.name} and ${second.name}`, role: `${first.role} and ${second.role}` };
}

function readMentionInner(written: string, baseOffset: number): Mention | null {
  // "<ABK Spa>": Reuters marks a company's name in angle brackets, and its ticker ("<VOWG.F>",
  // "<MER>") the same way; the name is kept, the ticker is no word of it.
  const raw = written.replace(/<([^<>\n]{1,60})>/g, (marked, inner: string) => (/^[A-Z0-9.&-]{1,12}$/.test(inner) ? ' '.repeat(marked.length) : ` ${inner} `));
  const { core, offset, apposition } = coreOfSubject(raw);
  if (implausible(core)) return null;
  // "the U.S.", "Smith Jr.": an abbreviation keeps its full stop; a sentence's does not.
  const text = withoutClosingPunctuation(core);
  const at = baseOffset + offset;
  if (isPronoun(text)) return { text, kind: 'pronoun', name: null, role: null, offset: at };
  if (SHARE.test(text) && text.split(/\s+/).length <= 12) return { text, kind: 'nominal', name: null, role: text, offset: at };
  // "All the marchers shouted", "both of their lawyers": a quantifier before the description.
  const quantified = /^(?:all|both)\s+(?:of\s+)?(?=(?:the|these|those|their|our|his|her|its)\s)/i.exec(text);
  if (quantified) {
    const inner = readMentionInner(raw.slice(offset + quantified[0].length), at + quantified[0].length);
    if (inner?.kind === 'nominal') return { ...inner, text, role: text, offset: at };
  }
  // "Article 33 affirms:", "UN Security Council Resolution 2231 states:": a numbered text speaks.
  const numbered = NUMBERED_TEXT.exec(text);
  if (numbered) return { text, kind: 'organisation', name: numbered[1]!, role: null, offset: at };
  // A lone determiner, function word or sentence adverb ("that", "After", "Conversely") is
  // the edge of a clause, not a speaker; nor is a party-state tag ("R-Ky.").
  if (/^(?:the|a|an|this|that|these|those|which|what|who|why|how|where|whether|yes|no|it|there|here|then|so|one|after|before|while|when|since|conversely|however|meanwhile|instead|still|later|earlier|nevertheless|nonetheless|indeed|moreover|furthermore|separately|finally|additionally|also|yet|now|today|yesterday|overall|ultimately|similarly|likewise|again|afterwards?|previously|currently|recently|perhaps|maybe|thus|therefore|hence|besides|otherwise|having|being|in|on|at|by|for|with|from|of|to|amid|amidst|despite|among|following|per|via|throughout|upon|within|without|beyond|unlike|like|toward|towards)$/i.test(text)) return null;
  if (/^\(?[RDI]-[A-Z][A-Za-z.]*\)?$/.test(text)) return null;
  // "Notably, the envoy …", "Reportedly, …": a sentence adverb by its ending; names that end in
  // -ly ("Kelly", "Sally", "Connolly") are shorter or end otherwise.
  if (/^\p{Lu}\p{Ll}{2,}(?:ably|ibly|ically|ously|ently|antly|edly|ively|ingly|ately|ually|ially|tionally)$/u.test(text)) return null;
  // "for responsible executives", "what multiple lawmakers": a preposition or a question word
  // opens a phrase inside a clause, never a speaker.
  // "From Bush's Facebook post:" is the one that names its source: the owner's document.
  const from = /^from\s+(?=(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*[’']s\s)/iu.exec(text);
  if (from) return readMentionInner(raw.slice(offset + from[0].length), baseOffset + offset + from[0].length);
  // "In a Bloomberg interview Trump declared", "On Sunday Clinton said": an opening phrase the
  // writer did not close with a comma; the name after it is the subject.
  const opener = OPENING_PHRASE_BEFORE_NAME.exec(text);
  if (opener) {
    const named = readMentionInner(raw.slice(offset + opener[0].length), baseOffset + offset + opener[0].length);
    // "In today's statement Diamant Board said": a body's name is the subject too, when the
    // phrase opens the sentence ("… quoted in the Minneapolis Star and Tribune as saying" is no
    // opening phrase).
    if (named && (named.kind === 'person' || (named.kind === 'organisation' && /^\p{Lu}/u.test(opener[0])))) return named;
  }
  if (/^(?:for|to|in|on|at|by|with|from|of|about|over|into|than|what|whom|whose|where|why|how|amid|amidst|despite|among|following|throughout|upon|within|without|beyond|unlike|toward|towards|across|through|under|around|against|behind|along|between|neither|either)\s/i.test(text)) return null;
  // "She says it", "he did not address": a pronoun followed by more words is a clause.
  if (isPronoun(text.split(/\s+/)[0] ?? '')) return null;
  // "one Greek Orthodox", "an American": an article before capitalised words with no given name
  // describes one person by creed or nation; no person is called "Greek Orthodox".
  const indefinite = /^(?:one|a|an|another)\s+((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)$/u.exec(text);
  if (indefinite && !isKnownGivenName(indefinite[1]!.split(/\s+/)[0]!)) return { text, kind: 'nominal', name: null, role: text, offset: at };
  // "the Syrian", "the Iranians": a people's name after "the" describes one of them or all;
  // it is no person called "Syrian" (a newspaper like "The Guardian" is another matter).
  if (/^the\s+\p{Lu}\p{Ll}+(?:ans?|ians?|eses?|ish|is|ch)$/u.test(text) && !/\s(?:Guardian|Christian|Australian|Independent)$/.test(text)) {
    return { text, kind: 'nominal', name: null, role: text, offset: at };
  }
  // "Analysts", "Officials at Ivaco Inc", "Traders in Chicago", "Underwriters away from the
  // syndicate": a plural of people by their work,
  // capitalised only because it opens the sentence, is a description, not a person called
  // "Analysts" (nor "Chicago").
  // "The U.S. Officials", "The World Bank sources": capitalised modifiers and "the" may come first.
  const group = /^((?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}.&-]*\s+){0,3})(?!(?:away|close|familiar|of|for|from|in|at|on|with|inside|within|across)\s)(\p{L}[\p{L}-]*)((?:\s+(?:away\s+from|close\s+to|familiar\s+with|of|for|from|in|at|on|with|inside|within|across)\s+[^,;:()]{1,60})?)$/u.exec(text);
  const lead = group?.[2] ?? '';
  // Known only by its ending ("underwriters"), a plural needs "the" before it: "Bernie Sanders".
  const pluralLead = PLURAL_SPEAKERS.test(lead) || (/s$/.test(lead) && isPersonByWork(lead, true, /^[Tt]he\s/.test(group?.[1] ?? '')));
  if (group && pluralLead && (group[1] ? /^\p{L}/u.test(lead) : /^\p{Lu}\p{Ll}+$/u.test(lead))) {
    return { text, kind: 'nominal', name: null, role: text, offset: at };
  }
  // "nuclear experts David Albright and Serena Kelleher-Vergantini (of …)": two people speak
  // together; both are named.
  const pair = conjoinedNames(text);
  if (pair) return { text, kind: 'person', name: pair.name, role: pair.role, offset: at };
  // A speaker opens with a capital (a name), a determiner or a plural of people; anything
  // else ("to Ukraine and …", "is held accountable") is the tail of another clause.
  if (!/^[\p{Lu}"“]/u.test(text) && !DETERMINER.test(`${text} `) && !PLURAL_SPEAKERS.test(text) && !describedName(text)) return null;
  // "Mr. Morgan of the Sierra Club", "Rep. Elijah Cummings of Maryland": a person named
  // before an "of" phrase is the speaker, the phrase is their affiliation.
  // "Christopher Chew of brokerage firm James Capel and Co": a few lower-case words may describe
  // the affiliation before its name.
  // "director Paolo Azzoni at Milan investment bank ABK Spa": "at" ties a person to the employer too.
  const of = /^(.*?[\p{Lu}][\p{L}\p{M}.'’-]*)\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}[\p{Lu}]/u.exec(text);
  // "UMWA Director of Government Affairs Phil Smith": after an office the "of" names its
  // portfolio, and the name comes at the end.
  if (of && !isTitleWord(of[1]!.split(/\s+/).pop()!)) {
    const head = splitNameAndRole(of[1]!);
    if (head.name && !head.org) {
      const affiliation = text.slice(of[1]!.length).trim();
      return { text, kind: 'person', name: head.name, role: head.role ? `${head.role} ${affiliation}` : affiliation, offset: at };
    }
  }
  // "the share of Republicans", "a spokesman for the Kremlin", "one of the organizers": a
  // description whose head comes before its prepositional phrase is that description.
  // "The General Manager of the Madrid branch of a U.S. Bank", "the West Virginia Democrat": an
  // article before an office, or before a phrase that ends in one, describes its holder.
  const officeHead = /^(?:the|a|an)\s+((?:[\p{L}.-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:of|for|at)\s+\S.*)?$/iu.exec(text);
  if (officeHead && isTitleWord(officeHead[1]!.split(/\s+/).pop()!) && !/^(?:mr|mrs|ms|dr|sir)\.?$/i.test(officeHead[1]!.split(/\s+/).pop()!) && text.split(/\s+/).length <= 16) {
    return { text, kind: 'nominal', name: null, role: text, offset: at };
  }
  // "a U.S. Government official in Tokyo", "a dealer at a major Japanese bank in London": so is one
  // whose capitalised modifiers come before a lower-case head and its place or employer.
  if (/^(?:a|an|the|one|another)\s+(?:[\p{Lu}][\p{L}.&'’-]*\s+){1,4}\p{Ll}[\p{L}-]*\s+(?:in|at|for|with|from)\s+\S/u.test(text) && text.split(/\s+/).length <= 12) {
    return { text, kind: 'nominal', name: null, role: text, offset: at };
  }
  if (/^(?:the|a|an|one|some|many|most|several|two|three|four|five|his|her|their|its)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:of|for|at|with)\s+\S/iu.test(text) && !/^(?:one|some|many|most|several|two|three|four|five)\s+of\s/i.test(text) && text.split(/\s+/).length <= 10) {
    return { text, kind: 'nominal', name: null, role: text, offset: at };
  }
  // "Ivana Trump's brief", "Trump's campaign": a name's document, office or people speaks.
  const poss = /^((?:[\p{L}.'’-]+\s+){0,5}[\p{Lu}][\p{L}\p{M}.-]*)(?:[’']s|(?<=s)[’'])\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u.exec(text);
  if (poss && !FUNCTION_WORD.test(poss[2]!.split(/\s+/)[0]!)) return { text, kind: 'nominal', name: null, role: text, offset: at };
  // "King says Ali …": a lone capitalised title word standing as a subject is a surname.
  if (/^[\p{Lu}][\p{Ll}]+$/u.test(text) && isTitleWord(text) && !/^(?:President|Senator|Governor|Minister|Secretary|Speaker|Chairman|Leader|Mayor)$/.test(text)) {
    return { text, kind: 'person', name: text, role: null, offset: at };
  }
  // "Dome Petroleum Ltd's 23.2 pct stake of gold producer Dome Mines Ltd": a thing that belongs
  // to a body is what the phrase names, and it cannot speak.
  const thingOf = /\s(\p{Ll}+)\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Lu}]/u.exec(text);
  if (thingOf && !isTitleWord(thingOf[1]!) && !canSpeak(thingOf[1]!)) return { text, kind: 'nominal', name: null, role: text, offset: at };
  const { name, role, org } = splitNameAndRole(text);
  // "According to Podesta, the emails were …": a clause after the comma is what is reported,
  // not who the speaker is.
  const clause = !!apposition && /\b(?:is|was|are|were|has|had|have|will|would|can|could)\b/.test(apposition.replace(/\s(?:who|which|that|whose)\s.*$/, ''));
  const appRole = apposition && !clause && !/^\(/.test(apposition) && apposition.split(/\s+/).length <= 14 ? apposition : null;
  // "White America embracing Obama": a name after a gerund is its object, and the phrase is an
  // event, not a speaker ("acting", "visiting", "outgoing" … are offices' words).
  const gerund = role?.split(/\s+/).pop() ?? '';
  const gerundObject = !!name && /^\p{Ll}+ing$/u.test(gerund) && !/^(?:acting|visiting|outgoing|incoming|ruling|leading|founding|presiding|managing|reigning|sitting|serving|retiring|governing|opposing|striking|ailing|aging|ageing|rising|emerging|remaining|existing|surviving|dissenting|nominating|organizing|organising|consulting|polling|reporting|marketing|banking|publishing|trading|lending|broadcasting|engineering|accounting|advertising|mining|shipping|building|housing|farming|fishing|printing|investing|operating|controlling)$/.test(gerund);
  if (gerundObject) {
    // "the Southeast Asian countries neighboring Australia": the description before the
    // participle is the speaker.
    const head = text.slice(0, text.lastIndexOf(` ${gerund} `)).trim();
    return DETERMINER.test(`${head} `) && head.split(/\s+/).length >= 2 ? { text: head, kind: 'nominal', name: null, role: head, offset: at } : null;
  }
  // "the U.S. has suggested": a country by its initials speaks as a state.
  if (name && /^(?:[Tt]he\s+)?(?:U\.S\.?|U\.K\.?|U\.N\.?|E\.U\.?|USA|UK|EU|UN)$/.test(name)) return { text, kind: 'organisation', name: name.replace(/^[Tt]he\s+/, ''), role: null, offset: at };
  if (name) {
    // The sentence-initial article of a description ("The minister") is capitalised but not a name.
    if (/^(?:the|a|an|this|that|these|those|his|her|its|their|our|one|another|some|several|two|three)$/i.test(name)) {
      return { text, kind: 'nominal', name: null, role: text, offset: at };
    }
    return { text, kind: org ? 'organisation' : 'person', name, role: role ?? appRole, offset: at };
  }
  const words = text.split(/\s+/);
  // "The Democratic presidential front-runner and former secretary of state": a long description
  // is still one when it opens with an article and holds no verb.
  const longDescription = words.length <= 12 && /^(?:the|a|an)$/i.test(words[0]!) && !words.some(
      (w) =>
        /^(?:is|was|are|were|has|had|have|will|would|said|says|told|did|does|while|when|because|after|before|if|that|which|who|[-–—]+)$/i.test(w) ||
        (/^\p{Ll}{3,}ed$/u.test(w) && !/^(?:retired|elected|appointed|embattled|unnamed|fired|indicted|detained|defeated|proposed|designated|registered|interested|concerned|unidentified|unaffiliated)$/.test(w)),
    );
  if (words.length > 8 && !longDescription) return null;
  // "Under Secretary of State for Political Affairs": an office named without its holder.
  const head = text.split(/\s(?:of|for)\s/)[0]!.split(/\s+/);
  const office = head.length < words.length && head.every((t) => /^[\p{Lu}]/u.test(t)) && head.some((t) => isTitleWord(t));
  // "Border Patrol agents described …": a plural of people by their work, with the body before it.
  const workers = words.length <= 5 && /s$/.test(words[words.length - 1]!) && isPersonByWork(words[words.length - 1]!, true);
  if (!DETERMINER.test(`${text} `) && !PLURAL_SPEAKERS.test(text) && !office && !workers) return null;
  // "The sources said the Philippine government (estimated …)": a reporting verb inside is a
  // clause of its own, not part of a description.
  if (/\s(?:said|says|told|tells)\s/.test(text)) return null;
  // "The retired neurosurgeon has (provided …)": a description ends in its noun, not its verb.
  const aux = /\s+(?:is|was|are|were|be|been|has|had|have|will|would|can|could|should|may|might|must|did|does|do)$/i.exec(text);
  const described = aux && words.length > 2 ? text.slice(0, aux.index) : text;
  return { text: described, kind: 'nominal', name: null, role: described, offset: at };
}
