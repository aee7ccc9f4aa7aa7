import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { find, spans } from './helpers.js';

// Sentences from the Reuters-21578, KCNA 2024 and TimeBank corpora (trimmed), and the reference
// day each was published on, so the expected values follow from the text, not from the rules.

describe('explicit dates', () => {
  it('reads day-month-year and month-day-year, with and without a weekday', () => {
    const t = 'The Compaq GSA contract runs until March 31, 1988, and the bonds are due April 10, 1994.';
    expect(find(t, '1987-04-09', 'March 31, 1988')).toMatchObject({ value: '1988-03-31', precision: 'day', resolution: 'explicit' });
    expect(find('It was signed on 21 March 2025 in Moscow.', '2025-03-25', '21 March 2025')?.value).toBe('2025-03-21');
    expect(find('Pyongyang, Saturday, October 11, 2025 – The parade began.', null, 'Saturday, October 11, 2025')?.value).toBe('2025-10-11');
  });

  it('reads ISO dates and abbreviated months', () => {
    expect(find('The order took effect on 2025-03-21.', null, '2025-03-21')?.value).toBe('2025-03-21');
    expect(find('The rights, which expire Nov. 21, can be exercised for $100 each.', '1989-11-02', 'Nov. 21')?.value).toBe('1989-11-21');
  });

  it('reads KCNA Juche dates with the Gregorian year', () => {
    const t = 'A national flag-hoisting ceremony was held at Kim Il Sung Square on January 1, Juche 113 (2024).';
    expect(extractDates(t, '2024-01-01')).toEqual([
      expect.objectContaining({ span: 'January 1, Juche 113 (2024)', value: '2024-01-01', precision: 'day' }),
    ]);
    expect(find('the new year, Juche 113 (2024) along the broad road', '2024-01-02', 'Juche 113 (2024)')).toMatchObject({ value: '2024', precision: 'year' });
    // An anecdote dated in the past must not fall back to the publication year.
    expect(find('One day in July Juche 107 (2018), the respected leader came.', '2024-03-19', 'July Juche 107 (2018)')).toMatchObject({ value: '2018-07', precision: 'month' });
  });

  it('does not read a name built on a date as a date', () => {
    expect(spans('Working people at the February 8 Vinalon Complex rose.', '2024-08-18')).toEqual([]);
  });

  it('keeps month and year precision, never inventing a day', () => {
    expect(find('Clevite sold the division to J.P. Industries in February 1987, subject to an audit.', '1987-04-13', 'February 1987')).toMatchObject({ value: '1987-02', precision: 'month' });
    expect(find('Combined sales of the three companies in 1986 were over 50 mln dlrs.', '1987-06-29', '1986')).toMatchObject({ value: '1986', precision: 'year' });
  });

  it('reads decades, centuries, quarters, halves and seasons', () => {
    expect(find('it could find itself severely exposed in the 1990s by staying absent', '1987-03-01', 'the 1990s')).toMatchObject({ value: '199', precision: 'decade' });
    expect(find('the culmination of a trend since the 20th century', null, 'the 20th century')).toMatchObject({ value: '19', precision: 'century' });
    expect(find('4 mln dlrs, or 15 cts a share, earned in the first quarter of fiscal 1986.', '1987-03-01', 'the first quarter of fiscal 1986')).toMatchObject({ value: '1986-Q1', precision: 'quarter' });
    expect(find('Profit rose in the first half of 2025.', '2025-08-01', 'the first half of 2025')).toMatchObject({ value: '2025-H1', precision: 'half' });
    expect(find('Fighting intensified in the summer of 2024.', '2025-01-10', 'the summer of 2024')).toMatchObject({ value: '2024-SU', precision: 'season' });
  });

  it('joins ranges', () => {
    const t = 'Harris said it bought 81,001 Centerre common shares between Jan 2 and March 4 at prices ranging from 36.00 dlrs.';
    expect(find(t, '1987-03-16', 'Jan 2 and March 4')).toMatchObject({ value: '1987-01-02', endValue: '1987-03-04' });
    expect(find('The summit was held 21-23 March 2025.', null, '21-23 March 2025')).toMatchObject({ value: '2025-03-21', endValue: '2025-03-23' });
  });
});

