/**
 * Names the gazetteer and alias table do not know: what kind each is, and which of them are a
 * shorter mention of a name the article gives in full — a surname ("Belousov" → "Andrei
 * Belousov"), an acronym defined in parentheses ("KEDO"), a given name and patronymic
 * ("Vladimir Vladimirovich"), or a company named again without its legal form ("Imperial Oil
 * Ltd" … "Imperial Oil" … "Imperial").
 */
import type { EntityKind } from '../../model/extraction.js';
import { classify, type ArticleWords, type GroupContext } from './classify.js';
import { isAcronym, normaliseName, type Gazetteer } from './gazetteer.js';
import type { RecognisedEntity } from './index.js';
import { withoutLegalForm } from './organisations.js';
import { patronymicIndex, personByGivenName, splitBeforeGivenName, withoutPatronymic } from './patronymics.js';
import { joinText, type Token } from './tokens.js';
import { isTitle, STOP, US_STATE_ABBREVIATIONS } from './words.js';

/** Capitalised words the gazetteer pass left over, with where they stood. */
export interface Pending extends GroupContext {
  tokens: Token[];
  /** Already one organisation name: do not split or classify. */
  whole?: boolean;
}

interface Unknown {
  group: Token[];
  kind: EntityKind | null;
  canonical: string;
}

type Referent = { canonical: string; kind: EntityKind };

/** Classifies the pending groups and adds the ones worth keeping to `found`. */
export function resolveUnknown(text: string, found: RecognisedEntity[], pending: Pending[], gazetteer: Gazetteer): void {
  const words = articleWords(text, gazetteer);
  // Names the article defines: full person names (for surname coreference) and acronyms.
  const surnames = new Map<string, Referent>();
  for (const f of found) {
    if (f.kind !== 'person') continue;
    const entry = gazetteer.byKey.get(normaliseName(f.canonical));
    if (entry?.surname) surnames.set(normaliseName(entry.surname), { canonical: f.canonical, kind: 'person' });
  }
  const unknown: Unknown[] = [];
  for (const p of pending) {
    for (const group of p.whole ? [p.tokens] : groupsOf(p.tokens)) {
      const kind = p.whole ? 'organisation' : classify(text, group, p, words);
      // A patronymic does not tell people apart: "Maxim Vladimirovich Ryzhenkov" is "Maxim Ryzhenkov";
      // a legal form does not tell companies apart: "Imperial Oil Ltd" is "Imperial Oil".
      const name = kind === 'person' ? withoutPatronymic(group) : kind === 'organisation' ? withoutLegalForm(group) : group;
      const canonical = name.length === group.length ? joinText(text, group) : kind === 'person' ? name.map((t) => t.text).join(' ') : joinText(text, name);
      unknown.push({ group, kind, canonical });
      if (kind === 'person' && name.length >= 2) {
        // Family name last ("Andrei Belousov") or first ("Wang Lei", "Choe Son Hui"); never the
        // given name of a Russian name written with its patronymic.
        const family = name.length < group.length ? [name[name.length - 1]!] : [name[name.length - 1]!, name[0]!];
        // A word that names a place on its own ("Korea") is no one's surname; an organisation's
        // one-word name may be ("Ulrich Wagner").
        for (const t of family) if (!surnames.has(t.key) && !STOP.has(t.key) && !isTitle(t.key) && !isPlaceKey(gazetteer, t.key)) surnames.set(t.key, { canonical, kind: 'person' });
      }
    }
  }
  // "Ulrich Wagner … Wagner said": once the article names a person, a bare surname that is
  // also a one-word organisation's name (the Wagner Group) is that person.
  for (const f of found) {
    if (f.kind !== 'organisation' || /\s/.test(f.text) || isAcronym(f.text)) continue;
    const person = surnames.get(f.text.toLowerCase());
    if (person && !person.canonical.includes(f.canonical)) {
      f.canonical = person.canonical;
      f.kind = 'person';
      delete f.media;
    }
  }
  // "Vladimir Vladimirovich" alone: the person of that given name the article names in full.
  let fullNames: string[] | null = null;
  for (const u of unknown) {
    if (u.kind !== 'person' || u.group.length !== 2 || patronymicIndex(u.group) !== 1) continue;
    fullNames ??= [...found.filter((f) => f.kind === 'person').map((f) => f.canonical), ...unknown.filter((x) => x.kind === 'person' && x.canonical.includes(' ')).map((x) => x.canonical)];
    u.canonical = personByGivenName(u.group[0]!.text, fullNames) ?? joinText(text, u.group);
  }

  const acronyms = new Map<string, Referent>();
  const addAcronym = (end: number, canonical: string, kind: EntityKind) => {
    const m = /^\s*\(([A-Z]{2,8})\)/.exec(text.slice(end, end + 14));
    if (m?.[1]) acronyms.set(m[1].toLowerCase(), { canonical, kind });
  };
  for (const f of found) if (f.kind === 'organisation') addAcronym(f.end, f.canonical, f.kind);
  for (const u of unknown) if (u.kind === 'organisation') addAcronym(u.group[u.group.length - 1]!.end, u.canonical, 'organisation');

  // Organisations the article names, by name: the same words elsewhere are that organisation,
  // not a person ("Imperial Oil Ltd said … Imperial Oil expects …"). A company named with its
  // legal form also goes by its first word ("Texaco Inc … Texaco").
  const organisations = new Map<string, Referent>();
  const companies = new Map<string, Referent>();
  for (const f of found) if (f.kind === 'organisation') organisations.set(normaliseName(f.text), { canonical: f.canonical, kind: 'organisation' });
  for (const u of unknown) {
    if (u.kind !== 'organisation') continue;
    const referent: Referent = { canonical: u.canonical, kind: 'organisation' };
    organisations.set(normaliseName(u.canonical), referent);
    const first = u.group[0]!;
    if (withoutLegalForm(u.group).length < u.group.length && !STOP.has(first.key) && !isTitle(first.key) && !gazetteer.byKey.has(first.key)) {
      if (!companies.has(first.key)) companies.set(first.key, referent);
    }
  }

  for (const u of unknown) {
    const first = u.group[0]!;
    const last = u.group[u.group.length - 1]!;
    const span = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
    if (u.kind !== 'organisation') {
      const named = organisations.get(normaliseName(span.text));
      if (named) {
        found.push({ text: span.text, start: span.start, end: span.end, canonical: named.canonical, kind: named.kind });
        continue;
      }
    }
    if (u.group.length === 1) {
      const coref = surnames.get(first.key) ?? acronyms.get(first.key) ?? companies.get(first.key);
      if (coref) {
        found.push({ text: span.text, start: span.start, end: span.end, canonical: coref.canonical, kind: coref.kind });
        continue;
      }
    }
    if (u.kind) found.push({ text: span.text, start: span.start, end: span.end, canonical: u.canonical, kind: u.kind });
  }
}

