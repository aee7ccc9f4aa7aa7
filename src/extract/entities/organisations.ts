/**
 * Organisation names built on a head noun, with the lower-case words English puts inside them:
 * "State Affairs Commission", "Ministry of Foreign Affairs of the DPRK", "Central Committee of
 * the Workers' Party of Korea", "Ministry of Land and Environment Protection". Without this the
 * words after "of" fell apart into titles and stray capitalised words ("Foreign" a title,
 * "Affairs" a person).
 *
 * Also the other side of "<office> of …": the portfolio of an office ("Minister of Foreign
 * Affairs", "Secretary of State") is not a name, but the holder's name may follow it.
 */
import type { Token } from './tokens.js';
import { ADJECTIVE_SUFFIX, COUNTRY_HEADS, isOfficeHead, isTitle, LEGAL_FORMS, PORTFOLIO_NOUNS, STOP, STOP_MODIFIERS } from './words.js';

/** Whether a person the gazetteer or alias table knows starts at token i. */
export type PersonAt = (i: number) => boolean;

/** Whether a token is a single-word name the gazetteer or alias table knows. */
export type KnownAt = (i: number) => boolean;

/** Longest run of capitalised words a name's head may sit in. */
const MAX_PREFIX = 6;

/** An organisation's name in a run: tokens [start, end), its head word at `head`. */
export interface OrgSpan {
  end: number;
  head: number;
}

/**
 * The organisation name starting at token i, or null when none starts there.
 * The name is capitalised words up to the last organisation head among them ("Senate Banking
 * Committee"), then any number of "of/for [the] <words>" complements ("… of Foreign Affairs of
 * the DPRK"), a complement continuing through "and" when both sides are plain words ("… of Land
 * and Environment Protection").
 */
export function orgSpanAt(tokens: Token[], i: number, personAt: PersonAt, knownAt: KnownAt): OrgSpan | null {
  const first = tokens[i];
  if (!first || first.connector || (STOP.has(first.key) && !STOP_MODIFIERS.has(first.key)) || ADJECTIVE_SUFFIX.test(first.text)) return null;
  // The words before the head, possibly two plain coordinated words ("Food and Drug Administration").
  let head = -1;
  let k = i;
  let coordinated = false;
  while (k < tokens.length && k - i < MAX_PREFIX) {
    const t = tokens[k]!;
    // "New York-based Chemical New York NV": the adjective ends the words before it.
    if (ADJECTIVE_SUFFIX.test(t.text)) break;
    if (t.connector) {
      const next = tokens[k + 1];
      // Not two names in a list: "Morgan Stanley International and Svenska Handelsbanken PLC".
      const twoNames = k - i > 1 && tokens[k - 1]!.orgHead === true;
      if (t.key !== 'and' || coordinated || !next || next.connector || knownAt(k - 1) || knownAt(k + 1) || twoNames) break;
      coordinated = true;
      k++;
      continue;
    }
    // "Energy Minister", "Oil Minister": a portfolio before a title is not a company's name.
    if (t.orgHead && !(PORTFOLIO_NOUNS.has(t.key) && isTitle(tokens[k + 1]?.key ?? ''))) head = k;
    k++;
  }
  if (head < 0) return null;
  // Words after the head that are not someone's title or name belong to a longer name whose
  // head this is not ("Pyongyang International Airport", "International Day of …").
  const after = head + 1;
  if (after < k && !tokens[after]!.connector && !isTitle(tokens[after]!.key) && !personAt(after) && !knownAt(after)) return null;
  let end = head + 1;
  // A head alone is a common noun ("the Ministry said"); it needs a modifier or a complement.
  const complemented = complementEnd(tokens, end, personAt, knownAt);
  if (complemented > end) end = complemented;
  else if (head === i) return null;
  return { end, head };
}

/** Whether an organisation-shaped name is a country's formal name ("Kingdom of Cambodia"). */
export function isCountryForm(tokens: Token[], span: OrgSpan): boolean {
  return COUNTRY_HEADS.has(tokens[span.head]!.key);
}

/**
 * A company's name without its legal form, so "Imperial Oil Ltd" and a later "Imperial Oil"
 * are one: "Morgan Stanley and Co Inc" → "Morgan Stanley". Other names come back whole.
 */
export function withoutLegalForm(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 1 && (LEGAL_FORMS.has(tokens[end - 1]!.key) || tokens[end - 1]!.connector)) end--;
  return tokens.slice(0, end);
}

/** End of the "of/for [the] …" complements starting at token j (j itself when there are none). */
function complementEnd(tokens: Token[], j: number, personAt: PersonAt, knownAt: KnownAt): number {
  let end = j;
  for (;;) {
    const prep = tokens[end];
    if (!prep || (prep.key !== 'of' && prep.key !== 'for')) return end;
    let p = end + 1;
    if (tokens[p]?.key === 'the') p++;
    const phrase = phraseEnd(tokens, p, personAt);
    if (phrase === p) return end;
    end = phrase;
    // "… of Land and Environment Protection": a second plain phrase, not a second name.
    const and = tokens[end];
    if (and?.key === 'and' && !knownAt(end - 1)) {
      const q = end + 1;
      if (tokens[q] && !tokens[q].connector && !knownAt(q) && !personAt(q)) {
        const second = phraseEnd(tokens, q, personAt);
        // … but not a second organisation ("… of Defence and Ministry of Finance").
        if (second > q && !tokens[second - 1]!.orgHead) end = second;
      }
    }
  }
}

/** End of the capitalised words from p, stopping before a person's title or a known person. */
function phraseEnd(tokens: Token[], p: number, personAt: PersonAt): number {
  let q = p;
  while (q < tokens.length && !tokens[q]!.connector) {
    // "… of the Democratic People's Republic of Korea Saturday": a date word ends the name.
    if (tokens[q]!.stop) break;
    // "Ministry of Defence Spokesman Igor Konashenkov": the title starts someone else.
    if (q > p && (isOfficeHead(tokens[q]!.key) || personAt(q))) break;
    if (q === p && personAt(q)) break;
    q++;
  }
  return q;
}

/**
 * How many tokens from i are the portfolio of an office just named ("Minister of | Foreign
 * Affairs | Choe Son Hui"): up to the last portfolio word among the first few, continued through
 * "and" ("Physical Culture and Sports"). A short complement with no portfolio word is taken whole;
 * a longer one gives its first word to the office and the rest to the holder ("Chancellor of the
 * Exchequer Nigel Lawson").
 */
export function portfolioLength(tokens: Token[], i: number): number {
  const seg = segmentEnd(tokens, i);
  let last = -1;
  for (let k = i; k < Math.min(seg, i + 4); k++) if (PORTFOLIO_NOUNS.has(tokens[k]!.key)) last = k;
  let end = last >= 0 ? last + 1 : seg - i <= 2 ? seg : i + 1;
  while (end === seg && tokens[end]?.key === 'and' && tokens[end + 1] && !tokens[end + 1]!.connector) {
    const next = segmentEnd(tokens, end + 1);
    let more = -1;
    for (let k = end + 1; k < Math.min(next, end + 4); k++) if (PORTFOLIO_NOUNS.has(tokens[k]!.key)) more = k;
    if (more >= 0) end = more + 1;
    else if (next - (end + 1) <= 2) end = next;
    else break;
  }
  return end - i;
}

/** End of the capitalised words from i, before the next connector. */
function segmentEnd(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && !tokens[k]!.connector) k++;
  return k;
}
