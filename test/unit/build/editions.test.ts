import { describe, expect, it } from 'vitest';
import { planEditions, previousWeek, readCadence, weeksFor } from '../../../src/build/editions.js';
import { briefFromYaml } from './brief-fixture.js';

/** A weekly brief as a user writes it, optionally bounded by a period. */
const weekly = (period?: { from: string; to: string }, extra = '') =>
  briefFromYaml(`cadence: weekly\n${period ? `period: { from: ${period.from}, to: ${period.to} }\n` : 'period: weekly\n'}${extra}`, 'wk');

describe('readCadence (over the brief language)', () => {
  it('reads `cadence: weekly` with a bounding period, and `period: weekly`', async () => {
    expect(readCadence(await briefFromYaml('cadence: weekly\nperiod: { from: 2025-01-01, to: 2025-03-31 }\n'), '2025-06-01T00:00:00Z')).toEqual({
      cadence: 'weekly',
      emptyWeek: 'short',
      period: { from: '2025-01-01', to: '2025-03-31' },
    });
    expect(readCadence(await briefFromYaml('period: weekly\nemptyWeek: skip\n'), '2025-06-01T00:00:00Z')).toEqual({ cadence: 'weekly', emptyWeek: 'skip', period: null });
  });
  it('resolves the fixed period of a plain brief, in any period form', async () => {
    expect(readCadence(await briefFromYaml('period: { from: 2025-03-01, to: 2025-10-31 }\n'), '2025-11-01T00:00:00Z')).toEqual({ cadence: null, emptyWeek: 'short', period: { from: '2025-03-01', to: '2025-10-31' } });
    expect(readCadence(await briefFromYaml('period: 2025-W12\n'), '2025-11-01T00:00:00Z').period).toEqual({ from: '2025-03-17', to: '2025-03-23' });
    expect(readCadence(await briefFromYaml('period: last 7 days\n'), '2025-11-01T09:00:00Z').period).toEqual({ from: '2025-10-26', to: '2025-11-01' });
  });
});

describe('weekly editions and week boundaries', () => {
  it('a plain brief has one edition, output/<brief>.pdf, as of the build', async () => {
    const [e, ...rest] = planEditions(await briefFromYaml('period: { from: 2025-03-01, to: 2025-10-31 }\n', 'plain'), { asOf: '2025-11-01T09:00:00.000Z' });
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ key: 'plain', output: 'plain.pdf', week: null, asOf: '2025-11-01T09:00:00.000Z', previousKey: null });
  });
  it('--as-of defaults to the last complete ISO week', async () => {
    // Wednesday 2025-03-26 is in W13; the last complete week is W12 (17–23 March).
    const [e] = planEditions(await weekly(), { asOf: '2025-03-26T10:00:00Z' });
    expect(e).toMatchObject({ key: 'wk/2025-W12', output: 'wk/2025-W12.pdf', period: { from: '2025-03-17', to: '2025-03-23' }, previousKey: 'wk/2025-W11' });
    expect(e?.asOf).toBe('2025-03-24T00:00:00.000Z');
  });
  it('a Sunday is not yet a complete week; the Monday after is', async () => {
    expect(weeksFor(null, { asOf: '2025-03-23T23:00:00Z' })).toEqual(['2025-W11']);
    expect(weeksFor(null, { asOf: '2025-03-24T00:30:00Z' })).toEqual(['2025-W12']);
  });
  it('the week of 30 December 2024 is 2025-W01 and its previous week 2024-W52', async () => {
    const [e] = planEditions(await weekly(), { asOf: '2025-01-06T08:00:00Z' });
    expect(e).toMatchObject({ key: 'wk/2025-W01', period: { from: '2024-12-30', to: '2025-01-05' }, previousKey: 'wk/2024-W52' });
  });
  it('53-week years: 2020-W53 runs into 2021, and follows 2020-W52', async () => {
    expect(previousWeek('2021-W01')).toBe('2020-W53');
    expect(previousWeek('2020-W53')).toBe('2020-W52');
    const [e] = planEditions(await weekly(), { asOf: '2025-01-01T00:00:00Z', week: '2020-W53' });
    expect(e?.period).toEqual({ from: '2020-12-28', to: '2021-01-03' });
  });
  it('--all-periods backfills every week of the period across a year end, up to the last complete week', async () => {
    const keys = planEditions(await weekly({ from: '2024-12-16', to: '2025-01-19' }), { asOf: '2025-06-01T00:00:00Z', allPeriods: true }).map((e) => e.week);
    expect(keys).toEqual(['2024-W51', '2024-W52', '2025-W01', '2025-W02', '2025-W03']);
    const clipped = planEditions(await weekly({ from: '2024-12-16', to: '2025-01-19' }), { asOf: '2025-01-08T00:00:00Z', allPeriods: true }).map((e) => e.week);
    expect(clipped).toEqual(['2024-W51', '2024-W52', '2025-W01']);
  });
  it('--all-periods without a period covers the corpus span', async () => {
    const keys = planEditions(await weekly(), { asOf: '2025-06-01T00:00:00Z', allPeriods: true, corpusSpan: { from: '2024-12-31', to: '2025-01-08' } }).map((e) => e.week);
    expect(keys).toEqual(['2025-W01', '2025-W02']);
  });
  it('a last complete week outside the period builds nothing; --week is checked', async () => {
    expect(planEditions(await weekly({ from: '2024-01-01', to: '2024-12-29' }), { asOf: '2025-06-01T00:00:00Z' })).toEqual([]);
    const open = await weekly();
    expect(() => planEditions(open, { asOf: '2025-06-01T00:00:00Z', week: '2025-W54' })).toThrow(/not an ISO week/);
  });
  it('emptyWeek is carried to every edition', async () => {
    expect(planEditions(await weekly(undefined, 'emptyWeek: skip\n'), { asOf: '2025-03-26T10:00:00Z' })[0]?.emptyWeek).toBe('skip');
  });
});
