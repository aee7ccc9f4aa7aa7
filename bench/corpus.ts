/**
 * Corpus loading speed on the shared real corpora: time, articles per second and peak memory.
 * Run: npx tsx bench/corpus.ts [--runs N]. Budget: the whole Reuters bundle in under 3 s.
 *
 * Each measurement runs in its own child process, because peak RSS is a per-process high-water
 * mark: measured in one process, the streaming figure would inherit the full load's peak.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, streamCorpus } from '../src/corpus/index.js';
import { findSharedDir } from '../test/support/shared-corpora.js';

type Mode = 'load' | 'stream';
interface Measurement {
  articles: number;
  diagnostics: number;
  ms: number;
  maxRssBytes: number;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function measure(file: string, mode: Mode): Promise<Measurement> {
  const t0 = performance.now();
  let articles = 0;
  let diagnostics = 0;
  if (mode === 'load') {
    const result = await loadCorpus([file]);
    articles = result.articles.length;
    diagnostics = result.diagnostics.length;
  } else {
    // Keeps no article: the memory the loader itself needs, whatever the bundle's size.
    for await (const _article of streamCorpus([file], { onDiagnostic: () => diagnostics++ })) articles++;
  }
  const ms = performance.now() - t0;
  // maxRSS is reported in KiB on Linux and macOS.
  return { articles, diagnostics, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

const childAt = process.argv.indexOf('--child');
if (childAt > 0) {
  const [file, mode] = process.argv.slice(childAt + 1);
  console.log(JSON.stringify(await measure(file!, mode as Mode)));
} else {
  const shared = findSharedDir();
  if (!shared) {
    console.error('bench/corpus: ../shared/corpora not found beside the repository (set BRIEFSMITH_SHARED); nothing to measure.');
    process.exit(1);
  }
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) || 3 : 3;
  const self = fileURLToPath(import.meta.url);
  const corpora = [
    { name: 'reuters21578', file: path.join(shared, 'corpora/reuters21578/articles.jsonl') },
    { name: 'kcna2024', file: path.join(shared, 'corpora/kcna2024/articles.jsonl') },
  ];
  console.log(`corpus loading, best of ${runs} runs each, one process per run (Node ${process.version})`);
  for (const corpus of corpora) {
    for (const mode of ['load', 'stream'] as const) {
      const results: Measurement[] = [];
      for (let run = 0; run < runs; run++) {
        const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', corpus.file, mode], { encoding: 'utf8' });
        results.push(JSON.parse(out.trim().split('\n').at(-1)!) as Measurement);
      }
      const best = results.reduce((a, b) => (b.ms < a.ms ? b : a));
      const peak = Math.max(...results.map((r) => r.maxRssBytes));
      console.log(
        `${corpus.name.padEnd(13)} ${mode.padEnd(6)} ${String(best.articles).padStart(6)} articles  ${best.ms.toFixed(0).padStart(5)} ms` +
          `  ${Math.round(best.articles / (best.ms / 1000)).toLocaleString('en').padStart(7)} articles/s` +
          `  peak RSS ${mib(peak).padStart(7)}  ${best.diagnostics} diagnostics`,
      );
    }
  }
}
