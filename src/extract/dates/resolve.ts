/**
 * Pins a mention to the calendar: the reference day (dateline or publication) and the clause's
 * tense choose between the earlier and later reading, HeidelTime's news strategy.
 */
import type { DateResolution, Precision } from '../../model/extraction.js';
import {
  type Day, addDays, addMonths, diffDays, fmtDay, fmtMonth, fmtWeek, isValidDay, isoWeekday, pad2, quarterOf,
} from './calendar.js';
import type { SeasonCode } from './lexicon.js';
import type { Tense } from './tense.js';
import type { Meaning, Unit } from './types.js';

export interface Resolved {
  value: string;
  precision: Precision;
  resolution: DateResolution;
  endValue?: string;
}

export interface ResolveContext {
  ref: Day | null;
  /** Lazily computed: only underspecified expressions need the clause's tense. */
  tense: () => Tense;
  /** The last date the text mentioned before this one, for "a year earlier", "the next day". */
  previous: Resolved | null;
  /** Whether `previous` is in the same sentence. */
  previousInSentence: boolean;
}

/**
 * Tense picks the reading, unless it would put the date most of a year away when the other
 * reading is weeks away: that pattern is a misread tense or a deadline ("payable Dec. 15"), far
 * more often than a date a year off.
 */
const FAR_DAYS = 270;
const NEAR_DAYS = 75;

const REL: DateResolution = 'relative-to-publication';

function unresolved(value: string, precision: Precision): Resolved {
  return { value, precision, resolution: 'unresolved' };
}

function placeholder(unit: Unit): Resolved {
  switch (unit) {
    case 'day':
      return unresolved('XXXX-XX-XX', 'day');
    case 'week':
    case 'weekend':
      return unresolved('XXXX-WXX', 'week');
    case 'month':
      return unresolved('XXXX-XX', 'month');
    case 'quarter':
      return unresolved('XXXX-QX', 'quarter');
    case 'decade':
      return unresolved('XXX', 'decade');
    case 'century':
      return unresolved('XX', 'century');
    default:
      return unresolved('XXXX', 'year');
  }
}

/** Which reading to take for an underspecified expression. Weekdays lean past: news reports. */
type Lean = 'past' | 'future' | 'nearest';
function lean(tense: Tense, fallback: Lean): Lean {
  if (tense === 'future') return 'future';
  if (tense === 'past') return 'past';
  return fallback;
}

/** Pick among yearly candidates by distance from the reference, respecting the lean. */
function pickYear(ref: Day, dist: (y: number) => number, how: Lean, far = FAR_DAYS, near = NEAR_DAYS): number {
  const years = [ref.y - 1, ref.y, ref.y + 1];
  const past = years.filter((y) => dist(y) <= 0).pop() ?? ref.y;
  const future = years.find((y) => dist(y) >= 0) ?? ref.y;
  if (how === 'past') return -dist(past) > far && dist(future) < near ? future : past;
  if (how === 'future') return dist(future) > far && -dist(past) < near ? past : future;
  return -dist(past) <= dist(future) ? past : future;
}

const SEASON_ORDER: SeasonCode[] = ['SP', 'SU', 'FA', 'WI'];
/** Season instances as one number: winter belongs to the year in which it starts (December). */
function seasonIndex(day: Day): number {
  if (day.m <= 2) return (day.y - 1) * 4 + 3;
  if (day.m === 12) return day.y * 4 + 3;
  return day.y * 4 + Math.floor((day.m - 3) / 3);
}
const seasonValue = (k: number): string => `${Math.floor(k / 4)}-${SEASON_ORDER[k % 4]}`;

function shiftYear(y: number): string {
  return String(y).padStart(4, '0');
}

