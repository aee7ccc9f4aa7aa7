import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { find, spans } from './helpers.js';

// Short excerpts of seed article 000 (published Friday 2025-03-21) and 004 (dateline Pyongyang,
// Saturday 2025-10-11), kept in their original order so cross-sentence anchoring is exercised.
const SEED_000 = [
  'Russian Security Council Secretary Sergei Shoigu met with North Korean leader Kim Jong Un on Friday, thanking Pyongyang for its ongoing support in Russia\'s war against Ukraine, according to Russian state media.',
  'Shoigu, a key ally of President Vladimir Putin, expressed Moscow\'s appreciation during his two-hour meeting with Kim, reported TASS.',
  'South Korea\'s spy agency previously estimated that between 1,000 and 3,000 additional North Korean soldiers were dispatched earlier this year.',
  'The visit also comes amid heightened tensions on the Korean Peninsula. A day before Shoigu\'s arrival, North Korea announced it had test-launched new anti-aircraft missiles.',
  'The test coincided with the conclusion of an 11-day joint military drill between the U.S. and South Korea, which Pyongyang has labeled as provocative.',
  'While a full 30-day ceasefire proposed by Trump has not been endorsed, reports suggest limited pauses in Russian attacks may be underway.',
  'Last year, Putin visited Pyongyang and signed a major mutual defense pact with Kim.',
  'Yet, in October 2024, Putin notably refrained from denying North Korean boots on Russian soil.',
].join(' ');

const SEED_004 =
  'Pyongyang, October 11, 2025 – In a significant development in Russia-North Korea relations, Dmitry Medvedev affirmed Moscow’s commitment during a high-level meeting with North Korean leader Kim Jong-un in Pyongyang on Saturday. The Comprehensive Strategic Partnership Agreement, signed in June 2025, represents a landmark in bilateral relations. The treaty builds on decades of historical ties, dating back to the Soviet Union’s support for North Korea during the Korean War (1950–1953).';

describe('seed article 000 (reference Friday 2025-03-21)', () => {
  const ref = '2025-03-21';

  it('reads "on Friday" in a story dated Friday as that day', () => {
    expect(find(SEED_000, ref, 'Friday')).toMatchObject({ value: '2025-03-21', precision: 'day', resolution: 'relative-to-publication' });
  });

  it('reads "last year" as the previous year, year precision', () => {
    expect(find(SEED_000, ref, 'Last year')).toMatchObject({ value: '2024', precision: 'year' });
  });

  it('reads "earlier this year" as the year, not 1 January', () => {
    expect(find(SEED_000, ref, 'earlier this year')).toMatchObject({ value: '2025', precision: 'year' });
  });

  it('keeps "October 2024" a month', () => {
    expect(find(SEED_000, ref, 'October 2024')).toMatchObject({ value: '2024-10', precision: 'month', resolution: 'explicit' });
  });

  it('dates "A day before Shoigu\'s arrival" from the sentence that dates Shoigu\'s meeting', () => {
    const d = find(SEED_000, ref, "A day before Shoigu's arrival");
    expect(d).toMatchObject({ value: '2025-03-20', precision: 'day', resolution: 'relative-to-date' });
    expect(d?.anchor).toEqual({ phrase: "Shoigu's arrival", offsetDays: -1, amount: -1, unit: 'day' });
  });

  it('returns no durations ("two-hour", "11-day", "30-day") and no counts', () => {
    const found = spans(SEED_000, ref).join(' | ');
    expect(found).not.toMatch(/hour|11-day|30-day|1,000|3,000/);
  });

  it('keeps offsets exact', () => {
    for (const d of extractDates(SEED_000, ref)) expect(SEED_000.slice(d.start, d.end)).toBe(d.span);
  });
});

describe('seed article 004 (dateline Saturday 2025-10-11)', () => {
  const ref = '2025-10-11';

  it('reads the dateline and "on Saturday" as the same day', () => {
    expect(find(SEED_004, ref, 'October 11, 2025')).toMatchObject({ value: '2025-10-11', resolution: 'explicit' });
    expect(find(SEED_004, ref, 'Saturday')).toMatchObject({ value: '2025-10-11' });
  });

  it('reads "in June 2025" as a month', () => {
    expect(find(SEED_004, ref, 'June 2025')).toMatchObject({ value: '2025-06', precision: 'month' });
  });

  it('reads "(1950–1953)" as a year range', () => {
    expect(find(SEED_004, ref, '1950–1953')).toMatchObject({ value: '1950', endValue: '1953', precision: 'year' });
  });
});
