/**
 * Throughput of the quotation extractor on the whole Reuters-21578 bundle (19,043 articles,
 * 15.7 M characters). The budget is well under 8 s on one core; only extraction is timed,
 * not reading the file.
 *
 *   npx tsx bench/quotes.ts [path/to/articles.jsonl]
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { findSharedDir as sharedDir } from '../test/support/shared-corpora.js';

async function main(): Promise<void> {
  const shared = sharedDir();
  const file = process.argv[2] ?? (shared ? join(shared, 'corpora/reuters21578/articles.jsonl') : '');
  if (!file || !existsSync(file)) {
    console.log('bench/quotes: skipped — Reuters bundle not found (expected ../shared/corpora/reuters21578/articles.jsonl).');
    return;
  }
  const articles: { id: string; text: string }[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string };
    articles.push({ id: row.id, text: row.text });
  }
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  // One warm-up pass over a slice lets the JIT settle, as it would in a long build.
  for (const a of articles.slice(0, 500)) extractQuotes(a);
  const t0 = process.hrtime.bigint();
  let quotes = 0;
  let attributed = 0;
  for (const a of articles) {
    const qs = extractQuotes(a);
    quotes += qs.length;
    for (const q of qs) if (q.speaker) attributed++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`articles ${articles.length}, characters ${(chars / 1e6).toFixed(1)} M`);
  console.log(`quotes ${quotes} (${attributed} with a speaker)`);
  console.log(`time ${seconds.toFixed(2)} s, ${(chars / 1e6 / seconds).toFixed(1)} M chars/s (budget: well under 8 s)`);
}

void main();
