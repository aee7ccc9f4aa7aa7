/**
 * Speaker patterns found in PolNeAR dev/train error analysis. Fixtures are short excerpts of
 * real political news (PolNeAR train/dev articles), trimmed to the sentences that matter.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';

const run = (text: string) => extractQuotes({ id: 'a', text });
const speakers = (text: string) => run(text).map((q) => q.speaker);

describe('speaker attribution: patterns from political news', () => {
  it('an honorific full stop ("Mr.", "Rep.") does not end the tag sentence', () => {
    // NYT, PolNeAR dev.
    const [q] = run('"It was the least bad outcome," Mr. Morgan of the Sierra Club said. Even so, he was worried.');
    expect(q).toMatchObject({ speaker: 'Morgan', speakerRole: 'of the Sierra Club' });
    expect(speakers('"It\'s a dog whistle to all Americans," Rep. Gwen Moore (D-Wis.) said Friday.')).toEqual(['Gwen Moore']);
  });
});
