/**
 * Quotation extraction and speaker attribution. Pure and synchronous: text in, quotes out.
 * The steps live in their own modules — spans (pairing marks), classify (speech or not),
 * windows (the writer's text around the marks), attribution (cue and mention), refine (after
 * the choice), mentions/names/antecedents (who that is), via (the relaying outlet). This one
 * weighs the readings against each other and carries speakers from quotation to quotation.
 */
import type { Quote } from '../../model/extraction.js';
import { trimDescription } from './noun-phrase.js';
import { aliasIndex, aliasKey, type AliasTable } from '../aliases.js';
import { agentAfterQuote, attributeAfter, attributeBefore, clauseSubject, ownerOfNamedSpeech, sentenceSubject, NO_ATTRIBUTION, outerSource, participleOpener, transcriptSpeaker, type Attribution } from './attribution.js';
import { classifySpan } from './classify.js';
import { findCues, NAMING_CUES } from './cues.js';
import { quoteId } from './id.js';
import { paragraphs, type Range } from './layout.js';
import { endsInOffice, isNameParticle, isOrgWord, isPluralSpeaker, isTitleWord, readMention, WEEKDAYS, type Mention } from './mentions.js';
import { bodyForDescription, canonicalName, personsWithRoleHead, scanEntities, type NamedEntity } from './names.js';
import { findQuoteSpans, type QuoteSpan } from './spans.js';
import { readTypedMarks } from './typed-marks.js';
import { findVia, looksLikeOutlet } from './via.js';
import { honorificGender, isKnownGivenName, personGender, pronounGender, type Gender } from './gender.js';
import { antecedent, isWeak, persons, placeOrBodyAt, type Person, type PersonEvidence } from './antecedents.js';
import { recogniseEntities, type RecognisedEntity } from '../entities/index.js';
import { agrees, appositionHead, pollSource, pronounOfVerb } from './refine.js';
import { flat, maskedSentenceBefore, regions, sentenceAfter, sentenceAfterTitles, sentenceBefore, sentenceOverSemicolons, sentenceStart, wholeSentenceBefore } from './windows.js';
import type { Working } from './working.js';
import { isAgentNoun, isPersonByWork } from './speaking-nouns.js';
import { isOrgHead, PORTFOLIO_NOUNS } from '../entities/words.js';

export type { AliasTable } from '../aliases.js';

/** Nouns that report words as surely as a verb does ("Trump's claim that there were …"). */
const SPEECH_NOUNS =
  /\b(?:claims?|statements?|remarks|comments?|words|tweets?|accusations?|promises?|pledges?|warnings?|vows?|assertions?|insistence|arguments?|message|testimony|admission|description|response|reply|answer)\b/i;

/** "described Putin as a …", "pounding Trump as a …": a speaker's characterisation. */
const CHARACTERISED_AS = /\b(?<!known\s|such\s)as\s+(?:a|an|being|the)?\s*$/i;

export interface ExtractQuotesOptions {
  aliases?: AliasTable;
  /** The article's entities as the recogniser read them, when the caller has them already. */
  entities?: readonly Pick<RecognisedEntity, 'kind' | 'start' | 'end'>[];
}

function commentsOnIt(after: string, from: number): boolean {
  const rest = after.slice(Math.max(0, from));
  const cue = findCues(rest)[0];
  return !!cue && cue.start < 30 && /^\s+(?:it|this|them)\b/i.test(rest.slice(cue.end));
}

/**
 * The clause after a subordinate clause that the speaker before the quotation opens and one
 * comma closes ("When Trump announced his candidacy, he referred to … as “criminals”"): where
 * that clause starts in `before`, or -1.
 */
function afterClosedSubordinate(before: string, base: number, b: Attribution): number {
  if (!b.mention || b.mention.kind === 'pronoun') return -1;
  const at = b.mentionPos - base;
  if (at < 0 || at > before.length) return -1;
  const lead = before.slice(Math.max(0, at - 40), at);
  if (!/(?:^|[.;,]\s+|^\s*)(?:when|after|before|as|while|because|since|if|though|although|once|until|unless|whereas)\s+$/i.test(lead)) return -1;
  const rest = before.slice(at + b.mention.text.length);
  if ((rest.match(/,/g)?.length ?? 0) !== 1) return -1;
  const comma = rest.indexOf(',') + 1;
  return findCues(rest.slice(comma)).length === 0 ? at + b.mention.text.length + comma : -1;
}

/**
 * `When Sanders said … that he wouldn't want Emanuel's endorsement, he “grabbed ahold …”`: the
 * speaker before the quotation is the subject of a subordinate clause that closed (one comma)
 * before the quotation's own clause began; that clause has no reporting verb of its own.
 */
function inClosedSubordinate(before: string, base: number, b: Attribution): boolean {
  const from = afterClosedSubordinate(before, base, b);
  return from >= 0 && /^\s*(?:\S+\s+){0,3}$/.test(before.slice(from));
}

/**
 * `When Trump announced his candidacy in June 2015, he infamously referred to Mexican immigrants
 * as “criminals”`: with no tag after the quotation, a partial quotation belongs to the subject of
 * the main clause it sits in, not to the verb of the subordinate clause before it.
 */
function mainClauseSubject(before: string, base: number, b: Attribution): Attribution | null {
  const from = afterClosedSubordinate(before, base, b);
  if (from < 0 || /[;—–]/.test(before.slice(from))) return null;
  // "As Ms. Simonyan put it …, RT is “providing …”": "as" introduces the speaker, not a clause.
  if (/\bas\s+$/i.test(before.slice(Math.max(0, b.mentionPos - base - 4), b.mentionPos - base))) return null;
  const m = clauseSubject(before.slice(from), base + from);
  if (!m || m.kind === 'nominal' || !/^\s*(?:\p{Ll}+ly\s+)?$/u.test(before.slice(from, m.offset - base))) return null;
  return { mention: m, mentionPos: m.offset, cue: null, how: 'clause-subject' };
}

function speechless(at: Attribution): boolean {
  return at.mention?.kind === 'nominal' && trimDescription(at.mention) === null;
}

