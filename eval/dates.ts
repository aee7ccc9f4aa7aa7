/**
 * TempEval-3-style scoring of the date extractor on DATE TIMEX3s.
 *
 *   npx tsx eval/dates.ts [--set tbaq|platinum] [--errors]
 *
 * Recognition: precision/recall/F1, relaxed (any overlap) and strict (exact span). Value: accuracy
 * over relaxed matches, and value F1 (correct values over all predictions / all gold), the figure
 * TempEval-3 ranked systems by. Predictions that overlap only a gold TIME, DURATION or SET are
 * left out of precision: they are time expressions, just not DATEs, and this scores DATEs only.
 * Gold PRESENT_REF/PAST_REF/FUTURE_REF ("now", "recently") stay in recall although the extractor
 * deliberately returns nothing for them (they date nothing an event could use).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { extractDates } from '../src/extract/dates/index.js';
import type { DateRef } from '../src/model/extraction.js';
import { findSharedDir as sharedDir } from '../test/support/shared-corpora.js';
import { parseTimeML } from './lib/timeml.js';

const args = process.argv.slice(2);
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'tbaq';
const showErrors = args.includes('--errors');

const shared = sharedDir();
if (!shared) {
  console.log('eval/dates: skipped — ../shared (benchmarks/tempeval3) not found next to the repository.');
  process.exit(0);
}
const base = path.join(shared, 'benchmarks', 'tempeval3');
const dirs =
  set === 'platinum'
    ? [path.join(base, 'Evaluation', 'te3-platinum')]
    : [path.join(base, 'Training', 'TBAQ-cleaned', 'TimeBank'), path.join(base, 'Training', 'TBAQ-cleaned', 'AQUAINT')];
if (!dirs.every(existsSync)) {
  console.log(`eval/dates: skipped — ${dirs.join(', ')} not found.`);
  process.exit(0);
}

const norm = (v: string): string => v.toUpperCase().replace(/-W(\d)(?!\d)/, '-W0$1');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

let gold = 0;
let pred = 0;
let relaxed = 0;
let strict = 0;
let valueOk = 0;
let docs = 0;
const errors: string[] = [];
let ms = 0;

for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
    const doc = parseTimeML(readFileSync(path.join(dir, file), 'utf8'), file);
    docs++;
    const golds = doc.timexes.filter((t) => t.type === 'DATE');
    const others = doc.timexes.filter((t) => t.type !== 'DATE');
    const t0 = performance.now();
    const all = extractDates(doc.text, doc.dct);
    ms += performance.now() - t0;
    const preds = all.filter((p) => golds.some((g) => overlaps(g, p)) || !others.some((o) => overlaps(o, p)));
    gold += golds.length;
    pred += preds.length;
    const used = new Set<DateRef>();
    for (const g of golds) {
      const p = preds.find((x) => !used.has(x) && overlaps(g, x));
      if (!p) {
        if (showErrors) errors.push(`MISS  ${file}\t${JSON.stringify(g.text)}\t${g.value}\tdct=${doc.dct}`);
        continue;
      }
      used.add(p);
      relaxed++;
      if (p.start === g.start && p.end === g.end) strict++;
      if (norm(p.value) === norm(g.value)) valueOk++;
      else if (showErrors) errors.push(`VALUE ${file}\t${JSON.stringify(g.text)}\tgold=${g.value}\tgot=${p.value} (${JSON.stringify(p.span)})\tdct=${doc.dct}\t…${context(doc.text, g)}…`);
    }
    if (showErrors) for (const p of preds) if (!used.has(p)) errors.push(`EXTRA ${file}\t${JSON.stringify(p.span)}\t${p.value}\tdct=${doc.dct}\t…${context(doc.text, p)}…`);
  }
}

function context(text: string, t: { start: number; end: number }): string {
  return text.slice(Math.max(0, t.start - 70), t.end + 40).replace(/\s+/g, ' ');
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number): string => (100 * x).toFixed(1);
const rp = relaxed / pred;
const rr = relaxed / gold;
const sp = strict / pred;
const sr = strict / gold;
const vp = valueOk / pred;
const vr = valueOk / gold;
if (showErrors) console.log(errors.join('\n'));
console.log(`set: ${set} (${docs} documents, ${gold} gold DATE timexes, ${pred} predictions, ${ms.toFixed(0)} ms)`);
console.log(`recognition relaxed  P ${pct(rp)}  R ${pct(rr)}  F1 ${pct(f1(rp, rr))}`);
console.log(`recognition strict   P ${pct(sp)}  R ${pct(sr)}  F1 ${pct(f1(sp, sr))}`);
console.log(`value accuracy (over ${relaxed} relaxed matches): ${pct(valueOk / relaxed)}`);
console.log(`value F1             P ${pct(vp)}  R ${pct(vr)}  F1 ${pct(f1(vp, vr))}`);

