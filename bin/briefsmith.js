#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by the install step (`npm install` runs `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('briefsmith: not built yet; run `npm install` (or `npm run compile`) in the repository first\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
