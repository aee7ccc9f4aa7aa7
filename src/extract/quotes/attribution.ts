/**
 * Finding who said a quotation: the reporting cue and the speaker mention in the writer's
 * words around it, in the patterns news copy uses —
 *   "…," X said      "…," said X      X said: "…"      X told Reuters "…"
 *   "…," according to X       "…" — X       X, in a post on VK, said "…"
 * and, failing those, the speaker carried over from a neighbouring quotation (the second half
 * of a split quote, a quotation continued in the next paragraph, a floating quote).
 */
import { canonicalCue, findCues, type CueMatch } from './cues.js';
import { endsSentence } from './layout.js';
import { isKnownGivenName } from './gender.js';
import { endsWithAbbreviation, isRegionName, MONTHS, namesAnOffice, isTitleWord, QUESTION_OPENERS, readMention, RECENT_PERIOD, TIME_LATER, WEEKDAYS, type Mention } from './mentions.js';
import { leadingNounPhrase, trimDescription } from './noun-phrase.js';
import { isAgentNoun, isPersonByWork } from './speaking-nouns.js';

/** A full stop, ! or ? inside `s` that ends a sentence ("Mr. Obama" and "U.S." do not). */
function hasSentenceEnd(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) if (/[.!?]/.test(s[i]!) && /\s/.test(s[i + 1]!) && endsSentence(s, i)) return true;
  return false;
}

export type AttributionHow =
  | 'after'
  | 'before'
  | 'dash'
  | 'continued'
  | 'same-paragraph'
  | 'floating'
  | 'transcript'
  | 'clause-subject'
  | 'previous-sentence'
  | 'next-sentence'
  | 'none';

export interface Attribution {
  mention: Mention | null;
  /** Absolute offset of the mention in the article, for resolving it against what came before. */
  mentionPos: number;
  cue: string | null;
  how: AttributionHow;
  /**
   * The pronoun of the quotation's own tag (`“…,” she said`) when the speaker was read from
   * another clause of the sentence: it is the speaker as written for this quotation.
   */
  tag?: Mention;
}

export const NO_ATTRIBUTION: Attribution = { mention: null, mentionPos: -1, cue: null, how: 'none' };

/** How far past the closing mark a cue may sit and still belong to the quotation. */
const AFTER_WINDOW = 200;

/** Where the speaker named after the cue stops ("said Kim Yo Jong, vice director…, in a statement"). */
const AFTER_CUE_STOP =
  /\s+(?:in|on|at|during|after|before|when|while|as|adding|who|which|to|from|via|through|according|referring|speaking|citing|although|though|but|because|since|whereas|noting|saying|explaining|and\s+(?=(?:he|she|they|it)\s)|of\s+the\s+(?=\p{Ll}))\b|[;:.!?]\s|[;:.!?]$|\s[—–]\s|\(/u;

/** First offset where the name after a cue stops; an abbreviation's full stop ("Sen.") is not one. */
function stopAfterCue(body: string): number {
  const re = new RegExp(AFTER_CUE_STOP.source, 'gu');
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const dot = m[0].search(/[.!?]/);
    if (dot === 0 && m[0][0] === '.' && !endsSentence(body, m.index)) continue;
    return m.index;
  }
  return -1;
}

