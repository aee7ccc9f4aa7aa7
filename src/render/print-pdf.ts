/**
 * The walking skeleton's one-page-at-a-time printer, kept as a thin wrapper over PrintPool
 * for callers that print one document at a time. New code should use PrintPool directly.
 */
import { PrintPool, type PrintPoolOptions } from './print-pool.js';
import type { PdfMetadata } from './pdf-metadata.js';

export { CHROMIUM_ARGS } from './print-pool.js';

export interface PrintOptions {
  /** Milliseconds one document may take before it counts as failed. */
  timeoutMs?: number;
}

export class PdfPrinter {
  private constructor(private readonly pool: PrintPool) {}

  static async launch(options: PrintPoolOptions = {}): Promise<PdfPrinter> {
    return new PdfPrinter(await PrintPool.launch(options));
  }

  /** Prints `html` and writes the PDF to `outFile` through a temporary file and a rename. */
  async print(html: string, outFile: string, metadata: PdfMetadata, _options: PrintOptions = {}): Promise<void> {
    await this.pool.print({ html, outFile, metadata });
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
