/**
 * Calendar arithmetic on plain year/month/day triples. Everything is UTC and day-based: a
 * dateline day has no time zone worth keeping, and avoiding `Date` objects in the hot path keeps
 * the extractor fast over large corpora.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function parseDay(iso: string | null | undefined): Day | null {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay(day: Day): boolean {
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toEpochDay(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d) / MS_PER_DAY;
}

function fromEpochDay(n: number): Day {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromEpochDay(toEpochDay(day) + n);
}

/** Month arithmetic clamps the day ("a month before 31 March" is 28/29 February). */
export function addMonths(day: Day, n: number): Day {
  const idx = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function diffDays(a: Day, b: Day): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(day: Day): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export const fmtDay = (day: Day): string => `${day.y}-${pad2(day.m)}-${pad2(day.d)}`;
export const fmtMonth = (y: number, m: number): string => `${y}-${pad2(m)}`;
export const fmtWeek = (day: Day): string => {
  const w = isoWeek(day);
  return `${w.year}-W${pad2(w.week)}`;
};
