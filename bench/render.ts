/**
 * Printing benchmark: `npx tsx bench/render.ts [--md-to-pdf N] [--keep DIR]`.
 *
 * Prints the example briefs (briefs/*.yaml) and one brief per ISO week of 2024 over the KCNA
 * corpus (`../shared/corpora/kcna2024/articles.jsonl` from the repository root, or
 * BRIEFSMITH_KCNA=<file>), and compares three ways of printing the same documents:
 *
 *   ours        printBrief over a PrintPool: one browser, pages in parallel and reused
 *               (reset to about:blank between briefs), JS off, requests blocked, metadata
 *               pass, temp file + rename, a second print (on the same page) for briefs long
 *               enough to number their contents. Launch included.
 *   bare        the same HTML through a bare Puppeteer loop (launch, then newPage →
 *               setContent → pdf → close per document), sequentially and with the same
 *               concurrency as ours. Browser launch included.
 *   md-to-pdf   each brief converted to Markdown and printed with md-to-pdf's API (which
 *               launches a browser and a static file server per document, as its API does).
 *
 * Corpus loading, extraction and selection happen once, before any timing starts; HTML
 * rendering is timed apart. Besides wall time, ours and the bare loop making the same PDF
 * report CPU time (Node plus the browser's process tree, see _process-cpu.ts), which the
 * other tenants of a shared machine disturb much less.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import type { BriefContext } from '../src/brief/context.js';
import { sharedPath } from '../test/support/shared-corpora.js';
import { loadBrief, type LoadedBrief } from '../src/brief/load-brief.js';
import { isoWeekRange } from '../src/brief/period.js';
import { selectForBrief } from '../src/brief/select.js';
import { builtinTemplatesDir } from '../src/build/paths.js';
import { loadCorpus } from '../src/corpus/index.js';
import { clusterDevelopments } from '../src/extract/cluster.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { findBrowser } from '../src/render/find-browser.js';
import { formatDateValue } from '../src/render/helpers.js';
import { CHROMIUM_ARGS, PrintPool } from '../src/render/print-pool.js';
import { printBrief } from '../src/render/print-brief.js';
import { loadTemplate, type LoadedTemplate } from '../src/render/render-html.js';
import { ownCpuMs, processTreeCpuMs } from './_process-cpu.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const AS_OF = '2025-01-06T09:00:00.000Z';
const concurrency = availableParallelism();
const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
/** `--md-to-pdf N`: convert only the first N briefs with md-to-pdf (it is slow); `--md-to-pdf 0` skips it. */
const mdLimit = arg('--md-to-pdf') === undefined ? Infinity : Number(arg('--md-to-pdf'));
/** `--keep DIR`: keep the PDFs (ours, and md-to-pdf's as *.md.pdf) in DIR to look at. */
const keep = arg('--keep');
/** `--rounds N`: ours and the bare loops are run N times, interleaved; medians are reported. */
const rounds = Math.max(1, Number(arg('--rounds') ?? 3));

interface Doc {
  name: string;
  context: BriefContext;
  html: string;
  template: LoadedTemplate;
}

function kcnaPath(): string | null {
  return process.env.BRIEFSMITH_KCNA ?? sharedPath('corpora', 'kcna2024', 'articles.jsonl');
}

async function contexts(): Promise<{ name: string; context: BriefContext; template: string; briefDir: string }[]> {
  const out: { name: string; context: BriefContext; template: string; briefDir: string }[] = [];
  for (const file of (await glob('briefs/*.{yaml,yml}')).sort()) {
    const brief = await loadBrief(file);
    const corpus = await loadCorpus(brief.spec.corpus.map((p) => path.resolve(p)));
    const extractions = corpus.articles.map((a) => extractArticle(a));
    const context = selectForBrief({ brief, articles: corpus.articles, extractions, developments: clusterDevelopments(extractions), asOf: AS_OF });
    out.push({ name: brief.name, context, template: brief.spec.template, briefDir: path.dirname(file) });
  }
  const kcna = kcnaPath();
  if (!kcna) {
    console.log('KCNA corpus not found (../shared/corpora/kcna2024/articles.jsonl or BRIEFSMITH_KCNA): weekly briefs skipped');
    return out;
  }
  const corpus = await loadCorpus([kcna]);
  const extractions = corpus.articles.map((a) => extractArticle(a));
  const developments = clusterDevelopments(extractions);
  console.log(`KCNA: ${corpus.articles.length} articles, ${developments.length} developments (${path.relative(root, kcna)})`);
  const briefFolder = mkdtempSync(path.join(tmpdir(), 'bs-bench-briefs-'));
  for (let w = 1; w <= 52; w++) {
    const week = `2024-W${String(w).padStart(2, '0')}`;
    const period = isoWeekRange(week);
    // A real brief, written and loaded as a user's would be.
    const file = path.join(briefFolder, `kcna-${week}.yaml`);
    writeFileSync(
      file,
      [
        `title: "KCNA weekly, ${week}"`,
        'subtitle: What North Korean state media reported this week',
        'audience: analyst',
        'handling: OFFICIAL',
        'organisation: Briefsmith benchmark desk',
        `period: { from: ${period.from}, to: ${period.to} }`,
        `corpus: [${JSON.stringify(kcna)}]`,
        `summary: "KCNA coverage for ${period.from} to ${period.to}."`,
        '',
      ].join('\n'),
    );
    const brief: LoadedBrief = await loadBrief(file);
    const context = selectForBrief({ brief, articles: corpus.articles, extractions, developments, asOf: AS_OF });
    context.edition = { serial: String(w), week, previous: w > 1 ? `2024-W${String(w - 1).padStart(2, '0')}` : null };
    out.push({ name: brief.name, context, template: 'sitrep', briefDir: briefFolder });
  }
  return out;
}

