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

export const launchChromiumPrinter: PrinterFactory = async () => {
  const { PdfPrinter } = await import('../render/print-pdf.js');
  const printer = await PdfPrinter.launch();
  return {
    print: (job) => printer.print(job.html, job.outFile, job.metadata),
    close: () => printer.close(),
  };
};
