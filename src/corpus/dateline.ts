/**
 * Datelines: the "PLACE, Month day -" lead of a wire story. They carry the desk's local day,
 * which relative dates ("on Friday") must be resolved against, and a place.
 *
 * Forms seen in the corpora:
 *   "Pyongyang, October 11, 2025 –"      (web article, year given)
 *   "SALVADOR, Feb 26 -"                  (Reuters 1987, year from the publication date)
 *   "PORTLAND, Ore., Feb 26 -"            (place with region)
 *   "Pyongyang, October 9 (KCNA) --"      (agency in brackets)
 *   "LONDON (Reuters) -"                  (modern wire, no date)
 */
import type { Dateline } from '../model/article.js';
import { isValidDay } from './published-date.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, apri: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
// Case-insensitive by construction: an /i flag would also make \p{Lu} (the capitalised
// place) match lower case, and inline (?i:) groups need a newer V8 than Node 20's.
const MONTH = anyCase('(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il|i)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)');
/** "October 11, 2025", "Feb 26", "Oct. 20", "11 October 2025". */
const DATE_SRC = `(?:${MONTH}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})\\s+${MONTH}\\.?(?:,?\\s+(\\d{4}))?)(?![\\p{L}\\d])`;
const DATE = new RegExp(DATE_SRC, 'u');
const DASH = '(?:--|-|–|—)';
const AGENCY = '\\((?:[^()\\n]{1,40})\\)';
/** Place words: capitalised, possibly abbreviated ("Ore.", "N.Y."), linked by spaces or commas. */
const PLACE = "[\\p{Lu}][\\p{L}'’.\\-]*(?:,?\\s(?:[\\p{Lu}][\\p{L}'’.\\-]*|of|de|del|la|le|es|am|upon|on|sur)){0,6}";
const IN_TEXT_DATED = new RegExp(`^(${PLACE}),?\\s+(${DATE_SRC})(?:,?\\s*${AGENCY})?\\s*${DASH}(?=\\s)`, 'u');
const IN_TEXT_AGENCY = new RegExp(`^(${PLACE})\\s*${AGENCY}\\s*${DASH}(?=\\s)`, 'u');

const AGENCY_ANYWHERE = new RegExp(`\\s*${AGENCY}`, 'gu');
const TRAILING_DASHES = new RegExp(`[\\s,]*${DASH}*[\\s,-]*$`, 'u');
const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'u');

export interface DatelineParts {
  place: string;
  date: string | null;
}

/**
 * Reads a dateline given as a field (Reuters, KCNA bundles). Lenient, because the field is
 * known to be a dateline: whatever precedes the date is the place.
 */
export function parseDatelineField(raw: string, publishedDay: string | null): DatelineParts | null {
  const cleaned = raw.replace(/^[*\s]+/, '').trim();
  if (!cleaned) return null;
  const m = DATE.exec(cleaned);
  const date = m ? resolveDay(m, publishedDay) : null;
  const placeSource = m ? cleaned.slice(0, m.index) : cleaned;
  const place = placeSource
    .replace(AGENCY_ANYWHERE, '')
    .replace(TRAILING_DASHES, '')
    .replace(/\s+,/g, ',')
    .trim();
  // "Mar  ---  ---" (a table header that leaked into the field) has neither place nor date.
  const hasPlace = /\p{L}/u.test(place) && !MONTH_ONLY.test(place);
  if (!hasPlace && !date) return null;
  return { place: hasPlace ? place : '', date };
}

/** Finds a dateline at the very start of an article's text; conservative, since prose can look alike. */
export function findDatelineInText(text: string, publishedDay: string | null): Dateline | null {
  const head = text.slice(0, 200);
  const dated = IN_TEXT_DATED.exec(head);
  if (dated) {
    const raw = dated[0];
    const m = DATE.exec(dated[2] ?? '');
    return {
      raw,
      place: (dated[1] ?? '').trim(),
      date: m ? resolveDay(m, publishedDay) : null,
      start: 0,
      end: raw.length,
    };
  }
  const agency = IN_TEXT_AGENCY.exec(head);
  if (agency) {
    const raw = agency[0];
    return { raw, place: (agency[1] ?? '').trim(), date: null, start: 0, end: raw.length };
  }
  return null;
}

/**
 * A dateline without a year takes the publication year. A desk files before or on the day of
 * publication, so a dateline day more than two days after it belongs to the year before
 * ("Dec 31" on a story published 2 January); "Jan 1" on a 31 December time stamp is the next
 * year. No publication date: unresolved, never guessed.
 */
function resolveDay(m: RegExpExecArray, publishedDay: string | null): string | null {
  const monthName = (m[1] ?? m[5] ?? '').toLowerCase();
  const month = MONTHS[monthName];
  const day = Number(m[2] ?? m[4]);
  const writtenYear = m[3] ?? m[6];
  if (!month || !day) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (writtenYear) {
    const iso = `${writtenYear}-${pad(month)}-${pad(day)}`;
    return isValidDay(iso) ? iso : null;
  }
  if (!publishedDay) return null;
  const pubYear = Number(publishedDay.slice(0, 4));
  const latest = Date.parse(`${publishedDay}T00:00:00Z`) + 2 * 86_400_000;
  for (const year of [pubYear + 1, pubYear, pubYear - 1]) {
    const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
    if (isValidDay(iso) && Date.parse(`${iso}T00:00:00Z`) <= latest) return iso;
  }
  return null;
}

function anyCase(pattern: string): string {
  return pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}
