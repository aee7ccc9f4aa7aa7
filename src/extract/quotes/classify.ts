/**
 * Telling speech from other uses of quotation marks. News copy puts marks around words for
 * three reasons: to report words someone said (full or partial quotations), to keep a
 * distance from a term (scare quotes: so-called "superpower"), and to name things (titles
 * of statements, documents, songs, slogans). Only the first is a Quote.
 */
import type { QuoteSpan } from './spans.js';

export type SpanKind = 'full' | 'partial' | 'scare' | 'title';

/** Words right before the mark that announce a name or a term, not speech. */
const SCARE_BEFORE =
  /(?:so[- ]called|called\s+as|styl(?:e|es|ed|ing)\s+(?:it|them|him|her)sel(?:f|ves)|self[- ]styled|self[- ]proclaimed|would[- ]be|supposed|alleged|dubbed|labell?ed|branded|termed|nicknamed|known\s+as|referred\s+to\s+as|the\s+(?:word|words|term|terms|phrase|label|notion|concept|idea)(?:\s+of)?)\s*[,:]?\s*$/i;

const TITLE_BEFORE =
  /(?:titled|entitled|headlined|captioned|themed|(?:placards?|banners?|signs?|posters?|slogans?)\s+(?:reading|saying|that\s+read)|the\s+(?:hashtag|slogans?|mottos?|banners?|headlines?|caption|theme)(?:\s+of)?|under\s+the\s+(?:(?:brand|trade)\s+)?(?:title|slogan|banner|headline|theme|name)|(?:ticker|trading|stock)?\s*symbols?|(?:under\s+)?(?:such\s+)?headlines?\s+(?:as|like|such\s+as)|(?:book|film|movie|song|album|show|series|programme|program|documentary|play|opera|poem|novel|essay|column|editorial|article|report|paper|study|newsletter|magazine|podcast|exercise|operation|drill|campaign|award|prize)\s*(?:[,—–]\s*)?)\s*[,:]?\s*$/i;

/**
 * `Kim Jong Un's immortal work "National Heritage Conservation Is …"`, `released the following
 * press statement "Reckless challenge hysteria will …"`: the name of a work or a statement, when
 * it opens with a capital (`invest in works "of rapid reaction"` is words said).
 */
const NAMED_WORK_BEFORE = /\b(?:works?|(?:the\s+following|press)\s+statements?)\s*$/i;

/** Events that go by a name in quotation marks (seminars, exhibitions, contests …). */
const NAMED_EVENT_BEFORE = /\b(?:seminars?|symposi(?:um|a)|conferences?|forums?|exhibitions?|festivals?|contests?|competitions?|ceremon(?:y|ies)|concerts?|lectures?|workshops?|campaigns?|drills?|exercises?|operations?|programmes?|programs?)\s*$/i;

/**
 * `a decree of the SPA Standing Committee "On adopting the Law …"`, `the Law of the SPA of the
 * DPRK "On amending and supplementing …"`: the name of an enactment.
 */
const ENACTMENT_BEFORE = /\b(?:decree|resolution|ordinance|directive|Law)s?(?:\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|of|the)\s+){1,8})?\s*[,:]?\s*$/;

const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'is', 'vs', 'via', 'into', 'onto', 'over', 'per', 'de', 'la', 'le', 'du',
]);

/**
 * Every content word capitalised, as titles of works and slogans are written. Speech that
 * happens to open with a capital still has lower-case words after the first.
 */
