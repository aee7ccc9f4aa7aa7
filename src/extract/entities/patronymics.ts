/**
 * Russian (and Belarusian, Ukrainian) names with a patronymic: "Vladimir Vladimirovich Putin",
 * "Maxim Vladimirovich Ryzhenkov", and the formal address by given name and patronymic alone,
 * "Vladimir Vladimirovich". The patronymic says nothing about who the person is beyond the
 * given name: "Given Patronymic Surname" is the same person as "Given Surname", and "Given
 * Patronymic" is the person of that given name the article names in full.
 */
import type { Token } from './tokens.js';

/**
 * -ovich/-evich/-ovna/-evna, and the short -ich/-ichna forms (Ilyich, Kuzmich, Ilyinichna).
 * Not -rich: German given names (Dietrich, Heinrich, Ulrich) end so too.
 */
const PATRONYMIC = /^[A-Z][a-z]+(?:ovna|evna|ichna|[^r]ich)$/;

export function isPatronymic(token: Token | undefined): boolean {
  return token !== undefined && !token.connector && PATRONYMIC.test(token.text);
}

/** Index of the patronymic in a person's name as written (second of two or three words), else -1. */
export function patronymicIndex(group: readonly Token[]): number {
  return (group.length === 2 || group.length === 3) && isPatronymic(group[1]) && !isPatronymic(group[0]) ? 1 : -1;
}

/** "Dear Vladimir Vladimirovich": the person's name starts at the given name before the patronymic. */
export function splitBeforeGivenName(group: Token[]): Token[][] {
  for (let k = 2; k < group.length; k++) {
    if (isPatronymic(group[k]) && !isPatronymic(group[k - 1]) && group.length - k <= 2) return [group.slice(0, k - 1), group.slice(k - 1)];
  }
  return [group];
}

/** The name without its patronymic ("Maxim Vladimirovich Ryzhenkov" → "Maxim Ryzhenkov"). */
export function withoutPatronymic(group: readonly Token[]): Token[] {
  const at = patronymicIndex(group);
  return at < 0 ? [...group] : group.filter((_, i) => i !== at);
}

/** Spellings of one given name across transliterations compare equal (Dmitri/Dmitry, Aleksandr/Alexander). */
export function givenNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ks/g, 'x')
    .replace(/andr$/, 'ander')
    .replace(/[iy]$/, 'i');
}

/**
 * The one person among `names` (canonical full names) whose given name is `given`; undefined
 * when there is none or more than one ("Vladimir Vladimirovich" with both Putin and Zelensky's
 * namesakes about stays as written).
 */
export function personByGivenName(given: string, names: Iterable<string>): string | undefined {
  const key = givenNameKey(given);
  const matches = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length >= 2 && givenNameKey(words[0]!) === key && !PATRONYMIC.test(words[words.length - 1]!)) matches.add(name);
  }
  return matches.size === 1 ? [...matches][0] : undefined;
}