describe('relative to the reference day and the tense', () => {
  it('takes the past weekday in a past clause and the next one in a future clause', () => {
    // Wednesday 2025-03-19
    expect(find('Shoigu met Kim Jong Un on Friday.', '2025-03-19', 'Friday')?.value).toBe('2025-03-14');
    expect(find('The monarch will meet Bush on Thursday in Kennebunkport, Maine.', '2025-03-19', 'Thursday')?.value).toBe('2025-03-20');
    expect(find('Paribas said Monday that it intends to bid for the stake.', '1989-10-27', 'Monday')?.value).toBe('1989-10-23');
  });

  it('handles last/next/this with weekdays, months and units', () => {
    const ref = '2023-12-24';
    expect(find('Japan announced its plan to begin the fourth-round discharge next February.', ref, 'next February')?.value).toBe('2024-02');
    expect(find('Prices fell last Friday.', '2025-03-21', 'last Friday')?.value).toBe('2025-03-14');
    expect(find('The IMF meeting next week will discuss it.', '1987-04-03', 'next week')).toMatchObject({ value: '1987-W15', precision: 'week' });
    expect(find('In the first such attack this month, local radio said.', '1987-03-20', 'this month')).toMatchObject({ value: '1987-03', precision: 'month' });
    expect(find('Rates fell last month.', '2025-01-15', 'last month')?.value).toBe('2024-12');
  });

  it('reads yesterday, today, tomorrow and N units ago', () => {
    const ref = '1987-06-18';
    expect(find("The company's stock yesterday closed at 2-3/4, down 1/4.", ref, 'yesterday')?.value).toBe('1987-06-17');
    expect(find('Grains posted solid gains today.', ref, 'today')?.value).toBe('1987-06-18');
    expect(find('Voting ends tomorrow.', ref, 'tomorrow')?.value).toBe('1987-06-19');
    expect(find('They met three days ago.', ref, 'three days ago')).toMatchObject({ value: '1987-06-15', precision: 'day' });
  });

  it('puts a month without a year on the side the tense points to', () => {
    expect(find('The treaty was signed in June.', '2025-03-18', 'June')?.value).toBe('2024-06');
    expect(find('The treaty will be signed in June.', '2025-03-18', 'June')?.value).toBe('2025-06');
    expect(find('The reduced dividend is payable Jan. 2 to stock of record Dec. 15.', '1989-11-02', 'Jan. 2')?.value).toBe('1990-01-02');
  });

  it('keeps modifiers as TIMEX mods on the same value', () => {
    expect(find('BNL officials said the issue is scheduled for mid-March.', '1987-03-02', 'mid-March')).toMatchObject({ value: '1987-03', precision: 'month', mod: 'MID' });
    expect(find('Output should recover in late 2024.', '2024-05-01', 'late 2024')).toMatchObject({ value: '2024', mod: 'END' });
    expect(find('In January this year, police officers arrived.', '1998-02-19', 'January this year')?.value).toBe('1998-01');
  });

  it('shifts "a year ago" to the same period when a period precedes it in the sentence', () => {
    const t = 'Net income rose 12% in the third quarter from a year ago.';
    expect(find(t, '1989-10-26', 'a year ago')).toMatchObject({ value: '1988-Q3', precision: 'quarter' });
    expect(find('He left the company a year ago.', '1989-10-26', 'a year ago')).toMatchObject({ value: '1988', precision: 'year' });
  });

  it('chains "the previous month" and "the next day" from the last date mentioned', () => {
    const t = 'Malaysia exported 120 tonnes of tin in February, down from 1,816 tonnes the previous month.';
    expect(find(t, '1987-03-27', 'the previous month')).toMatchObject({ value: '1987-01', resolution: 'relative-to-date' });
    expect(find('He was arrested on 3 May 2024. The next day he was released.', null, 'The next day')?.value).toBe('2024-05-04');
  });
});

describe('event-anchored expressions', () => {
  it('leaves an undated anchor open with what a later stage needs', () => {
    const d = find('Two days after the election in Ukraine, the president resigned.', '2025-04-02', 'Two days after the election');
    expect(d).toMatchObject({ value: 'XXXX-XX-XX', resolution: 'relative-to-date' });
    expect(d?.anchor).toMatchObject({ phrase: 'the election', offsetDays: 2 });
  });

  it('resolves an anchor that is itself a date', () => {
    expect(find('Two days before 21 March 2025, the border closed.', null, 'Two days before 21 March 2025')?.value).toBe('2025-03-19');
  });
});

describe('what is not a date', () => {
  it('returns no durations, frequencies or vague references', () => {
    const t = 'The exercise lasted two hours, recurs every week, runs for 30 days, and ended recently; talks are now under way after an 11-day drill and a 30-day ceasefire.';
    expect(extractDates(t, '2025-03-21')).toEqual([]);
  });

  it('does not read quantities as years', () => {
    expect(spans('2,000 troops arrived and 1500 tonnes were shipped at $2025 a tonne.', '2025-01-01')).toEqual([]);
  });

  it('does not read the modal or the verb as a month', () => {
    expect(spans('May the best team win. March on, they said.', '2025-01-01')).toEqual([]);
  });
});

describe('without a reference date', () => {
  it('marks relative expressions unresolved with TIMEX placeholders', () => {
    const found = extractDates('Shoigu arrived on Friday, last year he met Kim, and on March 21 they signed.', null);
    expect(found.map((d) => [d.span, d.value, d.resolution])).toEqual([
      ['Friday', 'XXXX-WXX-5', 'unresolved'],
      ['last year', 'XXXX', 'unresolved'],
      ['March 21', 'XXXX-03-21', 'unresolved'],
    ]);
  });

  it('treats a malformed reference as absent rather than guessing', () => {
    expect(find('They met yesterday.', 'not a date', 'yesterday')).toMatchObject({ value: 'XXXX-XX-XX', resolution: 'unresolved' });
  });
});
