/**
 * Throughput of the date extractor over the Reuters-21578 bundle (19,043 articles, 15.7M chars).
 *
 *   npx tsx bench/dates.ts [path/to/articles.jsonl]
 *
 * Budget: well under 8 s on one core. Reading and JSON parsing are timed apart from extraction.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDates } from '../src/extract/dates/index.js';
import { findSharedDir as sharedDir } from '../test/support/shared-corpora.js';

const shared = sharedDir();
const file = process.argv[2] ?? (shared ? path.join(shared, 'corpora', 'reuters21578', 'articles.jsonl') : null);
if (!file || !existsSync(file)) {
  console.log('bench/dates: skipped — Reuters bundle not found (../shared/corpora/reuters21578/articles.jsonl).');
  process.exit(0);
}

const t0 = performance.now();
const articles = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text?: string; published?: string | null });
const t1 = performance.now();
let chars = 0;
let found = 0;
const byPrecision: Record<string, number> = {};
for (const a of articles) {
  const text = a.text ?? '';
  chars += text.length;
  for (const d of extractDates(text, a.published ? a.published.slice(0, 10) : null)) {
    found++;
    byPrecision[d.precision] = (byPrecision[d.precision] ?? 0) + 1;
  }
}
const t2 = performance.now();
const secs = (t2 - t1) / 1000;
console.log(`articles ${articles.length}, chars ${(chars / 1e6).toFixed(1)}M, dates ${found}`);
console.log(`by precision ${JSON.stringify(byPrecision)}`);
console.log(`load ${((t1 - t0) / 1000).toFixed(2)} s; extract ${secs.toFixed(2)} s (${(chars / 1e6 / secs).toFixed(1)} M chars/s)`);
