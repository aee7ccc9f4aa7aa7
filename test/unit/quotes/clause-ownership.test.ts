import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';

const run = (text: string) => extractQuotes({ id: 'a', text });

describe('which clause owns a partial quotation', () => {
  it('gives the tag after the closing comma the quotation when the verb before sat in a closed subordinate clause', () => {
    // PolNeAR train, Politico 2016-04-06.
    const [q] = run(
      'When Sanders said at a rally ahead of the Illinois primary that he wouldn’t want Emanuel’s endorsement, he “grabbed ahold of the way [teachers] in Chicago are feeling about the way our city is being run,” said Drew Heiserman, a steering committee member for the Caucus of Rank and File Educators.',
    );
    expect(q).toMatchObject({ speaker: 'Drew Heiserman', partial: true });
  });

  it('keeps the subject of the sentence when its own verb introduces the quotation', () => {
    // The same sentence with the reporting verb in the main clause: the partial quotation is
    // Sanders's, and the tag after it does not take it.
    const [q] = run(
      'At a rally ahead of the Illinois primary, Sanders said he “wouldn’t want Emanuel’s endorsement,” said Drew Heiserman, a steering committee member.',
    );
    expect(q).toMatchObject({ speaker: 'Sanders', partial: true });
  });
});

describe('a description between two names', () => {
  it('keeps the name that opens the sentence; the name after the description is its last noun', () => {
    // PolNeAR train, New York Times 2016-02-20.
    const [q] = run(
      "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was “both religious and political.”",
    );
    expect(q).toMatchObject({ speaker: 'Giovanni Maria Vian' });
  });

  it('still reads a description followed by the name as that person', () => {
    const [q] = run('Her campaign manager, Robby Mook, said the race was “far from over.”');
    expect(q).toMatchObject({ speaker: 'Robby Mook' });
  });
});
