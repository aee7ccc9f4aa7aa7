import { describe, expect, it } from 'vitest';
import { isValidDay, parsePublished } from '../../../src/corpus/published-date.js';

describe('parsePublished', () => {
  it('accepts ISO days and date-times, keeping the written day and zone', () => {
    expect(parsePublished('2025-03-21')).toEqual({ ok: true, iso: '2025-03-21T00:00:00Z', day: '2025-03-21' });
    expect(parsePublished('1987-02-26T15:01:01Z')).toEqual({ ok: true, iso: '1987-02-26T15:01:01Z', day: '1987-02-26' });
    expect(parsePublished('2025-10-11T08:00:00+0900')).toEqual({ ok: true, iso: '2025-10-11T08:00:00+09:00', day: '2025-10-11' });
  });
  it('accepts Date objects and epoch milliseconds', () => {
    expect(parsePublished(new Date(Date.UTC(2024, 7, 2)))).toMatchObject({ ok: true, day: '2024-08-02' });
    expect(parsePublished(1722556800000)).toMatchObject({ ok: true, iso: '2024-08-02T00:00:00Z' });
  });
  it('refuses impossible or ambiguous dates with a reason', () => {
    expect(parsePublished('2025-13-45')).toEqual({ ok: false, reason: "'2025-13-45' is not a calendar date" });
    expect(parsePublished('2025-02-29').ok).toBe(false);
    expect(parsePublished('03/04/2025')).toMatchObject({ ok: false, reason: expect.stringContaining('ISO 8601') });
    expect(parsePublished('2025-03-21T25:00')).toMatchObject({ ok: false });
    expect(parsePublished({})).toMatchObject({ ok: false, reason: 'expected a date, got a mapping' });
  });
  it('knows leap years', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('1900-02-29')).toBe(false);
  });
});
