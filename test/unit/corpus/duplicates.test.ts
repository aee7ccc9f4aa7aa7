import { describe, expect, it } from 'vitest';
import { DuplicateDetector, estimateJaccard, fingerprint } from '../../../src/corpus/duplicates.js';

const story =
  'Officials from both countries met on Tuesday to discuss grain exports, shipping insurance and the reopening of two ' +
  'Black Sea ports that have been closed since the spring. The delegations agreed to set up a joint working group that ' +
  'will report within a month, according to a statement issued after the talks. Traders said prices for wheat ' +
  'delivered in the autumn fell slightly on the news.';
const at = (line: number) => ({ file: 'x.jsonl', line });

describe('DuplicateDetector', () => {
  it('reports the first location of a clashing id', () => {
    const d = new DuplicateDetector();
    expect(d.claimId('a', at(1))).toBeNull();
    expect(d.claimId('a', at(9))).toEqual(at(1));
  });

  it('finds an exact copy regardless of case, punctuation and line breaks', () => {
    const d = new DuplicateDetector();
    expect(d.addText({ id: 'a', text: story, location: at(1) })).toBeNull();
    const copy = story.toUpperCase().replace(/,/g, '').replace(/\. /g, '.\n\n');
    expect(d.addText({ id: 'b', text: copy, location: at(2) })).toEqual({ kind: 'exact', other: { id: 'a', location: at(1) }, similarity: 1 });
  });

  it('finds a syndicated copy with a trimmed ending as a near-duplicate', () => {
    const d = new DuplicateDetector();
    d.addText({ id: 'a', text: `${story} Analysts cautioned that similar agreements had collapsed before.`, location: at(1) });
    const found = d.addText({ id: 'b', text: story, location: at(2) });
    expect(found).toMatchObject({ kind: 'near', other: { id: 'a' } });
    expect(found!.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('does not pair unrelated articles', () => {
    const d = new DuplicateDetector();
    d.addText({ id: 'a', text: story, location: at(1) });
    const other = 'A football match ended three goals to one after a late penalty in front of twenty thousand people who had waited all afternoon in the rain.';
    expect(d.addText({ id: 'b', text: other, location: at(2) })).toBeNull();
  });

  it('estimates similarity close to the true shingle Jaccard', () => {
    const a = fingerprint(story).sketch!;
    expect(estimateJaccard(a, fingerprint(story).sketch!)).toBe(1);
    const half = story.split(' ').slice(0, 30).join(' ');
    const j = estimateJaccard(a, fingerprint(half).sketch!);
    expect(j).toBeGreaterThan(0.2);
    expect(j).toBeLessThan(0.8);
  });

  it('skips near-duplicate search for texts too short to judge', () => {
    expect(fingerprint('Too short.').sketch).toBeNull();
  });
});
