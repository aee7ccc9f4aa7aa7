/**
 * The build prints through this interface, so tests can swap the browser out and a build with
 * nothing to do never loads Puppeteer (it is imported when the first document is printed).
 */
import type { BriefContext } from '../brief/context.js';
import type { PdfMetadata } from '../render/pdf-metadata.js';
import type { LoadedTemplate } from '../render/render-html.js';

export interface PrintJob {
  template: LoadedTemplate;
  context: BriefContext;
  /** Final path; the printer writes a temporary beside it and renames. */
  outFile: string;
  metadata: PdfMetadata;
}

export interface Printer {
  /** Prints the brief; returns the HTML that printed (long briefs print twice, see printBrief). */
  print(job: PrintJob): Promise<{ html: string }>;
  close(): Promise<void>;
}

export type PrinterFactory = (options: { concurrency?: number }) => Promise<Printer>;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export const launchChromiumPrinter: PrinterFactory = async ({ concurrency }) => {
  const [{ PrintPool }, { printBrief }] = await Promise.all([import('../render/print-pool.js'), import('../render/print-brief.js')]);
  const before = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
  const pool = await PrintPool.launch(concurrency ? { concurrency } : {});
  // Puppeteer answers Ctrl-C by killing the browser and exiting at once, before the build can
  // clean up and report. Where the build handles the signal itself, take Puppeteer's handler
  // out: the build closes the browser on its way out.
  for (const signal of SIGNALS) {
    const had = before.get(signal) ?? [];
    if (had.length === 0) continue;
    for (const listener of process.listeners(signal)) {
      if (!had.includes(listener)) process.off(signal, listener);
    }
  }
  return {
    print: async (job) => ({ html: (await printBrief(pool, job)).html }),
    close: () => pool.close(),
  };
};
