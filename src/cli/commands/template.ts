import path from 'node:path';
import type { Command } from 'commander';
import { builtinTemplatesDir } from '../../build/paths.js';
import { EXIT_OK } from '../exit-codes.js';
import type { CommandResult } from '../main.js';

export function registerTemplateCommand(program: Command, done: CommandResult): void {
  const template = program.command('template').description('create and inspect templates');
  template
    .command('new')
    .description('create a template folder that extends another and holds copies of the files to edit')
    .argument('<name>', 'name of the new template (a folder name)')
    .option('--from <base>', 'template to extend', 'sitrep')
    .option('--dir <dir>', 'folder to create it in', 'templates')
    .option('--only <partials...>', 'copy only these partials (e.g. title-block layout); default: all')
    .action(async (name: string, opts: { from: string; dir: string; only?: string[] }) => {
      const dir = path.resolve(opts.dir);
      // Loaded here, not at the top: every command's module loads at start-up, and the
      // renderer (Handlebars, marked, every date-fns locale) would cost each "build" that has
      // nothing to print a few hundred milliseconds.
      const { newTemplate } = await import('../../render/new-template.js');
      const result = await newTemplate({
        name,
        from: opts.from,
        dir,
        searchDirs: [dir, path.resolve('templates'), builtinTemplatesDir()],
        ...(opts.only ? { only: opts.only } : {}),
      });
      process.stdout.write(`created ${path.relative(process.cwd(), result.dir) || result.dir} (extends ${opts.from}):\n${result.files.map((f) => `  ${f}`).join('\n')}\n`);
      done.code = EXIT_OK;
    });
}
