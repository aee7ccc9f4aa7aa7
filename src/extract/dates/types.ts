import type { SeasonCode } from './lexicon.js';

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'weekend' | 'decade' | 'century';
export type Direction = 'last' | 'next' | 'this' | null;
export type Mod = 'START' | 'MID' | 'END';

/**
 * What a recognised expression means before it is pinned to a calendar. The recogniser only
 * reads the words; all knowledge of the reference date and of tense lives in the resolver.
 */
export type Meaning =
  /** Calendar fields as written; a missing year is inferred from the reference and tense. */
  | { kind: 'calendar'; year?: number; yearOffset?: number; month?: number; day?: number; endDay?: number }
  | { kind: 'weekday'; weekday: number; dir: Direction }
  | { kind: 'weekend'; dir: Direction }
  /** "yesterday", "last year", "this week", "three days ago": an offset from the reference. */
  | { kind: 'offset'; unit: Unit; n: number }
  | { kind: 'monthName'; month: number; dir: Direction }
  | { kind: 'quarter'; q: number; year?: number; yearOffset?: number }
  | { kind: 'half'; h: number; year?: number; yearOffset?: number }
  | { kind: 'season'; season: SeasonCode; year?: number; dir: Direction }
  | { kind: 'decade'; decade: number }
  | { kind: 'century'; century: number }
  | { kind: 'yearRange'; from: number; to: number }
  /** "a year earlier", "the next day": shifted from the last date the text mentioned. */
  | {
      kind: 'narrative';
      unit: Unit;
      n: number;
      /** "the following year" names a whole unit: the result keeps the unit's granularity. */
      coarsen?: boolean;
      /** "a year ago": from the reference, unless a shorter period in the same sentence is meant. */
      fromReference?: boolean;
    }
  /** "a day before Shoigu's arrival": shifted from an event named in `phrase`. */
  | { kind: 'anchored'; unit: Unit; n: number; phrase: string; phraseStart: number };

export interface Mention {
  start: number;
  end: number;
  meaning: Meaning;
  mod?: Mod;
  /** A second mention that closes a range ("from March to June"). */
  rangeEnd?: Mention;
}
