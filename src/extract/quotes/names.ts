/**
 * The people and organisations an article names, so a speaker can be given the fullest form
 * the article uses ("Shoigu" → "Sergei Shoigu"), a pronoun can find its antecedent, and "the
 * minister" can find the one minister the article has named.
 */
import { aliasKey } from '../aliases.js';
import { PORTFOLIO_NOUNS } from '../entities/words.js';
import { isKnownGivenName, personGender, type Gender } from './gender.js';
import { isAgentNoun, isPersonByWork } from './speaking-nouns.js';
import { REPORTING_VERB } from './cues.js';
import { countryBeforeName, endsABody, endsWithAbbreviation, isNameParticle, isOrgWord, isPortfolioWord, isRegionName, isTitleWord, MONTHS_AND_DAYS, QUESTION_OPENERS, splitNameAndRole, withoutClosingPunctuation } from './mentions.js';

export interface NamedEntity {
  name: string;
  role: string | null;
  org: boolean;
  start: number;
  /**
   * The name less the words of the sentence or headline run into it: a first word that is no
   * given name this module knows and that the article also writes in lower case ("Rival
   * Hillary Clinton", "Industry Hajime Tamura"), titles after such a word, and a headline's
   * words up to its last capitalised function word ("Minority Outreach Undone By Trump").
   * Set only where it differs from the name.
   */
  core?: string;
  /** The core was cut by a headline's words or a place only, not by a common word. */
  coreSure?: boolean;
}

