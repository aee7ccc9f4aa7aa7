import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideRebuild, emptyManifest, readManifest, writeManifest, type EditionInputs, type EditionSelection, type ManifestEntry } from '../../../src/build/manifest.js';

const inputs: EditionInputs = {
  brief: 'b1',
  template: 't1',
  toolVersion: '0.1.0',
  extractor: 'x1',
  period: { from: '2025-03-17', to: '2025-03-23' },
  asOf: null,
  corpus: 'c1',
};
const selection: EditionSelection = { articles: { a1: 'h1', a2: 'h2' }, developments: ['d1', 'd2'], newDevelopments: ['d2'], quotes: ['q1'], stats: '5/2', empty: false };
const entry: ManifestEntry = { key: 'wk/2025-W12', brief: 'briefs/wk.yaml', week: '2025-W12', output: 'wk/2025-W12.pdf', status: 'built', inputs, selection, developmentKeys: [], builtAt: '2025-03-24T00:00:00Z' };
const exists = { outputExists: true };

describe('decideRebuild: what triggers a rebuild', () => {
  it('nothing changed: skip, without needing a selection', () => {
    expect(decideRebuild(entry, inputs, undefined, exists)).toEqual({ action: 'skip', reasons: ['up to date'] });
  });
  it.each([
    ['brief changed', { brief: 'b2' }],
    ['template changed', { template: 't2' }],
    ['tool version changed', { toolVersion: '0.2.0' }],
    ['extractor changed', { extractor: 'x2' }],
    ['period changed', { period: { from: '2025-03-10', to: '2025-03-16' } }],
    ['as-of changed', { asOf: '2025-11-02T00:00:00.000Z' }],
  ])('%s', (reason, change) => {
    expect(decideRebuild(entry, { ...inputs, ...change }, undefined, exists)).toEqual({ action: 'build', reasons: [reason] });
  });
  it('several reasons at once are all given', () => {
    expect(decideRebuild(entry, { ...inputs, brief: 'b2', template: 't2' }, undefined, exists).reasons).toEqual(['brief changed', 'template changed']);
  });
  it('never built, output missing, forced', () => {
    expect(decideRebuild(undefined, inputs, undefined, exists)).toEqual({ action: 'build', reasons: ['not built before'] });
    expect(decideRebuild(entry, inputs, undefined, { outputExists: false })).toEqual({ action: 'build', reasons: ['output missing'] });
    expect(decideRebuild(entry, inputs, undefined, { outputExists: true, force: true })).toEqual({ action: 'build', reasons: ['forced'] });
  });
  it('an edition skipped as empty has no output to miss', () => {
    expect(decideRebuild({ ...entry, status: 'empty-skipped', output: null }, inputs, undefined, { outputExists: false }).action).toBe('skip');
  });
  it('a changed corpus asks for the selection; the same selection is no rebuild', () => {
    const changed = { ...inputs, corpus: 'c2' };
    expect(decideRebuild(entry, changed, undefined, exists)).toEqual({ action: 'select', reasons: ['corpus changed'] });
    const again = decideRebuild(entry, changed, selection, exists);
    expect(again.action).toBe('skip');
    expect(again.reasons[0]).toMatch(/selection unchanged/);
  });
  it('an article newly selected rebuilds, and says how many', () => {
    const d = decideRebuild(entry, { ...inputs, corpus: 'c2' }, { ...selection, articles: { ...selection.articles, a3: 'h3', a4: 'h4' }, developments: ['d1', 'd2', 'd3'] }, exists);
    expect(d).toEqual({ action: 'build', reasons: ['2 new articles selected'] });
  });
  it('a selected article edited, or dropped, rebuilds', () => {
    expect(decideRebuild(entry, { ...inputs, corpus: 'c2' }, { ...selection, articles: { a1: 'h1x', a2: 'h2' } }, exists).reasons).toEqual(['1 selected article changed']);
    expect(decideRebuild(entry, { ...inputs, corpus: 'c2' }, { ...selection, articles: { a1: 'h1' } }, exists).reasons).toEqual(['1 article no longer selected']);
  });
  it('the previous week changing (a corpus change) matters only through the "new" marks', () => {
    const prevChanged = { ...inputs, corpus: 'c2' };
    expect(decideRebuild(entry, prevChanged, undefined, exists).action).toBe('select');
    expect(decideRebuild(entry, prevChanged, selection, exists).action).toBe('skip');
    expect(decideRebuild(entry, prevChanged, { ...selection, newDevelopments: ['d1', 'd2'] }, exists).reasons).toEqual(['"new since last edition" marks changed']);
  });
  it('counts printed in the edition changing (an unselected article in the week) rebuild', () => {
    expect(decideRebuild(entry, { ...inputs, corpus: 'c2' }, { ...selection, stats: '6/2' }, exists).reasons).toEqual(['article counts in period changed']);
  });
  it('the as-of of a weekly edition (null) never triggers', () => {
    expect(decideRebuild({ ...entry, inputs: { ...inputs, asOf: null } }, { ...inputs, asOf: null }, undefined, exists).action).toBe('skip');
  });
});

describe('manifest file', () => {
  it('round-trips, sorted, through an atomic write that leaves no temporary', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-manifest-'));
    const m = emptyManifest();
    m.editions['z'] = { ...entry, key: 'z' };
    m.editions['a'] = { ...entry, key: 'a' };
    await writeManifest(dir, m);
    expect(readdirSync(dir)).toEqual(['.briefsmith-manifest.json']);
    expect(Object.keys((await readManifest(dir)).editions)).toEqual(['a', 'z']);
    expect(JSON.parse(readFileSync(path.join(dir, '.briefsmith-manifest.json'), 'utf8')).version).toBe(1);
  });
  it('a missing or corrupt manifest reads as empty', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-manifest-'));
    expect(await readManifest(dir)).toEqual(emptyManifest());
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, '.briefsmith-manifest.json'), '{"version":1,"editions":');
    expect(await readManifest(dir)).toEqual(emptyManifest());
  });
});
