/**
 * `briefsmith corpus [paths...]`: what the corpus holds and what is wrong with it. No business
 * logic here: loading and summarising live in src/corpus; this file only prints.
 */
import type { Command } from 'commander';
import { formatDiagnostic, UsageError, type Diagnostic } from '../../model/diagnostic.js';
import { loadCorpus, summariseCorpus, type CorpusSummary } from '../../corpus/index.js';

export interface CorpusCommandOptions {
  json?: boolean;
  root?: string;
  from?: string;
  to?: string;
  /** How many problems the table lists before summarising the rest (`--json` lists all). */
  maxProblems?: number;
}

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd?: string;
}

const defaultIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const DEFAULT_CORPUS_PATH = 'corpus/';

export function registerCorpusCommand(
  program: Command,
  io: CommandIo = defaultIo,
  setExitCode: (code: number) => void = (code) => {
    process.exitCode = code;
  },
): Command {
  return program
    .command('corpus')
    .description('load the article corpus and report what it holds: articles, sources, period, problems')
    .argument('[paths...]', 'files, folders or globs of .md, .markdown, .txt, .jsonl, .ndjson articles', [DEFAULT_CORPUS_PATH])
    .option('--json', 'print one JSON object instead of a table')
    .option('--root <dir>', 'folder that ids derived from file paths are relative to')
    .option('--from <day>', 'only articles published on or after this day (yyyy-mm-dd)')
    .option('--to <day>', 'only articles published on or before this day (yyyy-mm-dd)')
    .action(async (paths: string[], options: CorpusCommandOptions) => {
      setExitCode(await runCorpusCommand(paths, options, io));
    });
}

/**
 * The command itself, returning its exit status: 0, or 1 if any path could not be read at
 * all, or 2 for a malformed --from/--to (the usage-error status of the CLI).
 */
export async function runCorpusCommand(paths: string[], options: CorpusCommandOptions, io: CommandIo = defaultIo): Promise<number> {
  let result;
  try {
    result = await loadCorpus(paths.length ? paths : [DEFAULT_CORPUS_PATH], {
      ...(options.root ? { root: options.root } : {}),
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
      ...(io.cwd ? { cwd: io.cwd } : {}),
    });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`briefsmith corpus: ${e.message}\n`);
    return 2;
  }
  const summary = summariseCorpus(result.articles, result.diagnostics);
  if (options.json) {
    io.stdout(`${JSON.stringify({ ...summary, failedPaths: result.stats.failedPaths }, null, 2)}\n`);
  } else {
    io.stdout(formatSummary(summary, result.diagnostics, options.maxProblems ?? 20));
  }
  return result.stats.failedPaths.length > 0 ? 1 : 0;
}

export function formatSummary(summary: CorpusSummary, diagnostics: readonly Diagnostic[], maxProblems: number): string {
  const n = (x: number): string => x.toLocaleString('en');
  const out: string[] = [];
  const period = summary.from ? `${summary.from} to ${summary.to}` : 'no dated articles';
  const sourceWord = summary.sources.length === 1 ? 'source' : 'sources';
  out.push(`${n(summary.articles)} ${summary.articles === 1 ? 'article' : 'articles'} from ${summary.sources.length} ${sourceWord}, ${period}`);
  if (summary.undated) out.push(`${n(summary.undated)} without a date`);
  if (summary.sources.length) {
    out.push('', table(['Source', 'Articles'], summary.sources.map((s) => [s.name, n(s.count)])));
  }
  const months = Object.entries(summary.perMonth);
  if (months.length) out.push('', table(['Month', 'Articles'], months.map(([m, c]) => [m, n(c)])));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (count: number, word: string): string => `${n(count)} ${word}${count === 1 ? '' : 's'}`;
  out.push('', diagnostics.length ? `Problems: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'No problems found.');
  // Errors first: they lost articles; warnings (duplicates, dates) are often many and mild.
  const ordered = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const d of ordered.slice(0, maxProblems)) out.push(`  ${formatDiagnostic(d)}`);
  if (ordered.length > maxProblems) out.push(`  … and ${n(ordered.length - maxProblems)} more (use --json to see all)`);
  return `${out.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
