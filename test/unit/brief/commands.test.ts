/** The brief commands through the CLI entry point: validate, plan, init. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBrief } from '../../../src/brief/load-brief.js';
import { prepareCorpus } from '../../../src/brief/prepare-corpus.js';
import { scaffoldFiles, scaffoldProject } from '../../../src/brief/scaffold.js';
import { selectForBrief } from '../../../src/brief/select.js';
import { main } from '../../../src/cli/main.js';
import { UserError } from '../../../src/model/diagnostic.js';

function capture() {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  return { out: () => stdout, err: () => stderr };
}
const run = (...args: string[]) => main(['node', 'briefsmith', ...args]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('briefsmith validate', () => {
  it('checks every brief in briefs/ (not the bases) and exits 0', async () => {
    const io = capture();
    expect(await run('validate')).toBe(0);
    expect(io.out()).toMatch(/^ok +briefs\/russia-dprk\.yaml$/m);
    expect(io.out()).toMatch(/^ok +briefs\/weekly-sitrep\.yaml$/m);
    expect(io.out()).not.toMatch(/_base/);
  });
  it('prints every error as file:line:col and exits 1', async () => {
    const io = capture();
    expect(await run('validate', 'test/fixtures/briefs/many-mistakes.yaml', 'test/fixtures/briefs/unknown-template.yaml', '--no-corpus')).toBe(1);
    expect(io.err()).toContain('test/fixtures/briefs/many-mistakes.yaml:4:1: error: unknown key `sectoins` (did you mean `sections`?)');
    expect(io.err()).toContain('test/fixtures/briefs/unknown-template.yaml:3:11: error: unknown template `sitrpe` (did you mean `sitrep`?)');
    expect(io.err().trim().split('\n')).toHaveLength(6);
    expect(io.out()).toMatch(/^invalid test\/fixtures\/briefs\/many-mistakes\.yaml \(5 errors\)$/m);
  });
  it('warns about ids that no longer exist (reading the corpus)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-validate-'));
    const file = path.join(dir, 'stale.yaml');
    writeFileSync(file, 'title: Stale\nperiod: 2025-03\npin: [no-such-id]\n');
    const io = capture();
    expect(await run('validate', file)).toBe(0);
    expect(io.err()).toContain(`${file}:3:7: warning: \`pin\`: no development or statement has the id \`no-such-id\` (any more)`);
    expect(io.out()).toMatch(/\(1 warning\)/);
  });
});

describe('briefsmith plan', () => {
  it('shows a table with scores and reasons', async () => {
    const io = capture();
    expect(await run('plan', 'briefs/russia-dprk.yaml', '--as-of', '2025-11-01')).toBe(0);
    expect(io.out()).toMatch(/KEY DEVELOPMENTS/);
    expect(io.out()).toMatch(/^status +score +date +id +what +why$/m);
    expect(io.out()).toMatch(/^selected +\d+\.\d\d +2025-03-21 +[0-9a-f]{16} +Russian Security Council Secretary Sergei Shoigu met/m);
    expect(io.out()).toMatch(/NOTABLE STATEMENTS/);
  });
  it('--json gives the period, every entry with its status and reasons, and the context', async () => {
    const io = capture();
    expect(await run('plan', 'briefs/weekly-sitrep.yaml', '--week', '2025-W12', '--json')).toBe(0);
    const plan = JSON.parse(io.out()) as { period: { week: string }; entries: { status: string; reasons: string[]; score: number }[]; context: { edition: { week: string } } };
    expect(plan.period.week).toBe('2025-W12');
    expect(plan.context.edition.week).toBe('2025-W12');
    expect(plan.entries.some((e) => e.status === 'selected')).toBe(true);
    expect(plan.entries.filter((e) => e.status === 'filtered').every((e) => e.reasons.length > 0)).toBe(true);
  });
  it('a bad --week is a usage error', async () => {
    capture();
    expect(await run('plan', 'briefs/weekly-sitrep.yaml', '--week', '2025-W54')).toBe(2);
  });
});

describe('briefsmith init', () => {
  it('scaffolds a project whose brief loads and selects from its own corpus', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-init-'));
    const io = capture();
    expect(await run('init', dir)).toBe(0);
    for (const f of Object.keys(scaffoldFiles())) expect(existsSync(path.join(dir, f)), f).toBe(true);
    expect(io.out()).toMatch(/created .*briefs\/example\.yaml/);
    expect(readFileSync(path.join(dir, 'templates', 'README.md'), 'utf8')).toMatch(/Lookup order/);
    // the brief refers to paths relative to the project: run from inside it
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const brief = await loadBrief('briefs/example.yaml');
      const corpus = await prepareCorpus(brief.spec.corpus);
      expect(corpus.articles).toHaveLength(1);
      const ctx = selectForBrief({ brief, ...corpus, asOf: '2026-01-01T00:00:00Z' });
      expect(ctx.developments.length).toBeGreaterThan(0);
      expect(ctx.quotes.map((q) => q.speaker)).toContain('Sergei Shoigu');
    } finally {
      process.chdir(cwd);
    }
  });
  it('refuses to overwrite, naming every file that exists', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-init-'));
    await scaffoldProject(dir);
    const err = await scaffoldProject(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const files = (err as UserError).diagnostics.map((d) => d.file);
    expect(files).toContain(path.join(dir, 'briefs', 'example.yaml'));
    expect(files).toHaveLength(Object.keys(scaffoldFiles()).length);
    expect((err as UserError).diagnostics[0]?.message).toMatch(/already exists/);
    const io = capture();
    expect(await run('init', dir)).toBe(1);
    expect(io.err()).toMatch(/example\.yaml: error: already exists; init never overwrites files/);
  });
});