function chooseAttribution(w: Working, text: string, spans?: QuoteSpan[], para?: Range, titles?: Set<QuoteSpan>): Attribution {
  const after = flat(text, w.after);
  const before = flat(text, w.before);
  // A quotation closed by a full stop ended the sentence; what follows is a new one. An
  // ellipsis ("… actions of Turkey ..." Cyprus' permanent representative said) cuts the words
  // short, not the sentence.
  const closedSentence = /(?<!\.\s?\.\s?)\.['’]?\s*$/u.test(text.slice(w.span.start, w.span.end));
  let a = after ? attributeAfter(after, w.after.start, closedSentence) : null;
  if (!a && spans && para && titles) {
    // `“…,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins,
    // said`: a title in quotation marks cut the tag short; read on over it.
    const longer = sentenceAfterTitles(text, spans, titles, w.span, w.after, para);
    if (longer) a = attributeAfter(longer, w.after.start, closedSentence);
  }
  if (a?.mention && a.cue !== 'according to') {
    const tagEnd = Math.max(a.mentionPos + a.mention.text.length, 0) - w.after.start;
    const outer = outerSource(after, w.after.start, Math.max(0, tagEnd));
    if (outer) a = outer;
  }
  let b = before ? attributeBefore(before, w.before.start, w.kind === 'partial') : null;
  if (b?.mention?.kind === 'pronoun' && w.kind === 'partial' && spans && para) {
    // "Flynn said Trump was “absolutely right” when he said …, “the generals …”": the sentence
    // runs on over the earlier quotation; its outermost clause is the attribution.
    const whole = wholeSentenceBefore(text, spans, w.span, para);
    const outer = whole ? attributeBefore(whole.text, whole.start, true) : null;
    if (outer?.mention && outer.mention.kind !== 'pronoun' && outer.mentionPos < b.mentionPos) b = outer;
  }
  if (!a && b?.how === 'before' && w.kind === 'partial') b = mainClauseSubject(before, w.before.start, b) ?? b;
  // `As Akhil Amar, … author of “America's Unwritten Constitution,” put it, “…”`: a title in the
  // sentence cut the region short, as an earlier quotation does.
  const afterTitle = !!titles && !!spans && titles.has(spans[spans.indexOf(w.span) - 1]!) && spans[spans.indexOf(w.span) - 1]!.paragraph === w.span.paragraph;
  if (!b && !a && (w.kind === 'partial' || /:\s*$/.test(before) || afterTitle) && spans && para) {
    // `The Foundation did not want to address “that person,” telling Fox 35 that it is focused on
    // “ending senseless gun violence.”`: the sentence began before the earlier quotation.
    const whole = wholeSentenceBefore(text, spans, w.span, para);
    const outer = whole ? unmaskRole(attributeBefore(whole.text, whole.start, true), whole, text) : null;
    // Masked earlier quotations ("xxxx") and participle phrases are no speakers.
    if (outer?.mention && !/x{4}/.test(outer.mention.text) && !/^\p{Ll}+ing\s/u.test(outer.mention.text)) {
      // `in a clip that Judge Mosman called "distasteful," Santilli expressed a desire to "…"`: a
      // named subject of the quotation's own clause, after the earlier quotation, comes first.
      // Only when the earlier quotation closed its clause with a comma: `“attacked” Clinton, and
      // said he “…”` runs on, and "Clinton" there is an object.
      const prev = spans[spans.indexOf(w.span) - 1];
      const freshClause = !!prev && (/[,;]['’]?$/u.test(text.slice(prev.start, prev.end)) || /^\s*[,;]/.test(before));
      // And only when the outer speaker sits in a subordinate clause ("a clip that Mosman called"):
      // `Rubio said that …, Democrats are “…”` is Rubio's report.
      const subordinate = /\b(?:that|which|who|whom|when|while|as|after|before|because|if|since|though|although)\s+(?:\S+\s+){0,4}$/i.test(text.slice(Math.max(0, outer.mentionPos - 60), outer.mentionPos));
      const own = w.kind === 'partial' && freshClause && subordinate && outer.mentionPos < w.before.start ? clauseSubject(before, w.before.start) : null;
      b = own && (own.kind === 'person' || own.kind === 'organisation') ? { mention: own, mentionPos: own.offset, cue: null, how: 'clause-subject' } : (!a && w.kind === 'partial' ? mainClauseSubject(whole!.text, whole!.start, outer) : null) ?? outer;
    }
  }
  if (!b && !a && w.kind === 'partial' && spans && para) {
    const prev = spans[spans.indexOf(w.span) - 1];
    const floor = prev && prev.paragraph === w.span.paragraph && prev.close >= 0 ? prev.close + 1 : para.start;
    const series = sentenceOverSemicolons(text, w.before, floor);
    const outer = series ? attributeBefore(flat(text, series), series.start, true) : null;
    if (outer?.mention && outer.cue !== 'according to') b = outer;
  }
  if (!b && !a && w.kind === 'partial') b = ownerOfNamedSpeech(before, after, w.before.start) ?? agentAfterQuote(before, after, w.after.start);
  // `Clinton, exasperated, famously responded: "What difference …?" Her critics cited it as
  // evidence …`: a verb whose object is "it" comments on the quotation; it is not its tag.
  if (a && b && a.how === 'after' && a.mention && commentsOnIt(after, a.mentionPos + a.mention.text.length - w.after.start)) a = null;
  // "the March states account for … and “better reflect …,” Mook wrote": a description that
  // cannot speak (a time, an act, a quantity) is no candidate, so the other tag stands.
  if (a && b && speechless(b)) b = null;
  if (a && b && speechless(a)) a = null;
  if (a && b) {
    // A partial quotation belongs to the clause it sits in; a full one to the tag after it.
    const beforeIsTag = /[:,]\s*$/.test(before) && w.kind === 'full';
    // `Rhimes declared the need for drive: “Change the world,” she said.`: the quotation's
    // own tag, right after its closing mark, wins over the sentence that introduced it; so does
    // a pronoun tag after a comma-introduced clause (`Biden weighed in, telling Mic, “…,” he
    // said`): the writer's attribution for this quotation is the pronoun.
    const ownTag = a.how === 'after' && !!a.mention && a.mentionPos - w.after.start <= 3 && (/:\s*$/.test(before) || (/,\s*$/.test(before) && a.mention.kind === 'pronoun'));
    if (ownTag) return a;
    // `Trump's remarks about the judge were “the textbook definition of a racist comment,” Mr.
    // Ryan said.`: a verb tag right after the mark beats an owner of speech before it.
    if (b.cue && SPEECH_NOUNS.test(b.cue) && a.how === 'after' && a.mention && a.mention.kind !== 'nominal' && a.mentionPos - w.after.start <= 3) return a;
    // `Trump said he was “happy to see” that Khan won, according to The New York Times.`: the
    // report or outlet the sentence credits is the outermost source.
    if (a.cue === 'according to' && b.cue !== 'according to') return a;
    // `Clark’s comments further “the anti-Muslim mob mentality,” the groups say.`: a tag closing
    // the sentence reports it; the owner of the speech noun inside it is what they talk about.
    if (b.cue && SPEECH_NOUNS.test(b.cue) && a.how === 'after' && a.mention && a.mention.kind !== 'pronoun' && a.mentionPos - w.after.start > 3) return a;
    // `…, saying the Ohio Republican was “doing the right thing,” CNN reported.`
    if (a.cue === 'reported' && a.mention?.kind === 'organisation' && looksLikeOutlet(a.mention.name ?? '')) return a;
    // `When Sanders said …, he “grabbed ahold …,” said Drew Heiserman`: the verb before the
    // quotation is a subordinate clause's; the tag after its closing comma is the quotation's.
    const closedByComma = /,['’]?$/u.test(text.slice(w.span.start, w.span.end));
    if (w.kind === 'partial' && closedByComma && a.how === 'after' && a.mention && a.mention.kind !== 'pronoun' && /^\s*(?:\p{Ll}+\s+){0,2}$/u.test(after.slice(0, Math.max(0, a.mentionPos - w.after.start))) && inClosedSubordinate(before, w.before.start, b)) return a;
    if (w.kind === 'partial' || beforeIsTag) {
      // `Clinton suggested that Sanders's plan was unserious - "Again, we need to get into the
      // details," she said - and charged …`: the sentence's subject speaks, and the tag right
      // after the mark is how the writer named her for this quotation.
      const ownPronoun = a.how === 'after' && a.mention?.kind === 'pronoun' && a.mentionPos - w.after.start <= 3 && b.mention && b.mention.kind !== 'pronoun';
      if (ownPronoun && agrees(a.mention!, b.mention!)) return { ...b, tag: a.mention! };
      // `It also has asked for … the company's accounting system "and other internal controls,"
      // Allegheny said.`: a clause whose subject is only "it" or "they" is reported by the named
      // tag that closes the sentence.
      // `… its basic demand quotas be set by "objective criteria", U.S. officials said.`: "its"
      // too, and a tag that describes its speakers.
      const namedTag = a.how === 'after' && (a.mention?.kind === 'person' || a.mention?.kind === 'organisation' || (a.mention?.kind === 'nominal' && !!trimDescription(a.mention))) && a.mentionPos - w.after.start <= 3;
      if (namedTag && b.mention?.kind === 'pronoun' && /^(?:it|they|its|their)$/i.test(b.mention.text)) return a;
      return b;
    }
    return a;
  }
  return a ?? b ?? participleOpener(before, after, w.after.start, /,['’]?$/u.test(text.slice(w.span.start, w.span.end))) ?? NO_ATTRIBUTION;
}

/**
 * A role read over a masked title keeps the title's own words: "author of “America's Unwritten
 * Constitution,”", not "author of xxxx". The masked sentence has the text's length, so the role's
 * place in one is its place in the other.
 */
function unmaskRole(a: Attribution | null, masked: { text: string; start: number }, text: string): Attribution | null {
  const role = a?.mention?.role;
  if (!a?.mention || !role || !/x{4}/.test(role)) return a;
  const at = masked.text.lastIndexOf(role);
  if (at < 0) return { ...a, mention: { ...a.mention, role: null } };
  const end = masked.start + at + role.length;
  // A title masked up to the comma it closes on ("Constitution,”"): the role keeps its mark.
  const mark = /x$/.test(role) && /[”"]/.test(text[end] ?? '') ? text[end]! : '';
  const own = (text.slice(masked.start + at, end) + mark).replace(/\s+/g, ' ').trim();
  return { ...a, mention: { ...a.mention, role: own } };
}

function lastSpeaker(ws: Working[], upTo: number, kinds: Mention['kind'][], gender: Gender = 'unknown'): Working | null {
  for (let k = upTo - 1; k >= 0; k--) {
    const w = ws[k]!;
    if (!w.speaker || !w.speakerKind || !kinds.includes(w.speakerKind)) continue;
    // "he" or "she" stands for one person: a description must name one by their work ("a
    // spokesman", "the diplomat"), not a body or a crowd ("the ministry", "analysts").
    if (gender !== 'unknown' && w.speakerKind === 'nominal' && !describesOnePerson(w.speaker)) continue;
    if (gender !== 'unknown') {
      const g = personGender(w.speaker, w.role);
      if (g !== 'unknown' && g !== gender) continue;
    }
    return w;
  }
  return null;
}

/** The head noun of a description, before any "of", "for", "at" …: "spokesman" in "a spokesman for Midland Bank Plc". */
function headWord(description: string): string {
  return description.split(/\s+(?:of|for|at|with|in|from)\s/i)[0]!.split(/\s+/).pop()!.toLowerCase();
}

/** "a spokesman for Midland Bank Plc", "The General Manager of …": one person, named by the work before any "of". */
function describesOnePerson(description: string): boolean {
  const core = description.split(/\s+(?:of|for|at|with|in|from)\s/i)[0]!;
  const head = headWord(description);
  // "one Japanese refiner": an agent noun names a person by their work, listed or not.
  return /^(?:a|an|the|one|another|this|that)\s/i.test(core) && (isPersonByWork(head) || (!head.endsWith('s') && isAgentNoun(head)));
}

export function extractQuotes(input: { id: string; text: string }, options?: ExtractQuotesOptions): Quote[] {
  return extractQuotesTraced(input, options).map((t) => t.quote);
}

/** A quote with the route its speaker came by ("after/full/person"), for the evaluation's breakdown. */
export interface TracedQuote {
  quote: Quote;
  route: string;
}

export function extractQuotesTraced(input: { id: string; text: string }, options?: ExtractQuotesOptions): TracedQuote[] {
  try {
    return extract(input, options);
  } catch {
    // Extraction is best effort on untrusted text: an article that defeats it yields no
    // quotes rather than stopping a whole corpus build.
    return [];
  }
}

function extract(input: { id: string; text: string }, options?: ExtractQuotesOptions): TracedQuote[] {
  const written = typeof input?.text === 'string' ? input.text : '';
  // Stand-in punctuation (a horizontal bar for a dash, '' for a quotation mark) read as what
  // it stands for, offsets kept; quotations keep their own characters.
  const text = readTypedMarks(written);
  const articleId = typeof input?.id === 'string' ? input.id : String(input?.id ?? '');
  if (!/["“”„«»]/.test(text)) return [];
  const paras = paragraphs(text);
  const spans = findQuoteSpans(text, paras);
  if (spans.length === 0) return [];
  const aliases = aliasIndex(options?.aliases);
  let entitiesCache: NamedEntity[] | null = null;
  const entities = (): NamedEntity[] => (entitiesCache ??= scanEntities(text));

  const ws: Working[] = [];
  for (const [i, span] of spans.entries()) {
    const { before, after } = regions(text, spans, i, paras);
    const beforeText = flat(text, before);
    const afterHead = flat(text, after).slice(0, 90);
    // "Mook said on ABC's “This Week” that the campaign was “not concerned.”": a title inside
    // the sentence cuts no clause, so the cue before it still reports the words after it.
    const prev = ws[i - 1];
    // Not across a list of titles ("under such headlines as “…” and the “…”").
    const pastTitle =
      prev?.kind === 'title' && prev.span.paragraph === span.paragraph && before.start === prev.span.close + 1 && !/^[\s,]*(?:(?:and|or)\s+)?(?:the\s+)?$/i.test(beforeText)
        ? flat(text, prev.before)
        : '';
    const cues = [...findCues(pastTitle), ...findCues(beforeText), ...findCues(afterHead)];
    const hasCue = cues.length > 0 || SPEECH_NOUNS.test(beforeText) || CHARACTERISED_AS.test(beforeText);
    const namingCue = cues.some((c) => NAMING_CUES.has(c.canonical)) && !cues.some((c) => c.canonical === 'said');
    // Text without blank lines between paragraphs (PolNeAR, KCNA) starts them on a new line.
    const lineStart = /\n[ \t]*$/.test(text.slice(Math.max(0, span.open - 8), span.open));
    // Markup left in the copy (`<tweet id="7834…" pic="…">`): attribute values, not speech.
    const attribute = text[span.open - 1] === '=';
    const kind = attribute ? 'title' : classifySpan(text, span, { before: lineStart ? '' : beforeText, after: afterHead, hasCue, namingCue });
    ws.push({ span, kind, before, after, attribution: NO_ATTRIBUTION, speaker: null, speakerKind: null, role: null, via: null });
  }

  titleLists(ws, text);
  const speech = ws.filter((w) => w.kind === 'full' || w.kind === 'partial');
  const titles = new Set(ws.filter((w) => w.kind !== 'full' && w.kind !== 'partial').map((w) => w.span));
  for (const w of speech) {
    // Transcript turns open a paragraph, or follow "as follows:".
    const turnPlace = /(?:^|\n)[ \t]*$|:\s*$/.test(text.slice(Math.max(0, w.span.open - 40), w.span.open));
    const turn = turnPlace ? transcriptSpeaker(text.slice(w.span.start, w.span.end), w.span.start) : null;
    w.attribution = turn ?? (w.span.continued ? ownTagOfContinued(w, text) : chooseAttribution(w, text, spans, paras[w.span.paragraph], titles));
    if (w.attribution.how === 'none' && w.span.close >= 0) w.attribution = signatureLine(text, w.span.close + 1) ?? w.attribution;
    w.attribution = appositionHead(text, w.attribution);
    w.attribution = pronounOfVerb(text, w);
    w.attribution = pollSource(text, w);
  }
  listItems(speech, text);
  inherit(speech, text, paras, spans);

  neighbourSentences(speech, text, paras, spans);
  recentSpeaker(speech);

  let peopleCache: Person[] | null = null;
  let evidenceCache: PersonEvidence | null = null;
  const evidence = (): PersonEvidence => (evidenceCache ??= personEvidence(text, speech, options?.entities));
  const people = (): Person[] => (peopleCache ??= persons(entities(), text, speakerSurnames(speech), evidence()));
  for (let k = 0; k < speech.length; k++) resolveSpeaker(speech, k, entities, people, evidence, aliases, text);

  return speech.map((w) => ({ quote: toQuote(w, text, written, articleId), route: `${w.attribution.how}/${w.kind}/${w.attribution.mention?.kind ?? '-'}` }));
}

/**
 * `a decree "On adopting the Law …", "On amending …" and "On …"`, `including "Freedom Shield",
 * "Ulji Freedom Shield" and "Nuclear Consultative Group simulation drill"`: quotations listed
 * with nothing but commas and "and" between them are one kind; when the list opens with a title
 * or most of it are titles, all of it is.
 */
function titleLists(ws: Working[], text: string): void {
  let from = 0;
  for (let k = 1; k <= ws.length; k++) {
    const prev = ws[k - 1]!;
    const cur = ws[k];
    const joined = !!cur && prev.span.close >= 0 && prev.span.paragraph === cur.span.paragraph && /^\s*(?:,|,?\s*(?:and|or))?\s*$/.test(text.slice(prev.span.close + 1, cur.span.open));
    if (joined) continue;
    const list = ws.slice(from, k);
    from = k;
    if (list.length < 2) continue;
    const titles = list.filter((w) => w.kind === 'title').length;
    if (list[0]!.kind === 'title' || titles * 2 >= list.length) for (const w of list) w.kind = 'title';
  }
}

/**
 * A quotation that carries one on from the paragraph before takes its speaker from it, unless a
 * tag of its own follows the closing mark (`"That's right, Donald — USA, baby," Melanie said to
 * the Republican nominee`): the writer named the speaker again. A pronoun tag counts too
 * (`“I'm not interested …," he continued`): it is the writer's wording for this quotation, and
 * the reader resolves it as for any other tag.
 */
function ownTagOfContinued(w: Working, text: string): Attribution {
  const after = flat(text, w.after);
  const a = after && w.span.close >= 0 ? attributeAfter(after, w.after.start, /\.['’]?\s*$/u.test(text.slice(w.span.start, w.span.end))) : null;
  return a?.mention && a.how === 'after' && a.mentionPos - w.after.start <= 3 ? a : NO_ATTRIBUTION;
}

/**
 * A signature on the line after a quotation that ends its paragraph (fact-check and letters
 * layout): `"…"` then `- Bernie Sanders.` on a line of its own.
 */
function signatureLine(text: string, from: number): Attribution | null {
  const sig = /^[ \t]*\n\s*([-—–―]+[ \t]*)([^\n]{2,80}?)[.,]?[ \t]*(?:\n|$)/u.exec(text.slice(from, from + 200));
  if (!sig) return null;
  const at = from + sig.index + sig[0].indexOf(sig[1]!) + sig[1]!.length;
  const m = readMention(sig[2]!, at);
  return m && (m.kind === 'person' || m.kind === 'organisation') ? { mention: m, mentionPos: m.offset, cue: null, how: 'dash' } : null;
}

/** Quotations with no tag of their own take the speaker of the quotation they continue. */
function inherit(ws: Working[], text: string, paras: Range[], spans: QuoteSpan[]): void {
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (w.attribution.how !== 'none') continue;
    const prev = ws[k - 1];
    if (!prev || prev.attribution.how === 'none') continue;
    if (w.span.continued) {
      w.attribution = { ...prev.attribution, how: 'continued' };
      w.via = prev.via;
    } else if (prev.span.paragraph === w.span.paragraph) {
      // `She then addressed the supporters again: “…”`: a clause of its own introduces it.
      const intro = flat(text, w.before);
      if (/:\s*$/.test(intro) && (clauseSubject(intro.replace(/:\s*$/, ''), w.before.start) || colonSpeaker(intro, w.before.start)?.kind === 'person')) continue;
      // `“…,” Meeks added. Clinton talked up her “50-state strategy.”`: a fragment in a sentence
      // of its own belongs to that sentence's subject.
      const ownSentence = prev.span.close >= 0 && w.before.start > prev.span.close + 1 && /\S/.test(text.slice(prev.span.close + 1, w.before.start));
      if (w.kind === 'partial' && ownSentence) {
        // `Jeet Heer sees the piece as a return to “aristocratic conservatism,” which has been
        // “obscured by a populist mask.”`: the sentence may have begun before an earlier
        // quotation that is no speech.
        const named = (m: Mention | null): Mention | null => (m && m.kind !== 'nominal' ? m : null);
        let own = named(clauseSubject(intro, w.before.start));
        if (!own) {
          const whole = wholeSentenceBefore(text, spans, w.span, paras[w.span.paragraph]!);
          if (whole && whole.start > prev.span.close) own = named(clauseSubject(whole.text, whole.start));
        }
        // Set here, not left for later: the backward fill below would hand it the next
        // quotation's speaker.
        if (own) {
          w.attribution = { mention: own, mentionPos: own.offset, cue: null, how: 'clause-subject' };
          continue;
        }
      }
      // `“…,” says Gloria Garcia. She says people should be able to choose. “It is their life.”`:
      // a reporting sentence between the two quotations names the speaker again.
      if (w.kind === 'full' && prev.span.close >= 0 && intro.trim() === '') {
        const sb = sentenceBefore(text, w.before.start, prev.span.close + 1);
        // A tag right after the earlier quotation is its own, unless that one was a fragment
        // credited to its clause (`…, calling Trump “an orange buffoon,” Susan said as she
        // turned around. “But he’s our orange buffoon …”`): then the tag is the new speaker.
        const creditedToClause = prev.kind === 'partial' && (prev.attribution.how === 'before' || prev.attribution.how === 'clause-subject');
        const tagged = sb && (creditedToClause || !/["“”]/.test(text.slice(sb.start - 1, sb.start)));
        const a = tagged ? attributeBefore(flat(text, sb), sb.start) : null;
        if (a?.mention && a.cue !== 'according to') {
          if (creditedToClause && a.mention.kind !== 'pronoun' && a.mention.text !== prev.attribution.mention?.text) w.attribution = { ...a, how: 'previous-sentence' };
          continue;
        }
      }
      w.attribution = { ...prev.attribution, how: 'same-paragraph' };
      w.via = prev.via ?? findVia(`${flat(text, prev.before)} ${flat(text, prev.after)}`);
    } else if (prev.span.paragraph === w.span.paragraph - 1 && w.kind === 'full' && startsParagraph(text, w)) {
      // `He then listed the qualities …:` closing the paragraph before introduces the quotation
      // with a subject of its own (PolNeAR ties it to that "He", not to the last named speaker).
      const intro = prev.span.close >= 0 ? sentenceBefore(text, w.span.open, prev.span.close + 1) : null;
      const introText = intro ? flat(text, intro) : '';
      if (intro && /:\s*$/.test(introText)) {
        const a = attributeBefore(introText, intro.start);
        const own = a?.mention && a.cue !== 'according to' ? a.mention : clauseSubject(introText.replace(/:\s*$/, ''), intro.start);
        if (own) {
          w.attribution = { mention: own, mentionPos: own.offset, cue: a?.mention === own ? a.cue : ':', how: 'previous-sentence' };
          continue;
        }
      }
      // A paragraph that opens with a quotation nobody is named for continues the last speaker.
      w.attribution = { ...prev.attribution, how: 'floating' };
    }
  }
  // `"A." "B," she said.` and a multi-paragraph quotation tagged only at its end: fill backwards.
  for (let k = ws.length - 2; k >= 0; k--) {
    const w = ws[k]!;
    const next = ws[k + 1]!;
    if (w.attribution.how !== 'none' || next.attribution.how === 'none') continue;
    const sameChain = next.span.continued && w.span.continues;
    const between = flat(text, { start: w.span.end, end: next.span.open });
    // A fragment in the writer's sentence does not take the speaker of a quotation in a later
    // sentence: `Reid has gone after Trump as a “human leech …”. … “It is different,” said
    // David Plouffe`.
    const laterSentence = w.kind === 'partial' && /[.!?]['’"”]?\s+[\p{Lu}“"]/u.test(`${text.slice(w.span.start, w.span.end).slice(-2)}${between}`);
    const samePara = next.span.paragraph === w.span.paragraph && !laterSentence && !findCues(between).length;
    if (sameChain || samePara) w.attribution = { ...next.attribution, how: sameChain ? 'continued' : 'same-paragraph' };
  }
}

/**
 * The speaker a colon introduces: "Here’s Clinton in December 1992:", "… doesn't surprise
 * Republican pollster Daron Shaw:" — but not the object of a preposition ("told the Dutch
 * newspaper NRC Handelsblad:").
 */
function colonSpeaker(beforeText: string, base: number): Mention | null {
  const here = /\bHere(?:[’']s|\s+is|\s+are)\s+((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)\b[^:]{0,40}:\s*$/u.exec(beforeText);
  if (here) return readMention(here[1]!, base + here.index + here[0].indexOf(here[1]!));
  // "Rep. Trey Gowdy (R-S.C.):": a party-and-state tag may stand between the name and the colon.
  const named = /((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}'’-]*)(?:\s*\([A-Z]-[A-Z][A-Za-z. -]{0,20}\))?\s*:\s*$/u.exec(beforeText);
  // "More from Jones:" credits Jones; "told the Dutch newspaper NRC Handelsblad:" does not.
  const lead = beforeText.slice(0, named?.index ?? 0);
  if (!named || (/\b(?:to|with|from|by|for|on|in|at)\s+(?:the\s+)?(?:\p{L}[\p{L}-]*\s+){0,3}$/u.test(lead) && !/\bMore\s+from\s+$/.test(lead))) return null;
  return readMention(named[1]!, base + named.index);
}

/**
 * A quotation with no tag of its own and nothing to inherit takes the speaker of the
 * neighbouring sentence that reports speech: `Kerry said that 100,000 would be accepted.
 * "That adds up to 185,000."` (previous sentence first, as news copy introduces a speaker
 * before quoting them), then the sentence right after it.
 */
function neighbourSentences(ws: Working[], text: string, paras: Range[], spans: QuoteSpan[]): void {
  for (const w of ws) {
    if (w.attribution.how !== 'none' || w.span.continued) continue;
    if (w.kind === 'partial') {
      // `Bush referred to Rubio as “a bright leader” but described his skills as a “work in
      // progress.”`: the writer's sentence runs on over earlier quotations; read it whole.
      const whole = wholeSentenceBefore(text, spans, w.span, paras[w.span.paragraph]!);
      if (whole) {
        const a = attributeBefore(whole.text, whole.start, true);
        const own = a?.mention && a.cue !== 'according to' ? a.mention : clauseSubject(whole.text, whole.start);
        if (own) {
          w.attribution = { mention: own, mentionPos: own.offset, cue: a?.mention === own ? a.cue : null, how: a?.mention === own ? 'before' : 'clause-subject' };
          continue;
        }
      }
    }
    const beforeText = flat(text, w.before);
    // `Maher stated … that the report “wasn’t good.” Adding, “Now, like with all Clinton
    // scandals …”`: a sentence opened by a bare reporting participle goes on with the speaker
    // of the sentence before.
    if (/^\s*[\p{Lu}]\p{Ll}+ing\s*[,:]\s*$/u.test(beforeText) && findCues(beforeText).length) {
      const floor = paras[Math.max(0, w.span.paragraph - 1)]!.start;
      const prev = maskedSentenceBefore(text, w.before.start, floor);
      const a = prev ? attributeBefore(prev.text, prev.start) : null;
      if (a?.mention && a.cue !== 'according to') {
        w.attribution = { ...a, how: 'previous-sentence' };
        continue;
      }
    }
    const colon = /:\s*$/.test(beforeText);
    if (colon) {
      const m = colonSpeaker(beforeText, w.before.start);
      if (m && m.kind === 'person') {
        w.attribution = { mention: m, mentionPos: m.offset, cue: ':', how: 'clause-subject' };
        continue;
      }
    }
    if (w.kind === 'partial' || colon || /[^\d],\s*$/.test(beforeText)) {
      // A fragment quoted inside the writer's sentence ("Trump openly admires Putin as a
      // “strong leader”"), or a quotation introduced by a colon ("President Clinton released
      // the following statement: …") or a comma standing for one ("Clinton shared a bit of her
      // anxiety with an audience at a fundraiser, “I do not know …”"), is the words of that
      // sentence's subject.
      const own = clauseSubject(beforeText.replace(/[:,]\s*$/, ''), w.before.start);
      if (own) {
        w.attribution = { mention: own, mentionPos: own.offset, cue: null, how: 'clause-subject' };
        continue;
      }
    }
    const para = paras[w.span.paragraph]!;
    const floor = w.span.paragraph > 0 && w.before.start <= para.start + 1 ? paras[w.span.paragraph - 1]!.start : para.start;
    const prev = sentenceBefore(text, w.before.start, floor);
    if (prev) {
      const a = attributeBefore(flat(text, prev), prev.start);
      if (a && a.mention && a.cue !== 'according to') {
        w.attribution = { ...a, how: 'previous-sentence' };
        continue;
      }
      // `He then listed the qualities …:` right before the quotation introduces it.
      const introText = flat(text, prev);
      const own = /:\s*$/.test(introText) && w.kind === 'full' ? clauseSubject(introText.replace(/:\s*$/, ''), prev.start) : null;
      // "See the latest updates below:" is an imperative, not a subject.
      if (own && !/^(?:See|Read|Watch|Click|Follow|Listen|Check)$/.test(own.text)) {
        w.attribution = { mention: own, mentionPos: own.offset, cue: ':', how: 'previous-sentence' };
        continue;
      }
    }
    if (w.kind === 'full' && beforeText.trim() === '') {
      const about = maskedSentenceBefore(text, w.before.start, para.start);
      // `…, calling Trump “an orange buffoon,” Susan said as she turned around. “But he’s our
      // orange buffoon …”`: the sentence before, its quotations masked, reports speech.
      const reported = about && !prev ? attributeBefore(about.text, about.start) : null;
      if (reported?.mention && reported.cue !== 'according to' && !/x{4}/.test(reported.mention.text)) {
        w.attribution = { ...reported, how: 'previous-sentence' };
        continue;
      }
      // `On “Face the Nation,” Sen. Bernie Sanders … identified young voters’ exhaustion with
      // bigotry as a reason. “The younger people are … sick and tired of discrimination.”`: the
      // sentence before names a new person as its subject; the quotation is theirs.
      const subject = about && !findCues(about.text).length ? sentenceSubject(about.text, about.start) : null;
      if (subject) {
        w.attribution = { mention: subject, mentionPos: subject.offset, cue: null, how: 'previous-sentence' };
        continue;
      }
    }
    if (w.span.close < 0) continue;
    // A quotation that ended its own sentence is followed by the writer's next one.
    const closed = /[.!?]['’]?\s*$/u.test(text.slice(w.span.start, w.span.end));
    const next = closed ? sentenceAfter(text, w.span.close + 1, para.end) : sentenceAfter(text, w.after.end, para.end);
    if (next) {
      const a = attributeBefore(flat(text, next), next.start);
      if (a && a.mention && a.cue !== 'according to') w.attribution = { ...a, how: 'next-sentence' };
    }
  }
}

/**
 * `as Trump went on about “how the system is rigged,” and “wounded American families” and “our
 * own struggling citizens,” Melanie said yes`: partial quotations joined into one list by "and"
 * or a comma are the words of one speaker, the first item's; a tag after the last item is the
 * sentence's, not theirs.
 */
function listItems(ws: Working[], text: string): void {
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k]!;
    const prev = ws[k - 1]!;
    if (w.kind !== 'partial' || prev.kind !== 'partial' || prev.span.close < 0 || prev.span.paragraph !== w.span.paragraph) continue;
    // Between them only joiners, or items the classifier took for terms (“wounded American families”).
    if (!/^(?:\s*,?\s*(?:and|or)?\s*[“"][^”"\n]{1,80}[”"])*\s*,?\s*(?:and|or)?\s*$/.test(text.slice(prev.span.close + 1, w.span.open))) continue;
    if (!prev.attribution.mention || prev.attribution.how === 'none') continue;
    w.attribution = prev.attribution;
  }
}

/**
 * A whole quotation still without a speaker, within two paragraphs of an attributed one,
 * continues that speaker's remarks (the floating quote of news copy, one paragraph removed).
 */
function recentSpeaker(ws: Working[]): void {
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k]!;
    if (w.attribution.how !== 'none' || w.kind !== 'full') continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = ws[j]!;
      if (w.span.paragraph - p.span.paragraph > 2) break;
      if (p.attribution.how === 'none' || p.attribution.how === 'clause-subject') continue;
      w.attribution = { ...p.attribution, how: 'floating' };
      break;
    }
  }
}

function startsParagraph(text: string, w: Working): boolean {
  return text.slice(w.before.start, w.before.end).trim() === '' && (w.before.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, w.before.start - 4), w.before.start)));
}

function resolveSpeaker(
  ws: Working[],
  k: number,
  entities: () => NamedEntity[],
  people: () => Person[],
  evidence: () => PersonEvidence,
  aliases: Map<string, string>,
  text: string,
): void {
  const w = ws[k]!;
  // The bodies the article names, gathered only if a short name needs them.
  const bodies = (): string[] => [...entities().filter((e) => e.org).map((e) => e.name), ...evidence().organisations()];
  /**
   * A description as the speaker: "The company said …" is the company the article has named,
   * "the minister" the one person it has given that office; else the description itself.
   */
  const describe = (into: Working, description: string, at: number): Mention['kind'] => {
    into.speaker = description;
    into.role = description;
    into.speakerKind = 'nominal';
    const body = bodyForDescription(description, at, entities(), text);
    if (body) {
      into.speaker = aliases.get(aliasKey(body)) ?? body;
      return (into.speakerKind = 'organisation');
    }
    const head = description.split(/\s+/).pop()!.replace(/[^\p{L}-]/gu, '');
    // Definite: "the minister", "Sudan's Finance Minister", and an office in capitals alone.
    const definite = /^(?:the|this|that)\s/i.test(description) || /^(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*(?:[’']s|(?<=s)[’'])\s/u.test(description) || endsInOffice(description);
    if (!definite || !head) return 'nominal';
    const distinct = new Set(personsWithRoleHead(head, at, entities()).map((n) => canonicalName(n, at, entities(), aliases)));
    if (distinct.size !== 1) return 'nominal';
    into.speaker = [...distinct][0]!;
    return (into.speakerKind = 'person');
  };
  // `Reagan … said Nakasone had endangered his standing. He said …`: a pronoun opening its
  // sentence goes on with the reporter of the sentence before, not with a person named inside
  // what that reporter said.
  const subjectGoesOn = (found: Person | null, at: number, pronoun: string, want: Gender): Person | null => {
    if (!found || text.slice(sentenceStart(text, at), at).trim() !== '') return found;
    const back = earlierReporter(text, at, pronoun);
    if (back?.kind !== 'person' || !back.name || found.start <= back.offset + back.text.length || found.start >= sentenceStart(text, at)) return found;
    const name = canonicalName(back.name, back.offset, entities(), aliases);
    const g = personGender(name, back.role);
    return g === 'unknown' || g === want ? { ...found, name, start: back.offset, role: back.role, sure: true } : found;
  };
  let m = w.attribution.mention;
  if (m && /x{4}/.test(m.text) && w.attribution.mentionPos >= 0) {
    // A description read over a masked earlier quotation: the mask kept offsets, so the
    // article's own words are at the same place.
    m = { ...m, text: text.slice(w.attribution.mentionPos, w.attribution.mentionPos + m.text.length) };
    w.attribution = { ...w.attribution, mention: m };
  }
  if (m?.kind === 'nominal' && m.text === 'one' && m.role === null) {
    // `Western diplomats said … “…,” one said.`: one of the group that reported last; a "they"
    // reporting it is followed back as any "they" is.
    const group = groupBefore(text, ws, k);
    if (group?.kind !== 'pronoun') {
      if (group) {
        w.speaker = group.text;
        w.role = group.text;
        w.speakerKind = 'nominal';
      }
      return;
    }
    m = group;
  }
  if (m?.kind === 'nominal') {
    // Cut last, once the choice of clause is made: the subject rules lean on the long form.
    m = trimDescription(m);
    // "The region is neither “muscle-flexing ground” …", "A drill of dropping a precision guided
    // bomb was conducted …, the “guidelines …” examined": with no reporting verb, the subject of
    // the clause is a speaker only if it is one who can speak: people, a body, a document.
    if (m && m.kind === 'nominal' && w.attribution.how === 'clause-subject' && !voiceWithoutVerb(m.text)) m = null;
    w.attribution = { ...w.attribution, mention: m, mentionPos: m ? w.attribution.mentionPos + (m.offset - w.attribution.mention!.offset) : -1 };
  }
  const pos = w.attribution.mentionPos >= 0 ? w.attribution.mentionPos : w.span.open;
  if (!m) return;
  switch (m.kind) {
    case 'person': {
      w.speaker = canonicalName(m.name!, pos, entities(), aliases, honorificGender(m.text));
      w.speakerKind = 'person';
      w.role = m.role;
      // "Bastian said in a filing …" after "Bastian Technologies Corp said …": one word, no
      // person of that name in the article, and a body's name that begins with it is the body.
      // The shortest such name is the parent, not a unit ("Chevron Corp", not "Chevron
      // Exploration North Sea Ltd"); a given name ("Hillary") is a person's.
      // (A plain search first: the article's bodies are gathered only if the name runs on.)
      const runsOn = (): boolean => new RegExp(String.raw`\b${m.name}\s+(?:and\s+)?\p{Lu}`, 'u').test(text.slice(0, pos));
      if (!m.role && w.speaker === m.name && /^\p{Lu}[\p{L}-]+$/u.test(m.name) && m.text === m.name && !isKnownGivenName(m.name) && runsOn()) {
        const body = bodyBegunBy(m.name, bodies(), text, pos);
        if (body) {
          w.speaker = aliases.get(aliasKey(body)) ?? body;
          w.speakerKind = 'organisation';
        }
      }
      break;
    }
    case 'organisation': {
      // "the Bank said" after "the Bank of England said": the body's whole name.
      const name = /\s/.test(m.name!) ? m.name! : (fullBodyName(m.name!, pos, text) ?? m.name!);
      w.speaker = aliases.get(aliasKey(name)) ?? name;
      w.speakerKind = 'organisation';
      w.role = m.role;
      break;
    }
    case 'pronoun': {
      const POSSESSIVE: Record<string, string> = { his: 'he', him: 'he', her: 'she', their: 'they', them: 'they', its: 'it' };
      const p = POSSESSIVE[m.text.toLowerCase()] ?? m.text.toLowerCase();
      if (p === 'he' || p === 'she') {
        const want = pronounGender(p);
        const outer = parentheticalReporter(text, m, want);
        if (outer?.name) {
          w.speaker = canonicalName(outer.name, outer.offset, entities(), aliases, want);
          w.role = outer.role;
          w.speakerKind = 'person';
          break;
        }
        // `"…," said a spokesman for Midland Bank Plc. But he said …`: a speaker described by
        // their work is as good an antecedent as a named one.
        const prev = lastSpeaker(ws, k, ['person', 'nominal'], want);
        const ent = subjectGoesOn(antecedent(people(), pos, want, text), pos, p, want);
        // `One veteran debt rescheduler said Volcker … deserves credit. “If it hadn't been for
        // him …,” he said.`: the person named inside what the sentence before reports is not
        // who goes on talking; the subject of its reporting verb is.
        // With nobody named at all ("Baker said … “…,” he said." with no given name anywhere), the
        // reporter is still the best reading.
        const reporter = w.attribution.how === 'after' || w.attribution.how === 'before' ? reportingSubject(text, w, ent && !isWeak(ent) ? ent.start : -1, (surname) => people().some((x) => (x.sure || !!x.role) && / /.test(x.name) && x.name.split(/\s+/).pop() === surname)) : null;
        // "Washington said …": a reporter read as a name that the recogniser knows as a place or a
        // body is none of "he"'s business.
        const surnameAt = reporter?.kind === 'person' && reporter.name ? reporter.offset + reporter.text.lastIndexOf(reporter.name.split(/\s+/).pop()!) : -1;
        const placeOrBody = surnameAt >= 0 && !isKnownGivenName(reporter!.name!.split(/\s+/)[0]!) && placeOrBodyAt(evidence(), surnameAt);
        if (reporter?.kind === 'person' && reporter.name && !placeOrBody) {
          const name = canonicalName(reporter.name, reporter.offset, entities(), aliases, honorificGender(reporter.text));
          const g = personGender(name, reporter.role);
          if (g === 'unknown' || g === want) {
            w.speaker = name;
            w.role = reporter.role;
            w.speakerKind = 'person';
            break;
          }
        } else if (reporter?.kind === 'pronoun') {
          const earlier = pronounGender(reporter.text.toLowerCase()) === want ? antecedent(people(), reporter.offset, want, text) : null;
          if (earlier && !isWeak(earlier) && (!prev || earlier.start > prev.attribution.mentionPos)) {
            w.speaker = canonicalName(earlier.name, earlier.start, entities(), aliases, want);
            w.role = earlier.role;
            w.speakerKind = 'person';
            break;
          }
          // "The former General Motors executive says more closures are likely …, but he adds,
          // "…," he says.": a one-person description opening the same sentence, after the
          // speaker quoted before, is who "he" is.
          const from = sentenceStart(text, reporter.offset);
          const opener = from < reporter.offset ? clauseSubject(text.slice(from, reporter.offset).replace(/\s/g, ' '), from) : null;
          const described = opener?.kind === 'nominal' ? (trimDescription(opener)?.text ?? null) : null;
          if (described && describesOnePerson(described) && (!prev || prev.attribution.mentionPos < opener!.offset)) {
            describe(w, described, opener!.offset);
            break;
          }
          if (prev && prev.attribution.mentionPos < reporter.offset) {
            w.speaker = prev.speaker;
            w.role = prev.role;
            w.speakerKind = prev.speakerKind;
            break;
          }
          // `…, a company spokeswoman told Reuters. She said …. "…," she said.`: follow the
          // reporting sentences back to the one that names her.
          const named = !earlier && !prev ? earlierReporter(text, reporter.offset, p) : null;
          if (named?.kind === 'person' && named.name) {
            w.speaker = canonicalName(named.name, named.offset, entities(), aliases, honorificGender(named.text));
            w.role = named.role;
            w.speakerKind = 'person';
            break;
          }
          if (named) {
            describe(w, trimDescription(named)?.text ?? named.text, named.offset);
            break;
          }
        } else if (reporter && reporter.kind !== 'person') {
          const described = trimDescription(reporter)?.text ?? reporter.text;
          // "the source said, …. But “…,” he added": a bare "the source" is the speaker quoted
          // before as "A key Senate Budget Committee source", who keeps the fuller description.
          // "The first diplomat" says which of two; it stays as written.
          if (prev?.speakerKind === 'nominal' && prev.speaker && /^the\s+\S+$/i.test(described) && headWord(prev.speaker) === headWord(described)) {
            w.speaker = prev.speaker;
            w.role = prev.role;
            w.speakerKind = prev.speakerKind;
            break;
          }
          describe(w, described, reporter.offset);
          break;
        }
        // The person named last before the pronoun, of the pronoun's gender, is its antecedent;
        // a person quoted earlier only wins when nobody compatible has been named since. A
        // capitalised run not surely a person ("Dow Jones Industrial") never beats a speaker.
        if (ent && (!prev || (ent.start > prev.attribution.mentionPos && !isWeak(ent)))) {
          w.speaker = canonicalName(ent.name, ent.start, entities(), aliases, want);
          w.role = ent.role;
        } else if (prev) {
          w.speaker = prev.speaker;
          w.role = prev.role;
          w.speakerKind = prev.speakerKind;
          break;
        } else {
          // `…, an ONGC spokesman said. The well … yielded 2,000 barrels …, he said. "…"`: with
          // nobody named or quoted before, the reporting sentences lead back to who "he" is.
          const back = earlierReporter(text, pos, p);
          if (back?.kind === 'person' && back.name) {
            w.speaker = canonicalName(back.name, back.offset, entities(), aliases, honorificGender(back.text));
            w.role = back.role;
          } else if (back?.kind === 'nominal' && describesOnePerson(trimDescription(back)?.text ?? '')) {
            describe(w, trimDescription(back)?.text ?? back.text, back.offset);
            break;
          }
        }
        w.speakerKind = 'person';
      } else if (p === 'it' || p === 'they') {
        // "the battle … in which it was said that “…”": an impersonal passive names nobody.
        if (p === 'it' && /^\s+(?:was|is|has\s+been|had\s+been)\s+(?:said|reported|claimed|believed|rumou?red|alleged|known)\b/i.test(text.slice(pos + m.text.length, pos + m.text.length + 30))) {
          w.attribution = { ...w.attribution, mention: null, mentionPos: -1 };
          return;
        }
        let prev = lastSpeaker(ws, k, ['organisation', 'nominal']);
        // `"…," said chairman William Schreyer and president Daniel Tully in a statement. "…,"
        // they said.`: two people quoted last are "they" as well.
        const pairBefore = p === 'they' ? lastSpeaker(ws, k, ['person']) : null;
        if (pairBefore && /\sand\s/.test(pairBefore.speaker ?? '') && (!prev || ws.indexOf(prev) < ws.indexOf(pairBefore))) prev = pairBefore;
        // `…, Law Debenture Trust Corp Plc said as trustee for the notes. It said Nigeria will call
        // "at an early date" …`: the body that reported in the sentence before, when no speaker
        // has been quoted since.
        // "The United Nations Security Council … pledged … to what it called “…”": "it" inside
        // the sentence of a body that opens it is that body.
        const from = sentenceStart(text, w.attribution.mentionPos);
        const opening = p === 'it' && from < w.attribution.mentionPos ? clauseSubject(text.slice(from, w.attribution.mentionPos).replace(/\s/g, ' '), from) : null;
        // "National Computer Systems Inc expects …, the company told analysts, although it said
        // …": a generic description of a body named earlier in the same sentence is that body
        // (one named sentences before may be another the story has moved on from).
        const described = opening?.kind === 'nominal' ? bodyForDescription(opening.text, opening.offset, entities(), text) : null;
        // "Much upset by …, the puppet Ministry of Defense slipped off its veil … in which it let
        // out …": a description that holds a body's capitalised name is that body.
        const bodyNamed = opening?.kind === 'nominal' && /^(?:the|its|their)\s/i.test(opening.text) && opening.text.split(/\s+/).some((t) => /^\p{Lu}/u.test(t) && isOrgHead(t.toLowerCase()));
        const openingBody =
          opening?.kind === 'organisation' ? opening.name : described && text.slice(from, opening!.offset).includes(described) ? described : bodyNamed ? opening!.text : null;
        if (opening && openingBody && (!prev || prev.attribution.mentionPos < opening.offset)) {
          w.speaker = aliases.get(aliasKey(openingBody)) ?? openingBody;
          w.role = opening.kind === 'organisation' ? opening.role : null;
          w.speakerKind = 'organisation';
          break;
        }
        const body = earlierReporter(text, Math.min(w.attribution.mentionPos, w.span.open), p, bodies);
        if (body && (!prev || prev.attribution.mentionPos < body.offset)) {
          if (body.kind === 'person' && body.name) {
            // "Norwegian academics Arild Moe and Helge Ole Bergesen said …. \"…,\" they said."
            w.speaker = body.name;
            w.role = body.role;
            w.speakerKind = 'person';
            break;
          }
          const described = body.name ? null : (trimDescription(body)?.text ?? body.text);
          const named = body.name ?? bodyForDescription(described!, body.offset, entities(), text);
          const name = named ?? described!;
          w.speaker = aliases.get(aliasKey(name)) ?? name;
          w.role = body.role;
          w.speakerKind = named ? 'organisation' : 'nominal';
          break;
        }
        if (prev) {
          w.speaker = prev.speaker;
          w.role = prev.role;
        } else if (p === 'they') {
          // "The broad masses took part in the rally. They gave vent to …, chanting such slogans
          // as “…”": with nobody quoted before, the group the sentence before is about.
          const before = maskedSentenceBefore(text, sentenceStart(text, w.attribution.mentionPos), Math.max(0, w.attribution.mentionPos - 600));
          const group = before ? clauseSubject(before.text, before.start) : null;
          const d = group?.kind === 'nominal' ? trimDescription(group) : null;
          if (d && namesAGroup(d.text) && voiceWithoutVerb(d.text)) {
            w.speaker = d.text;
            w.role = d.text;
            w.speakerKind = 'nominal';
            break;
          }
        } else {
          // "NATO is amplifying the … under the pretext of …. It claimed “…”": with nobody quoted
          // before, the body the sentence before is about.
          const before = maskedSentenceBefore(text, sentenceStart(text, w.attribution.mentionPos), Math.max(0, w.attribution.mentionPos - 600));
          const body = before ? clauseSubject(before.text, before.start) : null;
          // The body must open that sentence (after a connective such as "Besides,"), not be
          // named inside what it reports.
          // "GNA gave no details …. It said only, "…"": an acronym read as a name is a body.
          const isBody = body?.kind === 'organisation' || (body?.kind === 'person' && /^[A-Z]{2,6}$/.test(body.name ?? ''));
          if (isBody && body?.name && /^\s*(?:\p{Lu}\p{Ll}+,\s*)?(?:the\s+)?$/iu.test(before!.text.slice(0, body.offset - before!.start))) {
            w.speaker = aliases.get(aliasKey(body.name)) ?? body.name;
            w.role = body.role;
            w.speakerKind = 'organisation';
            break;
          }
        }
        w.speakerKind = prev?.speakerKind ?? 'organisation';
      }
      break;
    }
    case 'nominal': {
      w.speakerKind = 'nominal';
      w.speaker = m.text;
      w.role = m.role;
      // `"This was a bloodbath," said one money market economist. "…," said another.`: the
      // description carries over from the one before.
      if (/^(?:another|a\s+second|one\s+other)$/i.test(m.text)) {
        const before = lastSpeaker(ws, k, ['nominal']);
        const head = before?.speaker ? /^(?:one|a|an|another)\s+(.+)$/i.exec(before.speaker)?.[1] : undefined;
        if (head) {
          w.speaker = `${m.text} ${head}`;
          w.role = w.speaker;
        }
        break;
      }
      if (describe(w, m.text, pos) !== 'organisation') w.role = m.role;
      break;
    }
  }
}

/**
 * The whole name of a body the writer goes on to call by its generic word alone ("the Bank",
 * "the Ministry"): the nearest name before `pos` built on that word ("the Bank of England",
 * "the Reserve Bank"). Null when the word is no body's word or the article gives no such name.
 */
const BODY_NAME_BUILT_ON = new Map<string, RegExp>();

function fullBodyName(word: string, pos: number, text: string): string | null {
  if (!isOrgWord(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  let re = BODY_NAME_BUILT_ON.get(word);
  if (!re) {
    const CAP = String.raw`[\p{Lu}][\p{L}.&'’-]*`;
    re = new RegExp(String.raw`(?:${CAP}\s+(?:and\s+)?){1,4}${word}\b(?:\s+of\s+(?:the\s+)?${CAP}(?:\s+${CAP}){0,2})?|\b${word}\s+of\s+(?:the\s+)?${CAP}(?:\s+${CAP}){0,2}`, 'gu');
    BODY_NAME_BUILT_ON.set(word, re);
  }
  let found: string | null = null;
  for (const m of text.slice(Math.max(0, pos - 3000), pos).matchAll(re)) {
    const name = m[0].replace(/^(?:The|A|An|In|On|At|But|And|However|When|While)\s+/, '').trim();
    if (name !== word && !/\n/.test(name)) found = name;
  }
  return found;
}

/**
 * The subject of the reporting verb in the sentence right before the quotation, when the
 * person a pronoun would otherwise go to is named inside what that verb reports (after it),
 * or nobody has been named (`named` < 0): a person, or a description of one person by their
 * work ("One veteran debt rescheduler").
 */
function reportingSubject(text: string, w: Working, named: number, knownSurname: (surname: string) => boolean): Mention | null {
  let prev = maskedSentenceBefore(text, w.span.open, Math.max(0, w.span.open - 600));
  let a = prev ? attributeBefore(prev.text, prev.start) : null;
  // `KLM and Air Atlanta had been talking “for some time,” he said`: the writer's words before
  // a quotation inside its sentence report nothing; the reporting sentence is the one before.
  if (prev && !a?.cue && text.slice(w.before.start, w.span.open).trim()) {
    prev = maskedSentenceBefore(text, w.before.start, Math.max(0, w.before.start - 600));
    a = prev ? attributeBefore(prev.text, prev.start) : null;
  }
  if (!prev) return null;
  // A person named before that sentence keeps the pronoun: letting the reporter win there too
  // sent pronouns on Reuters to places and companies read as names ("Zimbabwe", "Exxon"). Only a
  // reporter surely a person, a full name with an affiliation or title ("By contrast, Ward
  // McCarthy of Merrill Lynch Government Securities Inc said …"), or the surname of a person the
  // article has named in full ("Opening yesterday's debate, Andriessen accused …"), takes it over.
  if (named >= 0 && named < prev.start) {
    const m = a?.mention;
    if (!a?.cue || a.cue === 'according to') return null;
    // "One analyst said objections were understandable …. “It is a natural instinct …,” he
    // said.": a description of one person reporting in the sentence right before is who goes on.
    // Only a description that opens its sentence: in "Yao Yilin, a former Commerce Minister, told
    // …" the description is an apposition, and the name is the reporter.
    const opens = m?.kind === 'nominal' && /^\s*(?:(?:but|and|however|meanwhile|still|yet)\b[\s,]*)?$/i.test(prev.text.slice(0, m.offset - prev.start));
    if (opens && describesOnePerson(trimDescription(m!)?.text ?? '')) return m;
    if (m?.kind !== 'person' || !m.name) return null;
    // "Hannes Androsch, chairman of Austria's Creditanstalt-Bankverein, said": an office held
    // somewhere is an affiliation too.
    const office = !!m.role && isTitleWord(m.role.replace(/^(?:a|an|the)\s+/i, '').split(/\s+/)[0]!) && /\s(?:of|at|for|with)\s/.test(m.role);
    const affiliated = m.name.split(/\s+/).length >= 2 && !!m.role && (/^(?:of|at|from|with)\s/i.test(m.role) || office);
    return affiliated || (!/\s/.test(m.name) && knownSurname(m.name)) ? m : null;
  }
  // "…, the Bank may want to see another few points before the Budget, argued Lewis.": a tag
  // that closes the sentence.
  const closing = /,\s+(\p{Ll}+)\s+((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)\.?\s*$/u.exec(prev.text);
  if (closing && findCues(closing[1]!).length) {
    const m = readMention(closing[2]!, prev.start + closing.index + closing[0].indexOf(closing[2]!, closing[1]!.length));
    return m && m.kind === 'person' && (named < 0 || m.offset > named) ? m : null;
  }
  const m = a?.mention;
  // "…, according to a spokeswoman. “…,” she said.": the source of a report is a reporter too;
  // an outlet ("according to The Times") is no person and fails the tests below.
  if (!m || !a?.cue) return null;
  if (named >= 0) {
    if (m.offset >= named) return null;
    const cueAt = prev.text.indexOf(' ', m.offset - prev.start + m.text.length);
    if (cueAt < 0 || named < prev.start + cueAt) return null;
  }
  // "Asked …", "Speaking …", "Blocking Canadian …", "Budget …": an opening participle or a
  // portfolio read as a name is no person to hand a pronoun to.
  if (m.kind === 'person') return m.name && !/^\p{Lu}\p{Ll}+(?:ing|ed)\b/u.test(m.name) && !PORTFOLIO_NOUNS.has(m.name.split(/\s+/)[0]!.toLowerCase()) ? m : null;
  // "He also openly said that Mr. Trump wanted …": the reporter is "he" again; the caller finds
  // who that is, from before it.
  if (m.kind === 'pronoun') return /^(?:he|she)$/i.test(m.text) ? m : null;
  if (m.kind !== 'nominal') return null;
  // "The General Manager of the Madrid branch of a U.S. Bank": the head comes before its "of".
  return describesOnePerson(trimDescription(m)?.text ?? '') ? m : null;
}

/**
 * `Mrs. Schlafly replied … that she was pleased Ms. Friedan had said that because, she said, the
 * comment had made it plain … how intolerant “…” were`: a pronoun tag set between commas inside
 * what a named person's verb reports restates that person; it is not whoever was named last.
 */
function parentheticalReporter(text: string, pronoun: Mention, want: Gender): Mention | null {
  const at = pronoun.offset;
  if (!/,\s*$/.test(text.slice(Math.max(0, at - 3), at))) return null;
  const tag = /^\s*\p{Ll}+(?:\s+\p{Ll}+)?\s*,/u.exec(text.slice(at + pronoun.text.length, at + pronoun.text.length + 30));
  if (!tag || !findCues(tag[0]).length) return null;
  const start = sentenceStart(text, at);
  let from = start;
  // A quotation that closed its own sentence ("… a wise God.” When Ms. Friedan …") ends it too.
  for (const end of text.slice(start, at).matchAll(/[.!?][”"’']+\s+(?=\p{Lu})/gu)) from = start + end.index! + end[0].length;
  if (from >= at) return null;
  const lead = text.slice(from, at).replace(/\s/g, ' ');
  if (/["“”]/.test(lead)) return null;
  const outer = attributeBefore(lead, from, true);
  const m = outer?.mention;
  if (!m || m.kind !== 'person' || !m.name || !outer.cue || outer.cue === 'according to' || /^asked$/i.test(outer.cue)) return null;
  // The pronoun must sit inside what the verb reports ("replied … that she was pleased …
  // because, she said,"), not be the main clause's subject after an opening phrase.
  if (!/\bthat\s/.test(lead.slice(m.offset - from + m.text.length))) return null;
  const g = personGender(m.name, m.role ?? m.text);
  return g === 'unknown' || g === want ? m : null;
}

/** A description of more than one ("Western diplomats", "The broad masses", "officials in Tokyo"): its head is plural. */
function namesAGroup(description: string): boolean {
  const head = description.split(/\s+(?:of|for|at|with|from|in|on|away|close)\s/i)[0]!.trim().split(/\s+/).pop() ?? '';
  return (/\p{Ll}{2,}s$/u.test(head) && !/^(?:has|was|is|does|says|this|us|its|his|less|news)$/i.test(head)) || isPluralSpeaker(description);
}

/**
 * The group a "one said" tag takes one member of: the plural reporter of the sentence before
 * the quotation ("Underwriters away from the syndicate said …"), else the last quoted group.
 */
function groupBefore(text: string, ws: Working[], k: number): Mention | null {
  const w = ws[k]!;
  const prev = maskedSentenceBefore(text, w.span.open, Math.max(0, w.span.open - 600));
  const a = prev ? attributeBefore(prev.text, prev.start) : null;
  // "The officials said they expected …": the outer subject, not the "they" it reports; "But
  // few analysts believed …": with no reporting verb, the sentence's subject.
  const candidates = [a?.cue !== 'according to' ? a?.mention : null, prev ? clauseSubject(prev.text, prev.start) : null];
  for (const m of candidates) {
    // "Underwriters noted …": a plural of people by their work, capitalised as the sentence opens.
    if (m?.kind === 'person' && m.name && /^\p{Lu}\p{Ll}+s$/u.test(m.text) && isPersonByWork(m.text, true)) return { ...m, kind: 'nominal', name: null };
    if (m?.kind !== 'nominal') continue;
    const d = trimDescription(m) ?? m;
    if (namesAGroup(d.text)) return d;
  }
  for (let j = k - 1; j >= 0; j--) {
    const s = ws[j]!;
    if (s.speakerKind === 'nominal' && s.speaker && namesAGroup(s.speaker)) return { text: s.speaker, kind: 'nominal', name: null, role: s.speaker, offset: s.attribution.mentionPos };
  }
  // "They say it is blurred …": a "they" is followed back as any "they" is.
  return candidates.find((m) => m?.kind === 'pronoun' && /^they$/i.test(m.text)) ?? null;
}

/** Groups that speak as one in the news with no noun of work ("the authorities", "the puppets"). */
const SPEAKING_GROUPS = /^(?:public|masses|imperialists|puppets?|countries|country|nations?|states?|media|press|army|military|forces|team|side|regime|group|clique|gangs?|warmongers|community|west|government|administration|company|firm|board|conference|committee|council|party|parties|union|another|others|campaign|friends?|family|ads?|website|site|newspaper|network|outlet|nominee|mogul|billionaire|gopers|opinion|footnote|text|piece|story|column|book|film|video|proposals|reports|statements|sector|industry|borrowers|lenders|consumers|producers|buyers|sellers|exporters|importers|users|customers|holders|shareholders|creditors|banks)$/i;

/** A description that can voice words even with no reporting verb in its clause. */
function voiceWithoutVerb(description: string): boolean {
  const head = (/^(.*?)\s+(?:of|for|at|with|from|in|on|who|which|that)\s/i.exec(description)?.[1] ?? description).replace(/\s*\([^)]*\)\s*$/, '').replace(/[’']s?$/u, '').split(/\s+/).pop()!.replace(/[^\p{L}-]/gu, '');
  // "Sanders’ campaign", "His ad", "The Florida senator’s stump speech": whose words, the
  // possessor says.
  if (/^(?:his|her|their|its)\s|[’']s?\s|\p{L}s[’']\s/iu.test(description)) return true;
  return isPersonByWork(head, true) || isPluralSpeaker(head) || isOrgWord(head) || SPEAKING_GROUPS.test(head) || DOCUMENT_HEAD.test(head);
}


/** Documents and texts that speak as "it": "A Plessey statement said …". */
const DOCUMENT_HEAD = /\b(?:statement|report|communiqu[eé]|letter|release|study|survey|document|filing|notice|memo|memorandum|paper|ruling|decision|proposal|plan|agreement|declaration|resolution|analysis|review|newsletter|editorial|article|bulletin|circular|prospectus|forecast|white\s+paper)$/i;

/** No name, no person's pronoun and no reporting verb: only its first word capitalised. */
function namesNobody(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/).slice(1);
  return !words.some((w) => /^[\p{Lu}]/u.test(w) || /^(?:he|she|his|her|him|they|their|them|it|its)$/i.test(w)) && findCues(sentence).length === 0;
}

/**
 * The reporter of the sentences before `at` that `pronoun` stands for, followed back over
 * reporters who are that pronoun again (at most three sentences): a person, a description of
 * one person by their work ("a company spokeswoman") for "he" and "she", or a body or document
 * ("Law Debenture Trust Corp Plc", "The communique") for "it".
 */
function earlierReporter(text: string, at: number, pronoun: string, bodies: () => readonly string[] = () => []): Mention | null {
  let pos = at;
  for (let hop = 0; hop < 3; hop++) {
    const start = sentenceStart(text, pos);
    const prev = maskedSentenceBefore(text, start, Math.max(0, start - 600));
    if (!prev) return null;
    let a = attributeBefore(prev.text, prev.start);
    // "Shamrock said it had asked …": the sentence's outermost reporter, not the "it" of what
    // it reports. "But another official denied … reports that the central bank itself had asked
    // …": nor, for "he" or "she", a body inside what a person reports; the sentence's first
    // reporting verb and its subject.
    const bodyForPerson = (pronoun === 'he' || pronoun === 'she') && (a?.mention?.kind === 'organisation' || (a?.mention?.kind === 'nominal' && !describesOnePerson(trimDescription(a.mention)?.text ?? '')));
    if (a?.mention?.kind === 'pronoun') {
      const outer = attributeBefore(prev.text, prev.start, true);
      if (outer?.cue && outer.mention && outer.mention.kind !== 'pronoun') a = outer;
    } else if (bodyForPerson) {
      const first = findCues(prev.text).find((c) => c.canonical !== 'according to' && !/ing$/i.test(c.written));
      const outer = first && first.end < a!.mentionPos - prev.start ? attributeBefore(prev.text.slice(0, first.end), prev.start) : null;
      if (outer?.cue && outer.mention && outer.mention.kind !== 'pronoun') a = outer;
    }
    const m = a?.cue && a.cue !== 'according to' ? a.mention : null;
    // "A leading Spanish broker said …. The consumer price index rose 8.3 pct last year. "…," he
    // said": a sentence of bare facts, naming nobody, lies between the reporter and the pronoun.
    if (!m && !a?.cue && (pronoun === 'he' || pronoun === 'she') && namesNobody(prev.text)) {
      pos = prev.start;
      continue;
    }
    if (!m) return null;
    if (m.kind === 'pronoun') {
      if (m.text.toLowerCase() !== pronoun) return null;
      pos = m.offset;
      continue;
    }
    // The tagger is asked only about descriptions, and only once.
    const described = m.kind === 'nominal' ? (trimDescription(m)?.text ?? null) : null;
    if (pronoun === 'it') {
      if (m.kind === 'organisation') return m;
      // "Labatt earlier reported …. \"…,\" it said": a one-word name that is part of a body's name
      // the article gives ("John Labatt Ltd") is that body; so is an acronym ("TWA"), with an
      // article before it or not ("The FHLBB said …", "the DOT said …").
      const initials = m.kind === 'person' ? /^(?:[Tt]he\s+)?([A-Z]{2,6})$/.exec(m.text.trim())?.[1] : undefined;
      const one = m.kind === 'person' && m.name && !/\s/.test(m.name) && !m.role ? m.name : (initials ?? null);
      if (one) {
        // The fullest such name, but not two bodies joined ("Spectra-Physics and Reliance Group").
        const joined = (b: string): number => (/\sand\s/.test(b) && !/\sand\s/.test(one) ? 1 : 0);
        // A body named before the pronoun before one named only later ("Deutsche" is Deutsche Bank
        // AG, not the auditors Deutsche Treuhand-Gesellschaft AG of a later paragraph).
        const later = (b: string): number => (text.lastIndexOf(b, at) >= 0 ? 0 : 1);
        // Initials stand for a name they begin or spell ("MTS Acquisition Corp", "Organization for
        // Economic Cooperation and Development"), not one they sit inside ("… Inc for DOT").
        const acronym = /^[A-Z]{2,6}$/.test(one);
        const spells = (b: string): boolean => b.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') === one;
        const names = (b: string): boolean => (acronym ? b.startsWith(`${one} `) || spells(b) : b.split(/\s+/).includes(one));
        const full = bodies().filter(names).sort((a, b) => joined(a) - joined(b) || later(a) - later(b) || b.length - a.length)[0];
        if (full) return { ...m, kind: 'organisation', name: full, role: null };
        if (acronym) return { ...m, kind: 'organisation', name: one, role: null };
      }
      // "Ohio Edison said …. "…," it said": a name read as a person's that begins a body's name
      // the article gives ("Ohio Edison Co") is that body, and so is one that ends in a body's
      // word ("T. Rowe Price Associates") or one read as a title and a name ("First
      // Interstate", of First Interstate Bancorp). No person is "it".
      if (m.kind === 'person' && m.name && !one && (/\s/.test(m.name) || /^[\p{Lu}][\p{L}]*$/u.test(m.role ?? ''))) {
        const written = /^[\p{Lu}][\p{L}]*$/u.test(m.role ?? '') ? `${m.role} ${m.name}` : m.name;
        const full = bodyBegunBy(written, bodies(), text, at) ?? (bodies().includes(written) ? written : null);
        if (full) return { ...m, kind: 'organisation', name: full, role: null };
        if (isOrgHead(written.split(/\s+/).pop()!.toLowerCase())) return { ...m, kind: 'organisation', name: written, role: null };
      }
      // "The communique said …", "The statement, issued yesterday, did not say …", "A Plessey
      // statement said …".
      const definite = !!described && /^(?:the|this|that|its)\s/i.test(described) && !describesOnePerson(described) && !/s$/.test(described);
      return definite || (/^(?:a|an)\s/i.test(m.text) && DOCUMENT_HEAD.test(m.text)) ? m : null;
    }
    if (pronoun === 'they') {
      if (m.kind === 'person' && m.name && /\sand\s/.test(m.name)) return m;
      // "The companies said they would jointly own the hotel …. They said …": bodies in the
      // plural report too.
      const head = described?.split(/\s+/).pop() ?? '';
      return described && /s$/.test(described) && (isPersonByWork(head, true) || PLURAL_BODIES.test(head)) ? m : null;
    }
    if (m.kind === 'person') return m;
    return described && describesOnePerson(described) ? m : null;
  }
  return null;
}

/** Bodies in the plural that report as one ("the companies said", "the two banks said"). */
const PLURAL_BODIES = /^(?:companies|firms|banks|groups|governments|countries|nations|partners|parties|unions|sides|airlines|utilities|agencies|ministries|exchanges|brokerages|insurers|lenders|carriers|automakers|producers|exporters|importers|refiners|mills|associations|organisations|organizations)$/i;

/**
 * Where the article's quotations are, and what the entity recogniser makes of its names: the
 * recogniser knows "Spanish" is Spain and "Abbey National Building Society" a body, which a
 * capitalised run alone does not say. Run only for articles with a pronoun to resolve.
 */
function personEvidence(text: string, speech: Working[], given?: ExtractQuotesOptions['entities']): PersonEvidence {
  // A clause-long fragment is the speaker's words too ("introduce legislation … to close loopholes
  // Donald Trump used"): a name in it is no referent of the writer's "he".
  const quoted = speech.filter((w) => w.kind === 'full' || (w.kind === 'partial' && text.slice(w.span.start, w.span.end).trim().split(/\s+/).length >= 6)).map((w) => w.span);
  const recognised = given ?? recogniseEntities(text);
  let organisations: string[] | null = null;
  return {
    quoted: (at) => quoted.some((s) => at >= s.start && at < s.end),
    kindAt: (at) => recognised.find((e) => at >= e.start && at < e.end)?.kind,
    organisations: () => (organisations ??= recognised.filter((e) => e.kind === 'organisation').map((e) => text.slice(e.start, e.end))),
  };
}

/** Surnames the article's tags name as speakers: those are people, whatever else they look like. */
function speakerSurnames(ws: Working[]): Set<string> {
  const out = new Set<string>();
  for (const w of ws) {
    const m = w.attribution.mention;
    if (m?.kind === 'person' && m.name) out.add(m.name.split(/\s+/).pop()!.toLowerCase());
  }
  return out;
}

/** A weekday inside a run of capitalised words ("HuffPollster for Wednesday"): no body's name. */
const NAMES_A_WEEKDAY = new RegExp(String.raw`\b${WEEKDAYS}\b`);

/**
 * The body a short name stands for: a name the article gave before `pos` that begins with it,
 * capitalised throughout ("Ohio Edison Co" for "Ohio Edison"); the shortest such name, the
 * parent rather than a unit ("Chevron Corp", not "Chevron Exploration North Sea Ltd"). Null when
 * the article gives no longer name.
 */
function bodyBegunBy(short: string, bodies: readonly string[], text: string, pos: number): string | null {
  const fits = (b: string): boolean =>
    b.startsWith(`${short} `) &&
    text.lastIndexOf(b, pos) >= 0 &&
    b.split(/\s+/).every((t) => /^[\p{Lu}\d]/u.test(t) || /^(?:of|and|the|for|de)$/.test(t)) &&
    !NAMES_A_WEEKDAY.test(b);
  return bodies.filter(fits).sort((a, b) => a.length - b.length)[0] ?? null;
}

/** "the CPB" leaves "the" beside the name, "von Schack" its particle: neither is a role. */
const emptyRole = (role: string): boolean => /^\s*(?:the|a|an)?\s*$/i.test(role) || isNameParticle(role.trim());

/**
 * A role read from a sentence whose earlier quotations were masked ("the xxxxxxxxxxxxxxxxxxxx of
 * the U.S. Department of State") in the words as written, found in the mention or the speaker
 * that carry them; dropped when neither does.
 */
function unmasked(role: string | null, sources: (string | null | undefined)[]): string | null {
  if (!role || !/x{4}/.test(role)) return role;
  const pattern = new RegExp(role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/x{4,}/g, (run) => `.{${run.length}}`), 'u');
  for (const source of sources) {
    const found = source ? pattern.exec(source) : null;
    if (found) return found[0];
  }
  return null;
}

function toQuote(w: Working, text: string, written: string, articleId: string): Quote {
  const { span, attribution } = w;
  const quoted = written.slice(span.start, span.end);
  const clause = `${flat(text, w.before)} ${flat(text, w.after)}`;
  let via = w.via ?? findVia(clause);
  let speaker = w.speaker;
  const m = attribution.mention;
  if (m && m.kind === 'organisation' && speaker && looksLikeOutlet(speaker) && (attribution.cue === 'reported' || attribution.cue === 'according to')) {
    via = via ?? speaker;
  }
  if (via && speaker && aliasKey(via) === aliasKey(speaker) && attribution.cue !== 'reported' && attribution.cue !== 'according to') {
    // The outlet is the speaker here ("TASS said"), not a relay of someone else's words.
    via = null;
  }
  if (speaker === '') speaker = null;
  // Blanked markup (a ticker, a masked title) leaves runs of spaces inside a phrase; the reader
  // sees one.
  const tidy = (phrase: string | null): string | null => (phrase === null ? null : phrase.replace(/\s{2,}/g, ' ').trim() || null);
  return {
    id: quoteId(articleId, quoted),
    text: quoted,
    speaker: tidy(speaker),
    speakerMention: tidy(attribution.tag?.text ?? (m ? m.text : null)),
    speakerRole: w.role === null || emptyRole(w.role) ? null : tidy(unmasked(w.role, [m?.text, speaker])),
    cue: attribution.cue,
    via,
    partial: w.kind === 'partial',
    start: span.start,
    end: span.end,
    confidence: confidenceOf(w),
  };
}

const BASE_CONFIDENCE: Record<Attribution['how'], number> = {
  after: 0.9,
  before: 0.85,
  dash: 0.8,
  continued: 0.85,
  'same-paragraph': 0.75,
  floating: 0.6,
  transcript: 0.85,
  'clause-subject': 0.5,
  'previous-sentence': 0.55,
  'next-sentence': 0.5,
  none: 0.3,
};

function confidenceOf(w: Working): number {
  let c = BASE_CONFIDENCE[w.attribution.how];
  if (w.attribution.mention?.kind === 'pronoun') c -= 0.1;
  if (w.attribution.mention && !w.speaker) c -= 0.15;
  if (w.kind === 'partial') c *= 0.9;
  if (w.span.unclosed) c *= 0.6;
  return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;
}
