/**
 * Extraction benchmark on the Reuters-21578 bundle (../shared/corpora/reuters21578/articles.jsonl
 * relative to the repository root): a cold run into an empty cache across worker threads, then a
 * warm run from the cache. Prints wall times, throughput and peak memory (RSS, all threads).
 *
 *   npx tsx bench/extract.ts [bundle.jsonl] [--workers N] [--warm-only] [--keep-cache]
 *
 * Targets (issue 5): cold ≤ 20 s on two cores, warm ≤ 2 s.
 */
import { createHash } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sharedPath } from '../test/support/shared-corpora.js';
import { createInterface } from 'node:readline';
import { extractCorpus } from '../src/extract/extract-corpus.js';
import type { Article } from '../src/model/article.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const defaultBundle = sharedPath('corpora', 'reuters21578', 'articles.jsonl');
const bundle = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--workers') ?? defaultBundle;
if (!bundle) {
  console.error('Reuters bundle not found at ../shared/corpora/reuters21578/articles.jsonl; pass its path.');
  process.exit(2);
}
const workers = Number(value('--workers') ?? availableParallelism());
const cacheDir = path.join(tmpdir(), 'briefsmith-bench-cache');

async function load(file: string): Promise<Article[]> {
  const articles: Article[] = [];
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    const r = JSON.parse(raw) as Record<string, unknown>;
    const text = String(r.text ?? '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
    const published = r.published ? String(r.published) : null;
    articles.push({
      id: String(r.id ?? `${path.basename(file)}#${line}`),
      title: String(r.title ?? ''),
      published,
      source: r.source ? String(r.source) : null,
      url: r.url ? String(r.url) : null,
      tags: [],
      text,
      contentHash: createHash('sha256').update(text).update(published ?? '').digest('hex'),
      dateline: null,
      referenceDate: published ? published.slice(0, 10) : null,
      location: { file, line },
      metadata: {},
    });
  }
  return articles;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const t0 = performance.now();
const articles = await load(bundle);
const loadMs = performance.now() - t0;
const chars = articles.reduce((n, a) => n + a.text.length, 0);
console.log(`bundle: ${path.relative(process.cwd(), bundle)} — ${articles.length} articles, ${(chars / 1e6).toFixed(1)} M chars, loaded in ${(loadMs / 1000).toFixed(2)} s`);

// The machine may be shared: CPU seconds (all threads) say what the work costs whatever else runs.
const cpu = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return `${((u.user + u.system) / 1e6).toFixed(2)} CPU s`;
};
const machine = () => `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;

if (!flag('--warm-only')) {
  rmSync(cacheDir, { recursive: true, force: true });
  const cpu0 = process.cpuUsage();
  const cold = await extractCorpus(articles, { cacheDir, workers });
  const events = cold.extractions.reduce((n, x) => n + x.events.length, 0);
  const entities = cold.extractions.reduce((n, x) => n + x.entities.length, 0);
  console.log(
    `cold: ${(cold.stats.ms / 1000).toFixed(2)} s wall, ${cpu(cpu0)}, ${cold.stats.workers} worker threads (${((chars / 1e6) / (cold.stats.ms / 1000)).toFixed(2)} M chars/s), ${cold.stats.extracted} extracted, ${events} events, ${entities} entity mentions; ${machine()}`,
  );
}
const cpu1 = process.cpuUsage();
const warm = await extractCorpus(articles, { cacheDir, workers });
console.log(`warm: ${(warm.stats.ms / 1000).toFixed(2)} s wall, ${cpu(cpu1)}, ${warm.stats.cacheHits} cache hits, ${warm.stats.extracted} extracted; ${machine()}`);
const usage = process.resourceUsage();
console.log(`peak RSS (all threads): ${mb(usage.maxRSS * 1024)}; heap now ${mb(process.memoryUsage().heapUsed)}`);
if (!flag('--keep-cache') && !flag('--warm-only')) rmSync(cacheDir, { recursive: true, force: true });