export function offsetFrom(anchor: Day, unit: Unit, n: number): Resolved {
  switch (unit) {
    case 'day':
      return { value: fmtDay(addDays(anchor, n)), precision: 'day', resolution: REL };
    case 'week':
      return { value: fmtWeek(addDays(anchor, 7 * n)), precision: 'week', resolution: REL };
    case 'weekend': {
      const sat = addDays(anchor, 6 - isoWeekday(anchor) + 7 * n);
      return { value: `${fmtWeek(sat)}-WE`, precision: 'week', resolution: REL };
    }
    case 'month': {
      const d = addMonths({ ...anchor, d: 1 }, n);
      return { value: fmtMonth(d.y, d.m), precision: 'month', resolution: REL };
    }
    case 'quarter': {
      const idx = anchor.y * 4 + quarterOf(anchor.m) - 1 + n;
      return { value: `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`, precision: 'quarter', resolution: REL };
    }
    case 'year':
      return { value: shiftYear(anchor.y + n), precision: 'year', resolution: REL };
    case 'decade':
      return { value: String(Math.floor(anchor.y / 10) + n), precision: 'decade', resolution: REL };
    case 'century':
      return { value: String(Math.floor(anchor.y / 100) + n), precision: 'century', resolution: REL };
  }
}

/** Shift an already resolved value (the narrative anchor) by n units, keeping its granularity. */
export function shiftValue(prev: Resolved, unit: Unit, n: number): Resolved | null {
  const v = prev.value;
  const rel: DateResolution = 'relative-to-date';
  const unitDays = unit === 'day' ? 1 : unit === 'week' ? 7 : null;
  const unitMonths = unit === 'month' ? 1 : unit === 'quarter' ? 3 : unit === 'year' ? 12 : null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) {
    const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (unitDays !== null) return { value: fmtDay(addDays(day, unitDays * n)), precision: 'day', resolution: rel };
    if (unitMonths !== null) return { value: fmtDay(addMonths(day, unitMonths * n)), precision: 'day', resolution: rel };
    return null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v)) && unitMonths !== null) {
    const d = addMonths({ y: Number(m[1]), m: Number(m[2]), d: 1 }, unitMonths * n);
    return { value: fmtMonth(d.y, d.m), precision: 'month', resolution: rel };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v)) && (unit === 'quarter' || unit === 'year')) {
    const idx = Number(m[1]) * 4 + Number(m[2]) - 1 + (unit === 'year' ? 4 * n : n);
    return { value: `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`, precision: 'quarter', resolution: rel };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI|H1|H2)$/.exec(v)) && unit === 'year') {
    return { value: `${Number(m[1]) + n}-${m[2]}`, precision: prev.precision, resolution: rel };
  }
  if ((m = /^(\d{4})$/.exec(v)) && unit === 'year') {
    return { value: shiftYear(Number(m[1]) + n), precision: 'year', resolution: rel };
  }
  return null;
}

/** Cut a shifted value down to the unit the words name: "the following year" is a year. */
function coarsen(r: Resolved, unit: Unit): Resolved {
  if (unit === 'year' && /^\d{4}-/.test(r.value)) return { ...r, value: r.value.slice(0, 4), precision: 'year' };
  if (unit === 'month' && /^\d{4}-\d{2}-\d{2}$/.test(r.value)) return { ...r, value: r.value.slice(0, 7), precision: 'month' };
  if (unit === 'week' && /^\d{4}-\d{2}-\d{2}$/.test(r.value)) {
    const [y, m, d] = r.value.split('-').map(Number) as [number, number, number];
    return { ...r, value: fmtWeek({ y, m, d }), precision: 'week' };
  }
  return r;
}

