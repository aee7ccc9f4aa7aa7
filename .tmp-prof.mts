import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { stampMetadata } from '/work/main/src/render/pdf-metadata.js';
const dir = process.argv[2]!;
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
let pages: number[] = [];
let t = 0;
for (const f of files) {
  const bytes = readFileSync(`${dir}/${f}`);
  pages.push(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${dir}/${f}`], { encoding: 'utf8' }))![1]));
  const s = performance.now();
  await stampMetadata(bytes, { title: 't', author: 'a', subject: 's', keywords: [], date: new Date(0), documentKey: 'k' });
  t += performance.now() - s;
}
console.log(files.length, 'pdfs; pages', JSON.stringify(pages.reduce((m: Record<number, number>, p) => ((m[p] = (m[p] ?? 0) + 1), m), {})), 'stamp ms/pdf', (t / files.length).toFixed(1));
