import path from 'node:path';
import type { Command } from 'commander';
import { discoverBriefs } from '../../brief/discover.js';
import { buildBriefs, type BuildEvent } from '../../build/build-briefs.js';
import { colorEnabled, paint } from '../../build/colors.js';
import { createProgress } from '../../build/progress.js';
import { parseShard } from '../../build/shard.js';
import { appendStepSummary, formatSummaryTable, summaryJson } from '../../build/summary.js';
import { formatDiagnostic, UsageError } from '../../model/diagnostic.js';
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK } from '../exit-codes.js';
import type { CommandResult } from '../main.js';

interface BuildFlags {
  out: string;
  asOf?: string;
  week?: string;
  allPeriods?: boolean;
  dryRun?: boolean;
  force?: boolean;
  shard?: string;
  json?: boolean;
  html?: boolean;
  contextJson?: boolean;
  cacheDir: string;
  cache: boolean;
  progress: boolean;
  verbose?: boolean;
}

export function registerBuildCommand(program: Command, done: CommandResult): void {
  program
    .command('build')
    .description('build the briefs whose inputs changed (all briefs in briefs/ when none are named)')
    .argument('[briefs...]', 'brief files (YAML)')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--as-of <datetime>', 'the date-time the build is as of (default: now); weekly briefs build the last week complete by then')
    .option('--week <week>', 'build this ISO week of weekly briefs, e.g. 2025-W12')
    .option('--all-periods', 'weekly briefs: build every week the corpus covers (backfill)')
    .option('-n, --dry-run', 'list what would be rebuilt and why, without building')
    .option('-f, --force', 'rebuild every edition, changed or not')
    .option('--shard <k/n>', 'build only the k-th of n deterministic shares of the editions (CI matrix)')
    .option('--json', 'print one JSON document describing the build on stdout (no progress)')
    .option('--html', 'also write the HTML beside each PDF')
    .option('--context-json', 'also write the brief context (JSON) beside each PDF')
    .option('--cache-dir <dir>', 'extraction cache folder', '.briefsmith-cache')
    .option('--no-cache', 'do not read or write the extraction cache')
    .option('--no-progress', 'no progress bar or per-edition lines')
    .option('-v, --verbose', 'also list editions that are up to date')
    .action(async (briefs: string[], opts: BuildFlags, cmd: Command) => {
      const files = briefs.length > 0 ? briefs : await discoverBriefs();
      if (files.length === 0) throw new UsageError('no briefs to build: name a brief file, or add one to briefs/');
      if (opts.week && opts.allPeriods) throw new UsageError('--week and --all-periods exclude each other');
      const asOf = parseAsOf(opts.asOf);
      const shard = opts.shard ? parseShard(opts.shard) : undefined;
      const p = paint(colorEnabled(process.stderr));
      const progress = opts.json || !opts.progress ? null : createProgress({ stream: process.stderr, paint: p, verbose: opts.verbose });
      // Without progress, warnings and notices (a stale lock taken over, temporaries removed) still reach stderr.
      const notices = (e: BuildEvent) => {
        if (e.kind === 'warning') process.stderr.write(`${formatDiagnostic(e.diagnostic)}\n`);
        else if (e.kind === 'info') process.stderr.write(`${e.message}\n`);
      };
      const summary = await buildBriefs({
        briefFiles: files,
        outDir: opts.out,
        asOf,
        asOfExplicit: opts.asOf !== undefined,
        week: opts.week,
        allPeriods: opts.allPeriods,
        dryRun: opts.dryRun,
        force: opts.force,
        shard,
        writeHtml: opts.html,
        writeJson: opts.contextJson,
        projectTemplatesDir: path.resolve('templates'),
        cacheDir: opts.cache ? opts.cacheDir : null,
        handleSignals: true,
        command: `briefsmith ${cmd.name()} ${process.argv.slice(3).join(' ')}`.trim(),
        onEvent: progress ?? notices,
      });
      progress?.finish();
      if (opts.json) process.stdout.write(summaryJson(summary));
      else process.stdout.write(formatSummaryTable(summary, paint(colorEnabled(process.stdout)), opts.verbose));
      const stepSummary = process.env.GITHUB_STEP_SUMMARY;
      if (stepSummary) await appendStepSummary(stepSummary, summary);
      done.code = summary.interrupted ? EXIT_INTERRUPTED : summary.ok ? EXIT_OK : EXIT_FAILED;
    });
}

function parseAsOf(value: string | undefined): string {
  if (!value) return new Date().toISOString();
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) throw new UsageError(`--as-of: "${value}" is not a date (use YYYY-MM-DD or an ISO date-time)`);
  return parsed.toISOString();
}
