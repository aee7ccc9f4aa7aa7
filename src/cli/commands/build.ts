import path from 'node:path';
import type { Command } from 'commander';
import { glob } from 'tinyglobby';
import { buildBriefs } from '../../build/build-briefs.js';
import { UsageError } from '../../model/diagnostic.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { printDiagnostics } from '../report.js';
import type { CommandResult } from '../main.js';

export function registerBuildCommand(program: Command, done: CommandResult): void {
  program
    .command('build')
    .description('build briefs into PDFs (all briefs in briefs/ when none are named)')
    .argument('[briefs...]', 'brief files (YAML)')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--as-of <datetime>', 'the date-time the briefs are as of (default: now)')
    .option('--html', 'also write the HTML beside each PDF')
    .option('--json', 'also write the brief context (JSON) beside each PDF')
    .action(async (briefs: string[], opts: { out: string; asOf?: string; html?: boolean; json?: boolean }) => {
      const files = briefs.length > 0 ? briefs : (await glob('briefs/*.{yaml,yml}')).sort();
      if (files.length === 0) throw new UsageError('no briefs to build: name a brief file, or add one to briefs/');
      const asOf = parseAsOf(opts.asOf);
      const result = await buildBriefs({
        briefFiles: files,
        outDir: opts.out,
        asOf,
        writeHtml: opts.html,
        writeJson: opts.json,
        projectTemplatesDir: path.resolve('templates'),
        onEvent: (e) => {
          if (e.kind === 'built') process.stdout.write(`built  ${e.brief} → ${e.output} (${e.ms} ms)\n`);
          else if (e.kind === 'failed') {
            process.stderr.write(`failed ${e.brief}\n`);
            printDiagnostics(e.diagnostics);
          } else if (e.kind === 'warning') printDiagnostics([e.diagnostic]);
        },
      });
      done.code = result.failed.length > 0 ? EXIT_FAILED : EXIT_OK;
    });
}

function parseAsOf(value: string | undefined): string {
  if (!value) return new Date().toISOString();
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) throw new UsageError(`--as-of: "${value}" is not a date (use YYYY-MM-DD or an ISO date-time)`);
  return parsed.toISOString();
}
