import path from 'node:path';
import type { Command } from 'commander';
import { checkCorpusPaths, checkTemplate, discoverBriefs } from '../../brief/discover.js';
import { templateSearchDirs } from '../../render/template-lookup.js';
import { loadBrief } from '../../brief/load-brief.js';
import { prepareCorpus, type PreparedCorpus } from '../../brief/prepare-corpus.js';
import { planBrief } from '../../brief/select.js';
import { UsageError, UserError, type Diagnostic } from '../../model/diagnostic.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { printDiagnostics } from '../report.js';
import type { CommandResult } from '../main.js';
import { parseAsOf } from './plan.js';

export function registerValidateCommand(program: Command, done: CommandResult): void {
  program
    .command('validate')
    .description('check briefs without rendering (all of briefs/*.yaml, except _-prefixed bases, when none are named)')
    .argument('[briefs...]', 'brief files (YAML)')
    .option('--no-corpus', 'do not read the corpus (skips checking that pinned, excluded and reworded ids exist)')
    .option('--as-of <datetime>', 'resolve relative periods as of this date-time (default: now)')
    .action(async (briefs: string[], opts: { corpus: boolean; asOf?: string }) => {
      const files = briefs.length > 0 ? briefs : await discoverBriefs();
      if (files.length === 0) throw new UsageError('no briefs to validate: name a brief file, or add one to briefs/');
      const asOf = parseAsOf(opts.asOf);
      const corpora = new Map<string, Promise<PreparedCorpus>>();
      let failed = 0;
      for (const file of files) {
        const diagnostics: Diagnostic[] = [];
        try {
          const brief = await loadBrief(file, { allowAbstract: true });
          const template = checkTemplate(brief, templateSearchDirs(brief.file, path.resolve('templates')));
          if (template) diagnostics.push(template);
          diagnostics.push(...checkCorpusPaths(brief));
          if (opts.corpus && !brief.spec.abstract && !diagnostics.some((d) => d.severity === 'error')) {
            const key = `${brief.spec.corpus.join('\u0000')}\u0000${JSON.stringify(brief.aliases.toEntities())}`;
            if (!corpora.has(key)) corpora.set(key, prepareCorpus(brief.spec.corpus, { entities: brief.aliases.toEntities() }));
            const data = await corpora.get(key)!;
            diagnostics.push(...data.diagnostics);
            diagnostics.push(...planBrief({ brief, articles: data.articles, extractions: data.extractions, developments: data.developments, asOf }).diagnostics);
          }
        } catch (err) {
          if (!(err instanceof UserError)) throw err;
          diagnostics.push(...err.diagnostics);
        }
        printDiagnostics(diagnostics);
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        if (errors > 0) failed++;
        const warnings = diagnostics.length - errors;
        process.stdout.write(`${errors > 0 ? 'invalid' : 'ok     '} ${file}${errors ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n`);
      }
      done.code = failed > 0 ? EXIT_FAILED : EXIT_OK;
    });
}
