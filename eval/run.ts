/** `npm run eval`: every evaluation against the gold benchmarks in ../shared/benchmarks. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const runs: [string, string[]][] = [
  ['quotes.ts', ['--split', 'test']],
  ['dates.ts', ['--set', 'platinum']],
  ['events.ts', []],
];
let failed = 0;
for (const [file, args] of runs) {
  if (!existsSync(path.join(dir, file))) continue;
  process.stdout.write(`\n=== eval/${file} ${args.join(' ')} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file), ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
