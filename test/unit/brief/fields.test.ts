/** Every field of the language, as written and in its normal form; extends merging. */
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../../src/brief/load-brief.js';
import { selectForBrief } from '../../../src/brief/select.js';

describe('brief fields', () => {
  it('normalises a brief that sets every field', async () => {
    const b = await loadBrief('test/fixtures/briefs/all-fields.yaml');
    expect(b.spec).toMatchObject({
      abstract: false,
      title: 'Every field',
      subtitle: 'A brief that sets everything',
      audience: 'executive, public',
      audiences: ['executive', 'public'],
      template: 'sitrep',
      handling: 'TLP:AMBER',
      author: 'A. Analyst',
      organisation: 'The desk',
      timezone: 'Europe/Berlin',
      period: { kind: 'week', week: '2025-W12' },
      corpus: ['corpus/'],
      aliases: 'corpus/entities.yaml',
      weights: { 'test-launch': 2 },
      limits: { developments: 3, quotes: 2, actors: 4, perActor: 2 },
      sections: ['summary', 'timeline', 'statements', 'by-actor', 'markdown', 'sources', 'stats', 'chart'],
      summary: 'Bottom line.',
      blocks: [{ title: 'Outlook', markdown: 'More *later*.' }],
      pin: ['abc'],
      exclude: ['def'],
      reword: { ghi: 'New words' },
    });
    expect(b.spec.select).toMatchObject({
      entities: { any: ['Kim Jong Un', 'DPRK'], all: ['Russia'], not: ['Ukraine'] },
      types: ['meeting', 'test-launch'],
      keywords: ['visit'],
      sources: ['TASS'],
      minCorroboration: 2,
      minConfidence: 0.5,
      partialQuotes: true,
    });
    // keywords AND the match lists
    expect(b.spec.select.match).toEqual({
      op: 'and',
      args: [
        { op: 'or', args: [{ op: 'term', term: 'visit' }] },
        {
          op: 'and',
          args: [
            { op: 'or', args: [{ op: 'term', term: 'Shoigu' }, { op: 'term', term: 'Kim' }] },
            { op: 'term', term: 'Pyongyang' },
            { op: 'not', arg: { op: 'term', term: 'exercise' } },
          ],
        },
      ],
    });
    expect(b.aliases.canonical('DPRK')).toBe('North Korea');
    expect(b.locate(['reword', 'ghi'], true)).toEqual({ file: 'test/fixtures/briefs/all-fields.yaml', line: 31, column: 11 });
  });
  it('reaches the template context', async () => {
    const b = await loadBrief('test/fixtures/briefs/all-fields.yaml');
    const ctx = selectForBrief({ brief: b, articles: [], extractions: [], developments: [], asOf: '2025-11-01T09:00:00Z' });
    expect(ctx.brief).toEqual({ name: 'all-fields', title: 'Every field', subtitle: 'A brief that sets everything', audience: 'executive, public', handling: 'TLP:AMBER', author: 'A. Analyst', organisation: 'The desk' });
    expect(ctx.period).toEqual({ from: '2025-03-17', to: '2025-03-23', label: '2025-W12 (17–23 Mar 2025)', week: '2025-W12' });
    expect(ctx.summary).toBe('Bottom line.');
    expect(ctx.sections).toEqual(['summary', 'timeline', 'statements', 'by-actor', 'markdown', 'sources', 'stats', 'chart']);
    expect(ctx.blocks).toEqual([{ title: 'Outlook', markdown: 'More *later*.' }]);
    expect(ctx.edition).toBeUndefined(); // only weekly briefs have editions
    expect(ctx.stats).toEqual({ articlesRead: 0, articlesInPeriod: 0, outlets: 0, developments: 0, quotes: 0 });
  });
  it('fills in the defaults', async () => {
    const b = await loadBrief('test/fixtures/briefs/unknown-template.yaml');
    expect(b.spec).toMatchObject({
      audience: 'analyst',
      timezone: 'UTC',
      corpus: ['corpus/'],
      limits: { developments: 20, quotes: 10, actors: 8, perActor: 5 },
      sections: ['summary', 'timeline', 'statements', 'by-actor', 'markdown', 'sources', 'stats'],
      select: { types: [], keywords: [], match: null, minCorroboration: 1, minConfidence: 0, partialQuotes: false },
      pin: [],
      exclude: [],
      reword: {},
    });
  });
  it('extends: maps merge key by key, the brief wins, positions point into the right file', async () => {
    const b = await loadBrief('test/fixtures/briefs/child.yaml');
    expect(b.files).toEqual(['test/fixtures/briefs/child.yaml', 'test/fixtures/briefs/_base/shared.yaml']);
    expect(b.spec).toMatchObject({ title: 'Child', organisation: 'Shared desk', period: { kind: 'range', from: '2025-03-01', to: '2025-10-31' }, limits: { developments: 5, quotes: 2 } });
    expect(b.spec.select).toMatchObject({ keywords: ['Kim'], minConfidence: 0.5 });
    expect(b.locate(['select', 'minConfidence'])).toMatchObject({ file: 'test/fixtures/briefs/child.yaml', line: 4 });
    expect(b.locate(['select', 'keywords'])).toMatchObject({ file: 'test/fixtures/briefs/_base/shared.yaml', line: 5 });
  });
});
