/**
 * What an unknown capitalised group is — person, organisation, place — or nothing worth
 * keeping, from its own words and the words around it.
 */
import type { EntityKind } from '../../model/extraction.js';
import { patronymicIndex } from './patronymics.js';
import type { Token } from './tokens.js';
import {
  ADJECTIVE_SUFFIX,
  ATTRIBUTIVE_AFTER,
  GEO_WORDS,
  isOrgHead,
  isPlaceHead,
  MEDIA_BEFORE,
  ORG_FIRST_WORDS,
  PERSON_AFTER,
  PLACE_CUE,
  PLACE_PREFIXES,
  PORTFOLIO_NOUNS,
  singular,
  SPEECH_AFTER,
  STOP_MODIFIERS,
  THING_SUFFIX,
  TICKER_AFTER,
  VESSEL_BEFORE,
  WEAK_HEADS,
} from './words.js';

/** Where a group was found: after a title, at a sentence start. */
export interface GroupContext {
  afterTitle: boolean;
  sentenceInitial: boolean;
}

/** What the whole article says about a word. */
export interface ArticleWords {
  /** Whether the article also writes the word in lower case ("staff", "liberation", "people"). */
  isCommon(key: string): boolean;
  /** Whether a name as written is a known country, state or place ("Arkansas", "Mich."). */
  isPlaceName(name: string): boolean;
}

/** Kind of a name the alias table knows but does not type. */
export function guessKind(tokens: Token[]): EntityKind {
  const last = tokens[tokens.length - 1]!.key;
  if (isOrgHead(last)) return 'organisation';
  if (isPlaceHead(last) || tokens.some((t) => GEO_WORDS.has(t.key))) return 'place';
  return tokens.length >= 2 && tokens.length <= 4 ? 'person' : 'organisation';
}

/** Kind of an unknown name, or null when it is probably not a name worth keeping. */
export function classify(text: string, group: Token[], p: GroupContext, words: ArticleWords): EntityKind | null {
  const keys = group.map((t) => t.key);
  const last = keys[keys.length - 1]!;
  // The head of "International Day of Older Persons" is "Day": before the first "of"; that of
  // "World War II", before the numeral.
  const ofAt = keys.findIndex((k, i) => i > 0 && group[i]!.connector);
  const head = ofAt > 0 ? keys[ofAt - 1]! : /^(?:ii|iii|iv)$/.test(last) && keys.length > 1 ? keys[keys.length - 2]! : last;
  if (THING_SUFFIX.has(last) || THING_SUFFIX.has(head) || ADJECTIVE_SUFFIX.test(group[group.length - 1]!.text)) return null;
  const first = group[0]!;
  const before = text.slice(Math.max(0, first.start - 16), first.start);
  const after = text.slice(group[group.length - 1]!.end, group[group.length - 1]!.end + 48);
  // "Christopher Hill said", "Assistant Secretary Hill": a surname that is also a place word.
  const personCue = p.afterTitle || PERSON_AFTER.test(after);
  const weak = WEAK_HEADS.has(last) && (p.afterTitle || SPEECH_AFTER.test(after));
  // "the Party", "Cabinet", "Farm", "Energy" alone are common nouns, not names (an alias file
  // can still name one: "Party: Workers' Party of Korea").
  if (isOrgHead(last) && !weak) return group.length > 1 ? 'organisation' : null;
  if (group.length > 1 && ORG_FIRST_WORDS.has(keys[0]!)) return 'organisation';
  // "Arch of Triumph", "Mausoleum of …": the head before "of" can make a place too (not a weak
  // one: "House of Representatives", "Hall of Fame").
  const placeHead = head !== last && isPlaceHead(head) && !WEAK_HEADS.has(head);
  if (group.length >= 2 && ((isPlaceHead(last) && !weak) || placeHead || PLACE_PREFIXES.has(keys[0]!))) return 'place';
  if (keys.some((k) => GEO_WORDS.has(k) || GEO_WORDS.has(singular(k)))) return 'place';
  // "Maxim Vladimirovich Ryzhenkov", "Vladimir Vladimirovich": a patronymic is only ever a person's.
  if (patronymicIndex(group) >= 0) return 'person';
  if (MEDIA_BEFORE.test(before)) return 'organisation';
  const allCaps = group.every((t) => t.connector || /^[A-Z0-9.]+$/.test(t.text));
  if (allCaps) return null;
  if (TICKER_AFTER.test(after) && (group.length > 1 || /<\s*$/.test(before))) return 'organisation';
  // "aircraft carrier Kitty Hawk"; "Corporate Affairs minister Michael Howard"; the song "We Are
  // Successors to Revolution": names, but of no actor.
  if (VESSEL_BEFORE.test(before) || ATTRIBUTIVE_AFTER.test(after) || inQuotedTitle(text, first.start, group[group.length - 1]!.end)) return null;
  // A name's last word that the article also writes in lower case is a common noun, and the
  // name not a person's ("Korean People", "Model Instructors", "General Staff", "Party Founding")
  // unless "said" or a title says otherwise. A portfolio word never ends a person's name.
  // Nor does one start with a modifier: "First Interstate", "New Jersey Democrat". (Asked only
  // where it decides: the lower-case search is the costly part.)
  if (group.length === 1) {
    if (PLACE_CUE.test(before)) return 'place';
    if (p.afterTitle && couldBePerson(group, after, words)) return 'person';
    return null; // may still be a surname or acronym: resolved by coreference
  }
  if (group.some((t) => t.connector)) return 'organisation';
  if (personCue) return group.length > 4 ? 'organisation' : couldBePerson(group, after, words) ? 'person' : null;
  // "Pine Bluff, Arkansas and …", "Grand Rapids, Mich.": a name followed by its state or country.
  const within = /^,\s*([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)\.?\s*(?:[,;)]|and\b|$|\.\s)/.exec(after);
  if (within?.[1] && words.isPlaceName(within[1])) return 'place';
  // "from" and "to" take people as often as places ("a message to Kim Yong Nam").
  if (PLACE_CUE.test(before) && !/\b(?:from|to)\s+$/.test(before)) return 'place';
  return group.length <= 3 && !p.sentenceInitial && couldBePerson(group, after, words) ? 'person' : null;
}

