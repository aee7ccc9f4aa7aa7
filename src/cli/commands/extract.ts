import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadCorpus } from '../../corpus/index.js';
import { extractCorpus } from '../../extract/extract-corpus.js';
import { UsageError, UserError } from '../../model/diagnostic.js';
import { loadAliases } from '../../brief/aliases.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { printDiagnostics } from '../report.js';
import type { CommandResult } from '../main.js';

const DEFAULT_ALIAS_FILE = 'corpus/entities.yaml';

export function registerExtractCommand(program: Command, done: CommandResult): void {
  program
    .command('extract')
    .description('extract quotes, dates and events from articles (files, folders or JSON Lines bundles)')
    .argument('<paths...>', 'article files, folders or .jsonl bundles')
    .option('--json', 'print the extraction contract as one JSON document')
    .option('--ndjson', 'print one JSON object per article, a line each')
    .option('--taxonomy <file>', 'event taxonomy YAML (default: the built-in src/extract/events/taxonomy.yaml)')
    .option('--aliases <file>', `entity alias file (default: ${DEFAULT_ALIAS_FILE} when it exists)`)
    .option('--no-cache', 'extract every article again instead of reading .briefsmith-cache/')
    .action(async (paths: string[], opts: { json?: boolean; ndjson?: boolean; taxonomy?: string; aliases?: string; cache: boolean }) => {
      if (opts.json && opts.ndjson) throw new UsageError('--json and --ndjson exclude each other');
      const aliasFile = opts.aliases ?? (existsSync(DEFAULT_ALIAS_FILE) ? DEFAULT_ALIAS_FILE : null);
      const aliases = aliasFile ? await loadAliases(aliasFile) : null;
      if (aliases && !aliases.aliases) throw new UserError(aliases.diagnostics);
      const corpus = await loadCorpus(paths);
      printDiagnostics(corpus.diagnostics);
      const { extractions } = await extractCorpus(corpus.articles, {
        ...(opts.cache ? {} : { cacheDir: false as const }),
        ...(opts.taxonomy ? { taxonomyFile: opts.taxonomy } : {}),
        ...(aliases?.aliases ? { entities: aliases.aliases.toEntities() } : {}),
      });
      if (opts.ndjson) {
        for (const x of extractions) process.stdout.write(`${JSON.stringify(x)}\n`);
      } else if (opts.json) {
        process.stdout.write(`${JSON.stringify({ articles: extractions }, null, 2)}\n`);
      } else {
        for (const x of extractions) {
          process.stdout.write(`\n${x.id}  ${x.title}\n`);
          for (const q of x.quotes) process.stdout.write(`  quote  ${q.speaker ?? '(unattributed)'}: “${q.text.slice(0, 90)}”\n`);
          for (const e of x.events) process.stdout.write(`  event  ${e.date ?? 'undated'}  ${e.type}: ${e.summary.slice(0, 90)}\n`);
        }
      }
      done.code = corpus.diagnostics.some((d) => d.severity === 'error') ? EXIT_FAILED : EXIT_OK;
    });
}
