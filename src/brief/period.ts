/**
 * Period arithmetic on calendar days (yyyy-MM-dd strings), shared by brief resolution and the
 * weekly cadence. Days are calendar days in the brief's time zone; converting a moment to
 * that day happens once, at the edge (see dayInZone in the brief module).
 */
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { parseISO } from 'date-fns/parseISO';
import { setISOWeek } from 'date-fns/setISOWeek';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { didYouMean } from '../util/did-you-mean.js';
import type { PeriodSpec } from './schema.js';

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

// ---------------------------------------------------------------------------------------------
// Period forms of the brief language and their resolution against an as-of moment.
// ---------------------------------------------------------------------------------------------

export interface ResolvedPeriod extends DayRange {
  /** Human-readable, e.g. `2025-W12 (17–23 Mar 2025)`, `March 2025`, `1 Mar 2025 – 31 Oct 2025`. */
  label: string;
  /** The ISO week for a week or a weekly cadence, else null. */
  week: string | null;
}

export interface ResolveOptions {
  /** The moment the brief is "as of" (the build's --as-of, default now). */
  asOf: Date;
  /** For a weekly cadence: the edition's ISO week; default the last complete week before asOf. */
  week?: string;
  /** IANA time zone in which `asOf` becomes a calendar day; default UTC. */
  timeZone?: string;
}

/** The calendar day (yyyy-MM-dd) a moment falls on in a time zone. */
export function dayInZone(moment: Date, timeZone = 'UTC'): string {
  return format(new TZDate(moment.getTime(), timeZone), 'yyyy-MM-dd');
}

/**
 * Turns a period of the brief language into days. Pure: `asOf` and the zone are inputs.
 * Throws RangeError for a `week` option that is not an ISO week.
 */
export function resolvePeriod(spec: PeriodSpec, options: ResolveOptions): ResolvedPeriod {
  const today = dayInZone(options.asOf, options.timeZone ?? 'UTC');
  switch (spec.kind) {
    case 'range':
      return { from: spec.from, to: spec.to, label: rangeLabel(spec.from, spec.to), week: null };
    case 'week':
      return weekPeriod(spec.week);
    case 'month': {
      const first = parseISO(`${spec.month}-01`);
      return { from: day(first), to: day(endOfMonth(first)), label: format(first, 'MMMM yyyy'), week: null };
    }
    case 'year':
      return { from: `${spec.year}-01-01`, to: `${spec.year}-12-31`, label: spec.year, week: null };
    case 'last': {
      const end = parseISO(today);
      const start =
        spec.unit === 'day' ? addDays(end, 1 - spec.amount) : spec.unit === 'week' ? addDays(end, 1 - 7 * spec.amount) : addDays(addMonths(end, -spec.amount), 1);
      const unit = `${spec.unit}${spec.amount === 1 ? '' : 's'}`;
      return { from: day(start), to: today, label: `last ${spec.amount} ${unit} (${rangeLabel(day(start), today)})`, week: null };
    }
    case 'cadence': {
      const week = options.week ?? lastCompleteIsoWeek(today);
      if (!isIsoWeek(week)) throw new RangeError(`not an ISO week: ${week} (expected YYYY-Www, e.g. 2025-W12)`);
      return weekPeriod(week);
    }
  }
}

function weekPeriod(week: string): ResolvedPeriod {
  const range = isoWeekRange(week);
  return { ...range, label: `${week} (${rangeLabel(range.from, range.to)})`, week };
}

function rangeLabel(from: string, to: string): string {
  const a = parseISO(from);
  const b = parseISO(to);
  if (from === to) return format(a, 'd MMM yyyy');
  if (from.slice(0, 7) === to.slice(0, 7)) return `${format(a, 'd')}–${format(b, 'd MMM yyyy')}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${format(a, 'd MMM')} – ${format(b, 'd MMM yyyy')}`;
  return `${format(a, 'd MMM yyyy')} – ${format(b, 'd MMM yyyy')}`;
}

/** A problem with a period as written, relative to the `period` key. */
export interface PeriodProblem {
  path: (string | number)[];
  /** Point at the key itself rather than its value. */
  key?: boolean;
  message: string;
  hint?: string;
}

const PERIOD_HINT = 'write an ISO week (2025-W12), a month (2025-03), `last 7 days`, `weekly`, or {from: 2025-03-01, to: 2025-03-31}';
const PERIOD_KEYS = ['from', 'to', 'week', 'month', 'last', 'cadence'];

