/**
 * Event-type classification on the PLOVER gold-standard records (the CAMEO manual's example
 * sentences re-coded with PLOVER; ../shared/benchmarks/plover, CC BY-SA 4.0, Open Event Data
 * Alliance). Each sentence is extracted as a one-sentence article; the taxonomy's `plover`
 * code of the best event is compared with the gold label, both normalised to the current
 * PLOVER names (DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT).
 *
 *   npx tsx eval/events.ts [path/to/PLOVER_GSR_CAMEO.txt] [--taxonomy FILE] [--errors]
 *
 * Our taxonomy has no CONCEDE, RETREAT or COERCE type: those sentences count as misses in
 * "accuracy" and are left out of "accuracy on covered classes".
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/extract-article.js';
import { loadTaxonomy } from '../src/extract/events/taxonomy.js';
import type { Article } from '../src/model/article.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--taxonomy') ??
  [path.resolve(root, '..', 'shared'), path.resolve(root, '..', '..', 'shared')]
    .map((d) => path.join(d, 'benchmarks', 'plover', 'gold_standard_records', 'PLOVER_GSR_CAMEO.txt'))
    .find((f) => existsSync(f));
if (!file) {
  console.error('PLOVER gold records not found under ../shared/benchmarks/plover; pass the path.');
  process.exit(2);
}
const taxonomy = loadTaxonomy(value('--taxonomy'));
const CURRENT: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const norm = (label: string) => CURRENT[label] ?? label;
const QUAD: Record<string, string> = {
  AGREE: 'VC', CONSULT: 'VC', SUPPORT: 'VC', CONCEDE: 'VC',
  COOPERATE: 'MC', AID: 'MC', RETREAT: 'MC',
  REQUEST: 'VK', ACCUSE: 'VK', REJECT: 'VK', THREATEN: 'VK', SANCTION: 'VK',
  PROTEST: 'MK', MOBILIZE: 'MK', COERCE: 'MK', ASSAULT: 'MK', CRIME: 'MK',
};
const covered = new Set(taxonomy.types.map((t) => norm(t.plover ?? '')));

const records = (JSON.parse(readFileSync(file, 'utf8')) as { event: string; text?: string }[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
const gold = new Map<string, Set<string>>();
for (const r of records) {
  const text = r.text!.trim();
  const set = gold.get(text) ?? new Set<string>();
  set.add(norm(r.event));
  gold.set(text, set);
}

let correct = 0;
let predicted = 0;
let quadCorrect = 0;
let coveredTotal = 0;
let coveredCorrect = 0;
const perClass = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (k: string, f: 'tp' | 'fp' | 'fn') => {
  const c = perClass.get(k) ?? { tp: 0, fp: 0, fn: 0 };
  c[f]++;
  perClass.set(k, c);
};
const errors: string[] = [];
for (const [text, labels] of gold) {
  const a: Article = {
    id: createHash('sha256').update(text).digest('hex').slice(0, 12), title: '', published: '2000-01-01', source: null, url: null, tags: [], text,
    contentHash: '', dateline: null, referenceDate: '2000-01-01', location: { file, line: 1 }, metadata: {},
  };
  const best = [...extractArticle(a, { taxonomy }).events].sort((x, y) => y.confidence - x.confidence)[0];
  const plover = best?.plover ? norm(best.plover) : null;
  const ok = plover !== null && labels.has(plover);
  if (plover) predicted++;
  if (ok) correct++;
  if (plover && [...labels].some((l) => QUAD[l] === QUAD[plover])) quadCorrect++;
  if ([...labels].some((l) => covered.has(l))) {
    coveredTotal++;
    if (ok) coveredCorrect++;
  }
  const goldOne = ok ? plover! : [...labels][0]!;
  if (ok) bump(goldOne, 'tp');
  else {
    bump(goldOne, 'fn');
    if (plover) bump(plover, 'fp');
    errors.push(`${[...labels].join('/')} ← ${plover ?? '(none)'}${best ? ` [${best.type}]` : ''}: ${text}`);
  }
}
const n = gold.size;
const pct = (x: number, d: number) => `${((100 * x) / Math.max(1, d)).toFixed(1)} %`;
console.log(`PLOVER GSR: ${n} sentences (${records.length} records), taxonomy ${taxonomy.origin}`);
console.log(`accuracy ${pct(correct, n)}; an event found in ${pct(predicted, n)}; accuracy when found ${pct(correct, predicted)}`);
console.log(`accuracy on classes the taxonomy covers (${coveredTotal} sentences): ${pct(coveredCorrect, coveredTotal)}; quad class when found ${pct(quadCorrect, predicted)}`);
const f1s: number[] = [];
for (const [k, c] of [...perClass.entries()].sort()) {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  f1s.push(f1);
  console.log(`  ${k.padEnd(10)} P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(2)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
}
console.log(`macro-F1 ${(f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length)).toFixed(3)}`);
if (args.includes('--errors')) console.log(errors.join('\n'));
