import type { Command } from 'commander';
import { scaffoldProject } from '../../brief/scaffold.js';
import { EXIT_OK } from '../exit-codes.js';
import type { CommandResult } from '../main.js';

export function registerInitCommand(program: Command, done: CommandResult): void {
  program
    .command('init')
    .description('scaffold a briefing project (corpus with one article, alias file, a brief, templates/) that builds at once')
    .argument('[dir]', 'folder to create the project in', '.')
    .action(async (dir: string) => {
      const written = await scaffoldProject(dir);
      for (const file of written) process.stdout.write(`created ${file}\n`);
      const cd = dir === '.' ? '' : `cd ${dir} && `;
      process.stdout.write(`\nnext: ${cd}briefsmith validate && briefsmith plan briefs/example.yaml && briefsmith build\n`);
      done.code = EXIT_OK;
    });
}
