import { describe, expect, it } from 'vitest';
import { dayInZone, parsePeriod, resolvePeriod } from '../../../src/brief/period.js';
import type { PeriodSpec } from '../../../src/brief/schema.js';

const at = (iso: string) => ({ asOf: new Date(iso) });
const spec = (raw: unknown): PeriodSpec => {
  const { spec: s, problems } = parsePeriod(raw);
  expect(problems).toEqual([]);
  return s!;
};

describe('period forms', () => {
  it('reads every written form', () => {
    expect(spec('2025-W12')).toEqual({ kind: 'week', week: '2025-W12' });
    expect(spec({ week: '2025-W12' })).toEqual({ kind: 'week', week: '2025-W12' });
    expect(spec('2025-03')).toEqual({ kind: 'month', month: '2025-03' });
    expect(spec({ month: '2025-03' })).toEqual({ kind: 'month', month: '2025-03' });
    expect(spec('2025-03-21')).toEqual({ kind: 'range', from: '2025-03-21', to: '2025-03-21' });
    expect(spec('2025')).toEqual({ kind: 'year', year: '2025' });
    expect(spec(2025)).toEqual({ kind: 'year', year: '2025' });
    expect(spec({ from: '2025-03-01', to: '2025-10-31' })).toEqual({ kind: 'range', from: '2025-03-01', to: '2025-10-31' });
    expect(spec('last 7 days')).toEqual({ kind: 'last', amount: 7, unit: 'day' });
    expect(spec({ last: '7 days' })).toEqual({ kind: 'last', amount: 7, unit: 'day' });
    expect(spec('last 2 weeks')).toEqual({ kind: 'last', amount: 2, unit: 'week' });
    expect(spec('Last month')).toEqual({ kind: 'last', amount: 1, unit: 'month' });
    expect(spec('weekly')).toEqual({ kind: 'cadence', cadence: 'weekly' });
    expect(spec({ cadence: 'weekly' })).toEqual({ kind: 'cadence', cadence: 'weekly' });
  });
  it('explains what is wrong', () => {
    expect(parsePeriod('2025-W1').problems[0]?.message).toBe('`period`: `2025-W1` needs a two-digit week');
    expect(parsePeriod('2025-W00').problems[0]?.message).toMatch(/weeks 01 to 52/);
    expect(parsePeriod('2020-W53').problems).toEqual([]);
    expect(parsePeriod('last fortnight').problems[0]?.hint).toMatch(/last 7 days/);
    expect(parsePeriod({ week: '2025-03' }).problems[0]?.message).toBe('`period.week`: `2025-03` is not a week');
    expect(parsePeriod({ from: '2025-03-01' }).problems[0]?.message).toBe('`period` has no `to`');
    expect(parsePeriod({ form: '2025-03-01', to: '2025-03-02' }).problems[0]).toMatchObject({ path: ['form'], key: true, hint: 'did you mean `from`?' });
    expect(parsePeriod({ week: '2025-W12', month: '2025-03' }).problems[0]?.message).toBe('`period` mixes several forms');
    expect(parsePeriod(12).problems[0]?.message).toBe('`period` must be a string or a map, not number `12`');
  });
});

