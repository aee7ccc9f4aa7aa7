/**
 * Runs of capitalised words and their tokens. A run is where a name can be: capitalised
 * words, joined by at most two lower-case connectors ("Ministry of the Interior").
 */
import type { Gazetteer } from './gazetteer.js';

export interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  connector: boolean;
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
  for (const t of run.matchAll(TOKEN_IN_RUN)) {
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
  return tokens;
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

/** The text a group of tokens covers, spaces collapsed. */
export function joinText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(/\s+/g, ' ');
}
