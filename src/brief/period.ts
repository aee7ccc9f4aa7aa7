/**
 * Period arithmetic on calendar days (yyyy-MM-dd strings), shared by brief resolution and the
 * weekly cadence. Days are calendar days in the brief's time zone; converting a moment to
 * that day happens once, at the edge (see dayInZone in the brief module).
 */
import { addDays, addWeeks, format, getISOWeek, getISOWeekYear, parseISO, setISOWeek, startOfISOWeek } from 'date-fns';

export interface DayRange {
  from: string;
  to: string;
}

const WEEK = /^(\d{4})-W(\d{2})$/;

export function isIsoWeek(value: string): boolean {
  const m = WEEK.exec(value);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= weeksInIsoYear(Number(m[1]));
}

/** Monday to Sunday of an ISO week such as `2025-W12`. */
export function isoWeekRange(week: string): DayRange {
  const m = WEEK.exec(week);
  if (!m || !isIsoWeek(week)) throw new RangeError(`not an ISO week: ${week}`);
  // 4 January is always in week 1 of its ISO year.
  const monday = startOfISOWeek(setISOWeek(new Date(Date.UTC(Number(m[1]), 0, 4, 12)), Number(m[2])));
  return { from: day(monday), to: day(addDays(monday, 6)) };
}

/** The ISO week a day falls in: 2024-12-30 is in 2025-W01. */
export function isoWeekOf(dayString: string): string {
  const d = parseISO(dayString);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}

/** Every ISO week that overlaps [from, to], in order. */
export function isoWeeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let d = startOfISOWeek(parseISO(from)); day(d) <= to; d = addWeeks(d, 1)) weeks.push(isoWeekOf(day(d)));
  return weeks;
}

/** The last ISO week that has ended on or before `today` (a Sunday counts as complete only once over). */
export function lastCompleteIsoWeek(today: string): string {
  return isoWeekOf(day(addDays(startOfISOWeek(parseISO(today)), -1)));
}

export function weeksInIsoYear(year: number): number {
  return getISOWeek(new Date(Date.UTC(year, 11, 28, 12)));
}

function day(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}