export function resolveMeaning(meaning: Meaning, ctx: ResolveContext): Resolved | null {
  const { ref } = ctx;
  switch (meaning.kind) {
    case 'calendar': {
      const { month, day, endDay } = meaning;
      let year = meaning.year;
      let resolution: DateResolution = 'explicit';
      if (meaning.yearOffset !== undefined) {
        if (!ref) return unresolved(day === undefined ? `XXXX-${pad2(month ?? 0)}` : `XXXX-${pad2(month ?? 0)}-${pad2(day)}`, day === undefined ? 'month' : 'day');
        year = ref.y + meaning.yearOffset;
        resolution = REL;
      }
      if (month === undefined) return year === undefined ? null : { value: shiftYear(year), precision: 'year', resolution: 'explicit' };
      if (month < 1 || month > 12) return null;
      if (day === undefined) {
        return year === undefined ? null : { value: fmtMonth(year, month), precision: 'month', resolution };
      }
      if (day > 31 || (endDay !== undefined && (endDay <= day || endDay > 31))) return null;
      if (year !== undefined) {
        const d = { y: year, m: month, d: day };
        if (!isValidDay(d)) return null;
        const r: Resolved = { value: fmtDay(d), precision: 'day', resolution };
        if (endDay !== undefined && isValidDay({ ...d, d: endDay })) r.endValue = fmtDay({ ...d, d: endDay });
        return r;
      }
      if (!ref) {
        const r = unresolved(`XXXX-${pad2(month)}-${pad2(day)}`, 'day');
        if (endDay !== undefined) r.endValue = `XXXX-${pad2(month)}-${pad2(endDay)}`;
        return r;
      }
      const y = pickYear(ref, (yy) => diffDays({ y: yy, m: month, d: Math.min(day, 28) }, ref) + (day > 28 ? day - 28 : 0), lean(ctx.tense(), 'nearest'));
      const d = { y, m: month, d: day };
      if (!isValidDay(d)) return null;
      const r: Resolved = { value: fmtDay(d), precision: 'day', resolution: REL };
      if (endDay !== undefined && isValidDay({ ...d, d: endDay })) r.endValue = fmtDay({ ...d, d: endDay });
      return r;
    }
    case 'monthName': {
      if (!ref) return unresolved(`XXXX-${pad2(meaning.month)}`, 'month');
      const mo = meaning.month;
      let y: number;
      if (meaning.dir === 'last') y = mo < ref.m ? ref.y : ref.y - 1;
      else if (meaning.dir === 'next') y = mo > ref.m ? ref.y : ref.y + 1;
      else if (meaning.dir === 'this') y = ref.y;
      else {
        const how = lean(ctx.tense(), 'nearest');
        y = how === 'nearest' ? ref.y : pickYear(ref, (yy) => (yy - ref.y) * 12 + mo - ref.m, how, 9, 3);
      }
      return { value: fmtMonth(y, mo), precision: 'month', resolution: REL };
    }
    case 'weekday': {
      const iso = meaning.weekday;
      if (!ref) return unresolved(`XXXX-WXX-${iso}`, 'day');
      const delta = iso - isoWeekday(ref); // -6..6
      let shift: number;
      switch (meaning.dir) {
        case 'last':
          shift = delta < 0 ? delta : delta - 7;
          break;
        case 'next':
          shift = delta > 0 ? delta : delta + 7;
          break;
        case 'this':
          shift = delta;
          break;
        default: {
          // In news a bare weekday is the one just past unless the clause looks ahead;
          // "on Friday" in a story dated Friday is that day.
          const how = lean(ctx.tense(), 'past');
          shift = how === 'future' ? (delta >= 0 ? delta : delta + 7) : delta <= 0 ? delta : delta - 7;
        }
      }
      return { value: fmtDay(addDays(ref, shift)), precision: 'day', resolution: REL };
    }
    case 'weekend': {
      if (!ref) return unresolved('XXXX-WXX-WE', 'week');
      const wd = isoWeekday(ref);
      const how = lean(ctx.tense(), 'past');
      // Monday–Friday: the past reading is last week's weekend; on Saturday or Sunday, this one.
      const n = how === 'future' || wd >= 6 ? 0 : -1;
      return offsetFrom(ref, 'weekend', n);
    }
    case 'offset':
      if (!ref) return placeholder(meaning.unit);
      return offsetFrom(ref, meaning.unit, meaning.n);
    case 'quarter':
    case 'half': {
      const isQ = meaning.kind === 'quarter';
      const k = isQ ? meaning.q : meaning.h;
      const code = isQ ? `Q${k}` : `H${k}`;
      const precision: Precision = isQ ? 'quarter' : 'half';
      if (meaning.year !== undefined) return { value: `${meaning.year}-${code}`, precision, resolution: 'explicit' };
      if (!ref) return unresolved(`XXXX-${code}`, precision);
      if (meaning.yearOffset !== undefined) return { value: `${ref.y + meaning.yearOffset}-${code}`, precision, resolution: REL };
      const len = isQ ? 3 : 6;
      const firstMonth = (k - 1) * len + 1;
      let y = ref.y;
      // Reports name the current year's periods; only the past tense about one that has not
      // begun yet reaches back a year. (Future tense about a finished quarter is usually a
      // forecast of its results, not next year's quarter.)
      if (firstMonth > ref.m && ctx.tense() === 'past') y -= 1;
      return { value: `${y}-${code}`, precision, resolution: REL };
    }
    case 'season': {
      if (meaning.year !== undefined) return { value: `${meaning.year}-${meaning.season}`, precision: 'season', resolution: 'explicit' };
      if (!ref) return unresolved(`XXXX-${meaning.season}`, 'season');
      const cur = seasonIndex(ref);
      const target = SEASON_ORDER.indexOf(meaning.season);
      const candidates = [-2, -1, 0, 1, 2].map((yOff) => (Math.floor(cur / 4) + yOff) * 4 + target);
      let k: number;
      const dir = meaning.dir ?? (ctx.tense() === 'future' ? 'next' : ctx.tense() === 'past' ? 'last' : 'this');
      if (dir === 'last') k = candidates.filter((c) => c < cur).pop() ?? cur;
      else if (dir === 'next') k = candidates.find((c) => c > cur) ?? cur;
      else k = candidates.reduce((a, b) => (Math.abs(b - cur) < Math.abs(a - cur) || (Math.abs(b - cur) === Math.abs(a - cur) && b > a) ? b : a));
      return { value: seasonValue(k), precision: 'season', resolution: REL };
    }
    case 'decade': {
      if (meaning.decade > 0) return { value: String(meaning.decade), precision: 'decade', resolution: 'explicit' };
      const digit = -meaning.decade;
      if (!ref) return unresolved(`XX${digit}`, 'decade');
      // "the '90s" read in 1998 or in 2025 is the 1990s; "the '20s" in 2025 is this century's.
      const century = Math.floor(ref.y / 100);
      const c = digit * 10 > ref.y % 100 ? century - 1 : century;
      return { value: `${c}${digit}`, precision: 'decade', resolution: REL };
    }
    case 'century':
      return { value: pad2(meaning.century), precision: 'century', resolution: 'explicit' };
    case 'yearRange':
      return { value: shiftYear(meaning.from), precision: 'year', resolution: 'explicit', endValue: shiftYear(meaning.to) };
    case 'narrative': {
      const prev = ctx.previous;
      const subUnit = prev && (prev.precision === 'quarter' || prev.precision === 'half' || prev.precision === 'month' || prev.precision === 'season');
      // "a year ago" counts from the story's day, unless it follows a period in the same
      // sentence ("third-quarter profit rose from a year ago": the same quarter of last year).
      const usePrevious = prev && /^\d/.test(prev.value) && (!meaning.fromReference || (ctx.previousInSentence && subUnit));
      if (usePrevious) {
        const shifted = shiftValue(prev, meaning.unit, meaning.n);
        if (shifted) return meaning.coarsen ? coarsen(shifted, meaning.unit) : shifted;
      }
      if (!ref) return placeholder(meaning.unit);
      // No earlier date to lean on: the story's own day is the anchor.
      return offsetFrom(ref, meaning.unit, meaning.n);
    }
    case 'anchored':
      // Resolved in a second pass once every other date in the text is known.
      return { value: 'XXXX-XX-XX', precision: 'day', resolution: 'relative-to-date' };
  }
}
