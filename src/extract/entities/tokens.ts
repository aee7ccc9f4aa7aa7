/**
 * Runs of capitalised words and their tokens. A run is where a name can be: capitalised
 * words, joined by at most two lower-case connectors ("Ministry of the Interior").
 */
import type { Gazetteer } from './gazetteer.js';
import { ADJECTIVE_SUFFIX, COUNTRY_HEADS, isOrgHead, isPlaceHead, STOP, STOP_MODIFIERS, THING_SUFFIX } from './words.js';

export interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  connector: boolean;
  /** A word that is not a name here (see markStops): "The", "In", "Monday", a sentence-initial "New". */
  stop: boolean;
  /** The word can head an organisation's name (see markStops): "Ministry", "Farm", "Ltd", "Republic". */
  orgHead: boolean;
}

const TOKEN = String.raw`(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*['’]?)`;
/** A middle initial with its full stop, only before another capitalised word ("Thomas F. Burke"). */
const INITIAL = String.raw`[A-Z]\.(?=[ \t]+[A-Z])`;
const WORD = String.raw`(?:${INITIAL}|${TOKEN})`;
const CONNECTOR = String.raw`(?:of|for|the|and|de|du|al|bin|von|van)`;
export const RUN = new RegExp(String.raw`${TOKEN}(?:[ \t]+(?:${CONNECTOR}[ \t]+){0,2}${WORD})*`, 'g');
const TOKEN_IN_RUN = new RegExp(String.raw`${WORD}|${CONNECTOR}`, 'g');

/** The lookup key of one word: lower case, apostrophes straightened, dots dropped, hyphens as spaces. */
export function tokenKey(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, '').replace(/-/g, ' ');
}

/** The tokens of one run found at `runStart`. */
export function tokeniseRun(run: string, runStart: number, gazetteer: Gazetteer): Token[] {
  const tokens: Token[] = [];
  // An exec loop: spreading matchAll's iterator was a tenth of recognition time.
  const words: RegExpExecArray[] = [];
  TOKEN_IN_RUN.lastIndex = 0;
  for (let m = TOKEN_IN_RUN.exec(run); m; m = TOKEN_IN_RUN.exec(run)) words.push(m);
  for (let w = 0; w < words.length; w++) {
    let word = words[w]![0];
    const start = runStart + words[w]!.index;
    // A possessive ends the name ("Shoigu's arrival", "Nikko Securities' Okamoto"), unless the
    // name itself has one: the gazetteer knows those words ("Democratic People's Republic of
    // Korea"), and a plural's possessive before a head noun is part of the name ("Korean
    // Children's Union", "Eurasian Women's Forum", "Workers' Party").
    const mark = /['’]s$/.test(word) ? 2 : /s['’]$/.test(word) ? 1 : 0;
    const possessive =
      mark > 0 &&
      !possessiveNameWords(gazetteer).has(tokenKey(word)) &&
      !(PLURAL_POSSESSIVE.test(word) && words.slice(w + 1, w + 4).some((next) => isHeadWord(tokenKey(next[0]))));
    if (possessive) word = word.slice(0, -mark);
    const hyphen = word.indexOf('-');
    if (hyphen > 0 && gazetteer.byKey.has(tokenKey(word.slice(0, hyphen)))) {
      // "Russia-North Korea", "Russia-Ukraine": two names joined, not one.
      let offset = 0;
      for (const part of word.split('-')) {
        if (part) tokens.push(makeToken(part, start + offset));
        offset += part.length + 1;
      }
    } else {
      tokens.push(makeToken(word, start));
    }
    if (possessive) break;
  }
  return tokens;
}

/** A token; every field set here, so all tokens share one shape (the recogniser's hot loops stay monomorphic). */
export function makeToken(text: string, start: number): Token {
  return { text, key: tokenKey(text), start, end: start + text.length, connector: /^[a-z]/.test(text), stop: false, orgHead: false };
}

/** The possessive of a plural: "Women's", "Children's", "People's", "Workers'". */
const PLURAL_POSSESSIVE = /^[A-Z][a-z]*(?:men['’]s|s['’])$|^(?:Children|People)['’]s$/;

/** A word that ends an organisation, place or event name. */
function isHeadWord(key: string): boolean {
  return isOrgHead(key) || isPlaceHead(key) || THING_SUFFIX.has(key);
}

const possessiveWords = new WeakMap<Gazetteer, Set<string>>();

/** Words with a possessive mark that are part of a known name ("people's", "workers'"). */
function possessiveNameWords(gazetteer: Gazetteer): Set<string> {
  let words = possessiveWords.get(gazetteer);
  if (!words) {
    words = new Set([...gazetteer.byKey.keys()].flatMap((key) => key.split(' ').filter((w) => /'s$|s'$/.test(w))));
    possessiveWords.set(gazetteer, words);
  }
  return words;
}

/** The text a group of tokens covers, spaces collapsed. */
export function joinText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(/\s+/g, ' ');
}

/** Month abbreviations, stop words only before a day ("Oct. 7"); else name syllables ("Kim Kyong Jun"). */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Marks the stop words of a run in context, and the words that can head an organisation. A stop word is not a name, except inside one:
 * mid-sentence, a modifier before another capitalised word belongs to the name ("New York",
 * "First Boston", "South Hamgyong Province"), and so does a short function word ("So Hak Song",
 * "An Kil", "No Kwang Chol" — Korean surnames); a month abbreviation not before a day is a name
 * syllable ("Kim Kyong Jun"). A hyphenated adjective ("New York-based") is never part of a name.
 */
export function markStops(tokens: Token[], text: string, sentenceInitial: boolean): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    t.orgHead = !t.connector && (isOrgHead(t.key) || COUNTRY_HEADS.has(t.key));
    if (!t.connector && ADJECTIVE_SUFFIX.test(t.text)) t.stop = true;
    if (t.connector || !STOP.has(t.key)) continue;
    const next = tokens[k + 1];
    const beforeName = next !== undefined && !next.connector && !STOP.has(next.key);
    const opensSentence = k === 0 && sentenceInitial;
    if (MONTH_ABBREVIATIONS.has(t.key)) t.stop = /^\.?\s*\d/.test(text.slice(t.end, t.end + 4)) || (opensSentence && !beforeName);
    else if (STOP_MODIFIERS.has(t.key) || t.key.length <= 2) t.stop = opensSentence || !beforeName;
    else t.stop = true;
  }
}