/** Whether a gazetteer key names a country or place ("korea"). */
function isPlaceKey(gazetteer: Gazetteer, key: string): boolean {
  const kind = gazetteer.byKey.get(key)?.kind;
  return kind === 'country' || kind === 'place';
}

/** What the article says about words a name is made of, worked out only when asked. */
function articleWords(text: string, gazetteer: Gazetteer): ArticleWords {
  // A few words are asked about per article: searching for each is cheaper than indexing all.
  const common = new Map<string, boolean>();
  return {
    isCommon(key) {
      let answer = common.get(key);
      if (answer === undefined) {
        answer = false;
        for (let at = text.indexOf(key); at >= 0 && !answer; at = text.indexOf(key, at + 1)) {
          answer = !/[A-Za-z'’-]/.test(text[at - 1] ?? ' ') && !/[A-Za-z]/.test(text[at + key.length] ?? ' ');
        }
        common.set(key, answer);
      }
      return answer;
    },
    isPlaceName(name) {
      const key = normaliseName(name);
      const kind = gazetteer.byKey.get(key)?.kind;
      return kind === 'country' || kind === 'place' || US_STATE_ABBREVIATIONS.has(key);
    },
  };
}

/** The name-sized groups of a residual run. */
function groupsOf(tokens: Token[]): Token[][] {
  const groups: Token[][] = [];
  for (const group of splitResidual(tokens)) for (const part of splitBeforeGivenName(group)) groups.push(part);
  return groups;
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
    if (t.stop && !(cur.length && cur[cur.length - 1]!.connector)) {
      push();
      continue;
    }
    if (t.connector && cur.length === 0) continue;
    cur.push(t);
  }
  push();
  return groups;
}
