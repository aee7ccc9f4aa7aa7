import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflow } from '../../../src/corpus/reflow.js';
import { fixtures } from './helpers.js';

const hardWrapInside = /[^\n]\n[^\n]/;

function record(file: string, id: string): { text: string } {
  const line = readFileSync(path.join(fixtures, file), 'utf8')
    .split('\n')
    .find((l) => l.includes(`"id": "${id}"`));
  if (!line) throw new Error(`fixture ${id} missing`);
  return JSON.parse(line) as { text: string };
}

describe('reflow', () => {
  it('joins a real hard-wrapped Reuters article into its indented paragraphs', () => {
    const { text } = record('real/reuters-excerpt.jsonl', 'reuters-1');
    const out = reflow(text);
    const paragraphs = out.split('\n\n');
    expect(hardWrapInside.test(out)).toBe(false);
    // Paragraph count = the first paragraph plus every line indented by four spaces.
    expect(paragraphs).toHaveLength(1 + text.split('\n').filter((l) => l.startsWith('    ')).length);
    expect(paragraphs[0]).toBe(
      'Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early ' +
        'January and improving prospects for the coming temporao, although normal humidity levels have not ' +
        'been restored, Comissaria Smith said in its weekly review.',
    );
    expect(paragraphs[1]).toBe('The dry period means the temporao will be late this year.');
    // No word is lost or altered: only whitespace changes.
    expect(out.split(/\s+/)).toEqual(text.trim().split(/\s+/));
  });

  it('keeps the rows of a Reuters table apart instead of gluing them into prose', () => {
    const { text } = record('real/reuters-excerpt.jsonl', 'reuters-5');
    const paragraphs = reflow(text).split('\n\n');
    expect(paragraphs).toContain('Wheat   2.55   2.40       IV     4.65     --');
    expect(paragraphs).toContain('Corn    1.35   1.92       IV     3.15   3.15');
    expect(paragraphs.at(-1)).toMatch(/^Reserves I, II and III have matured\. Level IV reflects grain entered/);
  });

  it('treats every line as a paragraph when lines are long (one paragraph per line, as KCNA)', () => {
    const long = 'x'.repeat(150);
    expect(reflow(`${long}\n${long}.\nShort heading\n${long}`)).toBe(`${long}\n\n${long}.\n\nShort heading\n\n${long}`);
  });

  it('joins wrapped lines within blank-line separated paragraphs', () => {
    const text = 'one two three four five six seven\neight nine ten\n\neleven twelve thirteen\nfourteen';
    expect(reflow(text)).toBe('one two three four five six seven eight nine ten\n\neleven twelve thirteen fourteen');
  });

  it('rejoins a word broken after its hyphen without adding a space', () => {
    const text = 'The company said it had slightly higher-than-\nexpected sales of its English-\nlanguage paper.';
    expect(reflow(text)).toBe('The company said it had slightly higher-than-expected sales of its English-language paper.');
  });

  it('without indentation or blank lines, breaks after a sentence end or a short line followed by a capital', () => {
    const text = [
      'The agency said the talks would resume next week in Geneva and that',
      'both sides had agreed on an agenda.',
      'Officials declined to comment on the',
      'details.',
      'Background',
      'The dispute began in March.',
    ].join('\n');
    expect(reflow(text).split('\n\n')).toEqual([
      'The agency said the talks would resume next week in Geneva and that both sides had agreed on an agenda.',
      'Officials declined to comment on the details.',
      'Background',
      'The dispute began in March.',
    ]);
  });

  it('with softBreaks, joins every wrapped line of a block (Markdown paragraphs)', () => {
    expect(reflow('First line.\nSecond line.', { softBreaks: true })).toBe('First line. Second line.');
  });

  it('returns single-line input trimmed and empty input empty', () => {
    expect(reflow('  one line  ')).toBe('one line');
    expect(reflow('\n\n  \n')).toBe('');
  });
});
