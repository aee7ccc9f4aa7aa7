import { describe, expect, it } from 'vitest';
import { findDatelineInText, parseDatelineField } from '../../../src/corpus/dateline.js';

describe('parseDatelineField (datelines given as a field)', () => {
  // All taken from the Reuters-21578 and KCNA bundles.
  it.each([
    ['SALVADOR, Feb 26 -', '1987-02-26T15:01:01Z', 'SALVADOR', '1987-02-26'],
    ['PORTLAND, Ore., Feb 26 -', '1987-02-26T15:01:01Z', 'PORTLAND, Ore.', '1987-02-26'],
    ['NEW YORK, March 3 -', '1987-03-03T10:00:00Z', 'NEW YORK', '1987-03-03'],
    ['MILWAUKEE, Oct. 20 -', '1987-10-20T09:00:00Z', 'MILWAUKEE', '1987-10-20'],
    ['WASHINGTON, March 12, Reuter -', '1987-03-12T09:00:00Z', 'WASHINGTON', '1987-03-12'],
    ['****LONDON, March 5 -', '1987-03-05T09:00:00Z', 'LONDON', '1987-03-05'],
    ['Caracas, feb 26 -', '1987-02-26T09:00:00Z', 'Caracas', '1987-02-26'],
    ['JOHANNESBURG March 13 -', '1987-03-13T09:00:00Z', 'JOHANNESBURG', '1987-03-13'],
    ['Pyongyang, October 9 (KCNA) --', '2024-10-09T00:00:00Z', 'Pyongyang', '2024-10-09'],
  ])('%s', (raw, published, place, date) => {
    expect(parseDatelineField(raw, published.slice(0, 10))).toEqual({ place, date });
  });

  it('takes the year from the publication date, the year before across New Year', () => {
    expect(parseDatelineField('TOKYO, Dec 31 -', '1988-01-02')).toEqual({ place: 'TOKYO', date: '1987-12-31' });
    expect(parseDatelineField('TOKYO, Jan 1 -', '1987-12-31')).toEqual({ place: 'TOKYO', date: '1988-01-01' });
  });
  it('leaves the day unresolved without a publication date or a year', () => {
    expect(parseDatelineField('SALVADOR, Feb 26 -', null)).toEqual({ place: 'SALVADOR', date: null });
  });
  it('keeps a place without a date, and gives up on table debris', () => {
    expect(parseDatelineField('TOKYO -', '1987-04-01')).toEqual({ place: 'TOKYO', date: null });
    expect(parseDatelineField('Mar       ---    ---', '1987-04-01')).toBeNull();
    expect(parseDatelineField('', '1987-04-01')).toBeNull();
  });
});

describe('findDatelineInText', () => {
  it('finds the seed article dateline with its year and offsets', () => {
    const text = 'Pyongyang, October 11, 2025 – In a significant development in Russia-North Korea relations';
    expect(findDatelineInText(text, null)).toEqual({
      raw: 'Pyongyang, October 11, 2025 –',
      place: 'Pyongyang',
      date: '2025-10-11',
      start: 0,
      end: 29,
    });
  });
  it('finds Reuters and KCNA style datelines in running text', () => {
    expect(findDatelineInText('NEW YORK, March 3 - Shares rose.', '1987-03-03')).toMatchObject({ place: 'NEW YORK', date: '1987-03-03', end: 19 });
    expect(findDatelineInText('Pyongyang, October 9 (KCNA) -- Kim Jong Un', '2024-10-09')).toMatchObject({
      raw: 'Pyongyang, October 9 (KCNA) --',
      date: '2024-10-09',
    });
    expect(findDatelineInText('LONDON (Reuters) - The pound fell.', null)).toMatchObject({ place: 'LONDON', date: null, end: 18 });
  });
  it('does not take an ordinary first sentence for a dateline', () => {
    expect(findDatelineInText('Russian Security Council Secretary Sergei Shoigu met with Kim Jong Un on Friday.', null)).toBeNull();
    expect(findDatelineInText('The meeting in May, 2024 - no.', null)).toBeNull();
    expect(findDatelineInText('Moscow said on March 3 - that is', null)).toBeNull();
  });
  it('rejects a day that does not exist', () => {
    expect(findDatelineInText('Pyongyang, February 30, 2025 – Text', null)).toMatchObject({ date: null });
  });
});
