import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText, repoRoot, tempDir } from './helpers.js';
import { article, json, readManifestFile, run, weeklyProject } from './project.js';

// 2024-W52 … 2025-W04 (over the year end); 2025-W03 has no article.
const days = ['2024-12-25', '2024-12-31', '2025-01-08', '2025-01-22'];
const args = ['build', '--all-periods', '--as-of', '2025-02-01', '--json'];

describe('weekly cadence and incremental builds (real Chromium)', () => {
  let root = '';
  let out = '';
  beforeAll(() => {
    root = weeklyProject({ from: '2024-12-23', to: '2025-01-26', days });
    out = path.join(root, 'output');
  });

  it('a cold build prints one edition per ISO week, across the year end', () => {
    const r = run(root, [...args, '--context-json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = json(r);
    expect(doc.counts.built).toBe(5);
    expect(doc.editions.map((e) => e.key)).toEqual(['wk/2024-W52', 'wk/2025-W01', 'wk/2025-W02', 'wk/2025-W03', 'wk/2025-W04']);
    for (const w of ['2024-W52', '2025-W01', '2025-W02', '2025-W03', '2025-W04']) expect(existsSync(path.join(out, 'wk', `${w}.pdf`))).toBe(true);
    expect(pdfText(path.join(out, 'wk', '2025-W01.pdf')).replace(/\s+/g, ' ')).toMatch(/30 Dec 2024 – 5 Jan 2025/);
  });

  it('a week with nothing selected says so in a short edition', () => {
    expect(pdfText(path.join(out, 'wk', '2025-W03.pdf')).replace(/\s+/g, ' ')).toMatch(/Nothing matched this brief in 2025-W03/);
  });

  it('marks developments not in the previous edition as new (none new without a previous edition)', () => {
    const ctx = (w: string) => JSON.parse(readFileSync(path.join(out, 'wk', `${w}.json`), 'utf8'));
    const first = ctx('2024-W52');
    expect(first.developments.length).toBeGreaterThan(0);
    expect(first.developments.every((d: { isNew: boolean }) => d.isNew === false)).toBe(true);
    const second = ctx('2025-W01');
    expect(second.edition).toEqual({ serial: '2', week: '2025-W01', previous: '2024-W52' }); // No. 1 is 2024-W52, the period's first week
    expect(second.developments.some((d: { isNew: boolean }) => d.isNew)).toBe(true);
  });

  it('a build with nothing to do launches no browser and rebuilds nothing', () => {
    const r = run(root, args);
    expect(r.status).toBe(0);
    const doc = json(r);
    expect(doc.counts).toMatchObject({ built: 0, 'up-to-date': 5, failed: 0 });
    expect(doc.browserLaunched).toBe(false);
    expect(r.ms).toBeLessThan(3000);
  });

  it('adding one article rebuilds only the edition that selects it, and says why', () => {
    article(path.join(root, 'corpus'), 'late-2025-01-09', '2025-01-09');
    const dry = json(run(root, [...args, '--dry-run']));
    expect(dry.editions.filter((e) => e.status === 'would-build').map((e) => e.key)).toEqual(['wk/2025-W02']);
    const before = statSync(path.join(out, 'wk', '2025-W02.pdf')).mtimeMs;
    const doc = json(run(root, args));
    const built = doc.editions.filter((e) => e.status === 'built');
    expect(built.map((e) => e.key)).toEqual(['wk/2025-W02']);
    expect(built[0]?.reasons.join('; ')).toMatch(/1 new article selected/);
    expect(statSync(path.join(out, 'wk', '2025-W02.pdf')).mtimeMs).toBeGreaterThan(before);
    expect(json(run(root, args)).counts.built).toBe(0);
  });

  it('a template edit rebuilds every edition; --dry-run lists them and touches nothing; --force rebuilds all', () => {
    cpSync(path.join(repoRoot, 'templates', 'sitrep'), path.join(root, 'templates', 'sitrep'), { recursive: true });
    expect(json(run(root, [...args, '--dry-run'])).counts['would-build']).toBe(0); // same files, same hash
    writeFileSync(path.join(root, 'templates', 'sitrep', 'style.css'), `${readFileSync(path.join(root, 'templates', 'sitrep', 'style.css'), 'utf8')}\n/* edited */\n`);
    const manifestBefore = readFileSync(path.join(out, '.briefsmith-manifest.json'), 'utf8');
    const dry = json(run(root, [...args, '--dry-run']));
    expect(dry.counts['would-build']).toBe(5);
    expect(dry.editions.every((e) => e.reasons.includes('template changed'))).toBe(true);
    expect(dry.browserLaunched).toBe(false);
    expect(readFileSync(path.join(out, '.briefsmith-manifest.json'), 'utf8')).toBe(manifestBefore);
    const forced = json(run(root, [...args, '--dry-run', '--force']));
    expect(forced.editions.every((e) => e.reasons[0] === 'forced')).toBe(true);
    rmSync(path.join(root, 'templates'), { recursive: true });
  });

  it('a brief edit, and a deleted PDF, each say why', () => {
    rmSync(path.join(out, 'wk', '2025-W04.pdf'));
    const dry = json(run(root, [...args, '--dry-run']));
    expect(dry.editions.find((e) => e.key === 'wk/2025-W04')?.reasons).toEqual(['output missing']);
    const brief = path.join(root, 'briefs', 'wk.yaml');
    copyFileSync(brief, `${brief}.bak`);
    writeFileSync(brief, `${readFileSync(brief, 'utf8')}subtitle: edited\n`);
    expect(json(run(root, [...args, '--dry-run'])).editions.every((e) => e.reasons.includes('brief changed'))).toBe(true);
    copyFileSync(`${brief}.bak`, brief);
    rmSync(`${brief}.bak`);
    expect(json(run(root, args)).counts.built).toBe(1);
  });

  it('one brief failing does not stop the others; the exit status is 1', () => {
    writeFileSync(path.join(root, 'briefs', 'broken.yaml'), 'titel: typo\n');
    const r = run(root, args);
    expect(r.status).toBe(1);
    const doc = json(r);
    expect(doc.counts).toMatchObject({ failed: 1, 'up-to-date': 5 });
    expect(doc.ok).toBe(false);
    rmSync(path.join(root, 'briefs', 'broken.yaml'));
  });

  it('a second build on the same output folder is refused with the holder named', () => {
    const lock = path.join(out, '.briefsmith.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), started: '2025-02-01T10:00:00.000Z', command: 'briefsmith build' }));
    const r = run(root, ['build', '--all-periods', '--as-of', '2025-02-01']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`another build holds this output folder: pid ${process.pid} on ${hostname()}, started 2025-02-01T10:00:00.000Z`);
    rmSync(lock);
  });

  it('plain output and the GitHub step summary', () => {
    const summary = path.join(tempDir('bs-gh-'), 'step-summary.md');
    const r = run(root, ['build', '--all-periods', '--as-of', '2025-02-01'], { GITHUB_STEP_SUMMARY: summary });
    expect(r.status).toBe(0);
    expect(r.stdout.includes('\x1b')).toBe(false);
    expect(r.stdout).toMatch(/0 built, 5 up to date, 0 failed in \d+ ms \(no browser launched\)/);
    expect(readFileSync(summary, 'utf8')).toMatch(/### Briefsmith build\n\n✅ all editions succeeded/);
  });

  it('emptyWeek: skip builds no edition for an empty week', () => {
    const skipRoot = weeklyProject({ from: '2025-01-13', to: '2025-01-26', days: ['2025-01-22'], emptyWeek: 'skip' });
    const doc = json(run(skipRoot, args));
    expect(doc.editions.map((e) => [e.key, e.status])).toEqual([
      ['wk/2025-W03', 'skipped-empty'],
      ['wk/2025-W04', 'built'],
    ]);
    expect(existsSync(path.join(skipRoot, 'output', 'wk', '2025-W03.pdf'))).toBe(false);
    expect(readManifestFile(path.join(skipRoot, 'output')).editions['wk/2025-W03']?.status).toBe('empty-skipped');
    expect(json(run(skipRoot, args)).counts['up-to-date']).toBe(2);
  });

  it('--shard splits the editions between runners with nothing built twice', () => {
    const keys = [1, 2, 3].flatMap((k) => json(run(root, [...args, '--dry-run', '--force', '--shard', `${k}/3`])).editions.map((e) => e.key));
    expect(keys.sort()).toEqual(['wk/2024-W52', 'wk/2025-W01', 'wk/2025-W02', 'wk/2025-W03', 'wk/2025-W04']);
  });
});
