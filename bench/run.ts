/**
 * `npm run bench`: runs every benchmark in this folder, one process each so one's memory
 * and JIT state do not colour another's figures. Each prints its own report.
 * `npm run bench -- corpus render` runs only those.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const order = ['corpus', 'quotes', 'dates', 'extract', 'render', 'build'];
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3))
  .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
const selected = wanted.length ? available.filter((n) => wanted.includes(n)) : available;

let failed = 0;
for (const name of selected) {
  process.stdout.write(`\n=== bench/${name}.ts ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, `${name}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
