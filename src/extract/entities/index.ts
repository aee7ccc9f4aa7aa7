/**
 * Entity recognition without a model: a known-actor gazetteer (plus the user's alias table)
 * matched greedily inside runs of capitalised words, then heuristics for unknown names
 * (titles before a name, organisation suffixes, "in <Place>"), then coreference of a bare
 * surname or acronym to the full name the article gave earlier or later ("Shoigu" →
 * "Sergei Shoigu", "Kim" → "Kim Jong Un"). Demonyms map to their country ("North Korean" →
 * North Korea). Fast enough for a 19k-article bundle: one regex pass and map look-ups.
 */
import type { EntityKind, EntityMention } from '../../model/extraction.js';
import { guessKind } from './classify.js';
import { resolveUnknown, type Pending } from './coreference.js';
import { builtinGazetteer, isAcronym, matchesCase, normaliseName, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { joinText, markStops, RUN, tokeniseRun, type Token } from './tokens.js';
import { isCountryForm, orgSpanAt, portfolioLength } from './organisations.js';
import { isPatronymic } from './patronymics.js';
import { isOfficeHead, isPlaceHead, isTitle, TITLE_BEFORE, TITLE_OF_BEFORE, TITLE_QUALIFIERS } from './words.js';

/**
 * The alias table as the entity recogniser needs it. The quotes work's `AliasTable`
 * (src/extract/aliases.ts, loaded from corpus/entities.yaml) should satisfy this directly or
 * through `aliasLookupFrom`.
 */
export interface AliasLookup {
  /** Canonical name for an alias or canonical name as written (case-insensitive), else undefined. */
  canonicalOf(name: string): string | undefined;
  /** Kind of a canonical name, when the alias file says. */
  kindOf?(canonical: string): EntityKind | undefined;
  /** True when the table has this name only as an acronym and it is not written as one ("Rok" for "ROK"). */
  acronymOnly?(name: string): boolean;
}

export type AliasInput = AliasLookup | Map<string, string> | Record<string, string>;

/** Wraps a plain alias → canonical map (any case) as an AliasLookup. */
export function aliasLookupFrom(input: AliasInput, kinds?: Map<string, EntityKind> | Record<string, EntityKind>): AliasLookup {
  if (typeof (input as AliasLookup).canonicalOf === 'function') return input as AliasLookup;
  const entries = input instanceof Map ? [...input.entries()] : Object.entries(input as Record<string, string>);
  // The first entry to claim a name keeps it, as in the brief's alias map (src/brief/aliases.ts):
  // extraction and brief selection must agree on what a name stands for.
  const map = new Map<string, string>();
  // Names the table only has as acronyms match only text in capitals ("ROK", not "Rok").
  const acronymKeys = new Set<string>();
  const writtenOtherwise = new Set<string>();
  const claim = (name: string, canonical: string) => {
    const key = normaliseName(name);
    if (!map.has(key)) map.set(key, canonical);
    (isAcronym(name) ? acronymKeys : writtenOtherwise).add(key);
  };
  for (const [alias, canonical] of entries) {
    claim(canonical, canonical);
    claim(alias, canonical);
  }
  const kindMap = kinds instanceof Map ? kinds : new Map(Object.entries(kinds ?? {}));
  return {
    canonicalOf: (name) => map.get(normaliseName(name)),
    acronymOnly: (name) => {
      const key = normaliseName(name);
      return acronymKeys.has(key) && !writtenOtherwise.has(key) && !isAcronym(name);
    },
    kindOf: (canonical) => kindMap.get(canonical),
  };
}

export interface EntityOptions {
  aliases?: AliasInput | undefined;
  gazetteer?: Gazetteer;
}

/** An EntityMention with what the event extractor needs beyond the contract. */
export interface RecognisedEntity extends EntityMention {
  /** A news outlet named as the channel of a report. */
  media?: boolean;
  /** For a capital city: the country it stands for when it acts. */
  country?: string;
}

interface LookupHit {
  canonical: string;
  entry?: GazetteerEntry;
  kind: EntityKind;
}


export function recogniseEntities(text: string, options: EntityOptions = {}): RecognisedEntity[] {
  const gazetteer = options.gazetteer ?? builtinGazetteer();
  const aliases = options.aliases ? aliasLookupFrom(options.aliases) : undefined;
  const found: RecognisedEntity[] = [];
  const pending: Pending[] = [];

  /** The alias table's, else the gazetteer's, entity for a name as written and its key. */
  const lookupName = (written: string, key: string, tokens: () => Token[]): LookupHit | undefined => {
    const fromAlias = aliases?.acronymOnly?.(written) ? undefined : aliases?.canonicalOf(written);
    if (fromAlias) {
      const entry = gazetteer.byKey.get(normaliseName(fromAlias));
      const kind = aliases?.kindOf?.(fromAlias) ?? entry?.kind ?? guessKind(tokens());
      return entry ? { canonical: fromAlias, entry, kind } : { canonical: fromAlias, kind };
    }
    const entry = gazetteer.byKey.get(key);
    return entry && matchesCase(gazetteer, key, written) ? { canonical: entry.canonical, entry, kind: entry.kind } : undefined;
  };
  const lookup = (tokens: Token[]): LookupHit | undefined => {
    let key = tokens[0]!.key;
    for (let k = 1; k < tokens.length; k++) key += ` ${tokens[k]!.key}`;
    return lookupName(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end), key, () => tokens);
  };

  // The current run and its state; the helpers below are made once per article, not per run.
  let tokens: Token[] = [];
  let runStart = 0;
  let sentenceInitial = false;
  let heading = false;
  let residual: Token[] = [];
  let afterTitle = false;
  const flush = () => {
    if (residual.length && !heading) pending.push({ tokens: residual, afterTitle, sentenceInitial: residual[0]!.start === runStart && sentenceInitial });
    residual = [];
  };
  // The longest known name starting at token `at`. Keys are built once per start, not per
  // window: this runs for every capitalised word of the corpus.
  const keysFrom: string[] = [];
  const hitAt = (at: number, maxLength = 7) => {
    const end = Math.min(tokens.length, at + maxLength);
    keysFrom.length = 0;
    for (let j = at; j < end; j++) keysFrom.push(j === at ? tokens[j]!.key : `${keysFrom[j - at - 1]!} ${tokens[j]!.key}`);
    for (let j = end; j > at; j--) {
      if (tokens[j - 1]!.connector) continue;
      const h = lookupName(text.slice(tokens[at]!.start, tokens[j - 1]!.end), keysFrom[j - at - 1]!, () => tokens.slice(at, j));
      if (h) return { hit: h, matched: j - at };
    }
    return undefined;
  };
  const personAt = (at: number) => !tokens[at]!.connector && hitAt(at, 4)?.hit.kind === 'person';
  const knownAt = (at: number) => at >= 0 && at < tokens.length && !tokens[at]!.connector && lookup(tokens.slice(at, at + 1)) !== undefined;
  // "Socialist Republic of Vietnam", "Syrian Arab Republic": the country named inside, else the
  // formal name itself as a country ("Dominican Republic").
  const countryIn = (from: number, to: number): LookupHit => {
    for (let at = from; at < to; at++) {
      const h = tokens[at]!.connector ? undefined : hitAt(at, to - at);
      if (h?.hit.kind === 'country') return h.hit;
    }
    return { canonical: joinText(text, tokens.slice(from, to)), kind: 'country' };
  };
  const emit = (from: number, to: number, hit: LookupHit) => {
    const first = tokens[from]!;
    const last = tokens[to - 1]!;
    const mention: RecognisedEntity = { text: text.slice(first.start, last.end), canonical: hit.canonical, kind: hit.kind, start: first.start, end: last.end };
    if (hit.entry?.media) mention.media = true;
    if (hit.entry?.country) mention.country = hit.entry.country;
    found.push(mention);
  };

  for (const m of text.matchAll(RUN)) {
    runStart = m.index ?? 0;
    tokens = tokeniseRun(m[0], runStart, gazetteer);
    const before = text.slice(Math.max(0, runStart - 40), runStart);
    // A sentence starts after a full stop, a line break, an opening quote, or a list dash
    // ("\n- Schoolchildren from flood-stricken areas …", "Rodong Sinmun - An article says …").
    sentenceInitial = runStart === 0 || /(?:[.!?:]["”’)]*\s+|\n\s*|["“‘(]\s*|(?:^|\n|\s)[-–—•*][ \t]+)$/.test(before);
    markStops(tokens, text, sentenceInitial);

    let i = 0;
    residual = [];
    // Only the last words matter, and the title regexes are slow on longer text.
    const lastWords = before.slice(-28);
    afterTitle = TITLE_BEFORE.test(lastWords);
    // "minister of | Foreign Affairs": the run is the portfolio of an office, not a name.
    let complement = /\s(?:of|for|the)\s+$/.test(lastWords) && TITLE_OF_BEFORE.test(lastWords);
    let officeJustNamed = false;
    // A heading line ("Mutual Defense Commitment:", "Looking Ahead") names no one.
    const runEnd = runStart + m[0].length;
    heading = /^:/.test(text.slice(runEnd, runEnd + 1)) || (sentenceInitial && /^[ \t]*(?:\n|$)/.test(text.slice(runEnd, runEnd + 3)));
    while (i < tokens.length) {
      const tok = tokens[i]!;
      if (tok.connector) {
        if (officeJustNamed && (tok.key === 'of' || tok.key === 'for')) {
          // "Minister of …": what follows is the office's portfolio or body, not its holder.
          complement = true;
          afterTitle = false;
        } else if (tok.key === 'and') {
          flush();
          afterTitle = false;
        } else if (residual.length) residual.push(tok);
        officeJustNamed = false;
        i++;
        continue;
      }
      officeJustNamed = false;
      const known = hitAt(i);
      const org = orgSpanAt(tokens, i, personAt, knownAt);
      if (org && org.end - i > (known?.matched ?? 0)) {
        flush();
        const span = tokens.slice(i, org.end);
        const hit = lookup(span) ?? (isCountryForm(tokens, org) ? countryIn(i, org.end) : undefined);
        if (hit) emit(i, org.end, hit);
        else pending.push({ tokens: span, afterTitle: false, sentenceInitial: false, whole: true });
        afterTitle = false;
        complement = false;
        i = org.end;
        continue;
      }
      // "Kim Il Sung Square", "Lenin Stadium": a place named after a person.
      const named = known && tokens[i + known.matched];
      if (known?.hit.kind === 'person' && named && !named.connector && isPlaceHead(named.key)) {
        flush();
        const span = tokens.slice(i, i + known.matched + 1);
        emit(i, i + known.matched + 1, { canonical: joinText(text, span), kind: 'place' });
        afterTitle = false;
        complement = false;
        i += known.matched + 1;
        continue;
      }
      // "Association chairman Ulrich Wagner": a one-word organisation name right after a given
      // name is that person's surname, not the Wagner Group.
      const surname = known?.matched === 1 && known.hit.kind === 'organisation' && residual.length === 1 && /^[A-Z][a-z]+$/.test(residual[0]!.text) && !tokens[i + 1];
      if (known && !surname) {
        flush();
        emit(i, i + known.matched, known.hit);
        afterTitle = false;
        complement = false;
        i += known.matched;
        continue;
      }
      // "Vladimir Vladimirovich Putin", "Dmitri Anatoliyevich Medvedev": known without the patronymic.
      if (isPatronymic(tokens[i + 1]) && !isPatronymic(tok) && tokens[i + 2] && !tokens[i + 2]!.connector) {
        const pair = [tok, tokens[i + 2]!];
        const hit = lookupName(`${tok.text} ${pair[1]!.text}`, `${tok.key} ${pair[1]!.key}`, () => pair);
        if (hit?.kind === 'person') {
          flush();
          emit(i, i + 3, hit);
          afterTitle = false;
          complement = false;
          i += 3;
          continue;
        }
      }
      if (complement) {
        // Skip the portfolio; capitalised words left after it name the office holder
        // ("Chancellor of the Exchequer Nigel Lawson").
        const length = portfolioLength(tokens, i);
        i += length;
        if (i < tokens.length && !tokens[i]!.connector) {
          complement = false;
          afterTitle = true;
        }
        continue;
      }
      // A qualifier is a title only before another title word ("Foreign Minister", not "First Boston").
      if (isTitle(tok.key) && (!TITLE_QUALIFIERS.has(tok.key) || isTitle(tokens[i + 1]?.key ?? ''))) {
        flush();
        afterTitle = true;
        officeJustNamed = isOfficeHead(tok.key);
        i++;
        continue;
      }
      if (tok.stop && residual.length === 0) {
        i++;
        continue;
      }
      residual.push(tok);
      i++;
    }
    flush();
  }

  resolveUnknown(text, found, pending, gazetteer);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found;
}
