/** The `briefsmith` command line: parsing and exit codes only; the work lives in the library. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../build/paths.js';
import { UsageError, UserError } from '../model/diagnostic.js';
import { registerBuildCommand } from './commands/build.js';
import { registerCorpusCommand } from './commands/corpus.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerInitCommand } from './commands/init.js';
import { registerPlanCommand } from './commands/plan.js';
import { registerValidateCommand } from './commands/validate.js';
import { registerPreviewCommand } from './commands/preview.js';
import { registerTemplateCommand } from './commands/template.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { printDiagnostics } from './report.js';

/** Commands set `code` when they finish; main returns it as the exit status. */
export interface CommandResult {
  code: number;
}

export function createProgram(done: CommandResult): Command {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  const program = new Command('briefsmith')
    .description('Turn a corpus of news articles into situation-report PDFs.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run `briefsmith --help` for usage)');
  registerBuildCommand(program, done);
  registerExtractCommand(program, done);
  registerCorpusCommand(program, undefined, (code) => {
    done.code = code;
  });
  registerValidateCommand(program, done);
  registerPlanCommand(program, done);
  registerInitCommand(program, done);
  registerPreviewCommand(program, done);
  registerTemplateCommand(program, done);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const done: CommandResult = { code: EXIT_OK };
  const program = createProgram(done);
  try {
    await program.parseAsync(argv);
    return done.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`briefsmith: ${err.message}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof UserError) {
      printDiagnostics(err.diagnostics);
      return EXIT_FAILED;
    }
    process.stderr.write(`briefsmith: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT_FAILED;
  }
}