function mentionAfterCue(region: string, cue: CueMatch, base: number): Mention | null {
  const rest = region.slice(cue.end);
  const lead = rest.match(/^[\s,]*/)![0].length;
  let body = rest.slice(lead);
  const stop = stopAfterCue(body);
  if (stop >= 0) body = body.slice(0, stop);
  // "said Arthur Levitt Jr.": the sentence's full stop is also the abbreviation's.
  body = body.replace(/[,\s]+$/, '');
  if (!endsWithAbbreviation(body)) body = body.replace(/[,.\s]+$/, '');
  if (!body) return null;
  const m = readMention(body, base + cue.end + lead);
  // `said Sumitomo Bank Ltd chief economist, Masahiko Koido.`: an office, then, after a comma
  // the wire put in, the name that holds it.
  const named = !m ? /^(.*\S),\s+((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)$/u.exec(body) : null;
  if (named && isPersonOrOffice(named[1]!.split(/\s+/).pop()!.toLowerCase())) {
    const holder = readMention(named[2]!, base + cue.end + lead + body.length - named[2]!.length);
    if (holder?.kind === 'person' && holder.name) return { ...holder, text: body, offset: base + cue.end + lead, role: holder.role ?? named[1]! };
  }
  return m;
}

/**
 * The outermost source of a tag: `"…," Sanders said, according to CNN.` PolNeAR's guidelines
 * annotate only the outermost attribution ("According to the report, …" has the report as its
 * source), so the outlet or document the writer credits is the speaker; an outlet is also the
 * via. `"…," Shoigu said, reported TASS` keeps Shoigu: TASS is only the channel. `from` is
 * where the inner tag ends in `region` (the writer's words after the closing mark).
 */
export function outerSource(region: string, base: number, from: number): Attribution | null {
  if (hasSentenceEnd(region.slice(0, from))) return null;
  for (const cue of findCues(region.slice(from))) {
    const at = from + cue.start;
    const between = region.slice(from, at);
    if (hasSentenceEnd(between) || (!/,\s*$/.test(between) && cue.canonical !== 'according to')) continue;
    // `…," said Kristen Day, executive director of …, reports USA Today.`: an outlet that
    // relays the whole tag is the outermost source (PolNeAR guidelines), as "according to" is.
    const relayed = cue.canonical === 'reported' && !/ing$/i.test(cue.written);
    if (cue.canonical !== 'according to' && !relayed) continue;
    const shifted = { ...cue, start: at, end: from + cue.end };
    const m = mentionAfterCue(region, shifted, base);
    if (relayed && (!m || m.kind === 'nominal')) continue;
    if (m && m.kind !== 'pronoun') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
  }
  return null;
}

/** Words between a subject and its reporting verb that belong to neither. */
const TRAILING_FILLER = [
  // Lower case only: "Theresa May said", "George Will wrote" end in names, not auxiliaries.
  /\s+(?:also|later|then|further|again|once|recently|previously|now|has|have|had|was|is|were|are|would|will|could|might|may|did|does|do|reportedly|separately|earlier|however|too|often|always|never|still|just|soon|twice|instead|first|last|herself|himself|themselves|itself|once\s+again|went\s+on\s+to|has\s+long|at\s+the\s+time|yesterday|today|tonight|in\s+\d{4})$/,
  // "Mr. Trump was prompted to say", "she took to Twitter to write": a verb that hands its
  // subject on to the reporting verb.
  /\s+(?:went\s+on|continued|tried|sought|rushed|hastened|chose|decided|wanted|seemed|appeared|managed|went\s+so\s+far\s+as|took\s+to\s+(?:Twitter|Facebook|Instagram|social\s+media|the\s+(?:airwaves|stage|podium|floor))|(?:was|were|is|are|felt)\s+(?:\p{Ll}+\s+)?(?:prompted|moved|quick|forced|careful|eager|happy|keen|compelled|inclined|willing|ready|able|led|prepared))\s+to$/u,
  /\s+(?!(?:family|ally|assembly|rally|bully|supply|anomaly|monopoly|homily)$)[a-z]{3,}ly$/,
  new RegExp(String.raw`\s+(?:on\s+)?${WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?$`),
  // "the Christian Democrat leadership late last night said", "officials overnight said".
  /\s+(?:(?:late|early)\s+)?(?:last|yesterday|this)\s+(?:night|evening|morning|afternoon)$|\s+overnight$|\s+earlier\s+today$/i,
  /\s+(?:this|last|next|that|earlier\s+this|later\s+that)\s+(?:week|month|year|morning|afternoon|evening|spring|summer|fall|autumn|winter)$/i,
  /\s*\([^()]{0,40}\)$/,
  /\s+(?:in|during|at|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}(?:statement|interview|speech|post|tweet|letter|press\s+release|release|op-ed|email|conference|briefing|call|rally|debate|appearance|event|hearing|video|message|report|testimony|filing|communique|commentary|editorial|column|newsletter|memo)$/iu,
  // "Du Plessis in disclosing the new agreement last night said": a gerund phrase after the name
  // that opens the clause, with no commas round it ("hinted at Donald Trump by mentioning" is
  // no such name).
  // (The keyword is looked for before the name behind it, which is the costly test.)
  /\s+(?=(?:in|on|after|when|while)\s+\p{Ll}{3,}ing\s)(?<=^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|de|du|da|van|von|al|el)\s+){0,3}\p{Lu}[\p{L}.'’-]*\s+)(?:in|on|after|when|while)\s+\p{Ll}{3,}ing\s+(?:the|a|an|his|her|its|their|this|that)\s[^,;:"“”()]{1,50}$/u,
];

function stripFiller(s: string): string {
  let prev: string;
  // "He’s claiming", "they’ve said": the contracted auxiliary.
  // Not a firm's possessive name: "Standard and Poor's said", "Moody's said" (a name takes no
  // contracted "has" in news copy; a pronoun does).
  const trimmed = s.replace(/\s+$/, '');
  const firm = /[\p{Lu}][\p{L}-]*\s+and\s+[\p{Lu}][\p{L}-]*[’']s$/u.test(trimmed) || (/(?:^|\s)[\p{Lu}][\p{L}-]*[’']s$/u.test(trimmed) && !/(?:^|\s)(?:He|She|It|That|There|What|Who|Here)[’']s$/u.test(trimmed));
  let out = firm ? trimmed : trimmed.replace(/(\p{L})[’'](?:s|re|ve|d|ll)$/u, '$1');
  do {
    prev = out;
    for (const re of TRAILING_FILLER) out = out.replace(re, '');
  } while (out !== prev);
  return out;
}

/** A party tag in brackets after a name: "(R)", "(D-Nev.)", "(R-Texas)". */
const PARTY_TAG = String.raw`\((?:[RDI]|[RDI]-[\p{Lu}][\p{L}.]*)\)`;
const TRAILING_PARTY_TAG = new RegExp(String.raw`\s+${PARTY_TAG}\s*$`, 'u');
const PARTY_TAG_TOKEN = new RegExp(String.raw`^${PARTY_TAG},?$`, 'u');

/** Where the clause holding the subject starts: after a comma, colon, dash or a clause word. */
const CLAUSE_BOUNDARY = /[,;:(—–]|\s--\s|\b(?:that|when|and|but|while|because|as|after|before|if|where|since|though|although|whom|which|whereas|until|so|with|what)\s/giu;

function boundaries(s: string): { at: number; word: string }[] {
  const out: { at: number; word: string }[] = [];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(s); m; m = CLAUSE_BOUNDARY.exec(s)) {
    const word = m[0].trim().toLowerCase();
    if (word === 'and' && andInsideName(s.slice(0, m.index), s.slice(m.index + m[0].length))) continue;
    out.push({ at: m.index + m[0].length, word });
  }
  return out;
}

/**
 * An "and" that joins no clauses because it is inside one name: between capitalised words of a
 * body's name ("The Securities and Exchange Commission", "Savings and Loan Association", "Ways
 * and Means chairman"),
 * between initials ("S and P"), or before a firm's possessive name that ends the subject
 * ("Standard and Poor's said").
 */
function andInsideName(before: string, after: string): boolean {
  if (/(?:^|\s)\p{Lu}{1,2}\s+$/u.test(before) && /^\p{Lu}{1,2}(?![\p{L}\p{N}])/u.test(after)) return true;
  if (!/[\p{Lu}][\p{L}.-]*\s+$/u.test(before)) return false;
  if (/^[\p{Lu}][\p{L}-]*[’']s\s*$/u.test(after) || BODY_NAME_AFTER_AND.test(after)) return true;
  // "Chairman and Chief Executive Officer Anthony O'Reilly told": two offices of one person.
  const office = /(?:^|\s)([\p{Lu}][\p{L}.-]*)\s+$/u.exec(before);
  const next = /^([\p{Lu}][\p{L}.-]*)\s/u.exec(after);
  if (office && next && isTitleWord(office[1]!) && isTitleWord(next[1]!)) return true;
  // "Gulf and Western said": one capitalised word on each side and nothing more is a firm's
  // name, as readMention reads it.
  const pair = /(?:^|[\s,(])([\p{Lu}][\p{Ll}]+)\s+$/u.exec(before);
  const second = /^([\p{Lu}][\p{Ll}]+)\s*$/u.exec(after);
  return !!pair && !!second && readMention(`${pair[1]!} and ${second[1]!}`, 0)?.kind === 'organisation' && !/[\p{Lu}][\p{L}.-]*\s+[\p{Lu}][\p{Ll}]+\s+$/u.test(before);
}

const BODY_NAME_AFTER_AND =
  /^(?:[\p{Lu}][\p{L}.&’'-]*\s+){0,4}(?:Commission|Association|Exchange|Company|Co|Corp|Corporation|Inc|Ltd|Bank|Trust|Loan|Securities|Partners|Associates|Brothers|Sons|Industries|NV|AG|SA|Plc|PLC|Group|Department|Agency|Administration|Board|Bureau|Council|Foundation|Institute|Authority|Committee|Subcommittee|Services|Affairs|Ministry|Office|Party|Union|Federation|Organi[sz]ation|Cent(?:er|re)|Service|University|College|Fund|Society|League|Confederation|Chamber|Court|Division|Directorate)\b|^(?:[\p{Lu}][\p{L}.&’'-]*\s+){1,3}(?:chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|ranking|subcommittee|committee|panel)\b/u;

/**
 * The subject of a reporting verb: the noun phrase right in front of it, read from the
 * right so that whatever opens the sentence ("Speaking at a rally in Novi, Michigan, Trump
 * says") is left out. "X, a former adviser, said" skips the apposition; "X … and said" takes
 * the subject of the first verb.
 */
export function subjectBeforeCue(written: string, base: number): Mention | null {
  // "Jim Billington, Farm Credit Administration (FCA) board member told": a body's initials in
  // brackets are no part of the grammar (blanked, offsets kept, and left out of the words).
  // "Lindner, the Cincinnati, Ohio, investor who …": the comma between a city and its state is
  // no apposition's (blanked too; the one after the state may close an aside and stays).
  let pre = written.includes('(') ? written.replace(/\s\(\p{Lu}[\p{Lu}\d&.-]{1,8}\)(?=\s)/gu, (m) => ' '.repeat(m.length)) : written;
  if (/\p{Lu}[\p{L}.'’-]*,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,\s/u.test(pre)) {
    pre = pre.replace(/(\p{Lu}[\p{L}.'’-]*),(\s+)(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?),(?=\s)/gu, (m, city: string, gap: string, region: string) => (isRegionName(region) ? `${city} ${gap}${region},` : m));
  }
  const m = subjectInFront(pre, base);
  if (!m || pre === written) return m;
  // The words as the writer wrote them: the mention at its own offset, the role where it occurs
  // nearest the mention (blanking kept every offset); else without the blanks.
  const at = m.offset - base;
  const asWritten = (t: string, from: number): string => (from >= 0 ? written.slice(from, from + t.length) : t).replace(/\s{2,}/g, ' ');
  const nearest = (t: string): number => {
    const after = pre.indexOf(t, at);
    const before = pre.lastIndexOf(t, at);
    return after < 0 ? before : before < 0 || after - at <= at - before ? after : before;
  };
  return { ...m, text: asWritten(m.text, at), role: m.role === null ? null : asWritten(m.role, nearest(m.role)) };
}

function subjectInFront(pre: string, base: number): Mention | null {
  const m = withDescription(pre, base, subjectBeforeCueInner(pre, base));
  if (!m || m.kind === 'pronoun') return m;
  // "Ways and Means chairman Dan Rostenkowski, an Illinois Democrat said": an apposition whose
  // closing comma the wire left out; the person named before it is the subject.
  // "Alan Moore, Lloyds Treasurer, told": so is an office written in capitals.
  // "Rastam Hadi, Petronas's Vice-President for Upstream Sector said": so is a body's office.
  const office = m.kind === 'nominal' && (namesAnOffice(m.text) || /^(?:[\p{Lu}][\p{L}.&-]*\s+){0,3}[\p{Lu}][\p{L}.&-]*[’']s?\s+\p{Lu}/u.test(m.text));
  if (m.kind === 'nominal' && (/^(?:a|an)\s/i.test(m.text) || office)) {
    const named = /(?:^|[,;:]\s*)([^,;:]{0,60}?(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}(?:(?:al|el|bin|ibn|abu|van|von|de|da|di|du|le|la)[-\s])?[\p{Lu}][\p{L}\p{M}'’-]*),\s*$/u.exec(pre.slice(0, m.offset - base));
    // `"…" said David Lomax, Group Economics Adviser at …, who`: the name, not its verb.
    const verb = named ? findCues(named[1]!).pop() : undefined;
    const written = named ? named[1]!.slice(verb ? verb.end : 0).replace(/^\s+/, '') : '';
    const person = named ? readMention(written, base + named.index + named[0].indexOf(named[1]!) + named[1]!.length - written.length) : null;
    // An office in capitals sets off the name before it surely; "a …" only after a known given name.
    if (person?.kind === 'person' && person.name && /\s/.test(person.name) && (office || isKnownGivenName(person.name.split(/\s+/)[0]!))) return { ...person, role: person.role ?? m.text };
  }
  // "Beck, who has in the past described Trump as …": the verb's subject as written is the
  // relative pronoun; like "he", it is kept as the mention and resolved to its antecedent.
  // "One attendee, who spoke on condition of anonymity, said": there the relative clause is
  // closed before the verb and the subject is the noun phrase.
  const rel = /^,\s*who(,[^,]{1,60},)?([^,.;:]*)$/.exec(pre.slice(m.offset - base + m.text.length));
  // Only a name can stand behind "who" in the output; a description stays as written.
  if (rel && (m.kind === 'person' || m.kind === 'organisation') && !/\b(?:that|which|whom|and|but|who)\b/i.test(rel[2]!) && !/\p{Lu}/u.test(rel[2]!)) return { ...m, text: 'who' };
  return m.kind === 'person' && !m.role ? { ...m, role: appositionRole(pre.slice(m.offset - base + m.text.length)) } : m;
}

/**
 * "Tom Ridge, a former secretary of homeland security, put it": the apposition between the
 * name and its verb is the person's role. Asides ("in a statement", "however") and relative
 * clauses are not.
 */
function appositionRole(tail: string): string | null {
  const m = /^,\s*([^,;:()“”"]{2,120}?),\s*$/u.exec(tail);
  if (!m) return null;
  // "the leader of the Social Democratic Party which with the Liberals make up …": a relative
  // clause on the role's noun is no part of it.
  const role = m[1]!.trim().replace(/\s+(?:which|who|whose|that)\s.*$/u, '');
  if (!/^(?:a|an|the|his|her|its|their|one|[\p{Ll}\d]|(?:[\p{Lu}][\p{L}.&-]*\s+){0,2}[\p{Lu}][\p{L}.-]*(?:[’']s|(?<=s)[’'])\s)/u.test(role)) return null;
  if (/^(?:in|on|at|during|after|before|speaking|asked|writing|with|by|for|from|to|under|as|when|while|who|whose|which|however|though|too|also|meanwhile|then|still|again|for\s+\w+\s+part|according|citing|not|now|once|later|earlier)\b/i.test(role)) return null;
  if (findCues(role).length || /\b(?:is|was|are|were|has|had|have|will|would)\b/.test(role)) return null;
  // "appearing on Cable News Network", "first appointed to the Fed post by", "here for talks":
  // a participle phrase or an adverb of place says what the person was doing, not who they are
  // ("managing director", "acting assistant attorney general" are roles).
  if (/^(?:(?:first|newly|recently|\p{Ll}+ly)\s+)?\p{Ll}+(?:ing|ed)\s+(?:on|in|at|to|by|with|from|for|as|about|before|after|the|a|an|his|her|its|their)\b|^(?:here|there|without|despite|unlike|like|once|sharply|\p{Ll}+ly\s+(?:critical|opposed|supportive|skeptical|sceptical)\b)/u.test(role)) return null;
  return role;
}

/**
 * "her personal lawyer, David E. Kendall, called it …", "Sanders's campaign manager, Jeff
 * Weaver, said": the writer names the speaker by a description and then the name; the mention
 * is both, the role the description.
 */
function withDescription(pre: string, base: number, m: Mention | null): Mention | null {
  if (!m || m.kind !== 'person') return m;
  const lead = pre.slice(0, m.offset - base);
  const d = /(?:^|[,;:(—–]\s*|\b(?:that|and|but|when|while|as|after|before|because|by|with)\s+)((?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.-]*(?:[’']s|(?<=s)[’']))\s+[^,;:()"“”]{1,80}?),\s*$/u.exec(lead);
  if (!d) return m;
  const desc = d[1]!;
  // "With … because of low yields and a dull economic outlook, Chase's Marshall said": the
  // description must name a person (an office, a work, kin), not a thing.
  // "One of the strike leaders": the head is the group's noun.
  const partitive = /^(?:one|some|many|each|several|most|two|three)\s+of\s+(.*)$/i.exec(desc);
  const head = (partitive ? partitive[1]! : desc.split(/\s+(?:of|for|at|in|with|from|to|on)\s/)[0]!).split(/\s+/).pop()!.toLowerCase();
  if (!isPersonOrOffice(head) && !isPersonByWork(head, true) && !isAgentNoun(head) && !/^(?:wife|husband|son|daughter|brother|sister|father|mother|friend|colleague|partner|ally|widow|nephew|niece|cousin|uncle|aunt|boss|host|star|actress|actor|hero|veteran|nominee|candidate|aide|staff|chief|head|rival|critic)s?$/.test(head)) return m;
  // "The main problem they have been facing, Palmieri says": a clause, not a description.
  if (desc.split(/\s+/).length > 10 || findCues(desc).length || !/\p{Ll}{3,}$/u.test(desc)) return m;
  if (/\b(?:is|was|are|were|be|been|being|have|has|had|do|does|did|will|would|can|could|should|may|might|must|they|we|he|she|it|I)\b/.test(desc)) return m;
  // "the Supreme Court refused to reinstate the law, Gov. Pat McCrory": a clause, not a description.
  if (/\b\p{Ll}{3,}ed\s+(?:to|the|a|an|that|his|her|its|their)\b/u.test(desc)) return m;
  if (/^(?:in|on|at|during|after|before|speaking|asked|writing|with|by|for|from|to|under|as|when|while)\b/i.test(desc)) return m;
  const at = d.index + d[0].length - d[1]!.length - (d[0].length - d[0].trimEnd().length) - 1;
  const start = lead.lastIndexOf(desc, at + 1);
  if (start < 0) return m;
  // "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore
  // Romano, said": after a full name that opens the sentence, the description is that person's
  // and the name after it is the description's own last noun (the newspaper).
  const opener = /^\s*((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*),\s*$/u.exec(lead.slice(0, start));
  if (opener) {
    const first = readMention(opener[1]!, base + opener.index + opener[0].indexOf(opener[1]!));
    if (first?.kind === 'person' && /\s/.test(first.name ?? '')) return { ...first, role: first.role ?? `${desc}, ${m.text}` };
  }
  return { ...m, text: `${desc}, ${m.text}`, offset: base + start, role: m.role ?? desc };
}

/** "a source familiar with the investigation", "people close to him": the head is the person. */
const FAMILIAR =
  /^(.*\b(?:sources?|persons?|people|officials?|aides?|advis[eo]rs?|all(?:y|ies)|members?|lawmakers?|strategists?|operatives?|insiders?|Republicans?|Democrats?|diplomats?|executives?|employees?))\s+(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about|with\s+(?:direct\s+)?knowledge\s+of|involved\s+in)\b[^,;:()]*$/i;

/** ", however,", ", for his part,": a sentence adverb set off between the subject and its verb. */
const ASIDE = /,\s*(?:however|though|meanwhile|too|also|instead|in\s+turn|for\s+(?:his|her|their|its|our|my)\s+part|in\s+fact|of\s+course|nonetheless|nevertheless|for\s+example|for\s+instance|in\s+contrast|by\s+contrast|likewise|similarly|therefore|thus|still|then|again|in\s+particular|notably|at\s+least)\s*,?\s*$/i;


/** A word that opens a clause or a phrase, never a name: "In", "After", "The", "It" … */
const OPENS_CLAUSE = /^(?:In|On|At|By|For|From|During|After|Before|Since|Until|Like|Unlike|With|As|When|While|If|But|And|So|Then|Yet|Still|Meanwhile|However|Although|Though|Because|The|A|An|This|That|These|Those|It|There|Here)\s/;

/** A preposition opening a phrase: "In a statement", "During the debate". */
const OPENS_WITH_PREPOSITION = /^\s*(?:In|On|At|By|For|From|During|After|Before|Since|Until|Like|Unlike|With)\s/;

function subjectBeforeCueInner(written: string, base: number): Mention | null {
  // "(Ivaco Inc) said": Reuters puts an unlisted company's name in brackets; the name is the
  // subject (the brackets blanked, offsets kept).
  const pre = written.replace(/(^|[.!?]\s+)\(([\p{Lu}][^()]{1,60})\)(\s*)$/u, (_all, lead: string, name: string, tail: string) => `${lead} ${name} ${tail}`);
  let s = stripFiller(pre.replace(/\s+$/, '').replace(ASIDE, ''));
  // "Several senior Democrats with longtime ties to both Clintons cited": a counted group of
  // people opens the subject; a name after its preposition is no speaker.
  const counted = /^(\s*)((?:Several|Many|Some|Most|Few|A\s+few|Two|Three|Four|Five|Six|Other|Dozens\s+of|Hundreds\s+of)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:Democrats|Republicans|Conservatives|Liberals|Americans|Democratic|Republican|GOP)(?:\s+\p{Ll}+s)?\s+(?:with|from|in|of|close\s+to|familiar\s+with|on)\s+[^,;:()“”"]{2,80}?)\s*$/u.exec(pre);
  if (counted && !findCues(counted[2]!).length) return { text: counted[2]!, kind: 'nominal', name: null, role: counted[2]!, offset: base + counted[1]!.length };
  // "from Mike Lee, who declared …": the relative pronoun's antecedent is the name before it.
  const whoTail = /((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[JS]r\.)?),\s*who$/u.exec(s);
  if (whoTail) {
    const m = readMention(whoTail[1]!, base + whoTail.index);
    if (m && m.kind === 'person') return m;
  }
  // "Marco Rubio, whose hometown, Miami, is projected to be largely underwater …, argues": a
  // relative clause on the subject, closed by the comma before the verb however many commas it
  // holds, is set aside; the subject is what it follows ("Zdzislaw Kuroski, deputy director of
  // Comecon, who heads the East bloc delegation, told": the apposition's head, read below).
  const relative = /,\s*(?:who|whose)\b[^;:"“”()]{3,200},$/u.exec(s);
  if (relative && relative.index > 0) {
    s = stripFiller(s.slice(0, relative.index));
    // "China's top entrepreneur Rong Yiren, chairman of the China International Investment and
    // Trust Corporation (CITIC), who …": an apposition before the relative clause goes with it.
    const comma = s.lastIndexOf(',');
    const head = s.slice(s.lastIndexOf(',', comma - 1) + 1, comma).trim();
    if (comma > 0 && /^\s*(?:a|an|the|his|her|its|their|\p{Ll})/u.test(s.slice(comma + 1)) && /[\p{Lu}][\p{L}\p{M}'’-]*$/u.test(head) && !/^(?:In|On|At|By|For|From|During|After|Before|Since|Until|Like|Unlike|With|As|When|While|Asked|Speaking)\b/.test(head)) {
      s = s.slice(0, comma);
    }
    // "… deputy editorial page editor Bret Stephens, who, after trading insults …, said": the
    // name the clause follows, unless a preposition or article owns it ("Gerard Guillonneau of
    // France, who", "the Crown Prince, who").
    const named = /(?:^|\s)((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[JS]r\.)?)$/u.exec(s);
    const owner = named ? s.slice(0, named.index).trim().split(/\s+/).pop() ?? '' : '';
    if (named && !/^(?:of|for|at|in|from|to|with|by|on|the|a|an)$/i.test(owner)) {
      const m = readMention(named[1]!, base + named.index + named[0].indexOf(named[1]!));
      if (m && m.kind === 'person') return m;
    }
  }
  // "stars an Abraham Lincoln impersonator who promises", "It was Trump who said": a
  // restrictive "who" (no comma) has the noun phrase right before it as its antecedent.
  const restrictiveWho = /(?:^|\s)((?:(?:a|an|the)\s+(?:(?!(?:the|a|an|from|of|to|with|by|for|and|or)\s)[\p{L}\p{M}.'’-]+\s+){0,4}[\p{L}\p{M}'’-]+)|(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)\s+who$/u.exec(s);
  // "the wife of John Smith who said" is ambiguous; "a tweet from Rikkie Wells who tweeted" is not.
  if (restrictiveWho && !/\b(?:of|for|to|with|by|about|like)\s*$/i.test(s.slice(0, restrictiveWho.index + restrictiveWho[0].indexOf(restrictiveWho[1]!)))) {
    const m = readMention(restrictiveWho[1]!, base + restrictiveWho.index + restrictiveWho[0].indexOf(restrictiveWho[1]!));
    if (m && (m.kind === 'person' || (m.kind === 'nominal' && trimDescription(m)))) return m;
  }
  // "a lecture from the Mexican president, who said": a description before "who" is its antecedent.
  const describedWho = /(?:^|\s)((?:the|a|an)\s+(?:(?!(?:the|a|an|from|of|to|with|by|for)\s)[\p{L}\p{M}.'’-]+\s+){0,4}[\p{L}\p{M}'’-]+),\s*who$/iu.exec(s);
  // Not the object of "of": "the special rapporteur on human rights situation of the DPRK, who" is the rapporteur.
  if (describedWho && !/\bof\s*$/i.test(s.slice(0, describedWho.index + describedWho[0].indexOf(describedWho[1]!)))) {
    const m = readMention(describedWho[1]!, base + describedWho.index + describedWho[0].indexOf(describedWho[1]!));
    if (m && m.kind !== 'pronoun' && (m.kind !== 'nominal' || trimDescription(m))) return m;
  }
  // "linked to the Associated Press report, which notes": a document or body before "which".
  const whichTail = /\b((?:the|a|an|its|his|her|their)\s+(?:[\p{L}\p{M}.'’-]+\s+){0,4}[\p{L}\p{M}'’-]+),\s*which$/u.exec(s);
  if (whichTail) {
    const m = readMention(whichTail[1]!, base + whichTail.index);
    if (m && m.kind !== 'pronoun' && (m.kind !== 'nominal' || trimDescription(m))) return m;
  }
  // "they turned to the Chicago Police Department which reported": a body's name before a
  // "which" with no comma. Not the object of "of": "a new government study published in the
  // same issue of the Journal which said it had found …" is the study's.
  const bodyWhich = /\b((?:the|a|an)\s+(?:[\p{Lu}][\p{L}\p{M}.'’&-]*\s+){0,5}[\p{Lu}][\p{L}\p{M}'’-]*)\s+which$/u.exec(s);
  if (bodyWhich && !/\bof\s*$/i.test(s.slice(0, bodyWhich.index))) {
    const m = readMention(bodyWhich[1]!, base + bodyWhich.index);
    if (m?.kind === 'organisation') return m;
  }
  // "one Democrat familiar with the discussion, who added": the relative pronoun stands for the
  // whole description.
  const familiarWho = /,\s*who$/.test(s) ? FAMILIAR.exec(s.replace(/,\s*who$/, '')) : null;
  const familiar = familiarWho ?? FAMILIAR.exec(s);
  if (familiarWho) s = s.replace(/,\s*who$/, '');
  if (familiar && !findCues(s.slice(familiar[1]!.length)).length) {
    // "said one Democrat familiar with …": after an inverted tag's verb, the head is what follows it.
    const lastCue = findCues(familiar[1]!).pop();
    const cut = lastCue && /^\s*(?:a|an|the|one|some|two|three|several|many|\p{Ll}+s)\b/u.test(familiar[1]!.slice(lastCue.end)) ? lastCue.end : 0;
    const head = cut ? readMention(familiar[1]!.slice(cut), base + cut) : subjectBeforeCueInner(familiar[1]!, base);
    // The description is kept whole: "a source familiar with the FDIC’s internal investigation".
    if (head && head.kind === 'nominal') {
      const text = s.slice(head.offset - base).trim();
      return { ...head, text, role: text };
    }
    if (head) return head;
  }
  // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": the name with an age,
  // a home town and a relative clause after it.
  const aged = /((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*),\s+\d{1,3},(?:\s+(?:of|from)\s+[^,]{2,40}(?:,\s+[\p{Lu}][\p{L}.]*)?,?)?(?:\s+who\s[^,]{2,80},?)?\s*$/u.exec(s);
  if (aged) {
    const m = readMention(aged[1]!, base + aged.index);
    if (m && m.kind === 'person') return m;
  }
  // "Stacy Baker of Columbia, South Carolina says": a "City, State" place closes the subject.
  const place = /[\p{Lu}][\p{Ll}'’-]+\s+(?:of|from)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?(,\s*[\p{Lu}][\p{Ll}.]+(?:\s+[\p{Lu}][\p{Ll}.]+)?)$/u.exec(s);
  // Not after an opening phrase: "Speaking to the National Association of Manufacturers, Proxmire".
  if (place && !/^\s*(?:Speaking|Writing|Asked|Talking|Addressing|Testifying|Appearing|In|On|At|During|After|Before|Following)\b/.test(s)) s = s.slice(0, s.length - place[1]!.length);
  // "Gingrich — mentioned by Newsmax as the leading choice — told": a dashed apposition.
  const dashed = /\s[—–]\s[^—–]{1,160}\s[—–]\s*,?$/.exec(s);
  if (dashed) {
    // "A former Republican presidential candidate — John McCain, who lost … — said": after a
    // description, the dashes hold the name.
    const open = /^\s[—–]\s+/.exec(s.slice(dashed.index))![0].length;
    const name = /^((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)(?=,|\s[—–])/u.exec(s.slice(dashed.index + open));
    const description = /(?:^|[,;:]\s*)((?:a|an|the|his|her|its|their)\s[^,;:]*)$/i.exec(s.slice(0, dashed.index));
    if (name && description) {
      const m = readMention(name[1]!, base + dashed.index + open);
      if (m && m.kind === 'person') return { ...m, role: m.role ?? description[1]!.trim() };
    }
    s = stripFiller(s.slice(0, dashed.index));
  }
  // "… network RT he blasted": a personal pronoun right before the verb is its subject.
  const pron = /(?:^|\s)(he|she|they|we|I|it)$/i.exec(s);
  if (pron) return readMention(pron[1]!, base + s.length - pron[1]!.length);
  if (/,$/.test(s)) {
    // "X, a former adviser, said": drop the apposition; "Gov. John Kasich (R-OH), said" keeps
    // the name the comma closes.
    // "Smith, in a statement, said": the aside goes with its commas.
    s = stripFiller(s.slice(0, -1)).replace(/\s*,$/, '');
    const comma = s.lastIndexOf(',');
    const seg = s.slice(comma + 1).trim();
    // "Mitch McConnell, R-Ky., said": the party-state tag is an apposition too.
    // "Peter Fellner, U.K. Economist at stockbrokers James Capel and Co, said": a title-case
    // role with a lower-case preposition after a person's full name is an apposition too.
    const named = comma >= 0 ? /((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)$/u.exec(s.slice(0, comma).trim()) : null;
    const apposition =
      /^(?:a|an|the|his|her|its|their|one|[\p{Ll}\d])/u.test(seg) ||
      (!!named && (isKnownGivenName(named[1]!.split(/\s+/)[0]!) || isTitleWord(seg.split(/\s+/)[0]!)) && /\s(?:at|of|for|with|in)\s/.test(seg) && seg.split(/\s+/).length <= 12) ||
      /^[RDI]-[A-Z][A-Za-z.]*$/.test(seg) ||
      // "China, Pyongyang's only ally, said": a possessive description.
      // "Michel Girardin, DRI Europe's senior economist, said": the possessor may take several words.
      /^(?:[\p{Lu}][\p{L}.&-]*\s+){0,2}[\p{Lu}][\p{L}.-]*(?:[’']s|(?<=s)[’'])\s+\p{Ll}/u.test(seg);
    if (comma >= 0 && apposition) {
      s = stripFiller(s.slice(0, comma));
      // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a
      // second apposition before the first.
      const c2 = s.lastIndexOf(',');
      const seg2 = s.slice(c2 + 1).trim();
      // Not a clause that opens with its own word: "Or, as Tom Ridge, a former secretary, put it".
      const opensClause = /^(?:as|when|while|after|before|if|because|since|though|although|and|but|or|so|in|on|at|for|from|to|with|by|during|than|that|which|who)\s/i.test(seg2);
      if (c2 > 0 && !opensClause && /^(?:a|an|the|his|her|its|their|\p{Ll}+)\s/u.test(seg2) && /[\p{Lu}][\p{L}.'’-]*$/u.test(s.slice(0, c2).trim())) {
        s = stripFiller(s.slice(0, c2));
      }
    } else if (comma > 0 && /^(?:[\p{Lu}][\p{L}.-]*\s*){1,3}$/u.test(seg)) {
      // "Dean Johnson, a salesman from Sumter, South Carolina, says": the apposition ends in
      // a place name after its own comma.
      const prevComma = s.lastIndexOf(',', comma - 1);
      const prevSeg = s.slice(prevComma + 1, comma).trim();
      // "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said": there the
      // name closes the description, and what comes before it is an opening phrase.
      const head = s.slice(s.lastIndexOf(',', prevComma - 1) + 1, prevComma).trim();
      const opener = /^(?:in|on|at|during|after|before|speaking|asked|writing|with|by|for|from|to|under|as|when|while|meanwhile|however)\b/i.test(head);
      if (prevComma > 0 && !opener && /^(?:a|an|the|his|her|its|their|one|[\p{Ll}\d])/u.test(prevSeg) && !/^(?:after|before|when|while|as|in|on|at|during|that|but|and|or|so|yet|given)\b/.test(prevSeg) && !/\b(?:which|who|whom|whose)\b|[—–]/.test(prevSeg)) {
        s = stripFiller(s.slice(0, prevComma));
      } else if (prevComma > 0 && /^(?:in|on|at|during|after|before|speaking|while)\b/.test(prevSeg) && /[\p{Lu}][\p{L}'’-]+$/u.test(s.slice(0, prevComma))) {
        // "Clinton, during a town hall meeting in Columbus, Ohio, said": an aside that ends in a
        // "City, State" place stands between the name and its verb.
        s = stripFiller(s.slice(0, prevComma));
      }
    }
  }
  // "Anthony Anton, president and CEO of Washington Restaurant Association stated": an
  // apposition the writer forgot to close with a comma.
  const open = s.lastIndexOf(',');
  if (open > 0 && !/,\s*$/.test(s)) {
    const app = s.slice(open + 1).trim();
    const head = s.slice(0, open);
    const start = Math.max(head.lastIndexOf(',') + 1, 0);
    const nameSeg = head.slice(start);
    if (
      /^(?:a|an|the|his|her|its|their|former|\p{Ll}+)\s/u.test(app) &&
      app.split(/\s+/).length <= 12 &&
      !findCues(app).length &&
      !/\b(?:which|that|and\s+\p{Ll}+ed)\b/u.test(app) &&
      // "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": a relative
      // clause inside a described apposition.
      (!/\bwho\b/.test(app) || /^(?:a|an|the)\s/.test(app)) &&
      /^\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*\s*$/u.test(nameSeg) &&
      !/^\s*(?:\p{Lu}\p{Ll}+ing|In|On|At|By|For|From|During|After|Before|With|When|While|As)\s/u.test(nameSeg) &&
      !ENDS_IN_DAY_OR_MONTH.test(nameSeg)
    ) {
      const m = readMention(nameSeg, base + start);
      if (m && m.kind === 'person') return m;
    }
  }
  if (/(?:^|\s)(?:and|but|then)$/i.test(s)) {
    // "McConnell embraced the mogul and said": the verb shares the first clause's subject —
    // the nearest clause that has one ("Eight years ago, he supported Obama and said").
    // "Sean Spicer — as Clinton's campaign noted this week — even promoted …": an aside between
    // the subject and its first verb is no part of either.
    // "Abshire, on the CBS television show "Face the Nation," did not comment …, but said": an
    // aside of place or channel between the subject and its first verb goes too (blanked).
    const first = blankDashedAsides(s.replace(/\s*(?:and|but|then)$/i, ''), false).replace(/,\s+(?:in|on|at|during|speaking|appearing|writing)\s[^,;:]{1,80},(?=\s+\p{Ll})/gu, (m) => ' '.repeat(m.length));
    const cut = first.lastIndexOf(',');
    if (cut > 0) {
      const own = leadingSubject(first.slice(cut + 1), base + cut + 1);
      if (own) return own;
    }
    return leadingSubject(first, base);
  }
  // "Protesters marching through the streets chanted", "a man holding a sign shouted": a
  // participle phrase after the subject modifies it. The subject is a name or a description
  // with its article; the participle opens a phrase of place or of what the person holds
  // (not "the platform committee meeting began").
  const modified =
    /(?:^\s*|[.!?,;:]\s+|\b(?:and|but|when|while|as|that)\s+)((?:the|a|an|some|many|several|other|one|two|three)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*|(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)\s+(?!(?:meeting|building|hearing|briefing|morning|evening|funding|spending|wedding|ceiling|being|king|ring|thing|nothing|something|everything|anything)\b)\p{Ll}{2,}ing\s+(?:through|at|in|on|outside|near|from|with|along|around|into|across|a|an|the|his|her|their|signs?|flags?|placards?|banners?)\b[^,;:—–]{0,60}$/u.exec(s);
  if (modified) {
    const m = readMention(modified[1]!, base + modified.index + modified[0].indexOf(modified[1]!));
    if (m && m.kind !== 'pronoun' && (m.kind !== 'nominal' || trimDescription(m))) return m;
  }
  const bs = boundaries(s);
  // "nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for
  // Science and International Security": two people named together, read whole before the
  // "and" inside their affiliation can cut them short.
  const outer = [...bs].reverse().find((b) => !/^(?:and|of|,)$/.test(b.word));
  const whole = s.slice(outer ? outer.at : 0);
  if (/\sand\s/.test(whole)) {
    const m = readMention(whole, base + (outer ? outer.at : 0));
    if (m && m.kind === 'person' && m.name && /\sand\s/.test(m.name)) return m;
  }
  for (let k = bs.length - 1; k >= -1; k--) {
    const from = k >= 0 ? bs[k]!.at : 0;
    const tail = s.slice(from);
    if (tail.trim() === '') return null;
    if (tail.trim().split(/\s+/).length > 14) return null;
    // "one dealer with a U.S. bank said": "with" ties a person to where they work; the person
    // is the subject, read over it.
    const affiliation = k >= 0 && bs[k]!.word === 'with' && isPersonByWork(s.slice(0, from).replace(/\s*with\s*$/i, '').split(/\s+/).pop() ?? '', true);
    const m = affiliation ? null : readMention(tail, base + from);
    // "The Boeing statement after the crash said": a time phrase on a description, not a
    // clause; the wider description, when it holds no verb, is the subject.
    if (m?.kind === 'nominal' && k >= 0 && /^(?:after|before|since|during)$/.test(bs[k]!.word)) {
      const at = k > 0 ? bs[k - 1]!.at : 0;
      const wider = readMention(s.slice(at), base + at);
      if (wider?.kind === 'nominal' && /^(?:the|a|an)\s/i.test(wider.text) && trimDescription(wider)?.text === wider.text) return wider;
    }
    if (m) return m;
    // Keep widening only over words that can sit inside a name or description.
    if (k >= 0 && !/^(?:and|of|,)$/.test(bs[k]!.word) && !affiliation) return null;
    // "In an interview with Reuters, Eyskens also made clear he believed …": after a comma, a
    // name and its verb open a clause; what comes before the comma is not its subject.
    if (k >= 0 && bs[k]!.word === ',' && /^\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:also\s+|then\s+|later\s+)?(?:\p{Ll}+ed|has|had|have|is|was|were|are|will|would|made|said|told|took|gave|says|thinks|believes)\b/u.test(tail)) return null;
  }
  return null;
}

/** `region` is the writer's text after the closing mark, up to the end of the sentence. */
/**
 * "the Al-Anbaa newspaper quoted him as saying", "The agency quoted Kim as saying:": the one
 * quoted speaks; the one quoting relays (the via finds it).
 */
function quotedAsSaying(region: string, base: number): Attribution | null {
  // "The daily al-Riyadh reported Prince Sultan ibn Abdulaziz as saying:" reads the same way.
  const m = /\b(?:quot(?:ed|es|ing)|report(?:ed|s|ing)|cit(?:ed|es|ing))\s+((?:him|her|them)|(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+)\s+as\s+(?:saying|telling|stating|writing|declaring)\b/u.exec(region);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!, 5);
  const word = m[1]!.toLowerCase();
  const pronoun = word === 'him' ? 'he' : word === 'her' ? 'she' : word === 'them' ? 'they' : null;
  const mention = pronoun ? readMention(pronoun, base + at) : readMention(m[1]!, base + at);
  if (!mention) return null;
  if (pronoun) mention.text = m[1]!;
  return { mention, mentionPos: base + at, cue: 'said', how: 'after' };
}

/** A finite verb right after a noun phrase: it opens a clause ("said the candidate could be"). */
const SUBJECT_OF_REPORT = /^\S.*\s(?:could|would|will|was|is|are|were|had|has|have|should|must|can|may|might|did|does|do)(?:\s|$)/;

export function attributeAfter(region: string, base: number, sentenceClosed = false): Attribution | null {
  const head = region.slice(0, AFTER_WINDOW);
  const relayed = sentenceClosed ? null : quotedAsSaying(head, base);
  if (relayed && !hasSentenceEnd(head.slice(0, relayed.mentionPos - base))) return relayed;
  const dash = head.match(/^\s*[—–―]+\s*|^\s*--?\s+/);
  // "Mitt Romney — “…” — and Fred Goldberg": a dash that resumes the writer's sentence names
  // nobody for the quotation.
  if (dash && !findCues(head.slice(0, 90)).length && !/^(?:and|or|but|nor|while|as|which|who|with|to|in|on|at|of|for)\b/i.test(region.slice(dash[0].length))) {
    const body = region.slice(dash[0].length).replace(/[,.;\s]+$/, '');
    const m = readMention(body, base + dash[0].length);
    if (m && m.kind !== 'nominal') return { mention: m, mentionPos: m.offset, cue: null, how: 'dash' };
  }
  // After a quotation that ended its own sentence only a dash can still attach a speaker, or a
  // sentence that is nothing but a tag (the writer put a full stop for the comma).
  if (sentenceClosed) return bareTagSentence(region, base);
  // `“…,” one said.`, `“…,” said another.`: one of a group named before; the caller finds it.
  const one = /^(\s*,?\s*)(?:(one|another)\s+(\p{Ll}+)|(\p{Ll}+)\s+(one|another))\s*(?:[,.;]|$)/u.exec(head);
  const oneCue = one ? findCues(one[3] ?? one[4]!)[0] : undefined;
  if (one && oneCue && oneCue.canonical !== 'according to') {
    const word = one[2] ?? one[5]!;
    const at = base + one[1]!.length + (one[2] ? 0 : one[0].trimEnd().replace(/[,.;]$/, '').length - one[1]!.length - word.length);
    return { mention: { text: word, kind: 'nominal', name: null, role: null, offset: at }, mentionPos: at, cue: oneCue.canonical, how: 'after' };
  }
  const cues = findCues(head);
  for (const cue of cues) {
    const pre = region.slice(0, cue.start);
    // The attribution follows the quotation directly; a full stop in between means a new sentence.
    if (hasSentenceEnd(pre)) break;
    const cleaned = pre.replace(/^[\s,—–-]+/, '');
    const preOffset = base + (pre.length - cleaned.length);
    if (cue.canonical === 'according to' || cleaned.trim() === '') {
      // "told X" and "saying X": X is who was told, or what was said, not the speaker.
      if (cue.canonical === 'told' || /ing$/i.test(cue.written)) continue;
      const m = mentionAfterCue(region, cue, base);
      // `Mr. Manafort, citing “…,” said the candidate could be …`: a verb after the noun phrase
      // makes it the subject of what was said, not a speaker put after the verb.
      if (m && cue.canonical !== 'according to' && SUBJECT_OF_REPORT.test(m.text)) continue;
      if (m) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
      continue;
    }
    // `…," one of the administration officials, who asked not to be identified, told Reuters`: a
    // verb inside a relative clause on the subject is not the tag's.
    if (/,\s*(?:who|which)\s*$/i.test(cleaned)) continue;
    const m = subjectBeforeCue(cleaned, preOffset);
    // The tag follows the quotation: its subject opens the writer's words after the mark.
    if (m && m.offset - preOffset <= 2) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
    // "…," Scott Pruitt, …, one of the states suing the EPA, said: a word inside an apposition
    // that looks like a cue ("states") is not the tag's verb; a later cue still needs its
    // subject right after the closing mark.
    continue;
  }
  return asClause(region, base, cues) ?? inflectedTag(region, base) ?? sentenceFinalTag(region, base);
}

/**
 * `“… difficult for them to verify.” FTC Bureau of Consumer Protection Director William MacLeod
 * said in a statement. “That is why …”`: a sentence of a speaker, a reporting verb and at most a
 * phrase of place or channel, and nothing reported, tags the quotation before it.
 */
function bareTagSentence(region: string, base: number): Attribution | null {
  const m = /^(\s*)([^.!?“”"]{2,120}?)\s+(said|says|added|adds|wrote|writes|explained|noted|stated|declared|insisted)((?:\s+(?:in|on|at|to|during|after|before|from|with)\s[^.!?“”"]{1,60})?)\.(?=\s|$)/u.exec(region);
  if (!m || /,/.test(m[2]!) || /\b(?:that|who|which)\b/.test(m[2]!)) return null;
  const subject = subjectBeforeCue(`${m[2]!} `, base + m[1]!.length);
  if (!subject || subject.kind === 'pronoun' || subject.offset !== base + m[1]!.length) return null;
  if (subject.kind === 'nominal' && !trimDescription(subject)) return null;
  return { mention: subject, mentionPos: subject.offset, cue: canonicalCue(m[3]!), how: 'after' };
}

/**
 * A comment clause later in the writer's sentence: `… rather than just a “regional” candidate,
 * as Sanders’ campaign manager suggested after she swept the South.` The clause credits what
 * the sentence says, the quotation included.
 */
function asClause(region: string, base: number, cues: CueMatch[]): Attribution | null {
  for (const cue of cues) {
    const pre = region.slice(0, cue.start);
    if (hasSentenceEnd(pre)) break;
    const as = /,\s*as\s+([^,;:()“”"]{1,80}?)\s*$/u.exec(pre);
    if (!as) continue;
    const m = readMention(as[1]!, base + as.index + as[0].indexOf(as[1]!));
    if (m && m.kind !== 'pronoun') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
  }
  return null;
}

/**
 * A tag whose verb is missing from the lexicon but sits where only a reporting verb can: right
 * after the closing mark, past tense, with the speaker after it or before it and nothing else
 * (`"…," remembered Roy Verley, HP's former spokesman.`, `"…," Verley recalled.`).
 */
function inflectedTag(region: string, base: number): Attribution | null {
  const inverted = /^(\s*,?\s*)(\p{Ll}{3,}ed)\s+(?=[\p{Lu}])/u.exec(region);
  if (inverted && !NOT_TAG_VERBS.test(inverted[2]!)) {
    const cue: CueMatch = { start: inverted[1]!.length, end: inverted[1]!.length + inverted[2]!.length, written: inverted[2]!, canonical: 'said' };
    const m = mentionAfterCue(region, cue, base);
    if (m && m.kind !== 'pronoun' && m.kind !== 'nominal') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
  }
  const direct = /^(\s*,?\s*)((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*|he|she|they)\s+(\p{Ll}{3,}ed)\s*(?:[.,;]|$)/u.exec(region);
  if (direct && !NOT_TAG_VERBS.test(direct[3]!)) {
    const m = readMention(direct[2]!, base + direct[1]!.length);
    if (m && m.kind !== 'nominal') return { mention: m, mentionPos: m.offset, cue: 'said', how: 'after' };
  }
  return null;
}

/** Past forms that follow a quotation without reporting it. */
const NOT_TAG_VERBS = /^(?:used|based|named|called|titled|entitled|dubbed|labeled|labelled|released|published|aired|posted|scheduled|planned|expected|aimed|designed|related|involved|concerned|included|owned|backed|funded|sponsored|led|passed|signed|filed|approved|rejected|launched|opened|closed|ended|started|raised|killed|injured|arrested|charged|accused)$/;

/**
 * A tag closing the sentence after a comma: `"Boots on the ground" would be appropriate, Ben
 * Carson said after the attacks.`, `"…" about the decision, said RoseAnn DeMoro, executive
 * director of …`. It attributes every quotation in the sentence before it.
 */
function sentenceFinalTag(region: string, base: number): Attribution | null {
  if (hasSentenceEnd(region.replace(/[.!?]\s*$/, ''))) return null;
  // `“is a dead heat right now,” as Cruz said on Monday`: the tag may open with "as" right
  // after the closing mark, with no comma of its own.
  const starts = /^\s*as\s/i.test(region) ? [-1] : [];
  for (let c = region.indexOf(','); c >= 0; c = region.indexOf(',', c + 1)) starts.push(c);
  for (const comma of starts) {
    let seg = region.slice(comma + 1);
    let segBase = base + comma + 1;
    // ", as Sanders’ campaign manager suggested", ", as a Homeland Security memo put it".
    const as = /^\s*as\s+(?=\S)/i.exec(seg);
    if (as) {
      seg = seg.slice(as[0].length);
      segBase += as[0].length;
    }
    const cues = findCues(seg);
    const cue = cues[0];
    if (!cue || cue.canonical === 'according to' || /ing$/i.test(cue.written)) continue;
    const rest = seg.slice(cue.end);
    const pre = seg.slice(0, cue.start);
    // `Any ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an expert …,
    // would read this as …`: an inverted tag set between commas inside the sentence.
    if (pre.trim() === '' && cue.canonical !== 'told' && /^\s+(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*,/u.test(rest)) {
      const m = mentionAfterCue(seg, cue, segBase);
      if (m && m.kind === 'person') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
    }
    if (rest.trim().split(/\s+/).length > 30) continue;
    if (pre.trim() !== '' && (/\bthat\b/i.test(rest) || rest.trim().split(/\s+/).length > 16)) continue;
    if (pre.trim() === '') {
      if (cue.canonical === 'told') continue;
      const m = mentionAfterCue(seg, cue, segBase);
      if (m) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
      continue;
    }
    // "…, Hollande said Tuesday in Paris, noting …": a participle shares the tag's subject.
    if (findCues(rest).some((c) => !/ing$/i.test(c.written))) continue;
    const lead = pre.length - pre.trimStart().length;
    const m = subjectBeforeCue(pre, segBase);
    if (m && m.offset - segBase <= lead + 1 && m.kind !== 'nominal') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
    // ", banking sources said.": a description that can speak, with its article or as a plural
    // of people by their work; "the year things began to change" cannot.
    const speaks = m?.kind === 'nominal' && trimDescription(m) !== null && (/^(?:the|a|an|one|my|his|her|their)\s/i.test(m.text) || isPersonByWork(m.text.split(/\s+/).pop()!, true));
    if (m && m.offset - segBase <= lead + 1 && speaks) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
  }
  return null;
}

/** `region` is the writer's text from the start of the sentence to the opening mark. */
export function attributeBefore(written: string, base: number, partial = false): Attribution | null {
  // "- Kim Yo Jong … released a press statement ridiculing …": a list item's bullet is no word
  // of the sentence (blanked, offsets kept).
  const region = written.replace(/^\s*[-–—•*]\s+(?=[\p{Lu}])/u, (bullet) => ' '.repeat(bullet.length));
  const relayed = quotedAsSaying(region, base);
  if (relayed) return { ...relayed, how: 'before' };
  const cues = findCues(region);
  // "Fitton called Clinton's assertion of a “claim of right” …": the quotation is the content of
  // the owner's speech noun right before it.
  const owned = /(?:of(?:\s+(?:a|an|the))?|that)\s*$/i.test(region) ? possessiveSpeech(region, base) : null;
  // After a verb of the sentence's own subject, only a named owner: "Trump said in his speech
  // that …" is Trump's.
  const lastCue = cues.filter((c) => owned && c.end <= owned.mentionPos - base).pop();
  const ownClause = !lastCue || (owned !== null && /[,;]/.test(region.slice(lastCue.end, owned.mentionPos - base)));
  if (owned && region.length - (owned.mentionPos - base) < 60 && !cues.some((c) => c.start > owned.mentionPos - base) && (owned.mention?.kind !== 'pronoun' || ownClause)) return owned;
  // "According to Yahoo News, Clinton spokesman Jesse Lehrich said …": the sentence's credited
  // source is the outermost attribution.
  const opening = cues[0];
  if (opening?.canonical === 'according to' && cues.length > 1 && /^\s*$/.test(region.slice(0, opening.start))) {
    const m = mentionAfterCue(region, opening, base);
    if (m && m.kind !== 'pronoun') return { mention: m, mentionPos: m.offset, cue: opening.canonical, how: 'before' };
  }
  // "including the former presidential candidate Mitt Romney — “It is disqualifying …” —": a
  // full name the dash hands the quotation to.
  const dashed = /(?:^|[\s,(])((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)\s*[—–]\s*$/u.exec(region);
  if (dashed) {
    const m = readMention(dashed[1]!, base + dashed.index + dashed[0].indexOf(dashed[1]!));
    if (m?.kind === 'person' && m.name && m.name.split(/\s+/).length >= 2) return { mention: m, mentionPos: m.offset, cue: '—', how: 'before' };
  }
  if (/:\s*$/.test(region)) {
    // "With leaders worried about turnout, President Obama is rolling out a message: “…”": the
    // clause the colon closes has its own subject; a cue in an opening phrase is not its verb.
    // "If we lived in normal times — with perspective … — a reader would now ask:": a dash
    // closes the opening phrase as a comma does.
    const dash = region.search(/\s[—–]\s(?!.*\s[—–]\s)/);
    const comma = Math.max(region.lastIndexOf(','), dash < 0 ? -1 : dash + 2);
    const tail = region.slice(comma + 1).replace(/:\s*$/, '');
    if (comma > 0 && !findCues(tail).length && !/^\s*(?:and|but|or|which|who|that)\b/i.test(tail)) {
      const m = leadingSubject(tail, base + comma + 1);
      if (m) return { mention: m, mentionPos: m.offset, cue: ':', how: 'before' };
    }
  }
  // "— as many researchers believe, … but Moscow strongly denies — “why …?” asked Dunn": a verb
  // inside an aside the dashes have closed does not introduce what follows them.
  const asides: [number, number][] = [];
  for (let d = /\s[—–]\s[^—–]{1,200}?\s[—–](?=\s)/g, a = d.exec(region); a; a = d.exec(region)) asides.push([a.index, a.index + a[0].length]);
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    if (asides.some(([from, to]) => cue.start > from && cue.end < to)) continue;
    if (cue.canonical === 'according to') {
      const m = mentionAfterCue(region, cue, base);
      // "Win Htein … said Tuesday morning that according to its analysis, …": the speaker's own
      // figures, inside what an earlier verb reports, do not take the quotation from him.
      if (m && k > 0 && m.kind === 'nominal' && /^(?:its|his|her|their|our)\s/i.test(m.text)) continue;
      if (m) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
      continue;
    }
    const subject = region.slice(0, cue.start);
    if (/ing$/i.test(cue.written) && /\b(?:for|of|without|against|from)\s+$/i.test(subject)) {
      // "Priebus fairly scolded Romney for suggesting … that immigrants … should “self-deport.”":
      // the one blamed for saying it said it.
      // "did not prevent Shultz from saying the Soviets were "chortling"": nor one kept from it.
      const blamed = /((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*)\s+(?:for|from)\s+$/u.exec(subject);
      const m = blamed ? readMention(blamed[1]!, base + blamed.index) : null;
      if (m?.kind === 'person') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
      // "The region is neither “muscle-flexing ground” for bragging of one's strength nor …": a
      // gerund after a noun and "for", "of", "without" or "against" names an act, not the subject's.
      if (/\p{Ll}\s+(?:for|of|without|against)\s+$/u.test(subject)) continue;
    }
    // "the figure given in some press reports "…"": after a word that classes reports, the form
    // is a plural noun, not a verb.
    if (/s$/i.test(cue.written) && /\b(?:press|news|media|newspaper|wire|radio|television|TV|earlier|recent|published|unconfirmed|initial|other|some|many|several|conflicting)\s+$/i.test(subject)) continue;
    // "his warning that", "Trump's claims": after a possessive the form is a noun.
    if (/(?:\b(?:his|her|their|its|my|our|your|the|a|an)|[’']s?)\s+$/iu.test(subject) && !/\b(?:he|she|it|that|there|who|what|here)[’']s\s+$/iu.test(subject)) continue;
    if (/ing$/i.test(cue.written) && /(?:,|\s[—–])\s*(?:\p{Ll}+ly\s+)?$/u.test(subject)) {
      // "Shoigu emphasized …, adding that …": the participle shares the main clause's subject,
      // after a comma or a dash ("He struggles with a basic task in politics - bragging -
      // conceding that …"; readTypedMarks has made the Times' spaced hyphens dashes),
      // the nearest clause that opens with one ("Speaking in Salem, Trump went after Bush, calling").
      // An adverb may stand before it (", recently telling one person").
      const m = participleSubject(subject, base);
      return m ? { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' } : null;
    }
    // ", adding that …" right after another quotation: the participle has no subject of its
    // own here and the name after it is its object; the previous quotation's speaker applies.
    if (/ing$/i.test(cue.written) && stripFiller(subject).replace(/[\s,;—–-]/g, '') === '') continue;
    const trimmed = stripFiller(subject);
    // "Because of how Democrats crafted the schedule, explained Rosenberg, “…”": an inverted tag
    // after an opening clause.
    if (/,\s*$/.test(subject) && cue.canonical !== 'told' && /^\s+[\p{Lu}][^,;:]{0,80}[,:]\s*$/u.test(region.slice(cue.end))) {
      const m = mentionAfterCue(region, cue, base);
      if (m && m.kind !== 'pronoun') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
    }
    if (trimmed.trim() === '') {
      // "Said Trump: …" — the speaker follows the cue.
      const m = mentionAfterCue(region, cue, base);
      if (m && cue.canonical !== 'told') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
      continue;
    }
    const agent = passiveAgent(region, cue, base);
    if (agent) return { mention: agent, mentionPos: agent.offset, cue: cue.canonical, how: 'before' };
    // "While a curfew was announced …": the subject of a passive is what was said, not who; but
    // one who "was asked" answers, and one who "was quoted" spoke.
    if (/\b(?:was|were|is|are|been|being|be)\s+$/i.test(subject) && /(?:ed|said|told|written|spoken|known|shown|read|found|forecast|sung)$/i.test(cue.written) && !/^(?:asked|quoted|questioned|pressed|heard|overheard|recorded)$/i.test(cue.written)) continue;
    // "The ad uses footage of Hillary Clinton asking, “…”": a recording of a person speaking
    // gives the words to the person.
    const recorded = /ing$/i.test(cue.written) ? /\b(?:footage|video|videos|clip|clips|tape|tapes|audio|recording|recordings)\s+of\s+((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)\s*$/u.exec(subject) : null;
    const speaking = recorded ? readMention(recorded[1]!, base + recorded.index + recorded[0].lastIndexOf(recorded[1]!)) : null;
    if (speaking?.kind === 'person') return { mention: speaking, mentionPos: speaking.offset, cue: cue.canonical, how: 'before' };
    let m = subjectBeforeCue(subject, base);
    // "She followed that by saying", "she released a statement saying": a participle after its
    // clause's object takes that clause's subject.
    if (!m && /ing$/i.test(cue.written)) m = participleSubject(`${subject.replace(/\s+$/, '')},`, base);
    if (!m) continue;
    const own: Attribution = { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
    return partial ? outermost(region, base, cues, k, own) : own;
  }
  return possessiveSpeech(region, base) ?? speechBy(region, base) ?? agentAs(region, base);
}

/** "an option seen by organizers as a “lifeboat”": the agent of a passive characterisation. */
function agentAs(region: string, base: number): Attribution | null {
  const m = /\b(seen|described|viewed|regarded|characteri[sz]ed|labell?ed|called|dubbed|branded|billed|derided|denounced|critici[sz]ed|hailed|praised|mocked|referred\s+to|known)\s+by\s+([^,;:()“”"]{2,60}?)\s+as\s+(?:a|an|the|being)?\s*$/iu.exec(region);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[2]!, m[1]!.length);
  const mention = readMention(m[2]!, base + at);
  return mention && mention.kind !== 'pronoun' ? { mention, mentionPos: mention.offset, cue: canonicalCue(m[1]!), how: 'before' } : null;
}

/**
 * "Sanders was asked by host Bill Maher, “…”": in the passive the agent after "by" is the
 * speaker, the grammatical subject the one spoken to.
 */
function passiveAgent(region: string, cue: CueMatch, base: number): Mention | null {
  const agent = /^\s+by\s+(?=\S)/i.exec(region.slice(cue.end));
  if (!agent || !/\b(?:was|were|is|are|been|being|be|gets?|got)\s+(?:\p{Ll}+ly\s+)?$/iu.test(region.slice(0, cue.start))) return null;
  const from = cue.end + agent[0].length;
  const body = region.slice(from);
  const stop = body.search(/[,;:(—–]|\s(?:whether|if|about|why|what|how|when|to|for|that|during|in|on|at|after|before|who|which)\s/);
  const m = readMention((stop >= 0 ? body.slice(0, stop) : body).trim(), base + from);
  return m && m.kind !== 'pronoun' ? m : null;
}

/** Words that open a subordinate clause: a reporting verb inside one is not the main clause's. */
const SUBORDINATOR = /\b(?:when|after|before|as|while|because|since|if|though|although|once|until|unless|who|which|whom|where|whereas)\s+[^,]*$/i;

/**
 * `Cruz said Thursday … that states can pass such laws because “men should not …”`, `Obama
 * said he expected that Americans will say “no”`: an attribution nested in the content of
 * another reporting clause belongs to the outer one (PolNeAR annotates only the outermost).
 */
function outermost(region: string, base: number, cues: CueMatch[], k: number, inner: Attribution): Attribution {
  const innerAt = inner.mentionPos - base;
  // "criticized Clinton’s email use, which an FBI investigation said was “…”": a relative clause
  // on the object has a reporting verb of its own; it is not the outer verb's content.
  // The relative clause must still be open where the quotation starts.
  if (inner.mention?.kind !== 'pronoun' && /,\s*(?:which|whom)\s+$/i.test(region.slice(Math.max(0, innerAt - 12), innerAt)) && !/[,;:]/.test(region.slice(cues[k]!.end))) return inner;
  // "DeSantis said he called it …": a pronoun in the content is mostly the outer speaker again;
  // "Flynn said Trump was “right” when he said …": unless another name stands between them.
  // "She says it underscores that Trump is “unfit …”": "it" is a thing that shows, not a
  // speaker beside a person's outer verb; the outer clause is read below.
  if (inner.mention?.kind === 'pronoun' && !/^it$/i.test(inner.mention.text)) {
    const first = cues.find((c) => c.end <= innerAt && c.canonical !== 'according to' && !/ing$/i.test(c.written));
    const between = first ? region.slice(first.end, innerAt) : '';
    if (!first || !/(?:^|\s)[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+)+\s+(?:was|is|had|has|did)\b/u.test(between)) return inner;
  }
  for (let j = 0; j < k; j++) {
    const cue = cues[j]!;
    if (cue.canonical === 'according to' || /ing$/i.test(cue.written) || cue.end > innerAt) continue;
    const subject = region.slice(0, cue.start);
    if (/(?:\b(?:his|her|their|its|my|our|your|the|a|an)|[’']s?)\s+$/iu.test(subject)) continue;
    if (stripFiller(subject).trim() === '') continue;
    const agent = passiveAgent(region, cue, base);
    if (agent) return { mention: agent, mentionPos: agent.offset, cue: cue.canonical, how: 'before' };
    const m = subjectBeforeCue(subject, base);
    if (!m || m.kind === 'nominal' || /^(?:in|on|at|by|for|with|from|of|to|during|after|before)\s/i.test(m.text)) continue;
    const lead = region.slice(0, m.offset - base);
    // The outer subject opens its sentence, or follows an introductory phrase or a dateline
    // ("WASHINGTON — President Obama, …, said it would …").
    if (SUBORDINATOR.test(lead) || !/(?:^|,|\s[—–])\s*$/.test(lead)) continue;
    // "Smith said X, and Jones called it …", ", with Gorka noting": a clause of its own.
    const between = region.slice(cue.end, innerAt);
    if (/,\s*(?:and|but|while|whereas|with)\s|;|\s[—–]\s/.test(between)) continue;
    return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
  }
  return inner;
}

/** "Trump's claim that …", "his warning that …", "in Forbes' words": the owner said it. */
/** Speech acts and the documents that carry them, which a possessor owns ("Trump's claim"). */
const SPEECH_ACTS = String.raw`claims?|statements?|remarks?|comments?|words?|tweets?|warnings?|promises?|pledges?|vows?|assertions?|insistence|arguments?|messages?|testimony|admission|description|response|reply|answer|suggestion|plea|demands?|accusations?|criticism|emphasis|contention|predictions?|boasts?|quip|jokes?|slogan|rallying\s+cry|catchphrase|characteri[sz]ation|explanation|retort|rebuttal|denial|declaration|announcement|proclamation|post|letter|speech|op-ed|essay|memo|catch\s+phrase|mantra|motto|refrain|talking\s+points?|rejection|calls?|appeals?|condemnation|denunciation|dismissal|attacks?|references?|invocation|phrase|phrasing|rhetoric|assurances?|threats?|complaints?|objections?|insults?|nicknames?|request|apology|confession|concession|acknowledg(?:e)?ment|recollection|verdict|assessment`;

const POSSESSIVE_SPEECH = new RegExp(
  String.raw`((?:[\p{Lu}][\p{L}\p{M}.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}.-]*[’']s?|\b(?:his|her|their|its))\s+(?:(?:(?!(?:by|to|a|an|the|of|for|in|on|at|with|from|as)\s)[\p{Ll}-]+|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){0,2}?(${SPEECH_ACTS})\b`,
  'gu',
);

function possessiveSpeech(region: string, base: number): Attribution | null {
  let last: RegExpExecArray | null = null;
  POSSESSIVE_SPEECH.lastIndex = 0;
  for (let m = POSSESSIVE_SPEECH.exec(region); m; m = POSSESSIVE_SPEECH.exec(region)) last = m;
  if (!last) return null;
  // Only when the noun phrase leads up to the quotation, not a clause away from it.
  if (region.length - (last.index + last[0].length) > 80) return null;
  const owner = last[1]!.replace(/[’']s?$/u, '');
  const at = base + last.index;
  const mention = /^(?:his|her|their|its)$/i.test(owner)
    ? readMention(owner.toLowerCase() === 'his' ? 'he' : owner.toLowerCase() === 'her' ? 'she' : owner.toLowerCase() === 'its' ? 'it' : 'they', at)
    : readMention(owner, at);
  if (!mention || mention.kind === 'nominal') return null;
  if (/^(?:his|her|their|its)$/i.test(owner)) mention.text = owner;
  return { mention, mentionPos: at, cue: last[2]!.toLowerCase(), how: 'before' };
}

/**
 * "after yesterday's statement by Standard Oil that it considered BP's … offer as “inadequate.”":
 * the speech act's author, named after "by" or "from", owns the clause the quotation ends.
 */
const SPEECH_BY = new RegExp(String.raw`\b(?:${SPEECH_ACTS})\s+(?:by|from)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}.'’&-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}'’-]*)\s*(?:,|that\b|:)`, 'gu');

function speechBy(region: string, base: number): Attribution | null {
  let last: RegExpExecArray | null = null;
  SPEECH_BY.lastIndex = 0;
  for (let m = SPEECH_BY.exec(region); m; m = SPEECH_BY.exec(region)) last = m;
  if (!last || region.length - (last.index + last[0].length) > 200) return null;
  const at = base + last.index + last[0].indexOf(last[1]!);
  const mention = readMention(last[1]!, at);
  return mention && (mention.kind === 'person' || mention.kind === 'organisation') ? { mention, mentionPos: mention.offset, cue: null, how: 'before' } : null;
}

/**
 * `Obama's “if you like your plan, you can keep it” promise`: a quotation set between its
 * owner's possessive and the speech act it names is the owner's words.
 */
const OWNER_BEFORE = /(?:^|[\s(])((?:[\p{Lu}][\p{L}\p{M}.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}.-]*(?:[’']s|(?<=s)[’'])|\b(?:his|her|their|its|His|Her|Their|Its))\s*$/u;
const ACT_AFTER = new RegExp(String.raw`^[,.]?['’]?\s+(?:[\p{Ll}-]+\s+)?(?:${SPEECH_ACTS})\b`, 'u');

export function ownerOfNamedSpeech(before: string, after: string, base: number): Attribution | null {
  const owner = OWNER_BEFORE.exec(before);
  if (!owner || !ACT_AFTER.test(after)) return null;
  const written = owner[1]!.replace(/[’']s?$/u, '');
  const at = base + owner.index + owner[0].indexOf(owner[1]!);
  const pronoun = /^(?:his|her|their|its)$/i.test(written);
  const mention = pronoun ? readMention({ his: 'he', her: 'she', its: 'it' }[written.toLowerCase()] ?? 'they', at) : readMention(written, at);
  if (!mention || mention.kind === 'nominal') return null;
  if (pronoun) mention.text = written;
  return { mention, mentionPos: at, cue: null, how: 'before' };
}

/**
 * "has been called “strategic ambiguity” by Joshua Hendrick, a professor …": a passive verb of
 * naming before the quotation and its agent after it; the agent coined the words.
 */
const NAMED_IN_PASSIVE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?(?:called|dubbed|termed|labell?ed|branded|described\s+as|characteri[sz]ed\s+as|referred\s+to\s+as|nicknamed)\s*$/u;

export function agentAfterQuote(before: string, after: string, base: number): Attribution | null {
  if (!NAMED_IN_PASSIVE.test(before)) return null;
  const by = /^[,.]?['’]?\s+by\s+(?=\S)/.exec(after);
  if (!by) return null;
  const body = after.slice(by[0].length);
  const stop = body.search(/[,;:(—–]|\s(?:and|who|which|that|in|on|at|for|during|after|before)\s/);
  const mention = readMention((stop >= 0 ? body.slice(0, stop) : body).trim(), base + by[0].length);
  return mention && mention.kind !== 'pronoun' ? { mention, mentionPos: mention.offset, cue: 'called', how: 'after' } : null;
}

/** The subject of the clause a partial quotation sits in, when no reporting verb names one. */
export function clauseSubject(before: string, base: number): Mention | null {
  // "The old people are called "living corpses" and "social scum" even by their children": the
  // subject of a passive naming verb is who is named, never who speaks.
  if (PASSIVE_NAMING.test(before)) return null;
  return participleSubject(`${before.replace(/\s+$/, '')},`, base);
}

/** "are called", "was dubbed", "is often described as" right before the quotation (or a list of them). */
const PASSIVE_NAMING = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|often|even|still|now|widely|sometimes|\p{Ll}+ly)\s+)?(?:called|dubbed|labell?ed|branded|termed|named|nicknamed|(?:described|referred\s+to|known|seen|regarded|denounced|condemned|ridiculed|derided)\s+as)\s*(?:[“"‘'][^“”"]{0,60}[”"’']\s*(?:,|and|or)\s*)*$/u;

/**
 * The subject of a sentence that opens with a name and its verb, read up to a participle's
 * comma: `Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss …, saying`, `Erin
 * Brockovich, the legendary activist and lawyer, endorsed Sanders’ approach Saturday, saying`.
 * A dateline ("WASHINGTON — ") may come first; a parenthesis or one apposition may follow the
 * name. Nothing between the verb and the participle may open a clause of its own.
 */
function openingSubject(subject: string, base: number): Mention | null {
  const dateline = /^\s*(?:[\p{Lu}][\p{Lu}.\s,]*\s)?(?:\([^)]{1,20}\)\s*)?[—–-]{1,2}\s+/u.exec(subject);
  const lead = dateline ? dateline[0].length : subject.length - subject.trimStart().length;
  // "But government spokesman Yannis Roubatis did not confirm the move, saying": a connective
  // opening the sentence is no part of the subject.
  const connective = /^(?:But|And|Yet|Still|However|Meanwhile|Instead),?\s+/u.exec(subject.slice(lead));
  const opening = lead + (connective ? connective[0].length : 0);
  // "government spokesman Yannis Roubatis did not …": lower-case words of an office or a work
  // before the name are its role; the name is read after them and the mention with them.
  const office = /^(?:\p{Ll}[\p{L}-]*\s+){1,3}(?=\p{Lu})/u.exec(subject.slice(opening));
  const officeWords = office && connective && isPersonOrOffice(office[0].trim().split(/\s+/).pop()!) ? office[0] : '';
  const start = opening + officeWords.length;
  const s = subject.slice(start);
  const plain = OPENING_NAME_AND_VERB.exec(s);
  // "The French minister of environment and energy, Ségolène Royal, alluded to …": the name
  // after a description of its bearer, read with it so the description stays the role.
  const described = plain && OPENING_VERB.test(plain[4]!) ? null : DESCRIBED_NAME_AND_VERB.exec(s);
  const m = described ?? plain;
  if (!m) return null;
  const verb = m[4]!;
  if (!OPENING_VERB.test(verb)) return null;
  // "The U.S., the very one of the crisis in Ukraine, is …": "The" before initials opens a name.
  if (OPENS_CLAUSE.test(m[1]!) && !/^The\s+(?:\p{Lu}\.){2,3}$/u.test(m[1]!)) return null;
  const rest = s.slice(m[0].length);
  if (/[;]|,\s*(?:and|but|while|whereas|who|which|with)\s|\s(?:who|which|when|while|because|after|before|if|although|though)\s/.test(rest)) return null;
  if (JOINED_PRONOUN_CLAUSE.test(rest)) return null;
  if (!/,\s*$/.test(rest)) return null;
  const name = described ? subjectBeforeCue(s.slice(0, m[0].length - verb.length), base + start) : readMention(officeWords + m[1]!, base + start - officeWords.length);
  return name && (name.kind === 'person' || name.kind === 'organisation') ? name : null;
}

const isPersonOrOffice = (w: string): boolean => isTitleWord(w) || isPersonByWork(w);

const OPENING_ADVERB = String.raw`(?:(?:also|then|later|earlier|again|still|never|not|once|first|soon|even|just|on\s+\p{Lu}\p{Ll}+day|\p{Ll}+ly)\s+)?`;
const OPENING_NAME = String.raw`((?:(?:[\p{Lu}][\p{L}\p{M}.'’-]*|of|de|van|von|al|bin)\s+){0,5}(?:[\p{Lu}][\p{L}\p{M}'’-]*|(?:\p{Lu}\.){2,3}))`;
/** A name opening the sentence, an optional parenthesis and apposition, and the next word (its verb?). */
const OPENING_NAME_AND_VERB = new RegExp(String.raw`^${OPENING_NAME}(\s*\([^)]{1,30}\))?(,\s+(?:(?:the|a|an|his|her|its|their)\s[^,;:()“”"]{2,80}|[RDI]-[A-Z][A-Za-z.]*|(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*[’']s\s[^,;:()“”"]{2,80}),)?\s+${OPENING_ADVERB}(\p{Ll}+)\b`, 'u');
/** The same name after a description of its bearer: "The French minister …, Ségolène Royal, alluded". */
const DESCRIBED_NAME_AND_VERB = new RegExp(String.raw`^(?:[Tt]he|[Aa]n?)\s+[^,;:()“”"]{2,80}?,\s+${OPENING_NAME}()(),\s+${OPENING_ADVERB}(\p{Ll}+)\b`, 'u');

/**
 * "the countries involved in the accord — the U.S., Japan, …, Britain and Canada — had agreed":
 * an aside between dashes holds no subject of the clause; blanked, offsets kept. Dashes pair
 * from the end, so a dateline's dash ("WASHINGTON — Sen. Grassley …") stays unpaired.
 */
function blankDashedAsides(text: string, keepClosing = true): string {
  const dashes = [...text.matchAll(/\s[—–](?=\s)/g)].map((m) => m.index);
  let out = text;
  for (let k = dashes.length - 1; k >= 1; k -= 2) {
    // The closing dash stays: what follows it opens the clause again.
    const from = dashes[k - 1]!;
    const to = dashes[k]! + (keepClosing ? 0 : 2);
    if (to - from > 200) continue;
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** A clause joined inside a sentence with a pronoun subject and its verb: "… and he has long used". */
const JOINED_PRONOUN_CLAUSE = /\s(?:and|but|as|while|because|so)\s+(he|she|they|we|I)(\s+(?:(?:then|also|later|again|still|never|often|always|now|just|even|has|have|had|long|\p{Ll}+ly)\s+){0,2}\p{Ll}+(?:ed|s)\b)/u;
/** The same, every occurrence (only for `matchAll`, which leaves its `lastIndex` alone). */
const JOINED_PRONOUN_CLAUSES = new RegExp(JOINED_PRONOUN_CLAUSE, 'gu');

function participleSubject(written: string, base: number): Mention | null {
  const subject = blankDashedAsides(written);
  const opening = openingSubject(subject, base);
  if (opening) return opening;
  let end = subject.length;
  for (let k = 0; k < 6 && end > 0; k++) {
    const comma = subject.lastIndexOf(',', end - 1);
    const rawSeg = subject.slice(comma + 1, end);
    // `remarks as "…", "…", "…" and "…"`: items of a list of earlier quotations (masked) are
    // one clause however long the list.
    if (/^\s*x{4,}\s*$/.test(rawSeg) && comma > 0) {
      end = comma;
      k--;
      continue;
    }
    // "…, when Sanders protesters interrupted her speech, shouting": the subordinator is not
    // part of the clause subject.
    const opener = /^\s*(?:(?:and|but|yet|so)\s+(?:then\s+)?|(?:when|while|as|after|before|because|since|then)\s+)/i.exec(rawSeg);
    let seg = opener ? ' '.repeat(opener[0].length) + rawSeg.slice(opener[0].length) : rawSeg;
    // "…, with President Reagan speaking for most people by admitting": the participle belongs
    // to the "with" clause, whose subject is the name in it.
    const withClause = /^(\s*with\s+)((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}'’-]*)\s+\p{Ll}+ing\b/u.exec(seg);
    if (withClause) {
      const m = readMention(withClause[2]!, base + comma + 1 + withClause[1]!.length);
      if (m && m.kind === 'person') return m;
    }
    if (seg.trim()) {
      // "Robby Mook said as much in an interview, arguing …": the clause's own reporting verb
      // shows where its subject ends.
      // "Sanders’ comments", "the claims": after a possessive or an article the form is a noun.
      // "not paying an architect who said he was stiffed": a verb in a relative clause on an
      // object is not the clause's own.
      const cue = findCues(seg).find((c) => !/ing$/i.test(c.written) && !/(?:\b(?:his|her|their|its|my|our|your|the|a|an)|[’']s?)\s+$/iu.test(seg.slice(0, c.start)) && !/\S\s+who\s+$/i.test(seg.slice(0, c.start)));
      const bySubject = cue ? subjectBeforeCue(seg.slice(0, cue.start), base + comma + 1) : null;
      // "A spokeswoman for the House Armed Services Committee emailed reporters …, arguing": a
      // longer description is taken when its own verb closes it.
      if (bySubject && (bySubject.kind !== 'nominal' || bySubject.text.split(/\s+/).length <= 4 || (bySubject.text.split(/\s+/).length <= 10 && /^\s*$/.test(seg.slice(0, bySubject.offset - base - comma - 1)) && trimDescription(bySubject) !== null))) return bySubject;
      // "Cruz is the only contender … and he has long used that fact to bludgeon …": a later
      // clause of the segment has a subject of its own, the nearer one.
      const joined = [...seg.matchAll(JOINED_PRONOUN_CLAUSES)].pop();
      if (joined && joined.index! > 0) {
        const at = joined.index! + joined[0].length - joined[1]!.length - joined[2]!.length;
        const own = readMention(joined[1]!, base + comma + 1 + at);
        if (own) return own;
      }
      const m = leadingSubject(seg, base + comma + 1);
      if (m) return m;
      // "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at …": a dateline or
      // aside before a dash.
      const dash = /^.*\s[—–]\s|^.*\s--\s/.exec(seg);
      if (dash) {
        const after = leadingSubject(seg.slice(dash[0].length), base + comma + 1 + dash[0].length);
        if (after) return after;
      }
      // "Christie, New Jersey’s sitting governor, repeated …": the sentence opens with a name
      // and an apposition follows it.
      // "76-year-old Morton Blackwell, founder of the Leadership Institute, …": lower-case
      // words may describe the name.
      // "H.J. Heinz chairman Tony O'Reilly, one of …": the role may mix a body's name and its
      // office before the person's name.
      // "Senate Minority Leader Harry Reid (D-Nev.), in particular, has been …": a party tag
      // after the name is no part of it.
      const party = TRAILING_PARTY_TAG.exec(seg);
      if (party) seg = seg.slice(0, party.index);
      if (comma < 0 && k > 0 && (/^\s*(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*\s*$/u.test(seg) || /^\s*(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}\p{Ll}+\s+(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*\s*$/u.test(seg)) && !OPENS_WITH_PREPOSITION.test(seg)) {
        const after = subject.slice(end + 1);
        const name = readMention(seg, base);
        if (name && name.kind !== 'nominal' && /^\s*(?:a|an|the|his|her|its|their|(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*[’']s\s|\p{Ll})/u.test(after)) return name;
      }
      // "Republican presidential nominee Donald Trump, during multiple interviews on Thursday,
      // referred to …": a described name opens the sentence, an aside follows it.
      // "Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed …":
      // a person's description may be longer than a body's name.
      const segWords = seg.trim().split(/\s+/);
      const words = segWords.length;
      if (comma < 0 && k > 0 && /^\s*[\p{Lu}]/u.test(seg) && words <= 10 && /^\s*(?:during|in|on|at|speaking|after|before|while|who|which|in\s+an?)\b/.test(subject.slice(end + 1))) {
        const name = readMention(seg, base);
        const clause = words > 8 && segWords.some((w) => /^\p{Ll}+ed$/u.test(w) || IRREGULAR_PAST.test(w));
        if (name && ((name.kind === 'person' && !clause) || (name.kind === 'organisation' && words <= 8)) && !OPENS_WITH_PREPOSITION.test(seg)) return name;
      }
      // "The puppet, gripped by the idea of hostility, let out such reckless remarks as …": a
      // description opens the sentence and a participle phrase stands aside after it, closed
      // before the quotation.
      if (comma < 0 && k > 0 && /^\s*(?:The|A|An)\s/.test(seg) && seg.trim().split(/\s+/).length <= 5 && /^\s*\p{Ll}+ed\s+(?:by|with|in|from|over|about|at)\b[^,]*,\s*\S/u.test(subject.slice(end + 1))) {
        const described = readMention(seg, base);
        if (described && described.kind === 'nominal' && trimDescription(described)) return described;
      }
    }
    if (comma < 0) break;
    end = comma;
  }
  return null;
}

/** -ing words that follow an impersonal "it is" as adjectives ("it is interesting that"). */
const ING_ADJECTIVES = /^(?:interesting|amazing|surprising|worrying|disturbing|encouraging|troubling|striking|alarming|disappointing|astonishing|shocking|confusing|frustrating|exciting|puzzling|fitting|telling|revealing|damning|compelling|appalling|concerning|fascinating|refreshing|staggering|humbling|heartbreaking|heartening|sobering|baffling|galling|insulting|annoying|embarrassing|misleading|unsurprising|unsettling|depressing|comforting|reassuring|intriguing|tempting|pleasing|satisfying|rewarding|challenging|demanding|overwhelming|outstanding|missing|lacking|nothing|something|everything)$/;

/** The noun phrase a sentence opens with, when it is a name, a pronoun or a titled name. */
/** A finite verb, an auxiliary or an adverb that sits between a subject and its verb. */
/** Past forms without "-ed" that follow a subject ("Mrs. Clinton struck", "The broad masses took"). */
const IRREGULAR_PAST_FORMS = 'began|went|took|made|gave|spoke|wrote|came|got|held|kept|met|ran|saw|sent|won|struck|brought|thought|felt|found|stood|lost|paid|spent|meant|heard|drew|threw|knew|chose|fell|broke|swore|fought|sought|caught|became';
const IRREGULAR_PAST = new RegExp(`^(?:${IRREGULAR_PAST_FORMS})$`);
const VERBISH = new RegExp(String.raw`^(?:\p{Ll}+ed|has|had|have|is|was|were|are|will|would|can|could|did|does|also|even|then|later|again|still|never|not|\p{Ll}+ly|${IRREGULAR_PAST_FORMS}|told|said|says|\p{Ll}+s)$`, 'u');

/** The verb right after an opening subject: a past or a present of "have"/"be"/"say", or an auxiliary. */
const OPENING_VERB = new RegExp(String.raw`^(?:\p{Ll}+ed|has|had|have|is|was|were|are|will|would|can|could|did|does|${IRREGULAR_PAST_FORMS}|told|said|says|sat)$`, 'u');

/** Words that go on a noun phrase after its plural head rather than open its verb. */
const PLURAL_NOUN_FOLLOWERS = /^(?:of|for|in|at|on|with|from|and|or|but|nor|who|whom|whose|that|which|to|by|as|than|like|about|over|under|into|across|around|between|among|against|behind|beyond|near|inside|outside|within|without|during|after|before|since|until|here|there|too|alone|themselves|ourselves|all|both|each|familiar|close|loyal|opposed|critical|aware|involved|allied|linked|tied|based|responsible|eager|keen|ready|likely|unlikely|able|unable|such|alike|abroad|nationwide|worldwide|overseas)$/;

/**
 * "On September 27 they published …", "Last week Trump said …": a date before the subject, with
 * or without its comma. Capitalised, so it opens the sentence ("She told ABC … on Monday the
 * tone … was cordial" is no date opener).
 */
const DATE_OPENER = new RegExp(String.raw`^\s*(?:On\s+(?:${WEEKDAYS}|${MONTHS})(?:\s+\d{1,2})?(?:,?\s+\d{4})?|In\s+(?:${WEEKDAYS}|${MONTHS}|\d{4})|${RECENT_PERIOD})\b,?\s*`);
/** A run of capitalised words that ends in a day or a month is a date, not a name. */
const ENDS_IN_DAY_OR_MONTH = new RegExp(String.raw`\b(?:${WEEKDAYS}|${MONTHS})\s*$`);
/** "The United Nations Security Council on Friday made": a day or period after "on", "last" …. */
const DAY_OR_PERIOD_WORD = new RegExp(String.raw`^(?:${WEEKDAYS}|week|month|year|night|morning|evening)$`);
/** "Hours later", "Two days earlier", "For its part": a time or a turn opening a sentence, with or without its comma. */
const TIME_OR_TURN = new RegExp(String.raw`^\s*(?:(?:${TIME_LATER}|for\s+(?:its|his|her|their|our)\s+part)\b,?\s*)?`, 'i');
/** How many characters of a time, a date or a turn ("For its part") open the sentence. */
function openerLength(sentence: string): number {
  return (DATE_OPENER.exec(sentence) ?? TIME_OR_TURN.exec(sentence)!)[0].length;
}

/** Words that open a description of a group ("Other nations in the Gulf", "Several senior Democrats"). */
const GROUP_QUANTIFIER = /^(?:other|these|those|both|all|each|several|many|some|most|few)$/i;

/** "The acting assistant secretary of the U.S. Department of Defense": an office, "of", a body's name. */
const OFFICE_OF_BODY = /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*)\s+(?:of|at|for)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.&'’-]*|of|and|for)\s+){0,6}[\p{Lu}][\p{L}.&'’-]*$/u;

function leadingSubject(sentence: string, base: number): Mention | null {
  const lead = openerLength(sentence);
  const toks = sentence.slice(lead).split(/\s+/);
  // "Speaking at a news conference, seaga said" (a wire story in lower case): a participle
  // opening the sentence, not a name.
  if (/^\p{Lu}\p{Ll}{3,}ing$/u.test(toks[0] ?? '') && /^(?:at|on|to|in|with|about|from|after|before|for|during|by|as|the|a|an|his|her|their|its)$/.test(toks[1] ?? '')) return null;
  // "Can it be understood that …", "Read out there was the decision …": a sentence opened by
  // its verb (a question, an inversion) has no name first.
  const first = toks[0] ?? '';
  if (/^\p{Lu}/u.test(first) && (QUESTION_OPENERS.has(first.toLowerCase()) || /^(?:Can|Do|Might|Read|Let|Here|There|Such|Thus|Hence)$/.test(first)) && /^\p{Ll}/u.test(toks[1] ?? '')) return null;
  // "The Republican nominee also outlined …": a description up to its verb; "Ryan’s campaign
  // shrugged off …": a possessor's name opens one like an article.
  // "Attorneys for Clinton appeared …": a plural of people by their work opens a description too.
  const peopleFirst = /^\p{Lu}\p{Ll}+s$/u.test(toks[0] ?? '') && isPersonByWork(toks[0]!, true, false);
  if (/^(?:the|his|her|their|its|a|an|another|such|two|three|four|five|dozens|hundreds|thousands)$/i.test(toks[0] ?? '') || GROUP_QUANTIFIER.test(toks[0] ?? '') || /^[\p{Lu}][\p{L}.-]*(?:[’']s|s[’'])$/u.test(toks[0] ?? '') || peopleFirst) {
    let k = toks.findIndex((t, i) => i > 1 && VERBISH.test(t));
    // "Many historians regard the treaty as …": after a plural noun, a plain lower-case word
    // that opens no phrase is the present-tense verb.
    const plain = toks.findIndex((t, i) => i > 1 && i < 6 && /^\p{Ll}{3,}[^siu’'\W]s$/u.test(toks[i - 1]!) && /^\p{Ll}{2,}$/u.test(t) && !PLURAL_NOUN_FOLLOWERS.test(t) && !VERBISH.test(t));
    if (plain > 0 && (k < 0 || plain < k)) k = plain;
    // "The Japanese imperialists, who boasted …": a plural noun that ends the clause is its
    // head, not its verb.
    const last = toks.length - 1 - (toks[toks.length - 1] === '' ? 1 : 0);
    const headAtEnd = k === last && isPersonByWork(toks[k]!.replace(/[,;]$/, ''), true);
    if (headAtEnd) k = last + 1;
    // "the Israeli troops bombed …": a plural of people by their work is the head; the verb follows.
    else if (k > 0 && k < last && /s$/.test(toks[k]!) && isPersonByWork(toks[k]!, true) && /^\p{Ll}/u.test(toks[k + 1] ?? '')) k++;
    // "several environmental groups granted": a plural noun before the verb is not the verb.
    if (k > 0 && /[^s]s$/.test(toks[k]!) && (/^(?:\p{Ll}+ed|has|have|had|was|were|are|will|would|said|told|say)$/u.test(toks[k + 1] ?? '') || IRREGULAR_PAST.test(toks[k + 1] ?? ''))) k++;
    // "the Japanese authorities often promise": nor is one an adverb follows.
    else if (k > 0 && /\p{Ll}{3,}[^su]s$/u.test(toks[k]!) && !/^(?:has|was|is|does|says|goes)$/i.test(toks[k]!) && /^(?:often|also|always|never|still|again|now|then|even|just|usually|repeatedly|\p{Ll}+ly)$/u.test(toks[k + 1] ?? '')) k++;
    // "the study — which notes …": a dash closes the noun phrase.
    const dash = toks.findIndex((t, i) => i > 1 && /^[—–]$/.test(t));
    if (dash > 0 && (k < 0 || dash < k)) k = dash;
    // "The United Nations Security Council on Friday made": a day between the subject and its
    // verb is no part of the subject.
    let end = k;
    const day = toks.findIndex((t, i) => i > 1 && i < k - 1 && /^(?:on|last|this|late|early)$/i.test(t) && DAY_OR_PERIOD_WORD.test(toks[i + 1]!));
    if (day > 0 && k - day === 2) end = day;
    // "The acting assistant secretary of the U.S. Department of Defense recently unveiled …": an
    // office of a named body may run longer than a plain description.
    const office = OFFICE_OF_BODY.exec(toks.slice(0, end).join(' '));
    const longest = headAtEnd ? 8 : office && isTitleWord(office[1]!) ? 12 : 6;
    if (end < 2 || end > longest || toks.slice(0, k).some((t) => /[,;:]$/.test(t))) return null;
    // "The challenge of transparency is exemplified by this finding": the subject of a passive
    // is not who speaks.
    if (/^(?:is|are|was|were|been|being)$/i.test(toks[k - 1]!) && /ed$/.test(toks[k]!)) return null;
    // "both for South Africa and …": a quantifier before a preposition opens no subject.
    if (/^(?:of|for|in|at|on|to|from|with|by)$/i.test(toks[1] ?? '') && !peopleFirst) return null;
    const phrase = toks.slice(0, end).join(' ');
    // "the company's loss of any of several … could cause it": a possessor before its noun (read
    // here as the verb) is whose, not who.
    if (/[’']s$/u.test(phrase)) return null;
    const m = readMention(phrase, base + lead);
    // "Other nations in the Gulf": a group a quantifier opens is described, not a person
    // named "Gulf".
    if (m && m.kind !== 'nominal' && GROUP_QUANTIFIER.test(toks[0]!)) return { text: phrase, kind: 'nominal', name: null, role: phrase, offset: base + lead };
    return m && m.kind !== 'pronoun' ? m : null;
  }
  const taken: string[] = [];
  let next = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const capital = /^[\p{Lu}]/u.test(t);
    // "Democratic presidential candidate Bernie Sanders is …": lower-case role words between
    // capitalised ones belong to the description.
    if (taken.length > 0 && !capital && /^\p{Ll}[\p{Ll}-]*$/u.test(t) && !VERBISH.test(t) && !/[,;:]$/.test(taken[taken.length - 1]!)) {
      const ahead = toks.slice(i, i + 3);
      const cap = ahead.findIndex((a) => /^[\p{Lu}]/u.test(a));
      if (cap > 0 && ahead.slice(0, cap).every((a) => /^\p{Ll}[\p{Ll}-]*$/u.test(a) && !VERBISH.test(a) && !/^(?:and|or|of|the|to|in|on|at|for|with|by|from)$/.test(a))) {
        taken.push(t);
        continue;
      }
      // "Former prosecutor and New York City Mayor Rudy Giuliani trashed …": two offices joined
      // by "and" before the name are one description.
      if (isPersonOrOffice(t) && toks[i + 1] === 'and' && /^[\p{Lu}]/u.test(toks[i + 2] ?? '')) {
        taken.push(t, 'and');
        i++;
        continue;
      }
    }
    // "It has been careful to frame its plans as …": "it" too, but not the "it is …" of
    // "it is clear that", "it seems", "it has been reported".
    // "It is also trying to justify …" is a body doing something: a progressive, unless its -ing
    // word is an adjective ("it is interesting that").
    const ahead = toks.slice(i + 1, i + 4).join(' ');
    const progressive = /^(?:is|was)\s+(?:(?:also|still|now|again|\p{Ll}+ly)\s+)?(\p{Ll}+ing)\b/u.exec(ahead);
    if (taken.length === 0 && /^it$/i.test(t) && !(progressive && !ING_ADJECTIVES.test(progressive[1]!)) && /^(?:is|was|seems|seemed|appears|appeared|remains|remained|looks|happens|matters|means|'s|’s|would|will|has\s+been\s+\p{Ll}+ed|had\s+been\s+\p{Ll}+ed)\b/u.test(ahead)) return null;
    if (taken.length === 0 && /^(?:he|she|they|we|i|it)$/i.test(t)) {
      // "She then addressed …": adverbs may sit between the pronoun and its verb.
      let v = i + 1;
      while (v < toks.length && v < i + 3 && /^(?:then|also|later|again|still|never|once|first|finally|often|always|sometimes|now|just|even|soon|\p{Ll}+ly)$/u.test(toks[v]!)) v++;
      // "she hasn't outlined": a negated auxiliary is a verb too.
      return /^(?:\p{Ll}+(?:ed|s|t|d|e)|(?:has|have|had|is|was|are|were|does|did|do|wo|would|could|should|ca)n[’']t)$/u.test(toks[v] ?? '') ? readMention(t, base + lead) : null;
    }
    if (taken.length === 0 && !capital) return null;
    // "Gov. Pat McCrory (R) blamed": a party tag in brackets is no word of the name.
    if (taken.length > 0 && PARTY_TAG_TOKEN.test(t)) continue;
    if (capital || isTitleWord(t) || /^(?:of|the|de|al)$/.test(t)) taken.push(t);
    else {
      next = t;
      break;
    }
    if (/[,;:]$/.test(t)) break;
  }
  // The phrase must be followed by its verb; "State media …" stops at a noun, not a verb.
  if (taken.length === 0 || !(/(?:ed|s|w|t|d|ke|ve)$/.test(next) || VERBISH.test(next))) return null;
  // "Trump and Ryan pledged": names joined by "and" before their verb; but "his rivals, Donald
  // Trump and Marco Rubio, for …" has no verb after them ("and" only ends like one).
  if (next === 'and') {
    let j = toks.indexOf(next, taken.length) + 1;
    while (j > 0 && j < toks.length && /^[\p{Lu}]/u.test(toks[j]!) && !/[,;:]$/.test(toks[j]!)) j++;
    if (j <= 0 || j >= toks.length || toks[j]!.trim() === '' || /[,;:]$/.test(toks[j]!)) return null;
  }
  // "Hillary Clinton’s right-hand woman rallied supporters": a possessor opens a description
  // that runs to its verb, which the tagger finds; "Donald Trump’s fired campaign manager" has
  // none and is no subject.
  if (/[’']s?$/u.test(taken[taken.length - 1]!) && /^\p{Ll}/u.test(next)) {
    const body = sentence.slice(lead);
    const cut = leadingNounPhrase(body);
    if (!cut || cut.end >= body.trimEnd().length) return null;
    const m = readMention(body.slice(0, cut.end), base + lead);
    return m && m.kind !== 'pronoun' ? m : null;
  }
  return readMention(taken.join(' '), base + lead);
}

/**
 * The named person a sentence is about, when it opens with them and their verb: `On “Face the
 * Nation,” Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, identified …`. An
 * opening phrase (closed by a comma or a masked quotation), a parenthesis and one apposition
 * or relative clause may come between. Only a person with a name counts.
 */
export function sentenceSubject(sentence: string, base: number): Mention | null {
  let from = sentence.length - sentence.trimStart().length;
  const opener = /^(?:In|On|At|During|After|Before|Speaking|Asked|Writing|Appearing|Earlier|Later|Last|This)\b[^,]{0,80}?(?:,|x{4,}(?=\s))\s*/.exec(sentence.slice(from));
  if (opener) from += opener[0].length;
  const s = sentence.slice(from);
  const m = /^((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}'’-]*)(\s*\([^)]{1,30}\))?(,\s+[^,;:]{2,100},)?\s+(?:(?:also|then|later|again|still|never|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u.exec(s);
  if (!m || !VERBISH.test(m[4]!) || /ly$/.test(m[4]!)) return null;
  if (OPENS_CLAUSE.test(m[1]!)) return null;
  const name = readMention(m[1]!, base + from);
  return name && name.kind === 'person' && name.name ? name : null;
}

/** An opening phrase naming an occasion of speech: "In an address that …", "During his speech at …". */
const SPEECH_OCCASION =
  /^\s*(?:(?:but|and|yet|so)\s+)?(?:in|during|at|with)\s+(?:a|an|his|her|their|its|the|that|this)\s+(?:[\p{L}-]+\s+){0,3}?(address|speech|interview|statement|remarks|rally|debate|appearance|op-ed|letter|post|tweet|video|ad|memo|email|conversation|exchange|call|news\s+conference|press\s+conference|town\s+hall)\b/iu;

/**
 * A sentence that opens with a reporting participle has the main clause's subject for speaker:
 * `Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest …`,
 * `Calling the deal “a disaster,” Sen. Tom Cotton vowed …`. `before` runs from the sentence
 * start to the opening mark; `after` from the closing mark on.
 */
export function participleOpener(before: string, after: string, afterBase: number, quoteEndsWithComma = false): Attribution | null {
  // "But while denouncing the “perversion” of corporate tax avoidance …, she hasn't …": a
  // conjunction or subordinator may come first.
  const opener = /^\s*(?:(?:but|and|yet|so)\s+)?(?:(?:while|when|after|before|since|by|in|upon|though|although)\s+)?(\p{L}\p{Ll}+ing)\b/iu.exec(before);
  // `In an address that spoke to the “frustration, the fear …” over an economy …, Mrs. Clinton
  // struck …`: an opening phrase naming the occasion of speech does the same.
  const occasion = opener ? null : SPEECH_OCCASION.exec(before);
  if (!opener && !occasion) return null;
  const cue = opener ? findCues(opener[1]!)[0] : { canonical: occasion![1]!.toLowerCase() };
  if (!cue || cue.canonical === 'according to') return null;
  // The participle clause runs on to a comma; asides ("though", "however") may follow it.
  // The comma may be the quotation's own ("After saying her right foot was “so swollen …,” she …").
  const comma = (quoteEndsWithComma ? /^\s*(?:(?:though|however|too|also|then|still|meanwhile|in turn|for (?:his|her|their|its) part),\s*)*/iu : /^[^,.;:!?]*,\s*(?:(?:though|however|too|also|then|still|meanwhile|in turn|for (?:his|her|their|its) part),\s*)*/iu).exec(after);
  if (!comma) return null;
  const rest = after.slice(comma[0].length);
  // "After saying her right foot was “so swollen …,” she was “whisked …”": a pronoun subject
  // stands for the speaker as a name does.
  const pronoun = /^(he|she|they|we|I)\s+\p{Ll}/u.exec(rest);
  const m = pronoun ? readMention(pronoun[1]!, afterBase + comma[0].length) : leadingSubject(rest, afterBase + comma[0].length);
  return m ? { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'clause-subject' } : null;
}

/** Labels in transcripts that name no speaker. */
const NOT_SPEAKERS = /^(?:UPDATE|UPDATED|NOTE|EDITOR'?S NOTE|BREAKING|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|CORRECTION|Q|A|QUESTION|ANSWER|TRANSCRIPT|CROSSTALK|LAUGHTER|APPLAUSE|UNIDENTIFIED\s+\w+|P\.?S|FULL TEXT|READ|SOURCE|WARNING|ALERT|RELATED|ADVERTISEMENT)$/i;

/**
 * A transcript turn quoted whole: `"PENCE: Well, look, …"`, `"Chris Matthews: Seriously …"`.
 * The label before the colon is the speaker.
 */
export function transcriptSpeaker(quoted: string, base: number): Attribution | null {
  const m = /^(\s*)((?:[A-Z][A-Z'’.-]+)(?:\s+[A-Z][A-Z'’.-]+){0,3}|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){1,2}):\s+\S/.exec(quoted);
  if (!m) return null;
  const label = m[2]!;
  if (NOT_SPEAKERS.test(label)) return null;
  const name = /[a-z]/.test(label) ? label : label.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  const mention: Mention = { text: label, kind: 'person', name, role: null, offset: base + m[1]!.length };
  return { mention, mentionPos: mention.offset, cue: ':', how: 'transcript' };
}
