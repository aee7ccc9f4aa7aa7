import { describe, expect, it } from 'vitest';
import { antecedent, persons, type PersonEvidence } from '../../../src/extract/quotes/antecedents.js';
import { scanEntities } from '../../../src/extract/quotes/names.js';

const noEvidence: PersonEvidence = { quoted: () => false, kindAt: () => undefined, organisations: () => [] };

describe('antecedents of "he" and "she"', () => {
  // Reuters 5157, reworded only in giving Shultz his given name.
  const text =
    'President Ronald Reagan admitted he was wrong to sell arms to Iran. He said: "Secretary George Shultz advised me strongly not to pursue the initiative." "As we now know, they were right," he said.';
  const quoteStart = text.indexOf('"Secretary');
  const quoteEnd = text.indexOf('initiative."') + 'initiative."'.length;

  it('a person named only inside a quotation is no antecedent', () => {
    const pos = text.lastIndexOf('he said');
    const all = persons(scanEntities(text), text, new Set(), noEvidence);
    expect(antecedent(all, pos, 'm', text)?.name).toBe('George Shultz');
    const quoted: PersonEvidence = { ...noEvidence, quoted: (at) => at >= quoteStart && at < quoteEnd };
    const outside = persons(scanEntities(text), text, new Set(), quoted);
    expect(outside.map((p) => p.name)).not.toContain('George Shultz');
    expect(antecedent(outside, pos, 'm', text)?.name).toBe('Ronald Reagan');
  });

  it('a run the recogniser knows as a place is left out unless the article shows a person', () => {
    const t = 'Western Europe will lead, Apolonio Ruiz Ligero said. Spanish firms must export, he said.';
    const kinds: PersonEvidence = {
      quoted: () => false,
      kindAt: (at) => (at < 14 || t.startsWith('Spanish', at) ? 'place' : at >= 26 && at < 46 ? 'place' : undefined),
      organisations: () => [],
    };
    // The recogniser also errs: it reads the speaker as a place here, and his full name and the
    // reporting verb keep him.
    const names = persons(scanEntities(t), t, new Set(['ligero']), kinds).map((p) => p.name);
    expect(names).toContain('Apolonio Ruiz Ligero');
    expect(names).not.toContain('Western Europe');
    expect(names).not.toContain('Spanish');
  });
});
