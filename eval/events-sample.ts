/**
 * A seeded random sample of typed events from a real corpus, for judging by hand whether each
 * type is right (correct / wrong type / not an event). The PLOVER sentences are clean codebook
 * examples; this is how event typing fares on news nobody wrote for it.
 *
 *   npx tsx eval/events-sample.ts kcna|reuters|FILE [--half look|judge] [--n 25] [--seed 1] [--taxonomy FILE]
 *
 * Articles are split in two halves by their id (first byte of its SHA-256 even: `look`, odd:
 * `judge`). Read the `look` half freely while changing the taxonomy; draw the samples you judge
 * from the `judge` half (the default), so the judged sentences are not ones a change was made
 * for. Events are drawn uniformly from all the half's events; the same seed, corpus and
 * extractor give the same sample. Prints the number of events per type, then one line per
 * sampled event: article id, offset, type, PLOVER code, confidence and the sentence.
 */
import { createHash } from 'node:crypto';
import { extractArticle } from '../src/extract/extract-article.js';
import { loadTaxonomy } from '../src/extract/events/taxonomy.js';
import { loadCorpus } from '../src/corpus/index.js';
import { sharedPath } from '../test/support/shared-corpora.js';

const args = process.argv.slice(2);
const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const named: Record<string, string[]> = { kcna: ['corpora', 'kcna2024', 'articles.jsonl'], reuters: ['corpora', 'reuters21578', 'articles.jsonl'] };
const which = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'kcna';
const file = named[which] ? sharedPath(...named[which]) : which;
if (!file) {
  console.error(`${which}: not found under ../shared/corpora; pass the path of a JSON Lines bundle.`);
  process.exit(2);
}
const half = value('--half') ?? 'judge';
const n = Number(value('--n') ?? 25);
const taxonomy = loadTaxonomy(value('--taxonomy'));

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const inHalf = (id: string) => (createHash('sha256').update(id).digest()[0]! % 2 === 0 ? 'look' : 'judge') === half;
const { articles } = await loadCorpus([file], { duplicates: false });
const events: { article: string; start: number; type: string; plover: string; confidence: number; sentence: string }[] = [];
for (const a of articles) {
  if (!inHalf(a.id)) continue;
  for (const e of extractArticle(a, { taxonomy }).events) {
    events.push({ article: a.id, start: e.start, type: e.type, plover: e.plover ?? '', confidence: e.confidence, sentence: a.text.slice(e.start, e.end).replace(/\s+/g, ' ').trim() });
  }
}
const counts = new Map<string, number>();
for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
console.log(`${which}, half ${half}: ${articles.filter((a) => inHalf(a.id)).length} articles, ${events.length} events`);
console.log([...counts].sort((x, y) => y[1] - x[1]).map(([t, c]) => `${t} ${c}`).join(', '));
const next = random(Number(value('--seed') ?? 1));
const pool = [...events];
for (let i = 0; i < Math.min(n, pool.length); i++) {
  const j = i + Math.floor(next() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  const e = pool[i]!;
  console.log(`${i + 1}\t${e.article}@${e.start}\t${e.type}\t${e.plover}\t${e.confidence}\t${e.sentence}`);
}