/** The brief as Markdown, for md-to-pdf: the same sections the sitrep prints. */
function toMarkdown(c: BriefContext): string {
  const lines: string[] = [];
  const cite = (ns: number[]) => ns.map((n) => `[${n}]`).join('');
  if (c.brief.handling) lines.push(`**${c.brief.handling}**`, '');
  lines.push(`# ${c.brief.title}`, '');
  if (c.brief.subtitle) lines.push(`*${c.brief.subtitle}*`, '');
  lines.push(`Period: ${c.period.from} – ${c.period.to} · As of: ${c.asOf} · Audience: ${c.brief.audience}`, '');
  if (c.summary) lines.push('## Bottom line', '', c.summary, '');
  lines.push('## Key developments', '');
  for (const d of c.developments) {
    lines.push(`- **${formatDateValue(d.date, d.precision)}** · ${d.type} · ${d.corroboration} source(s) — ${d.headline} ${cite(d.citations)}  `);
    if (d.actors.length || d.location) lines.push(`  ${[d.actors.join(', '), d.location].filter(Boolean).join(' · ')}`);
  }
  lines.push('', '## Notable statements', '');
  for (const q of c.quotes) lines.push(`> “${q.text}”`, '>', `> — **${q.speaker}**${q.role ? `, ${q.role}` : ''}${q.date ? `, ${q.date}` : ''} ${cite(q.citations)}`, '');
  lines.push('## Sources', '');
  for (const s of c.sources) lines.push(`${s.n}. ${s.outlet ? `${s.outlet}, ` : ''}“${s.title}”${s.published ? `, ${s.published.slice(0, 10)}` : ''}${s.url ? `. ${s.url}` : ''}`);
  return lines.join('\n');
}

/** Wall time, and CPU time of this process and the browser's (null where it cannot be read). */
interface Run {
  ms: number;
  cpuMs: number | null;
}

async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/**
 * A bare Puppeteer loop over the same HTML. `sameOutput` asks Chromium for the same kind of
 * PDF we deliver (tagged, with bookmarks) so the ratio measures our own overhead (closed-world
 * pages, metadata pass, second pass for contents page numbers); without it, a plain print.
 */
async function bare(docs: Doc[], parallel: number, sameOutput = false): Promise<Run> {
  const puppeteer = (await import('puppeteer')).default;
  const started = performance.now();
  const cpuStarted = ownCpuMs();
  let browserCpu: number | null = null;
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
  try {
    await inParallel(docs, parallel, async (doc) => {
      const page = await browser.newPage();
      await page.setContent(doc.html, { waitUntil: 'load' });
      await page.pdf({ printBackground: true, preferCSSPageSize: true, ...(sameOutput ? { tagged: true, outline: true } : { tagged: false }) });
      await page.close();
    });
  } finally {
    browserCpu = processTreeCpuMs(browser.process()?.pid);
    await browser.close();
  }
  return { ms: performance.now() - started, cpuMs: browserCpu === null ? null : browserCpu + ownCpuMs() - cpuStarted };
}

async function ours(docs: Doc[], outDir: string): Promise<Run> {
  const started = performance.now();
  const cpuStarted = ownCpuMs();
  let browserCpu: number | null = null;
  const pool = await PrintPool.launch({ concurrency });
  try {
    await Promise.all(
      docs.map((doc) =>
        printBrief(pool, {
          template: doc.template,
          context: doc.context,
          outFile: path.join(outDir, `${doc.name}.pdf`),
          metadata: { title: doc.context.brief.title, author: 'bench', subject: 'bench', keywords: [], date: new Date(AS_OF), documentKey: doc.name },
        }),
      ),
    );
  } finally {
    browserCpu = processTreeCpuMs((await pool.currentBrowser()).process()?.pid);
    await pool.close();
  }
  return { ms: performance.now() - started, cpuMs: browserCpu === null ? null : browserCpu + ownCpuMs() - cpuStarted };
}

