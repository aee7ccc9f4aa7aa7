import path from 'node:path';
import type { Command } from 'commander';
import { startPreview } from '../../build/preview.js';
import { UsageError } from '../../model/diagnostic.js';
import { EXIT_OK } from '../exit-codes.js';
import type { CommandResult } from '../main.js';

export function registerPreviewCommand(program: Command, done: CommandResult): void {
  program
    .command('preview')
    .description('serve a brief\'s HTML on 127.0.0.1 and reload it when the brief, a template or the corpus changes')
    .argument('<brief>', 'brief file (YAML)')
    .option('-p, --port <n>', 'port (0: any free port)', '4173')
    .option('--week <week>', 'weekly briefs: the ISO week to show (default: the last complete week)')
    .option('--as-of <datetime>', 'the date-time the preview is as of (default: now)')
    .action(async (brief: string, opts: { port: string; week?: string; asOf?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${opts.port}" is not a port number`);
      const asOf = opts.asOf ? new Date(opts.asOf) : new Date();
      if (Number.isNaN(asOf.getTime())) throw new UsageError(`--as-of: "${opts.asOf}" is not a date`);
      const server = await startPreview({
        briefFile: brief,
        port,
        asOf: asOf.toISOString(),
        week: opts.week,
        projectTemplatesDir: path.resolve('templates'),
        onEvent: (m) => process.stderr.write(`${m}\n`),
      });
      process.stderr.write(`previewing ${brief} at ${server.url} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      done.code = EXIT_OK;
    });
}
