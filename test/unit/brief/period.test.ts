import { describe, expect, it } from 'vitest';
import { isIsoWeek, isoWeekOf, isoWeekRange, isoWeeksBetween, lastCompleteIsoWeek } from '../../../src/brief/period.js';

describe('ISO weeks', () => {
  it('gives Monday to Sunday', () => {
    expect(isoWeekRange('2025-W12')).toEqual({ from: '2025-03-17', to: '2025-03-23' });
  });
  it('handles week-year boundaries', () => {
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekRange('2020-W53')).toEqual({ from: '2020-12-28', to: '2021-01-03' });
    expect(isoWeekRange('2025-W01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
  });
  it('rejects weeks a year does not have', () => {
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2025-W53')).toBe(false);
    expect(isIsoWeek('2025-W00')).toBe(false);
    expect(() => isoWeekRange('2025-W53')).toThrow(RangeError);
  });
  it('lists the weeks a range overlaps', () => {
    expect(isoWeeksBetween('2025-03-19', '2025-04-01')).toEqual(['2025-W12', '2025-W13', '2025-W14']);
  });
  it('finds the last complete week', () => {
    expect(lastCompleteIsoWeek('2025-03-24')).toBe('2025-W12'); // a Monday: last week just ended
    expect(lastCompleteIsoWeek('2025-03-23')).toBe('2025-W11'); // a Sunday: this week is not over
  });
});