describe('resolvePeriod', () => {
  const asOf = at('2025-11-01T09:00:00Z');
  it('an explicit range stays as written', () => {
    expect(resolvePeriod({ kind: 'range', from: '2025-03-01', to: '2025-10-31' }, asOf)).toEqual({ from: '2025-03-01', to: '2025-10-31', label: '1 Mar – 31 Oct 2025', week: null });
  });
  it('an ISO week runs Monday to Sunday, across year boundaries', () => {
    expect(resolvePeriod({ kind: 'week', week: '2025-W12' }, asOf)).toEqual({ from: '2025-03-17', to: '2025-03-23', label: '2025-W12 (17–23 Mar 2025)', week: '2025-W12' });
    expect(resolvePeriod({ kind: 'week', week: '2025-W01' }, asOf)).toMatchObject({ from: '2024-12-30', to: '2025-01-05', label: '2025-W01 (30 Dec 2024 – 5 Jan 2025)' });
    expect(resolvePeriod({ kind: 'week', week: '2020-W53' }, asOf)).toMatchObject({ from: '2020-12-28', to: '2021-01-03' });
  });
  it('a month, including February of a leap year', () => {
    expect(resolvePeriod({ kind: 'month', month: '2025-03' }, asOf)).toEqual({ from: '2025-03-01', to: '2025-03-31', label: 'March 2025', week: null });
    expect(resolvePeriod({ kind: 'month', month: '2024-02' }, asOf)).toMatchObject({ to: '2024-02-29' });
  });
  it('a year', () => {
    expect(resolvePeriod({ kind: 'year', year: '2025' }, asOf)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('the last N days/weeks/months end on the as-of day, inclusive', () => {
    expect(resolvePeriod({ kind: 'last', amount: 7, unit: 'day' }, asOf)).toEqual({ from: '2025-10-26', to: '2025-11-01', label: 'last 7 days (26 Oct – 1 Nov 2025)', week: null });
    expect(resolvePeriod({ kind: 'last', amount: 2, unit: 'week' }, asOf)).toMatchObject({ from: '2025-10-19', to: '2025-11-01' });
    expect(resolvePeriod({ kind: 'last', amount: 1, unit: 'month' }, asOf)).toMatchObject({ from: '2025-10-02', to: '2025-11-01' });
    // across a year boundary
    expect(resolvePeriod({ kind: 'last', amount: 7, unit: 'day' }, at('2025-01-03T12:00:00Z'))).toMatchObject({ from: '2024-12-28', to: '2025-01-03' });
  });
  it('a weekly cadence: the last complete week by default, or the week asked for', () => {
    const weekly: PeriodSpec = { kind: 'cadence', cadence: 'weekly' };
    expect(resolvePeriod(weekly, at('2025-03-24T09:00:00Z'))).toMatchObject({ week: '2025-W12', from: '2025-03-17', to: '2025-03-23' });
    expect(resolvePeriod(weekly, at('2025-03-23T09:00:00Z'))).toMatchObject({ week: '2025-W11' });
    expect(resolvePeriod(weekly, { ...asOf, week: '2025-W12' })).toMatchObject({ week: '2025-W12', from: '2025-03-17' });
    // week-year boundaries: the first days of January can belong to the previous ISO year
    expect(resolvePeriod(weekly, at('2021-01-04T09:00:00Z'))).toMatchObject({ week: '2020-W53', from: '2020-12-28', to: '2021-01-03' });
    expect(resolvePeriod(weekly, at('2025-01-06T09:00:00Z'))).toMatchObject({ week: '2025-W01', from: '2024-12-30', to: '2025-01-05' });
    expect(() => resolvePeriod(weekly, { ...asOf, week: '2025-W53' })).toThrow(RangeError);
  });
  it('time zones: the as-of moment becomes a day in the brief\'s zone', () => {
    // Sunday 23 March 2025, 23:30 UTC is already Monday in Berlin and in Seoul, still Sunday in New York.
    const moment = new Date('2025-03-23T23:30:00Z');
    expect(dayInZone(moment)).toBe('2025-03-23');
    expect(dayInZone(moment, 'Europe/Berlin')).toBe('2025-03-24');
    expect(dayInZone(moment, 'Asia/Seoul')).toBe('2025-03-24');
    expect(dayInZone(new Date('2025-03-24T03:00:00Z'), 'America/New_York')).toBe('2025-03-23');
    const weekly: PeriodSpec = { kind: 'cadence', cadence: 'weekly' };
    expect(resolvePeriod(weekly, { asOf: moment }).week).toBe('2025-W11');
    expect(resolvePeriod(weekly, { asOf: moment, timeZone: 'Europe/Berlin' }).week).toBe('2025-W12');
    expect(resolvePeriod({ kind: 'last', amount: 1, unit: 'day' }, { asOf: moment, timeZone: 'Asia/Seoul' })).toMatchObject({ from: '2025-03-24', to: '2025-03-24' });
    // New Year's Eve, late evening in Los Angeles is New Year's Day in UTC
    expect(resolvePeriod({ kind: 'last', amount: 7, unit: 'day' }, { asOf: new Date('2025-01-01T05:00:00Z'), timeZone: 'America/Los_Angeles' })).toMatchObject({ to: '2024-12-31' });
  });
});

describe('dates of developments against a period', async () => {
  const { dateSpan } = await import('../../../src/brief/select.js');
  it('covers every precision the extractors give', () => {
    expect(dateSpan('2025-03-21')).toEqual({ from: '2025-03-21', to: '2025-03-21' });
    expect(dateSpan('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(dateSpan('2025-W01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
    expect(dateSpan('2025-Q4')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(dateSpan('2025-H1')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(dateSpan('2025-SU')).toEqual({ from: '2025-06-01', to: '2025-08-31' });
    expect(dateSpan('2025-WI')).toEqual({ from: '2025-12-01', to: '2026-02-28' });
    expect(dateSpan('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(dateSpan('202')).toEqual({ from: '2020-01-01', to: '2029-12-31' });
    expect(dateSpan('20')).toEqual({ from: '2000-01-01', to: '2099-12-31' });
    expect(dateSpan('soon')).toBeNull();
  });
});
