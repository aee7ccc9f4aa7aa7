/**
 * One browser for a whole build, a fresh page per document. Each page is a closed world:
 * JavaScript off and every request aborted, because the HTML carries corpus text we do not
 * trust and everything it needs (CSS, fonts) travels inline.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Browser } from 'puppeteer';
import { findBrowser } from './find-browser.js';
import { stampMetadata, type PdfMetadata } from './pdf-metadata.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
  '--font-render-hinting=none',
];

export interface PrintOptions {
  /** Milliseconds one document may take before it counts as failed. */
  timeoutMs?: number;
}

export class PdfPrinter {
  private constructor(private browser: Browser) {}

  static async launch(): Promise<PdfPrinter> {
    const puppeteer = (await import('puppeteer')).default;
    const executablePath = findBrowser(process.env, () => puppeteer.executablePath());
    const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    return new PdfPrinter(browser);
  }

  /** Prints `html` and writes the PDF to `outFile` through a temporary file and a rename. */
  async print(html: string, outFile: string, metadata: PdfMetadata, options: PrintOptions = {}): Promise<void> {
    const timeout = options.timeoutMs ?? 60_000;
    const page = await this.browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // The document itself arrives through setContent; nothing else may be fetched.
        void request.abort('blockedbyclient');
      });
      await page.setContent(html, { waitUntil: 'load', timeout });
      const pdf = await page.pdf({
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        timeout,
      });
      const stamped = await stampMetadata(pdf, metadata);
      const tmp = `${outFile}.${process.pid}.tmp`;
      try {
        await writeFile(tmp, stamped);
        await rename(tmp, outFile);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}