/** The words of a person's name: shaped like one, not ending in a portfolio or a common noun, not starting with a modifier. */
function couldBePerson(group: Token[], after: string, words: ArticleWords): boolean {
  const last = group[group.length - 1]!.key;
  return (
    personShaped(group) &&
    !PORTFOLIO_NOUNS.has(last) &&
    !PORTFOLIO_NOUNS.has(singular(last)) &&
    !STOP_MODIFIERS.has(group[0]!.key) &&
    !(words.isCommon(last) && !PERSON_AFTER.test(after))
  );
}

/**
 * Words a person's name is made of: capitalised words ("McDonnell", "D'Amato", "Leigh-Pemberton",
 * "Jae-myung"), initials ("J.P."), a generational suffix at the end ("III", "Jr"). Not digits,
 * all-capital words or camel case ("GE CF6-80C2", "Nonstop VLX", "PINs IV"), and not ending in an
 * initial ("Class B", or "Richard H" cut from "Richard H. Hale").
 */
function personShaped(group: Token[]): boolean {
  const words = group.filter((t) => !t.connector);
  if (/^[A-Z]\.?$/.test(words[words.length - 1]!.text)) return false;
  return words.every((t, i) => PERSON_WORD.test(t.text) || /^(?:[A-Z]\.)+$/.test(t.text) || (i === words.length - 1 && i > 0 && /^(?:II|III|IV|Jr|Sr)$/.test(t.text)));
}

const PERSON_WORD = /^(?:Mc|Mac|Fitz|O['’]|D['’]|De|Di|Du|La|Le|Van|Von)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$/;

/**
 * Whether [start, end) lies inside a quoted title: text between quotation marks in title case,
 * like a song, book or slogan ("Song of Youth", "We Are Successors to Revolution").
 */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 80);
  const window = text.slice(from, start);
  const open = from + Math.max(window.lastIndexOf('"'), window.lastIndexOf('“'));
  if (open < from) return false;
  const close = text.slice(end, end + 80).search(/["”]/);
  if (close < 0) return false;
  const inside = text.slice(open + 1, end + close);
  if (/["“”\n]/.test(inside)) return false;
  const words = inside.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  return words.length >= 2 && words.every((w) => /^[A-Z]/.test(w) || TITLE_CASE_SMALL.has(w));
}

/** Words a title keeps in lower case ("Song of Youth", "Successors to Revolution"). */
const TITLE_CASE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as']);
