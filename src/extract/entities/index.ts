/**
 * Entity recognition without a model: a known-actor gazetteer (plus the user's alias table)
 * matched greedily inside runs of capitalised words, then heuristics for unknown names
 * (titles before a name, organisation suffixes, "in <Place>"), then coreference of a bare
 * surname or acronym to the full name the article gave earlier or later ("Shoigu" →
 * "Sergei Shoigu", "Kim" → "Kim Jong Un"). Demonyms map to their country ("North Korean" →
 * North Korea). Fast enough for a 19k-article bundle: one regex pass and map look-ups.
 */
import type { EntityKind, EntityMention } from '../../model/extraction.js';
import { builtinGazetteer, normaliseName, TITLE_WORDS, type Gazetteer, type GazetteerEntry } from './gazetteer.js';

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
}

export type AliasInput = AliasLookup | Map<string, string> | Record<string, string>;

/** Wraps a plain alias → canonical map (any case) as an AliasLookup. */
export function aliasLookupFrom(input: AliasInput, kinds?: Map<string, EntityKind> | Record<string, EntityKind>): AliasLookup {
  if (typeof (input as AliasLookup).canonicalOf === 'function') return input as AliasLookup;
  const entries = input instanceof Map ? [...input.entries()] : Object.entries(input as Record<string, string>);
  const map = new Map<string, string>();
  for (const [alias, canonical] of entries) {
    map.set(normaliseName(alias), canonical);
    map.set(normaliseName(canonical), canonical);
  }
  const kindMap = kinds instanceof Map ? kinds : new Map(Object.entries(kinds ?? {}));
  return {
    canonicalOf: (name) => map.get(normaliseName(name)),
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

const TOKEN = String.raw`(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*['’]?)`;
const CONNECTOR = String.raw`(?:of|for|the|and|de|du|al|bin|von|van)`;
const RUN = new RegExp(String.raw`${TOKEN}(?:[ \t]+(?:${CONNECTOR}[ \t]+){0,2}${TOKEN})*`, 'g');
const TOKEN_IN_RUN = new RegExp(String.raw`${TOKEN}|${CONNECTOR}`, 'g');

/** Capitalised words that are not names on their own (sentence starters, calendar words, …). */
const STOP = new Set(
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

const ORG_SUFFIX = new Set(
  `party agency ministry council bank corp corporation inc co ltd plc company group association union committee
  organization organisation institute army navy force forces department office commission authority service
  university fund board exchange news times post airlines airways motors industries holdings partners bancorp
  trust systems technologies international federation assembly parliament court command guard front movement
  alliance coalition league brigade battalion regiment division bureau secretariat cabinet government senate
  congress church foundation society club team media network broadcasting television radio press`.split(/\s+/).filter(Boolean),
);

/** Named things that are not actors (treaties, wars, programmes): recognised and dropped. */
const THING_SUFFIX = new Set(
  `agreement treaty pact accord act declaration resolution war program programme plan initiative operation
  doctrine charter convention protocol memorandum statement communique summit conference day anniversary era`.split(/\s+/).filter(Boolean),
);

const GEO_WORDS = new Set(
  `asia europe africa america americas pacific atlantic arctic sea ocean river island islands peninsula mountains
  region province oblast state county city strait gulf bay coast valley desert zone`.split(/\s+/).filter(Boolean),
);

const PLACE_CUE = /\b(?:in|at|near|from|to|into|outside|across|toward|towards|around)\s+$/;
const PERSON_AFTER = /^\s*(?:,\s*(?:a|the|who|an)\b|said\b|says\b|told\b|added\b|stated\b|\(\d)/;

interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  connector: boolean;
}

interface Pending {
  tokens: Token[];
  /** Already one name: do not split at stop words. */
  whole?: boolean;
  afterTitle: boolean;
  sentenceInitial: boolean;
}

export function recogniseEntities(text: string, options: EntityOptions = {}): RecognisedEntity[] {
  const gazetteer = options.gazetteer ?? builtinGazetteer();
  const aliases = options.aliases ? aliasLookupFrom(options.aliases) : undefined;
  const found: RecognisedEntity[] = [];
  const pending: Pending[] = [];

  const lookup = (tokens: Token[]): { canonical: string; entry?: GazetteerEntry; kind: EntityKind } | undefined => {
    const key = tokens.map((t) => t.key).join(' ');
    const spanText = text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
    const fromAlias = aliases?.canonicalOf(spanText);
    if (fromAlias) {
      const entry = gazetteer.byKey.get(normaliseName(fromAlias));
      const kind = aliases?.kindOf?.(fromAlias) ?? entry?.kind ?? guessKind(tokens);
      return entry ? { canonical: fromAlias, entry, kind } : { canonical: fromAlias, kind };
    }
    const entry = gazetteer.byKey.get(key);
    return entry ? { canonical: entry.canonical, entry, kind: entry.kind } : undefined;
  };

  for (const m of text.matchAll(RUN)) {
    const runStart = m.index ?? 0;
    const tokens: Token[] = [];
    for (const t of m[0].matchAll(TOKEN_IN_RUN)) {
      let word = t[0];
      const start = runStart + (t.index ?? 0);
      // A possessive ends the name ("Shoigu's arrival"), unless the name itself has one
      // ("Democratic People's Republic of Korea"): the gazetteer knows those words.
      const possessive = /['’]s$/.test(word) && !possessiveNameWords(gazetteer).has(tokenKey(word));
      if (possessive) word = word.slice(0, -2);
      const hyphen = word.indexOf('-');
      if (hyphen > 0 && gazetteer.byKey.has(tokenKey(word.slice(0, hyphen)))) {
        // "Russia-North Korea", "Russia-Ukraine": two names joined, not one.
        let offset = 0;
        for (const part of word.split('-')) {
          if (part) tokens.push({ text: part, key: tokenKey(part), start: start + offset, end: start + offset + part.length, connector: /^[a-z]/.test(part) });
          offset += part.length + 1;
        }
      } else {
        tokens.push({ text: word, key: tokenKey(word), start, end: start + word.length, connector: /^[a-z]/.test(word) });
      }
      if (possessive) break;
    }
    const before = text.slice(Math.max(0, runStart - 40), runStart);
    const sentenceInitial = runStart === 0 || /(?:[.!?:]["”’)]*\s+|\n\s*|["“‘(]\s*)$/.test(before);

    // "Korean Peninsula Energy Development Organization", "North Korean Foreign Ministry": a run
    // ending in an organisation word is one organisation, not a place and a remainder.
    const lastKey = tokens[tokens.length - 1]?.key ?? '';
    if (tokens.length >= 2 && ORG_SUFFIX.has(lastKey) && !lookup(tokens)) {
      let from = 0;
      while (from < tokens.length - 1 && (STOP.has(tokens[from]!.key) || tokens[from]!.connector) && !lookup(tokens.slice(from))) from++;
      const whole = tokens.slice(from);
      if (whole.length >= 2 && !whole.some((t) => t.key === 'and') && !lookup(whole)) {
        pending.push({ tokens: whole, afterTitle: false, sentenceInitial: false, whole: true });
        continue;
      }
    }
    let i = 0;
    let residual: Token[] = [];
    let afterTitle = /\b(?:leader|president|minister|secretary|chairman|envoy|spokesman|spokeswoman|ambassador|general|commander|chief|premier|official|director|governor)\s+$/i.test(before);
    // A heading line ("Mutual Defense Commitment:", "Looking Ahead") names no one.
    const runEnd = runStart + m[0].length;
    const heading = /^:/.test(text.slice(runEnd, runEnd + 1)) || (sentenceInitial && /^[ \t]*(?:\n|$)/.test(text.slice(runEnd, runEnd + 3)));
    const flush = () => {
      if (residual.length && !heading) pending.push({ tokens: residual, afterTitle, sentenceInitial: residual[0]!.start === runStart && sentenceInitial });
      residual = [];
    };
    while (i < tokens.length) {
      const tok = tokens[i]!;
      if (tok.connector) {
        if (tok.key === 'and') {
          flush();
          afterTitle = false;
        } else if (residual.length) residual.push(tok);
        i++;
        continue;
      }
      let matched = 0;
      let hit: ReturnType<typeof lookup>;
      for (let j = Math.min(tokens.length, i + 7); j > i; j--) {
        if (tokens[j - 1]!.connector) continue;
        const h = lookup(tokens.slice(i, j));
        if (h) {
          matched = j - i;
          hit = h;
          break;
        }
      }
      if (hit) {
        flush();
        const first = tokens[i]!;
        const last = tokens[i + matched - 1]!;
        const mention: RecognisedEntity = { text: text.slice(first.start, last.end), canonical: hit.canonical, kind: hit.kind, start: first.start, end: last.end };
        if (hit.entry?.media) mention.media = true;
        if (hit.entry?.country) mention.country = hit.entry.country;
        found.push(mention);
        afterTitle = false;
        i += matched;
        continue;
      }
      if (TITLE_WORDS.has(tok.key)) {
        flush();
        afterTitle = true;
        i++;
        continue;
      }
      if (STOP.has(tok.key) && residual.length === 0) {
        i++;
        continue;
      }
      residual.push(tok);
      i++;
    }
    flush();
  }

  // Names the article defines: full person names (for surname coreference) and acronyms.
  const surnames = new Map<string, { canonical: string; kind: EntityKind }>();
  for (const f of found) {
    if (f.kind !== 'person') continue;
    const entry = gazetteer.byKey.get(normaliseName(f.canonical));
    if (entry?.surname) surnames.set(normaliseName(entry.surname), { canonical: f.canonical, kind: 'person' });
  }
  const unknown: { p: Pending; group: Token[]; kind: EntityKind | null }[] = [];
  for (const p of pending) {
    for (const group of p.whole ? [p.tokens] : splitResidual(p.tokens)) {
      const kind = p.whole ? 'organisation' : classify(text, group, p);
      unknown.push({ p, group, kind });
      if (kind === 'person' && group.length >= 2) {
        const canonical = text.slice(group[0]!.start, group[group.length - 1]!.end);
        // Family name last ("Andrei Belousov") or first ("Wang Lei", "Choe Son Hui").
        for (const t of [group[group.length - 1]!, group[0]!]) if (!surnames.has(t.key) && !STOP.has(t.key)) surnames.set(t.key, { canonical, kind: 'person' });
      }
    }
  }
  const acronyms = new Map<string, { canonical: string; kind: EntityKind }>();
  const addAcronym = (end: number, canonical: string, kind: EntityKind) => {
    const m = /^\s*\(([A-Z]{2,8})\)/.exec(text.slice(end, end + 14));
    if (m?.[1]) acronyms.set(m[1].toLowerCase(), { canonical, kind });
  };
  for (const f of found) if (f.kind === 'organisation') addAcronym(f.end, f.canonical, f.kind);
  for (const u of unknown) {
    if (u.kind === 'organisation') addAcronym(u.group[u.group.length - 1]!.end, joinText(text, u.group), 'organisation');
  }

  for (const u of unknown) {
    const first = u.group[0]!;
    const last = u.group[u.group.length - 1]!;
    const span = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
    if (u.group.length === 1) {
      const coref = surnames.get(first.key) ?? acronyms.get(first.key);
      if (coref) {
        found.push({ ...span, canonical: coref.canonical, kind: coref.kind });
        continue;
      }
    }
    if (u.kind) found.push({ ...span, canonical: span.text.replace(/\s+/g, ' '), kind: u.kind });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found;
}

const possessiveWords = new WeakMap<Gazetteer, Set<string>>();

/** Words with a possessive mark that are part of a known name ("people's", "workers'"). */
function possessiveNameWords(gazetteer: Gazetteer): Set<string> {
  let words = possessiveWords.get(gazetteer);
  if (!words) {
    words = new Set([...gazetteer.byKey.keys()].flatMap((key) => key.split(' ').filter((w) => /'s$/.test(w))));
    possessiveWords.set(gazetteer, words);
  }
  return words;
}

function tokenKey(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, '').replace(/-/g, ' ');
}

function joinText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(/\s+/g, ' ');
}

/** Cut a residual run at stop words; trim connectors at the edges. */
function splitResidual(tokens: Token[]): Token[][] {
  const groups: Token[][] = [];
  let cur: Token[] = [];
  const push = () => {
    while (cur.length && cur[cur.length - 1]!.connector) cur.pop();
    if (cur.length) groups.push(cur);
    cur = [];
  };
  for (const t of tokens) {
    // "of the Central Committee": after a connector a common word is part of the name.
    if (!t.connector && STOP.has(t.key) && !(cur.length && cur[cur.length - 1]!.connector)) {
      push();
      continue;
    }
    if (t.connector && cur.length === 0) continue;
    cur.push(t);
  }
  push();
  return groups;
}

function guessKind(tokens: Token[]): EntityKind {
  const last = tokens[tokens.length - 1]!.key;
  if (ORG_SUFFIX.has(last)) return 'organisation';
  if (tokens.some((t) => GEO_WORDS.has(t.key))) return 'place';
  return tokens.length >= 2 && tokens.length <= 4 ? 'person' : 'organisation';
}

/** Kind of an unknown name, or null when it is probably not a name worth keeping. */
function classify(text: string, group: Token[], p: Pending): EntityKind | null {
  const keys = group.map((t) => t.key);
  const last = keys[keys.length - 1]!;
  if (THING_SUFFIX.has(last) || /-[a-z]+$/.test(group[group.length - 1]!.text)) return null;
  if (ORG_SUFFIX.has(last)) return 'organisation';
  if (keys.some((k) => GEO_WORDS.has(k))) return 'place';
  const allCaps = group.every((t) => t.connector || /^[A-Z0-9.]+$/.test(t.text));
  if (allCaps) return null;
  const first = group[0]!;
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  const after = text.slice(group[group.length - 1]!.end, group[group.length - 1]!.end + 16);
  if (group.length === 1) {
    if (PLACE_CUE.test(before)) return 'place';
    if (p.afterTitle) return 'person';
    return null; // may still be a surname or acronym: resolved by coreference
  }
  if (group.some((t) => t.connector)) return 'organisation';
  if (p.afterTitle || PERSON_AFTER.test(after)) return group.length <= 4 ? 'person' : 'organisation';
  if (PLACE_CUE.test(before)) return 'place';
  return group.length <= 3 && !p.sentenceInitial ? 'person' : null;
}
