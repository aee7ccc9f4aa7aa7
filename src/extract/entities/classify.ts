/**
 * What an unknown capitalised group is — person, organisation, place — or nothing worth
 * keeping, from its own words and the words around it.
 */
import type { EntityKind } from '../../model/extraction.js';
import { patronymicIndex } from './patronymics.js';
import type { Token } from './tokens.js';
import { GEO_WORDS, isOrgHead, ORG_SUFFIX, isPlaceHead, PERSON_AFTER, PLACE_CUE, PLACE_PREFIXES, THING_SUFFIX, WEAK_HEADS } from './words.js';

/** Where a group was found: after a title, at a sentence start. */
export interface GroupContext {
  afterTitle: boolean;
  sentenceInitial: boolean;
}

/** Kind of a name the alias table knows but does not type. */
export function guessKind(tokens: Token[]): EntityKind {
  const last = tokens[tokens.length - 1]!.key;
  if (isOrgHead(last)) return 'organisation';
  if (isPlaceHead(last) || tokens.some((t) => GEO_WORDS.has(t.key))) return 'place';
  return tokens.length >= 2 && tokens.length <= 4 ? 'person' : 'organisation';
}

/** Kind of an unknown name, or null when it is probably not a name worth keeping. */
export function classify(text: string, group: Token[], p: GroupContext): EntityKind | null {
  const keys = group.map((t) => t.key);
  const last = keys[keys.length - 1]!;
  // The head of "International Day of Older Persons" is "Day": before the first "of".
  const ofAt = keys.findIndex((k, i) => i > 0 && group[i]!.connector);
  const head = ofAt > 0 ? keys[ofAt - 1]! : last;
  if (THING_SUFFIX.has(last) || THING_SUFFIX.has(head) || /-[a-z]+$/.test(group[group.length - 1]!.text)) return null;
  const first = group[0]!;
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  const after = text.slice(group[group.length - 1]!.end, group[group.length - 1]!.end + 16);
  // "Christopher Hill said", "Assistant Secretary Hill": a surname that is also a place word.
  const personCue = p.afterTitle || PERSON_AFTER.test(after);
  const weak = WEAK_HEADS.has(last) && personCue;
  // "Energy", "Farm", "Ltd" alone are common nouns; a single institution word ("Cabinet") names one.
  if (isOrgHead(last) && !weak) return group.length > 1 || ORG_SUFFIX.has(last) ? 'organisation' : null;
  if (group.length >= 2 && ((isPlaceHead(last) && !weak) || PLACE_PREFIXES.has(keys[0]!))) return 'place';
  if (keys.some((k) => GEO_WORDS.has(k))) return 'place';
  // "Maxim Vladimirovich Ryzhenkov", "Vladimir Vladimirovich": a patronymic is only ever a person's.
  if (patronymicIndex(group) >= 0) return 'person';
  const allCaps = group.every((t) => t.connector || /^[A-Z0-9.]+$/.test(t.text));
  if (allCaps) return null;
  if (group.length === 1) {
    if (PLACE_CUE.test(before)) return 'place';
    if (p.afterTitle) return 'person';
    return null; // may still be a surname or acronym: resolved by coreference
  }
  if (group.some((t) => t.connector)) return 'organisation';
  if (personCue) return group.length <= 4 ? 'person' : 'organisation';
  if (PLACE_CUE.test(before)) return 'place';
  return group.length <= 3 && !p.sentenceInitial ? 'person' : null;
}
