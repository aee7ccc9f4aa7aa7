/**
 * Corpus loading speed on the shared real corpora: time, articles per second and peak memory.
 * Run: npx tsx bench/corpus.ts [--runs N]. Budget: the Reuters bundle in under 3 s.
 */
import path from 'node:path';
import { loadCorpus, streamCorpus } from '../src/corpus/index.js';
import { findSharedDir } from '../test/support/shared-corpora.js';

const shared = findSharedDir();
if (!shared) {
  console.error('bench/corpus: ../shared/corpora not found beside the repository (set BRIEFSMITH_SHARED); nothing to measure.');
  process.exit(1);
}
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) || 3 : 3;

const corpora = [
  { name: 'reuters21578', file: path.join(shared, 'corpora/reuters21578/articles.jsonl') },
  { name: 'kcna2024', file: path.join(shared, 'corpora/kcna2024/articles.jsonl') },
];

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

for (const corpus of corpora) {
  const times: number[] = [];
  let count = 0;
  let problems = 0;
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const result = await loadCorpus([corpus.file]);
    times.push(performance.now() - t0);
    count = result.articles.length;
    problems = result.diagnostics.length;
  }
  // Streaming without keeping articles: the memory the loader itself needs.
  const t0 = performance.now();
  let streamed = 0;
  for await (const _article of streamCorpus([corpus.file])) streamed++;
  const streamMs = performance.now() - t0;
  const best = Math.min(...times);
  console.log(
    `${corpus.name.padEnd(14)} ${String(count).padStart(6)} articles  best ${best.toFixed(0)} ms of ${runs}` +
      ` (${Math.round(count / (best / 1000)).toLocaleString('en')} articles/s)  streamed ${streamed} in ${streamMs.toFixed(0)} ms` +
      `  ${problems} diagnostics`,
  );
}
const usage = process.resourceUsage();
// maxRSS is in KiB on Linux and macOS.
console.log(`peak RSS ${mib(usage.maxRSS * 1024)}, heap used now ${mib(process.memoryUsage().heapUsed)}`);
