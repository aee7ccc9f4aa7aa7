/**
 * Which editions a brief has. A plain brief has one (`output/<brief>.pdf`); a brief with a
 * weekly cadence has one per ISO week (`output/<brief>/<2025-W12>.pdf`).
 *
 * The brief language decides what a period means (`resolveBriefPeriod`); this module only
 * turns it into editions.
 */
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarWeeks } from 'date-fns/differenceInCalendarWeeks';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { isIsoWeek, isoWeekOf, isoWeekRange, isoWeeksBetween, lastCompleteIsoWeek, resolvePeriod, type DayRange } from '../brief/period.js';
import type { LoadedBrief } from '../brief/load-brief.js';
import { resolveBriefPeriod } from '../brief/select.js';
import { UsageError } from '../model/diagnostic.js';

export interface Cadence {
  cadence: 'weekly' | null;
  /** What a week with nothing selected gets: a short edition saying so, or none. */
  emptyWeek: 'short' | 'skip';
  /** Fixed period of a plain brief; for a weekly brief, the bounds of its weeks (null: unbounded). */
  period: DayRange | null;
}

/**
 * Reads a brief's cadence: weekly when the brief says `cadence: weekly` or `period: weekly`.
 * For a weekly brief any other period form bounds the weeks built; for a plain brief it is
 * the brief's one period, resolved in the brief's time zone against the build's as-of.
 */
export function readCadence(brief: LoadedBrief, asOf: string): Cadence {
  const { spec } = brief;
  const bounded = spec.period.kind !== 'cadence';
  // For a weekly brief the period is its bounds, not an edition: resolve it as written.
  const period = !bounded ? null : spec.cadence === 'weekly' ? resolvePeriod(spec.period, { asOf: new Date(asOf), timeZone: spec.timezone }) : resolveBriefPeriod(brief, { asOf });
  return { cadence: spec.cadence, emptyWeek: spec.emptyWeek, period: period ? { from: period.from, to: period.to } : null };
}

export interface Edition {
  /** Unique in the output folder: `<brief>` or `<brief>/<week>`; keys the manifest and sharding. */
  key: string;
  briefName: string;
  briefFile: string;
  week: string | null;
  period: DayRange;
  /** Edition number within the brief's period (weekly briefs with a period), else null. */
  serial: string | null;
  /** The previous edition's key (the week before), for "new since the last edition". */
  previousKey: string | null;
  /** Output path relative to the output folder. */
  output: string;
  /** The as-of the edition prints: the end of its week, or the build's as-of for a plain brief. */
  asOf: string;
  emptyWeek: 'short' | 'skip';
}

export interface EditionRequest {
  /** The build's as-of (ISO date-time). */
  asOf: string;
  /** A single ISO week (`2025-W12`). */
  week?: string;
  /** Every week of the brief's period (the corpus's span when it has none), up to the last complete week. */
  allPeriods?: boolean;
  /** First and last day the corpus has articles on (for `allPeriods`). */
  corpusSpan?: DayRange | null;
}

export function planEditions(brief: LoadedBrief, request: EditionRequest): Edition[] {
  const cadence = readCadence(brief, request.asOf);
  if (cadence.cadence !== 'weekly') {
    if (!cadence.period) throw new UsageError(`${brief.file}: the brief has neither a period nor a cadence`);
    return [
      {
        key: brief.name,
        briefName: brief.name,
        briefFile: brief.file,
        week: null,
        period: cadence.period,
        serial: null,
        previousKey: null,
        output: `${brief.name}.pdf`,
        asOf: request.asOf,
        emptyWeek: 'short',
      },
    ];
  }
  return weeksFor(cadence.period, request).map((week) => weeklyEdition(brief, week, cadence.emptyWeek, cadence.period));
}

export function weeklyEdition(brief: { name: string; file: string }, week: string, emptyWeek: 'short' | 'skip', bounds: DayRange | null = null): Edition {
  const period = isoWeekRange(week);
  const previous = previousWeek(week);
  // Numbered from the first week of the brief's period, so a week keeps its number however
  // many editions a run builds; an unbounded weekly brief has no numbering to count from.
  const first = bounds ? isoWeekRange(isoWeekOf(bounds.from)).from : null;
  const serial = first && period.from >= first ? String(differenceInCalendarWeeks(parseISO(period.from), parseISO(first)) + 1) : null;
  return {
    serial,
    key: `${brief.name}/${week}`,
    briefName: brief.name,
    briefFile: brief.file,
    week,
    period,
    previousKey: `${brief.name}/${previous}`,
    output: `${brief.name}/${week}.pdf`,
    // The edition is as of the moment its week closes: the same whenever it is (re)built.
    asOf: `${nextDay(period.to)}T00:00:00.000Z`,
    emptyWeek,
  };
}

/** The weeks a weekly brief builds for a request. */
export function weeksFor(bounds: DayRange | null, request: EditionRequest): string[] {
  const lastComplete = lastCompleteIsoWeek(request.asOf.slice(0, 10));
  if (request.week) {
    if (!isIsoWeek(request.week)) throw new UsageError(`--week: "${request.week}" is not an ISO week (e.g. 2025-W12)`);
    return [request.week];
  }
  if (!request.allPeriods) {
    const range = isoWeekRange(lastComplete);
    return !bounds || (range.to >= bounds.from && range.from <= bounds.to) ? [lastComplete] : [];
  }
  // The brief's own bounds say which weeks it wants; an unbounded brief covers the corpus.
  const range = bounds ?? request.corpusSpan;
  if (!range) return [];
  const from = range.from;
  let to = range.to;
  const lastDay = isoWeekRange(lastComplete).to;
  if (to > lastDay) to = lastDay;
  if (from > to) return [];
  return isoWeeksBetween(from, to);
}

export function previousWeek(week: string): string {
  return isoWeekOf(format(addDays(parseISO(isoWeekRange(week).from), -7), 'yyyy-MM-dd'));
}

function nextDay(day: string): string {
  return format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
}
