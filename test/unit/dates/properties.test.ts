import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';

const WORDS = [
  'on', 'Friday', 'last', 'year', 'March', '21', '2025', 'a', 'day', 'before', "Shoigu's", 'arrival', 'the',
  '1990s', 'mid-', 'Juche', '113', '(2024)', 'next', 'week', 'ago', 'two', 'will', 'met', ',', '.', '-', '–',
  'Q3', 'third', 'quarter', 'of', 'fiscal', 'summer', 'today', 'between', 'and', 'Oct.', '11', '\n', 'May',
];

const newsLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));
const reference = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);

describe('extractDates properties', () => {
  it('never throws and every span is the text at its offsets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), newsLike), reference, (text, ref) => {
        const found = extractDates(text, ref);
        let lastEnd = 0;
        for (const d of found) {
          expect(text.slice(d.start, d.end)).toBe(d.span);
          expect(d.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = d.end;
          expect(d.value.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives resolved values that are real calendar days', () => {
    fc.assert(
      fc.property(newsLike, reference, (text, ref) => {
        for (const d of extractDates(text, ref)) {
          if (d.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) {
            expect(new Date(`${d.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.value);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('survives inputs that are not strings', () => {
    expect(extractDates(undefined as unknown as string, '2025-03-21')).toEqual([]);
    expect(extractDates(42 as unknown as string, null)).toEqual([]);
  });
});