async function mdToPdfRun(docs: Doc[], outDir: string): Promise<{ ms: number; count: number } | string> {
  let mdToPdf: (input: { content: string }, config: Record<string, unknown>) => Promise<unknown>;
  try {
    mdToPdf = ((await import('md-to-pdf')) as unknown as { mdToPdf: typeof mdToPdf }).mdToPdf;
  } catch (err) {
    return `md-to-pdf not installed (${(err as Error).message.split('\n')[0]})`;
  }
  const subset = docs.slice(0, Math.min(docs.length, mdLimit));
  const markdown = subset.map((d) => ({ name: d.name, md: toMarkdown(d.context) }));
  const started = performance.now();
  // Its API launches a browser per call; run as many at once as ours prints pages.
  await inParallel(markdown, concurrency, async ({ name, md }) => {
    await mdToPdf(
      { content: md },
      {
        dest: path.join(outDir, `${name}.md.pdf`),
        launch_options: { executablePath: findBrowser(), headless: true, args: ['--no-sandbox'] },
        pdf_options: { format: 'a4', printBackground: true },
      },
    );
  });
  return { ms: performance.now() - started, count: subset.length };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function fmt(ms: number, n: number): string {
  return `${(ms / 1000).toFixed(2)} s total, ${(ms / n).toFixed(0)} ms per brief`;
}

async function main(): Promise<void> {
  const list = await contexts();
  const t0 = performance.now();
  const docs: Doc[] = [];
  for (const { name, context, template, briefDir } of list) {
    const t = await loadTemplate(template, [path.join(briefDir, 'templates'), path.join(root, 'templates'), builtinTemplatesDir()]);
    docs.push({ name, context, html: t.render(context), template: t });
  }
  const renderMs = performance.now() - t0;
  const out = keep ? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), 'bs-bench-'));
  mkdirSync(out, { recursive: true });
  try {
    console.log(`${docs.length} briefs (${list.length - docs.filter((d) => d.name.startsWith('kcna-')).length} examples + ${docs.filter((d) => d.name.startsWith('kcna-')).length} weekly), concurrency ${concurrency}, Chromium ${findBrowser()}`);
    console.log(`HTML (Handlebars, view model, inlined fonts): ${fmt(renderMs, docs.length)}`);
    // Warm the OS caches for Chromium once, so the first measured run is not penalised.
    await bare(docs.slice(0, 1), 1);
    const runs = { ours: [] as Run[], bareSame: [] as Run[], bareParallel: [] as Run[], bareSerial: [] as Run[] };
    for (let r = 0; r < rounds; r++) {
      runs.ours.push(await ours(docs, out));
      runs.bareSame.push(await bare(docs, concurrency, true));
      runs.bareParallel.push(await bare(docs, concurrency));
      runs.bareSerial.push(await bare(docs, 1));
    }
    const wall = (xs: Run[]) => xs.map((x) => x.ms);
    const bareSameMs = median(wall(runs.bareSame));
    const oursMs = median(wall(runs.ours));
    const bareParallelMs = median(wall(runs.bareParallel));
    const bareSerialMs = median(wall(runs.bareSerial));
    const spread = (xs: number[]) => `[${xs.map((x) => (x / 1000).toFixed(1)).join(', ')} s]`;
    console.log(`medians of ${rounds} interleaved rounds (load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}):`);
    console.log(`ours (PrintPool):              ${fmt(oursMs, docs.length)} ${spread(wall(runs.ours))}`);
    console.log(`bare, same PDF (tagged+outline), ${concurrency} at once: ${fmt(bareSameMs, docs.length)} ${spread(wall(runs.bareSame))}  → ours / bare = ${(oursMs / bareSameMs).toFixed(2)}x (target ≤ 1.3x)`);
    const cpu = (xs: Run[]) => xs.map((x) => x.cpuMs).filter((x) => x !== null);
    if (cpu(runs.ours).length === rounds && cpu(runs.bareSame).length === rounds) {
      const [oursCpu, bareCpu] = [median(cpu(runs.ours)), median(cpu(runs.bareSame))];
      console.log(`  CPU (Node + browser processes): ours ${(oursCpu / 1000).toFixed(2)} s ${spread(cpu(runs.ours))}, bare same PDF ${(bareCpu / 1000).toFixed(2)} s ${spread(cpu(runs.bareSame))}  → ${(oursCpu / bareCpu).toFixed(2)}x`);
    }
    console.log(`bare Puppeteer, ${String(concurrency).padEnd(2)} at once:    ${fmt(bareParallelMs, docs.length)} ${spread(wall(runs.bareParallel))}  → ours / bare = ${(oursMs / bareParallelMs).toFixed(2)}x`);
    console.log(`bare Puppeteer, one at a time: ${fmt(bareSerialMs, docs.length)} ${spread(wall(runs.bareSerial))}  → ours / bare = ${(oursMs / bareSerialMs).toFixed(2)}x`);
    const md = mdLimit > 0 ? await mdToPdfRun(docs, out) : 'skipped (--md-to-pdf 0)';
    if (typeof md === 'string') console.log(`md-to-pdf: ${md}`);
    else {
      const perDocOurs = oursMs / docs.length;
      console.log(`md-to-pdf (${md.count} briefs as Markdown): ${fmt(md.ms, md.count)}  → md-to-pdf / ours = ${(md.ms / md.count / perDocOurs).toFixed(1)}x per brief`);
    }
  } finally {
    if (!keep) rmSync(out, { recursive: true, force: true });
  }
}

await main();
