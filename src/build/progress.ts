/**
 * Progress while a build runs, on stderr: a bar with the current edition in a terminal, plain
 * lines elsewhere (CI logs), nothing with `quiet` (e.g. `--json`, which owns stdout anyway).
 */
import { formatDiagnostic } from '../model/diagnostic.js';
import type { Paint } from './colors.js';
import type { BuildEvent, EditionResult } from './report-types.js';
import { formatMs } from './summary.js';

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stream: ProgressStream;
  paint: Paint;
  /** Bar in place of lines; default: the stream is a terminal. */
  bar?: boolean;
  /** Also report editions that are up to date (plain mode). */
  verbose?: boolean;
}

export type ProgressReporter = ((event: BuildEvent) => void) & { finish: () => void };

export function createProgress(options: ProgressOptions): ProgressReporter {
  const { stream, paint: p } = options;
  const bar = options.bar ?? stream.isTTY === true;
  let barShown = false;
  const clearBar = () => {
    if (barShown) stream.write('\r\x1b[2K');
    barShown = false;
  };
  const drawBar = (done: number, total: number, label: string) => {
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const text = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${label}`;
    const max = (stream.columns ?? 100) - 1;
    stream.write(`\r\x1b[2K${text.length > max ? text.slice(0, max) : text}`);
    barShown = true;
  };
  const reporter = ((event: BuildEvent) => {
    switch (event.kind) {
      case 'plan':
        if (bar) drawBar(0, event.total, '');
        break;
      case 'start':
        if (bar) drawBar(event.index, event.total, event.key);
        break;
      case 'done': {
        const r = event.result;
        const quietLine = r.status === 'up-to-date' && !options.verbose;
        if (bar) {
          // Keep a line for what changed; the bar carries the rest.
          if (!quietLine) {
            clearBar();
            stream.write(`${line(r, p)}\n`);
          }
          drawBar(event.index + 1, event.total, r.key);
        } else if (!quietLine) stream.write(`[${event.index + 1}/${event.total}] ${line(r, p)}\n`);
        if (r.status === 'failed') {
          clearBar();
          for (const d of r.diagnostics) stream.write(`  ${formatDiagnostic(d)}\n`);
        }
        break;
      }
      case 'warning':
        clearBar();
        stream.write(`${formatDiagnostic(event.diagnostic)}\n`);
        break;
      case 'info':
        clearBar();
        stream.write(`${event.message}\n`);
        break;
    }
  }) as ProgressReporter;
  reporter.finish = clearBar;
  return reporter;
}

function line(r: EditionResult, p: Paint): string {
  const why = r.reasons.length > 0 ? ` (${r.reasons.join('; ')})` : '';
  switch (r.status) {
    case 'built':
      return `${p.green('built')}       ${r.key} → ${r.output} in ${formatMs(r.ms)}${why}`;
    case 'would-build':
      return `${p.yellow('would build')} ${r.key}${why}`;
    case 'failed':
      return `${p.red('failed')}      ${r.key}`;
    case 'skipped-empty':
      return `${p.dim('skipped')}     ${r.key}${why}`;
    default:
      return `${p.dim('up to date')}  ${r.key}`;
  }
}