export function isTitleCase(s: string): boolean {
  const words = s
    .replace(/[.,!?;:…]+$/u, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  let major = 0;
  for (const [i, w] of words.entries()) {
    const bare = w.replace(/^[^\p{L}\p{N}]+/u, '');
    if (i > 0 && MINOR_WORDS.has(bare.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) return false;
    major++;
  }
  return major >= 2;
}

function wordCount(s: string): number {
  const m = s.trim().match(/\S+/g);
  return m ? m.length : 0;
}

/**
 * `its "Retrovir" aids drug`, `the "prime" or "choice" grades`, `a "no-disparagement" clause`:
 * a word or two in marks right before the noun they name are a label, not words said. A name
 * (capitalised) may label a product or a scheme; lower-case words only a grade, a clause or a
 * category, since `a "very serious" issue` is someone's words (and `his "D-minus" rating from
 * the National Rifle Association` is the rater's).
 */
const LABELLED = String.raw`^\s*(?:(?:or|and)\s+["“][^"”]{1,30}["”]\s+)?(?:[\p{Ll}-]+\s+)?`;
const NAMED_BY_LABEL = new RegExp(String.raw`${LABELLED}(?:grades?|clauses?|designations?|labels?|tags?|categor(?:y|ies)|classifications?)\b`, 'u');
const NAMED_PRODUCT = new RegExp(String.raw`${LABELLED}(?:drugs?|brands?|products?|programs?|programmes?|initiatives?|doctrines?|models?|vaccines?|medicines?|treatments?|pills?|cars?|aircraft|missiles?|satellites?|rockets?|ships?|softwares?)\b`, 'u');

export interface ClassifyContext {
  /** The writer's text from the sentence start to the opening mark (flattened). */
  before: string;
  /** The writer's text from the closing mark to the end of the sentence (flattened). */
  after: string;
  /** The sentence has a reporting cue close enough to attach this span to a speaker. */
  hasCue: boolean;
  /** The cue of the sentence names rather than reports ("dubbed", "branded"). */
  namingCue: boolean;
}

/** Characters that may stand before a full quotation: the start, a sentence end, a colon… */
const FULL_OPENER = /(?:^|[.!?:;,—–(]|["”])\s*$/;

export function classifySpan(text: string, span: QuoteSpan, ctx: ClassifyContext): SpanKind {
  const inner = text.slice(span.start, span.end);
  const trimmed = inner.trim();
  if (span.continued) return 'full';

  const before = ctx.before;
  if (SCARE_BEFORE.test(before)) return 'scare';
  // "four new “B” shares", "rated “AA+”": a class or a rating is a name, not words said.
  if (/^[\p{Lu}\d]{1,4}[-+]?$/u.test(trimmed)) return 'title';
  // "the book, “Hard Choices”" is a title; "Under his program, “states were hemorrhaging
  // money,” DeSantis said", "The current soybean program “gave us the worst …”" and "called
  // the report “a total fabrication”" are not: titles open with a capital.
  if ((TITLE_BEFORE.test(before) || ENACTMENT_BEFORE.test(before)) && !/^[\s'‘]*\p{Ll}/u.test(trimmed)) return 'title';
  if (NAMED_WORK_BEFORE.test(before) && /^[\s'‘]*\p{Lu}/u.test(trimmed)) return 'title';
  // `the European regional seminar "In Memory of Great President Kim Il Sung"`: an event's name.
  if (NAMED_EVENT_BEFORE.test(before) && isTitleCase(trimmed)) return 'title';

  // The label must stand right before its noun, inside the writer's sentence.
  if (wordCount(trimmed) <= 3 && !/[.!?,;:…]['’]?$/u.test(trimmed) && !FULL_OPENER.test(before) && (NAMED_BY_LABEL.test(ctx.after) || (/^\p{Lu}/u.test(trimmed) && NAMED_PRODUCT.test(ctx.after)))) return 'title';
  const startsUpper = /^[\s'‘….]*[\p{Lu}\p{N}]/u.test(trimmed);
  const endsSentence = /[.!?,…—–-]['’]?$/u.test(trimmed) || /[.!?]['’]?\s*$/u.test(trimmed);
  const words = wordCount(trimmed);
  const embedded = !FULL_OPENER.test(before);

  if (!embedded && (startsUpper || /^[\s…]*\.\.\./.test(trimmed)) && (endsSentence || words >= 4)) {
    if (!ctx.hasCue && !endsSentence && isTitleCase(trimmed)) return 'title';
    return 'full';
  }
  // Titles of works and slogans: capitalised throughout, not ending like a sentence said aloud.
  if (isTitleCase(trimmed) && !/[!?]$/.test(trimmed) && (words <= 8 || !ctx.hasCue)) {
    if (!ctx.hasCue || ctx.namingCue || words <= 5) return 'title';
  }
  if (ctx.namingCue && words <= 6) return 'scare';
  if (!ctx.hasCue) {
    // A whole sentence in marks with nobody named still reads as speech (a floating quote).
    if (!embedded && startsUpper && words >= 3) return 'full';
    // Scare quotes hold a term or two; a clause-long fragment is someone's words, quoted in
    // a sentence whose reporting verb lies outside this clause.
    if (words >= 4 && !isTitleCase(trimmed)) return 'partial';
    return 'scare';
  }
  if (!embedded && startsUpper && words >= 3) return 'full';
  return 'partial';
}
