/** The end of a build: a plain table, one JSON document, or a GitHub step summary in Markdown. */
import { appendFile } from 'node:fs/promises';
import type { Paint } from './colors.js';
import type { BuildSummary, EditionResult, EditionStatus } from './report-types.js';

const LABEL: Record<EditionStatus, string> = {
  built: 'built',
  'up-to-date': 'up to date',
  'would-build': 'would build',
  'skipped-empty': 'skipped (empty)',
  failed: 'failed',
};

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The plain summary: a row per edition that did something (all rows with `verbose`), then totals. */
export function formatSummaryTable(summary: BuildSummary, p: Paint, verbose = false): string {
  const rows = summary.editions.filter((e) => verbose || e.status !== 'up-to-date');
  const lines: string[] = [];
  if (rows.length > 0) {
    const keyWidth = Math.max(7, ...rows.map((r) => r.key.length));
    const statusWidth = Math.max(6, ...rows.map((r) => LABEL[r.status].length));
    lines.push(p.bold(`${'edition'.padEnd(keyWidth)}  ${'status'.padEnd(statusWidth)}  ${'time'.padStart(7)}  why`));
    for (const r of rows) {
      const status = colour(r.status, LABEL[r.status].padEnd(statusWidth), p);
      lines.push(`${r.key.padEnd(keyWidth)}  ${status}  ${formatMs(r.ms).padStart(7)}  ${reasonText(r)}${r.status === 'built' && r.output ? ` → ${r.output}` : ''}`);
    }
  }
  lines.push(totalsLine(summary, p));
  return `${lines.join('\n')}\n`;
}

export function totalsLine(summary: BuildSummary, p: Paint): string {
  const c = summary.counts;
  const parts = [
    summary.dryRun ? `${c['would-build']} would build` : p.green(`${c.built} built`),
    `${c['up-to-date']} up to date`,
    ...(c['skipped-empty'] ? [`${c['skipped-empty']} skipped (empty)`] : []),
    c.failed ? p.red(`${c.failed} failed`) : '0 failed',
  ];
  const tail = [summary.shard ? `shard ${summary.shard}` : '', summary.interrupted ? p.red('INTERRUPTED') : ''].filter(Boolean).join(', ');
  return `${parts.join(', ')} in ${formatMs(summary.ms)}${summary.browserLaunched ? '' : ' (no browser launched)'}${tail ? ` — ${tail}` : ''}`;
}

function colour(status: EditionStatus, text: string, p: Paint): string {
  if (status === 'built') return p.green(text);
  if (status === 'failed') return p.red(text);
  if (status === 'would-build') return p.yellow(text);
  return p.dim(text);
}

/** The machine-readable document printed with `--json`. */
export function summaryJson(summary: BuildSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/** GitHub Actions job summary: Markdown, appended to `$GITHUB_STEP_SUMMARY`. */
export function summaryMarkdown(summary: BuildSummary): string {
  const c = summary.counts;
  const title = `### Briefsmith build${summary.shard ? ` (shard ${summary.shard})` : ''}${summary.dryRun ? ' — dry run' : ''}`;
  const lines = [
    title,
    '',
    summary.ok ? '✅ all editions succeeded' : summary.interrupted ? '⚠️ interrupted' : `❌ ${c.failed} failed`,
    '',
    '| built | up to date | would build | skipped (empty) | failed | time |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${c.built} | ${c['up-to-date']} | ${c['would-build']} | ${c['skipped-empty']} | ${c.failed} | ${formatMs(summary.ms)} |`,
  ];
  const rows = summary.editions.filter((e) => e.status !== 'up-to-date');
  if (rows.length > 0) {
    lines.push('', '| edition | status | why | time |', '| --- | --- | --- | ---: |');
    for (const r of rows) lines.push(`| \`${md(r.key)}\` | ${LABEL[r.status]} | ${md(reasonText(r))} | ${formatMs(r.ms)} |`);
  }
  return `${lines.join('\n')}\n\n`;
}

function reasonText(r: EditionResult): string {
  if (r.status === 'failed' && r.diagnostics.length > 0) return r.diagnostics.map((d) => d.message).join('; ');
  return r.reasons.join('; ');
}

function md(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export async function appendStepSummary(file: string, summary: BuildSummary): Promise<void> {
  await appendFile(file, summaryMarkdown(summary));
}