/** Capitalised words in a row, allowing name particles and initials. */
// A name never spans a line break: after normalisation a newline is a paragraph or heading
// boundary, and "Looking Ahead\n\nMedvedev" must not become one name.
// "Abdul Fattah al-Bader": a lower-case particle joined by a hyphen opens a name token too.
const RUN = /(?:(?<![\p{L}\p{N}])(?:[\p{Lu}]|(?:al|el|ad|ash|as|abu|bin|ibn|bint)-[\p{Lu}])[\p{L}\p{M}'’.-]*(?:[^\S\n]+(?:(?:de|da|van|von|bin|ibn|al|el|del|der|di|du)[^\S\n]+)?)?)+/gu;

/** Words capitalised only because a sentence starts with them. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'he', 'she', 'it', 'they', 'we', 'i', 'this',
  'that', 'his', 'her', 'their', 'its', 'after', 'before', 'when', 'while', 'as', 'if', 'for',
  'with', 'from', 'by', 'to', 'of', 'there', 'some', 'many', 'one', 'two', 'so', 'yet', 'also',
  'however', 'meanwhile', 'still', 'what', 'who', 'why', 'how', 'where', 'our', 'my', 'you', 'no',
  'even', 'only', 'perhaps', 'conversely', 'indeed', 'instead', 'later', 'earlier', 'now', 'then',
  'yesterday', 'today', 'separately', 'asked', 'speaking', 'like', 'unlike', 'according', 'despite',
  'here', 'here’s', "here's", 'there’s', "there's", 'that’s', "that's", 'it’s', "it's",
  'all', 'every', 'each', 'both', 'any', 'such', 'most', 'few', 'several', 'amid', 'amidst', 'among', 'following',
  'neither', 'either', 'nor', 'across', 'through', 'throughout', 'under', 'over', 'around', 'against', 'behind', 'beyond',
  // "Although Citicorp denied …": clause words and connectives open no name.
  'although', 'though', 'because', 'since', 'unless', 'until', 'once', 'whereas', 'whether', 'whilst', 'moreover',
  'furthermore', 'nevertheless', 'nonetheless', 'therefore', 'thus', 'during', 'without', 'within', 'besides', 'upon',
  'about', 'into', 'between', 'including', 'regarding', 'concerning',
]);

/** A token whose full stop does not end a sentence: an initial, a title, "U.S.", "Jr.". */
const KEEPS_DOT = /^(?:\p{Lu}\.|(?:\p{Lu}\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|Lt\.|Col\.|Maj\.|Capt\.|Sgt\.|Adm\.|St\.|Jr\.|Sr\.|Rev\.|Hon\.|Prof\.|Pres\.|Sec\.|Amb\.|Cmdr\.|Ft\.|Mt\.)$/u;

export function scanEntities(text: string): NamedEntity[] {
  const out: NamedEntity[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    // Split the run where a token's full stop ends a sentence ("Getty. When Trump announced").
    const pieces: { tokens: string[]; start: number }[] = [];
    const tokRe = /\S+/g;
    let cur: { tokens: string[]; start: number } | null = null;
    for (let t = tokRe.exec(m[0]); t; t = tokRe.exec(m[0])) {
      if (!cur) cur = { tokens: [], start: m.index + t.index };
      cur.tokens.push(t[0]);
      if (/[.!?]$/.test(t[0]) && !KEEPS_DOT.test(t[0])) {
        pieces.push(cur);
        cur = null;
      }
    }
    if (cur) pieces.push(cur);
    for (const piece of pieces) addEntity(text, piece.tokens, piece.start, out);
  }
  // Whether the article writes a word in lower case, found by plain search (memoised): this
  // runs for every multi-word person run, so no regular expression over the whole text.
  const lowerSeen = new Map<string, boolean>();
  const inLowerCase = (word: string): boolean => {
    let seen = lowerSeen.get(word);
    if (seen === undefined) {
      seen = false;
      for (let at = text.indexOf(word); at >= 0 && !seen; at = text.indexOf(word, at + 1)) {
        seen = !/[\p{L}\p{N}'’-]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' ');
      }
      lowerSeen.set(word, seen);
    }
    return seen;
  };
  const common = (t: string): boolean => !isKnownGivenName(t) && !isNameParticle(t) && inLowerCase(t.toLowerCase().replace(/['’]+$/u, ''));
  for (const e of out) {
    if (e.org || !e.name.includes(' ')) continue;
    let toks = e.name.split(/\s+/);
    const headline = toks.slice(1, -1).map((t) => HEADLINE_JOINS.test(t)).lastIndexOf(true);
    if (headline >= 0) toks = toks.slice(headline + 2);
    // "Senior EC financial expert in Tokyo Tomas de Hora": a place the writer put before the
    // name ("America Rising PAC" is a body's name, "Rising" a common word).
    if (toks.length >= 3 && !isKnownGivenName(toks[0]!) && isRegionName(toks[0]!) && !common(toks[1]!) && !toks.some(endsABody)) toks = toks.slice(1);
    const sure = toks.join(' ');
    if (toks.length > 1 && common(toks[0]!)) {
      toks.shift();
      while (toks.length > 1 && (isTitleWord(toks[0]!) || common(toks[0]!))) toks.shift();
    }
    const core = toks.join(' ');
    if (core !== e.name) {
      e.core = core;
      e.coreSure = core === sure;
    }
  }
  return out;
}

/** A word that is one of the commonest reporting verbs ("said" in "said NYMEX Chairman …"). */
const REPORTING_VERB_WORD = new RegExp(String.raw`^${REPORTING_VERB}$`, 'i');

/** Function words a headline capitalises inside a run ("Undone By Trump", "Serving Under Obama"); no person's name holds one. */
const HEADLINE_JOINS = /^(?:By|Of|In|On|At|For|The|And|To|With|Under|Over|From|Into|Against|After|Before|About|Is|Are|Was|Says)$/;

/** Verbs and function words a headline capitalises ("Crowd Does Not Like Donald Trump"); no name holds one. */
const HEADLINE_WORDS = new Set([
  'does', 'do', 'did', 'not', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had',
  'says', 'said', 'like', 'likes', 'wants', 'gets', 'takes', 'makes', 'to', 'and', 'or', 'for', 'with', 'vs', 'vs.',
  'just', 'why', 'how', 'what', 'after', 'over', 'into', 'about', 'against', 'than', 'be', 'been', 'being',
]);


function addEntity(text: string, toks: string[], at: number, out: NamedEntity[]): void {
  let tokens = toks;
  let start = at;
  // A headline run: the name is what follows its last verb or function word.
  const cut = tokens.map((t) => HEADLINE_WORDS.has(t.toLowerCase())).lastIndexOf(true);
  if (cut > 0 && cut < tokens.length - 1) {
    for (let i = 0; i <= cut; i++) start = text.indexOf(tokens[i + 1]!, start + tokens[i]!.length);
    tokens = tokens.slice(cut + 1);
  }
  // "Last Friday Reagan …": a time opening the sentence, "last" and all.
  while (tokens.length > 0 && (SENTENCE_OPENERS.has(tokens[0]!.toLowerCase()) || QUESTION_OPENERS.has(tokens[0]!.toLowerCase()) || MONTHS_AND_DAYS.test(tokens[0]!) || (/^(?:last|next|early|late)$/i.test(tokens[0]!) && MONTHS_AND_DAYS.test(tokens[1] ?? '')))) {
    start = text.indexOf(tokens[1] ?? '', start + tokens[0]!.length);
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0 || start < 0) return;
  // A few lower-case words in front carry the role ("North Korean leader Kim Jong Un").
  // Never across a line break: the line above may be a heading ("Looking Ahead").
  const window = text.slice(Math.max(0, start - 100), start);
  // A ticker in angle brackets ("Chrysler Corp <C> treasurer") is no word of a role.
  // A dash inside a token ("Party—against") ends the words before it.
  let before = window.slice(window.lastIndexOf('\n') + 1).replace(/([—–])(?=\S)/g, '$1 ').trimEnd().split(/\s+/).filter((t) => t && !/^<[^<>]*>[,;:]?$/.test(t));
  // The window may start inside a word.
  if (window.length === 100 && !/\n/.test(window)) before = before.slice(1);
  // Only the words after the last punctuation: "in Novi, Michigan, Trump" is not one name; the
  // full stop of an abbreviation ("U.S.", "Co.") ends nothing.
  const stop = before.map((t) => /[;:,()"“”—–]$|^[(“"—–]/.test(t) || (/[.!?]$/.test(t) && !KEEPS_DOT.test(t) && !endsWithAbbreviation(t) && t !== 'No.')).lastIndexOf(true);
  before = before.slice(stop + 1);
  // The last four words, and back to the start of a name they begin inside ("Merrill Lynch Canada
  // Inc chief economist", "Industrial Bank of Japan Ltd senior economist").
  let from = Math.max(0, before.length - 4);
  const inName = (k: number): boolean => /^[\p{Lu}&]/u.test(before[k]!) || (/^(?:of|and)$/.test(before[k]!) && k > 0 && /^[\p{Lu}]/u.test(before[k - 1]!));
  while (from > 0 && from > before.length - 9 && inName(from) && inName(from - 1)) from--;
  while (from < before.length && /^(?:of|and)$/.test(before[from]!)) from++;
  let leadWords = before.slice(from);
  // Words that only open a sentence ("Even China") are not part of a role.
  // "Secretary of State George Shultz": the "of (the)" after an office is the role's, not an opener.
  // "Secretary of State for Inter-American Affairs Paul Taylor": "for" too, past a portfolio.
  // "a spokesman for Airbus" is no office: "for" needs a portfolio before it.
  const inOffice = (k: number): boolean => {
    if (!/^(?:of|the|for)$/i.test(leadWords[k]!)) return false;
    let j = k - 1;
    let portfolio = false;
    // "Undersecretary of State for Economic Affairs Allen Wallis": a capitalised word after the
    // office's "of" is its portfolio too.
    const ofPortfolio = (at: number): boolean => /^\p{Lu}/u.test(leadWords[at]!) && at > 0 && /^(?:of|the)$/i.test(leadWords[at - 1]!);
    while (j >= 0 && (/^(?:of|the|for)$/i.test(leadWords[j]!) || PORTFOLIO_NOUNS.has(leadWords[j]!.toLowerCase()) || ofPortfolio(j))) {
      if (PORTFOLIO_NOUNS.has(leadWords[j]!.toLowerCase()) || ofPortfolio(j)) portfolio = true;
      j--;
    }
    return j >= 0 && isTitleWord(leadWords[j]!) && (portfolio || !/^for$/i.test(leadWords[k]!));
  };
  // "Peters and Co Ltd oil analyst", "Industrial Bank of Japan Ltd": "and" or "of" between
  // capitalised words is inside a firm's name.
  const joinsName = (k: number): boolean => /^(?:and|of)$/.test(leadWords[k]!) && k > 0 && /^\p{Lu}/u.test(leadWords[k - 1]!) && /^\p{Lu}/u.test(leadWords[k + 1] ?? '');
  const lastOpener = leadWords.map((w, k) => (SENTENCE_OPENERS.has(w.toLowerCase()) || QUESTION_OPENERS.has(w.toLowerCase())) && !inOffice(k) && !joinsName(k)).lastIndexOf(true);
  if (lastOpener >= 0) leadWords = leadWords.slice(lastOpener + 1);
  // "On Sunday Hillary Clinton": a day or month before the name dates the sentence; it is no role.
  const lastDate = leadWords.map((w) => MONTHS_AND_DAYS.test(w)).lastIndexOf(true);
  if (lastDate >= 0) leadWords = leadWords.slice(lastDate + 1);
  // "…," said NYMEX Chairman William Bradt": the reporting verb of an inverted tag is no part
  // of the role after it.
  const lastCue = leadWords.map((w) => REPORTING_VERB_WORD.test(w)).lastIndexOf(true);
  if (lastCue >= 0) leadWords = leadWords.slice(lastCue + 1);
  const leadRole = leadWords.join(' ');
  const phrase = `${leadRole} ${tokens.join(' ')}`.trim();
  const split = splitNameAndRole(phrase);
  const { name } = split;
  // "chairman of the U.S. Joint Chiefs of Staff", "President of In-Stat": the name after an
  // office's "of" is the body the office is of, not its holder.
  const org = split.org || (!!split.role && /(?:^|\s)(?:of|at|for)(?:\s+the)?(?:\s+(?:U\.S\.|U\.K\.|U\.N\.))?$/.test(split.role));
  const role = org || !split.role || namesAPerson(split.role) ? split.role : null;
  if (!name) return;
  let clean = withoutClosingPunctuation(name);
  // "Secretary of State for Inter-American Affairs Paul Taylor": after an office's "for" or
  // "of", the portfolio words that open the run are the office's.
  if (!org && /\b(?:of|for)\s+(?:the\s+)?$/i.test(window)) {
    const toks = clean.split(/\s+/);
    let k = 0;
    while (k < toks.length - 2 && isPortfolioWord(toks[k]!)) k++;
    // "Prime Minister of Japan Kishida": the country is the office's too.
    const country = k === 0 ? countryBeforeName(toks, 0, toks.length) : 0;
    k += country;
    const rest = toks.slice(k);
    if (k > 0 && (country > 0 || isKnownGivenName(rest[0]!) || (rest.length >= 2 && !rest.some((t) => isOrgWord(t))))) clean = rest.join(' ');
  }
  if (!clean || MONTHS_AND_DAYS.test(clean)) return;
  // "his wife, Gabriela Violeta Lazar": a relative named in apposition carries the kinship as role.
  const kin = role || org ? null : KIN_BEFORE.exec(window)?.[1] ?? null;
  // Point at the name itself, past any title in the run ("Mr. Clarke" → "Clarke").
  const at2 = text.indexOf(clean.split(/\s+/)[0]!, start);
  out.push({ name: clean, role: role ?? kin, org, start: at2 >= 0 && at2 < start + 80 ? at2 : start });
}

/**
 * Whether words read before a name can be that person's role: they end in an office, a
 * person's work or kin ("meteorologist", "London-based stockbrokers", "chief of staff"). "In a
 * White House briefing Greenspan", "Reuters said Smith", "which Funaro": the scene, a verb or a
 * clause word is no role.
 */
export function namesAPerson(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  if (!/^\p{Ll}/u.test(role.split(/\s+/).pop()!)) return true;
  if (/^(?:the|a|an|of|and|or|to|for|which|who|that|whom|de)$/.test(last)) return false;
  if (last.split('-').some(personWord) || personWord(last.replace(/s$/, ''))) return true;
  const of = words.lastIndexOf('of');
  return of > 0 && personWord(words[of - 1]!);
}

function personWord(w: string): boolean {
  // "The newspaper Granma": a role may also name the kind of body that speaks.
  return isTitleWord(w) || isPersonByWork(w) || isAgentNoun(w) || KIN_WORD.test(w) || /secretary$|^(?:newspaper|paper|daily|weekly|magazine|agency)$/.test(w);
}

const KIN = String.raw`(?:(?:new|late|former|estranged|younger|older|eldest|youngest)\s+|ex-)?(?:wife|husband|son|daughter|brother|sister|father|mother|mom|dad|widow|widower|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|stepson|stepdaughter|spouse|fianc[ée]e?)`;
const KIN_WORD = new RegExp(String.raw`^${KIN}$`, 'iu');
const KIN_BEFORE = new RegExp(String.raw`\b((?:his|her|their)\s+${KIN})\s*,?\s*$`, 'iu');
const KIN_ROLE = new RegExp(String.raw`^(?:his|her|their)\s+${KIN}$`, 'iu');

/** A two- or three-word name whose first word is no given name: family name first ("Tian Jiyun", "Kim Jong Un"). */
export function surnameFirst(name: string): boolean {
  const toks = name.split(/\s+/);
  return toks.length >= 2 && toks.length <= 3 && !isKnownGivenName(toks[0]!) && toks.every((t) => /^\p{Lu}[\p{Ll}-]+$/u.test(t)) && !toks.some((t) => isOrgWord(t) || isTitleWord(t));
}

function tokensOf(name: string): string[] {
  return aliasKey(name).split(' ').filter(Boolean);
}

/**
 * The fullest form of `name` the article uses: a longer person name that ends with the same
 * surname and contains every word given, and given before the mention when one is. Where two
 * people share a surname, the one named last before the quotation wins, since that is who a
 * reader would take it to be.
 */
export function fullestForm(name: string, pos: number, entities: NamedEntity[], gender: Gender = 'unknown'): string {
  const want = tokensOf(name);
  if (want.length === 0) return name;
  const last = want[want.length - 1]!;
  let best: NamedEntity | null = null;
  let bestLen = want.length;
  // A relative named in apposition ("his wife, Gabriela Violeta Lazar") is not who the bare
  // surname stands for while the article names another person with it.
  const kin = (e: NamedEntity): boolean => !!e.role && KIN_ROLE.test(e.role);
  const candidates: { e: NamedEntity; have: string[] }[] = [];
  for (const found of entities) {
    if (found.org) continue;
    // "Rival Hillary Clinton", "Industry Hajime Tamura": the name without the words run into it.
    const e = found.core ? { ...found, name: found.core } : found;
    // "Mr. Clinton" is not the "Hillary Clinton" of the same article, nor "Mr. Bush" a
    // "Barbara Bush" named in a quotation.
    if (gender !== 'unknown' && personGender(e.name, e.role) === (gender === 'm' ? 'f' : 'm')) continue;
    const have = tokensOf(e.name);
    // "In the U.S. Silas said": a country's initials run into a surname name nobody.
    // "U.S. Treasury" is the body's name; "U.S. Silas" no person's.
    const initials = /^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)\s+(\S+)$/.exec(e.name);
    if (initials && !isOrgWord(initials[1]!) && !/^(?:Treasury|Commerce|Justice|State|Defen[cs]e|Labou?r|Trade|Customs|Steel|Navy|Army|Embassy|Envoy)$/.test(initials[1]!)) continue;
    if (have.length > want.length && have[have.length - 1] === last && want.every((w) => have.includes(w))) candidates.push({ e, have });
    // "Tian took the opposite view" after "Vice-Premier Tian Jiyun": a name written family name
    // first is cut to its first word. Only a person's name given with an office or a work:
    // "Smith Barney" and "Dome Mines" are firms.
    else if (surnameFirst(e.name) && !!e.role && namesAPerson(e.role) && want.length === 1 && have[0] === last) candidates.push({ e, have });
  }
  const kinGiven = new Set(candidates.filter((c) => kin(c.e)).map((c) => c.have[0]));
  const others = candidates.filter((c) => !kinGiven.has(c.have[0]));
  const pool = others.length > 0 ? others : candidates;
  // A fuller name the article gives only later is another person's while one given before fits
  // ("Sen. Chris Murphy" … "a teacher's aide, Anne Marie Murphy").
  const anyBefore = pool.some((c) => c.e.start <= pos);
  // "Crooked Hillary Clinton", "Atlantic City Mayor Don Guardian": a run with words before a
  // given name the article also writes without them is no fuller form of the name.
  const givenFirst = (n: string): boolean => isKnownGivenName(n.split(/\s+/)[0]!);
  const suffix = (have: string[], of: string[]): boolean => of.length < have.length && have.slice(-of.length).join(' ') === of.join(' ');
  // "European Community Tran Van Thinh": nor one whose words before the name end a body's name.
  const bodyBefore = (c: { e: NamedEntity; have: string[] }): boolean => {
    if (!suffix(c.have, want)) return false;
    const toks = c.e.name.split(/\s+/);
    return toks.slice(0, toks.length - want.length).some(endsABody);
  };
  const weak = (c: { e: NamedEntity; have: string[] }): boolean =>
    bodyBefore(c) || (!givenFirst(c.e.name) && ((want.length > 1 && givenFirst(name) && suffix(c.have, want)) || pool.some((o) => givenFirst(o.e.name) && suffix(c.have, o.have))));
  for (const c of pool) {
    const { e, have } = c;
    const before = e.start <= pos;
    if ((anyBefore && !before) || weak(c)) continue;
    if (
      best === null ||
      have.length > bestLen ||
      (have.length === bestLen && before && e.start > best.start)
    ) {
      best = e;
      bestLen = have.length;
    }
  }
  // With no fuller form, the name itself less a headline or a place that ran into it (not a
  // common word: "Win Htein", "Day Krolik" are names).
  return best ? best.name : (entities.find((e) => e.core && e.coreSure && e.name === name)?.core ?? name);
}

/** Canonical form: the article's fullest form, then the shared alias table. */
export function canonicalName(
  name: string,
  pos: number,
  entities: NamedEntity[],
  aliases: Map<string, string>,
  gender: Gender = 'unknown',
): string {
  const direct = aliases.get(aliasKey(name));
  const full = fullestForm(name, pos, entities, gender);
  return aliases.get(aliasKey(full)) ?? direct ?? full;
}

/** The role words an article attaches to a person, for resolving "the minister". */
export function personsWithRoleHead(head: string, before: number, entities: NamedEntity[]): string[] {
  const h = head.toLowerCase();
  const found = new Set<string>();
  for (const e of entities) {
    if (e.org || e.start > before || !e.role) continue;
    // The role must stand right before the name ("Western diplomat John Smith") or hold an
    // office of something ("Minister of Trade Jane Doe"); "diplomat said China's …" gives no role.
    const words = e.role.toLowerCase().split(/[\s-]+/);
    const office = words.findIndex((w) => w === 'of' || w === 'for');
    if (words[words.length - 1] === h || (office > 0 && words[office - 1] === h)) found.add(e.name);
  }
  return [...found];
}

const LEGAL_FORM = /^(?:inc|corp|corporation|co|cos|company|ltd|limited|plc|ag|sa|nv|ab|gmbh|spa|bv|kk|pty)$/;

/** What a body's name holds for each generic description of it ("the company", "the bank"). */
const BODY_NAMES: [RegExp, RegExp][] = [
  [/^(?:company|firm|corporation|concern|group|brewer|insurer|retailer|automaker|carmaker|steelmaker|chipmaker|utility|partnership|trust)$/, /\b(?:Inc|Corp|Corporation|Co|Cos|Company|Ltd|Limited|Plc|PLC|AG|SA|NV|AB|GmbH|SpA|Spa|BV|KK|Group|Holdings|Industries|Partners|Trust|Bancorp|Inc\.|Corp\.|Co\.|Ltd\.)$/],
  [/^bank$/, /\b(?:Bank|Banco|Banque|Bancorp|Bankers|Bankgesellschaft|Sparkasse)\b/],
  [/^(?:airline|carrier)$/, /\b(?:Air|Airlines|Airways|Airline|Aviation)\b/],
  [/^union$/, /\b(?:Union|Workers|Federation|Brotherhood)\b/],
];

/**
 * The body a generic description stands for: "The company said …" after "Brown-Forman Inc
 * said …" is Brown-Forman Inc, the nearest body before `pos` whose name fits the description
 * (a legal form for "the company", "Bank" for "the bank"). Null when the article names none.
 */
export function bodyForDescription(description: string, pos: number, entities: NamedEntity[], text: string): string | null {
  const head = /^(?:the|this)\s+([\p{L}-]+)$/iu.exec(description.trim())?.[1]?.toLowerCase();
  const fits = head ? BODY_NAMES.find(([h]) => h.test(head))?.[1] : undefined;
  if (!fits) return null;
  let best: NamedEntity | null = null;
  // "… is co-owned by <Oglethorpe Power Corp> …. the utility told regulators": the body a
  // preposition governs is seldom the one the story goes on about; one named as a subject is.
  let subject: NamedEntity | null = null;
  for (const e of entities) {
    if (e.start >= pos || !fits.test(e.name)) continue;
    // "Co Inc", or "Telegraph Co" out of "American Telephone and Telegraph Co": a piece of a
    // longer name is no name to give.
    if (tokensOf(e.name).every((t) => LEGAL_FORM.test(t)) || /(?:\b(?:and|of|und|et|y)|&|-)\s*$/i.test(text.slice(Math.max(0, e.start - 6), e.start))) continue;
    if (!best || e.start > best.start) best = e;
    // "The company, which consolidated the … conglomerate <Ahlsell AB> this year, said": a body
    // inside a relative clause is what the clause says of another.
    const governed =
      /\b(?:by|with|from|to|for|in|on|at|into|against|over|than|between|its|their)\s*[<(]?\s*$/i.test(text.slice(Math.max(0, e.start - 10), e.start)) ||
      /,\s*(?:which|who)\s[^,.;:]*$/i.test(text.slice(Math.max(0, e.start - 150), e.start));
    if (!governed && (!subject || e.start > subject.start)) subject = e;
  }
  return (subject ?? best)?.name ?? null;
}
