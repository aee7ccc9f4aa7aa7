import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps abbreviations inside sentences', () => {
    expect(split('The U.S. and South Korea held drills. Gen. Kim said so.')).toEqual(['The U.S. and South Korea held drills.', 'Gen. Kim said so.']);
  });

  it('ends a heading line without a full stop', () => {
    expect(split('Strengthening Ties Amid Global Tensions\nThe meeting in Pyongyang comes at a time of isolation.')).toEqual([
      'Strengthening Ties Amid Global Tensions',
      'The meeting in Pyongyang comes at a time of isolation.',
    ]);
    expect(split('Key elements of the agreement include:\nMutual Defense Commitment: The treaty obligates both.')).toHaveLength(2);
  });

  it('splits a dateline from the first sentence', () => {
    expect(split('Pyongyang, October 11, 2025 – In a significant development, Medvedev met Kim.')).toEqual([
      'Pyongyang, October 11, 2025 –',
      'In a significant development, Medvedev met Kim.',
    ]);
  });

  it('does not split hard-wrapped wire copy at line ends', () => {
    const text = 'Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects.';
    expect(split(text)).toEqual([text]);
  });
});
