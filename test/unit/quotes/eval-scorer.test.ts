import { describe, expect, it } from 'vitest';
import { relativeAntecedent, sourceHeads, speakerMatches, speakerMatchesV2 } from '../../../eval/quotes.js';
import type { Quote } from '../../../src/model/extraction.js';

function quote(speaker: string | null, speakerMention: string | null): Quote {
  return { id: 'q', text: 'x', speaker, speakerMention, cue: 'said', via: null, partial: false, start: 0, end: 1, confidence: 1 };
}

describe('PolNeAR speaker scorer', () => {
  it('reads an apposition from either side', () => {
    expect(sourceHeads('Her campaign manager, Robby Mook,')).toEqual(new Set(['manager', 'robby', 'mook']));
    expect(speakerMatches('Her campaign manager, Robby Mook,', quote('Robby Mook', 'Robby Mook'))).toBe(false);
    expect(speakerMatchesV2('Her campaign manager, Robby Mook,', quote('Robby Mook', 'Robby Mook'), null)).toBe(true);
  });

  it('does not take a possessor in a later apposition for the person', () => {
    const gold = 'Corey Lewandowski, Donald Trump’s fired campaign manager,';
    expect(speakerMatchesV2(gold, quote('Donald Trump', 'Trump'), null)).toBe(false);
    expect(speakerMatchesV2(gold, quote('Corey Lewandowski', 'Lewandowski'), null)).toBe(true);
  });

  it('skips relative clauses, ages and places after the name', () => {
    const gold = 'Harry Bond, 30, of Raleigh, N.C., who was among those polled,';
    expect(speakerMatchesV2(gold, quote('N.C', 'N.C'), null)).toBe(false);
    expect(speakerMatchesV2(gold, quote('Harry Bond', 'Bond'), null)).toBe(true);
  });

  it('keeps a title ending in a lower-case noun together with the name after it', () => {
    const gold = 'Former secretary of state Hillary Rodham Clinton';
    expect(speakerMatchesV2(gold, quote('Hillary Rodham Clinton', 'Hillary Rodham Clinton'), null)).toBe(true);
    // "aide to President George W. Bush" is a relation, not a title: Bush is not the aide.
    expect(speakerMatchesV2('the former top aide to President George W. Bush', quote('George W. Bush', 'Bush'), null)).toBe(false);
  });

  it('resolves a relative pronoun to the name before it, and only that', () => {
    const text = 'The plan drew fire from Rep. Gwen Graham, who called it “a mistake.”';
    const at = text.indexOf('who');
    expect(relativeAntecedent(text, at)).toBe('Rep. Gwen Graham');
    expect(speakerMatchesV2('who', quote('Gwen Graham', 'Graham'), relativeAntecedent(text, at))).toBe(true);
    expect(speakerMatchesV2('who', quote('Donald Trump', 'Trump'), relativeAntecedent(text, at))).toBe(false);
    // PolNeAR train, New York Times 2016-07-21: the suffix's full stop is part of the name.
    const junior = 'That suggestion prompted a harsh response from Donald Trump Jr., who suggested that Mr. Lewandowski was trying to “maintain relevance.”';
    expect(relativeAntecedent(junior, junior.indexOf('who'))).toBe('Donald Trump Jr.');
    const noun = 'Clinton released a new ad, which says she will “fight.”';
    expect(relativeAntecedent(noun, noun.indexOf('which'))).toBe('ad');
    // PolNeAR dev, New York Times 2016-10-04: the Times types a dash as "--".
    const dashed = 'Instead, the study -- which notes that 58 Fortune 500 companies would owe $212 billion, ';
    expect(relativeAntecedent(dashed, dashed.indexOf('which'))).toBe('study');
  });

  it('still scores a personal pronoun source only by the same pronoun', () => {
    expect(speakerMatchesV2('he', quote('Donald Trump', 'Trump'), null)).toBe(false);
    expect(speakerMatchesV2('he', quote('Donald Trump', 'he'), null)).toBe(true);
  });
});