/** Checks a period as written in YAML and gives its normal form, or every problem with it. */
export function parsePeriod(raw: unknown): { spec: PeriodSpec | null; problems: PeriodProblem[] } {
  const problems: PeriodProblem[] = [];
  const fail = (problem: PeriodProblem) => {
    problems.push(problem);
    return { spec: null, problems };
  };
  if (typeof raw === 'string') return parsePeriodString(raw.trim(), []);
  // `period: 2025` reads as a number in YAML: a year
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999) return { spec: { kind: 'year', year: String(raw) }, problems: [] };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail({ path: [], message: `\`period\` must be a string or a map, not ${describe(raw)}`, hint: PERIOD_HINT });
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!PERIOD_KEYS.includes(key)) {
      const guess = didYouMean(key, PERIOD_KEYS);
      problems.push({ path: [key], key: true, message: `unknown key \`${key}\` in \`period\``, hint: guess ? `did you mean \`${guess}\`?` : `known keys: ${PERIOD_KEYS.join(', ')}` });
    }
  }
  const forms = ['week', 'month', 'last', 'cadence'].filter((k) => k in obj);
  const isRange = 'from' in obj || 'to' in obj;
  if (forms.length + (isRange ? 1 : 0) > 1) {
    return fail({ path: [], message: '`period` mixes several forms', hint: 'give either {from, to}, {week}, {month}, {last} or {cadence}' });
  }
  if (isRange) {
    let from: string | null = null;
    let to: string | null = null;
    for (const end of ['from', 'to'] as const) {
      if (!(end in obj)) {
        problems.push({ path: [], message: `\`period\` has no \`${end}\``, hint: `add \`${end}: YYYY-MM-DD\`` });
        continue;
      }
      const problem = checkDay(obj[end]);
      if (problem) problems.push({ path: [end], message: `\`period.${end}\`: ${problem.message}`, hint: problem.hint });
      else if (end === 'from') from = obj[end] as string;
      else to = obj[end] as string;
    }
    if (from && to && from > to) {
      problems.push({ path: ['to'], message: `\`period.to\` (${to}) is before \`period.from\` (${from})`, hint: 'swap the two days' });
    }
    return { spec: problems.length === 0 && from && to ? { kind: 'range', from, to } : null, problems };
  }
  const form = forms[0];
  if (!form) return fail({ path: [], message: '`period` is empty', hint: PERIOD_HINT });
  const value = obj[form];
  if (typeof value !== 'string') return fail({ path: [form], message: `\`period.${form}\` must be a string, not ${describe(value)}`, hint: PERIOD_HINT });
  const prefix = form === 'last' ? 'last ' : '';
  const parsed = parsePeriodString(`${prefix}${value.trim()}`, [form]);
  const expected = form === 'cadence' ? 'cadence' : form;
  if (parsed.spec && parsed.spec.kind !== expected) {
    return fail({ path: [form], message: `\`period.${form}\`: \`${value}\` is not a ${form}`, hint: PERIOD_HINT });
  }
  return parsed;
}

function parsePeriodString(value: string, path: (string | number)[]): { spec: PeriodSpec | null; problems: PeriodProblem[] } {
  const problem = (message: string, hint = PERIOD_HINT) => ({ spec: null, problems: [{ path, message, hint }] });
  const where = path.length ? `\`period.${path.join('.')}\`` : '`period`';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-W(\d{1,2})$/i.exec(value))) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    const max = weeksInIsoYear(year);
    if (m[2]!.length !== 2) return problem(`${where}: \`${value}\` needs a two-digit week`, `write ${year}-W${String(week).padStart(2, '0')}`);
    if (week < 1 || week > max) return problem(`${where}: ISO year ${year} has weeks 01 to ${max}; \`${value}\` does not exist`, `use ${year}-W01 … ${year}-W${max}, or ${year + 1}-W01 for the week after ${year}-W${max}`);
    return { spec: { kind: 'week', week: `${year}-W${m[2]}` }, problems: [] };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return problem(`${where}: \`${value}\` is not a month (months run 01 to 12)`);
    return { spec: { kind: 'month', month: value }, problems: [] };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const bad = checkDay(value);
    if (bad) return problem(`${where}: ${bad.message}`, bad.hint);
    return { spec: { kind: 'range', from: value, to: value }, problems: [] };
  }
  if (/^\d{4}$/.test(value)) return { spec: { kind: 'year', year: value }, problems: [] };
  if ((m = /^last\s+(\d+)?\s*(day|week|month)s?$/i.exec(value))) {
    const amount = m[1] === undefined ? 1 : Number(m[1]);
    if (amount < 1) return problem(`${where}: \`${value}\` is an empty period`, 'give at least 1 day');
    return { spec: { kind: 'last', amount, unit: m[2]!.toLowerCase() as 'day' | 'week' | 'month' }, problems: [] };
  }
  if (/^weekly$/i.test(value)) return { spec: { kind: 'cadence', cadence: 'weekly' }, problems: [] };
  if (/^last\b/i.test(value)) return problem(`${where}: cannot read \`${value}\``, 'write `last 7 days`, `last 2 weeks` or `last 1 month`');
  return problem(`${where}: \`${value}\` is not a period`);
}

/** Why a value is not a calendar day, or null when it is one. */
export function checkDay(value: unknown): { message: string; hint: string } | null {
  if (typeof value !== 'string') return { message: `expected a day as YYYY-MM-DD, not ${describe(value)}`, hint: 'write e.g. 2025-03-01' };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return { message: `\`${value}\` is not a day as YYYY-MM-DD`, hint: 'write e.g. 2025-03-01' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return { message: `\`${value}\` has no month ${m[2]}`, hint: 'months run 01 to 12' };
  const days = getDaysInMonth(new Date(Date.UTC(y, mo - 1, 1, 12)));
  if (d < 1 || d > days) return { message: `\`${value}\` does not exist`, hint: `${format(new Date(Date.UTC(y, mo - 1, 1, 12)), 'MMMM yyyy')} has ${days} days` };
  return null;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} \`${String(value)}\``;
}

/** True when the runtime knows the IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Time zone names for did-you-mean suggestions. */
export function knownTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}
