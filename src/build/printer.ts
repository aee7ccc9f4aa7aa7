/**
 * The build prints through this interface, not through the renderer's class, so the
 * renderer's parallel print pool can replace `PdfPrinter` here and nowhere else. Puppeteer is
 * imported only when the first document is printed: a build with nothing to do never loads it.
 */
import type { PdfMetadata } from '../render/pdf-metadata.js';

export interface PrintJob {
  html: string;
  /** Final path; the printer writes a temporary beside it and renames. */
  outFile: string;
  metadata: PdfMetadata;
}

export interface Printer {
  print(job: PrintJob): Promise<void>;
  close(): Promise<void>;
}

export type PrinterFactory = () => Promise<Printer>;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export const launchChromiumPrinter: PrinterFactory = async () => {
  const { PdfPrinter } = await import('../render/print-pdf.js');
  const before = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
  const printer = await PdfPrinter.launch();
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
    print: (job) => printer.print(job.html, job.outFile, job.metadata),
    close: () => printer.close(),
  };
};
