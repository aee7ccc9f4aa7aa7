/**
 * Build benchmark on the KCNA corpus (`../shared/corpora/kcna2024/articles.jsonl` beside the
 * repository): a temporary project with a weekly brief over 2024, run through the CLI as a
 * user would.
 *
 *   1. cold build of all 52 weekly editions (empty extraction cache, no output);
 *   2. no-op rebuild: target under 1 s wall time, and no browser launched (asserted);
 *   3. rebuild after adding one article: only the editions that select it (reported, asserted ≤ 2).
 *
 * `npx tsx bench/build.ts [--large]`; `--large` also times a forced dry run (selection of every
 * edition, no printing) over a synthetic 20,000-article corpus made from KCNA's articles.
 * Needs the compiled CLI (`npm run compile`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedPath } from '../test/support/shared-corpora.js';

const repo = path.resolve(import.meta.dirname, '..');
function findCorpus(): string | null {
  return process.env.BRIEFSMITH_KCNA ? path.resolve(process.env.BRIEFSMITH_KCNA) : sharedPath('corpora', 'kcna2024', 'articles.jsonl');
}
const found = findCorpus();
// Checked in main() before any use: the benchmark skips with a message where the corpus is absent.
const corpusFile = found ?? '';
const cli = path.join(repo, 'bin', 'briefsmith.js');

interface Summary {
  ok: boolean;
  browserLaunched: boolean;
  ms: number;
  counts: Record<string, number>;
  editions: { key: string; status: string; reasons: string[] }[];
}

function build(cwd: string, extra: string[] = [], which: string[] = ['--all-periods']): { wallMs: number; summary: Summary } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'build', ...which, '--as-of', '2025-01-15', '--json', ...extra], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`build exited ${r.status}`);
  }
  return { wallMs, summary: JSON.parse(r.stdout) as Summary };
}

function project(corpusLines: string | null): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bs-bench-'));
  mkdirSync(path.join(root, 'briefs'));
  mkdirSync(path.join(root, 'corpus'));
  if (corpusLines === null) copyFileSync(corpusFile, path.join(root, 'corpus', 'kcna.jsonl'));
  else writeFileSync(path.join(root, 'corpus', 'kcna.jsonl'), corpusLines);
  writeFileSync(
    path.join(root, 'briefs', 'kcna-weekly.yaml'),
    [
      'title: DPRK state media, weekly',
      'cadence: weekly',
      'emptyWeek: short',
      'period: { from: 2024-01-01, to: 2024-12-29 }  # ISO weeks 2024-W01 … 2024-W52',
      'corpus: [corpus/]',
      'select:',
      '  keywords: [Russia, Russian, Kim Jong Un, missile, Putin]',
      '',
    ].join('\n'),
  );
  return root;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function main(): number {
  if (!found || !existsSync(corpusFile)) {
    console.log('bench/build: skipped — the KCNA corpus (../shared/corpora/kcna2024/articles.jsonl or BRIEFSMITH_KCNA) is not here');
    return 0;
  }
  if (!existsSync(path.join(repo, 'dist', 'cli', 'main.js'))) {
    console.log('bench/build: the CLI is not compiled; run `npm run compile` first');
    return 1;
  }
  let failed = false;
  const root = project(null);
  console.log(`project: ${root}`);

  const cold = build(root);
  console.log(`cold build:      ${cold.summary.counts.built} editions built in ${s(cold.wallMs)} wall (${s(cold.summary.ms)} in the build)`);

  const noops = [build(root), build(root), build(root)];
  const median = noops.map((n) => n.wallMs).sort((a, b) => a - b)[1]!;
  const noop = noops[1]!.summary;
  const noBrowser = noops.every((n) => !n.summary.browserLaunched);
  const nothingBuilt = noops.every((n) => n.summary.counts.built === 0);
  console.log(
    `no-op rebuild:   median ${s(median)} wall over 3 runs (${noops.map((n) => s(n.wallMs)).join(', ')}), ${noop.counts['up-to-date']} up to date, ` +
      `browser launched: ${noBrowser ? 'no' : 'YES'} — target < 1 s: ${median < 1000 ? 'met' : 'MISSED'}`,
  );
  if (!noBrowser || !nothingBuilt) failed = true;

  // One new KCNA-style article in week 2024-W25 that the brief's keywords select.
  const added = {
    id: 'bench-added-2024-06-19',
    title: 'Kim Jong Un meets Putin in Pyongyang',
    published: '2024-06-19T00:00:00Z',
    source: 'Bench',
    text: 'Kim Jong Un met Russian President Vladimir Putin in Pyongyang on Wednesday. "Our two countries are comrades-in-arms," Kim Jong Un said.\nThe two leaders signed a treaty on comprehensive strategic partnership.',
  };
  writeFileSync(path.join(root, 'corpus', 'added.jsonl'), `${JSON.stringify(added)}\n`);
  const after = build(root);
  const rebuilt = after.summary.editions.filter((e) => e.status === 'built');
  console.log(
    `one new article: ${rebuilt.length} ${rebuilt.length === 1 ? 'edition' : 'editions'} rebuilt in ${s(after.wallMs)} wall ` +
      `(${rebuilt.map((e) => `${e.key}: ${e.reasons.join('; ')}`).join(' | ') || 'none'}), ${after.summary.counts['up-to-date']} up to date`,
  );
  if (rebuilt.length < 1 || rebuilt.length > 2) failed = true;

  if (process.argv.includes('--large')) {
    // 20,000 articles: KCNA's 1,039 repeated with fresh ids (the extractor sees new articles).
    const lines = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean);
    const out: string[] = [];
    for (let i = 0; out.length < 20_000; i++) {
      const a = JSON.parse(lines[i % lines.length]!) as { id: string };
      out.push(JSON.stringify({ ...a, id: `${a.id}-copy${Math.floor(i / lines.length)}` }));
    }
    const big = project(`${out.join('\n')}\n`);
    const coldDry = build(big, ['--dry-run']);
    const warmDry = build(big, ['--dry-run']);
    console.log(
      `20,000 articles: dry run selecting all ${coldDry.summary.counts['would-build']} editions: ${s(coldDry.wallMs)} cold (extracting), ` +
        `${s(warmDry.wallMs)} with the extraction cache`,
    );
    const week = ['--week', '2024-W25'];
    const one = build(big, [], week);
    const again = build(big, [], week);
    console.log(
      `20,000 articles: one weekly edition built in ${s(one.wallMs)} (cached extraction); its no-op rebuild ${s(again.wallMs)} wall, ` +
        `browser launched: ${again.summary.browserLaunched ? 'YES' : 'no'}`,
    );
    if (again.summary.browserLaunched || again.summary.counts.built !== 0) failed = true;
  }
  console.log(failed ? 'bench/build: FAILED an assertion' : 'bench/build: ok');
  return failed ? 1 : 0;
}

process.exitCode = main();
