/**
 * One browser for a whole build, many pages printing at once.
 *
 * ```ts
 * const pool = await PrintPool.launch({ concurrency: 4 });
 * try {
 *   await Promise.all(jobs.map((job) => pool.print(job)));
 * } finally {
 *   await pool.close();
 * }
 * ```
 *
 * Each page is a closed world: JavaScript off and every request aborted (the HTML carries
 * its CSS and fonts inline and it holds corpus text we do not trust). Pages are reused from
 * job to job, reset to about:blank in between (see print-page.ts). Each job has a time
 * limit. When the browser dies (crash, OOM kill) it is relaunched and the job retried once.
 * The PDF gets its metadata from the job (never the clock) and lands through a temporary
 * file and a rename, so a crash never leaves half a PDF behind.
 */
import { availableParallelism } from 'node:os';
import type { Browser, Page, PDFOptions } from 'puppeteer';
import { findBrowser } from './find-browser.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { stampMetadata, type PdfMetadata } from './pdf-metadata.js';
import { openClosedPage, replaceDocument, resetPage } from './print-page.js';

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
  // Defence in depth: request interception does not see speculative loads such as
  // <link rel="prefetch"> (found by test/e2e/hostile.test.ts), so the browser also gets a
  // proxy that does not exist, for every host including loopback.
  '--proxy-server=http://0.0.0.0:0',
  '--proxy-bypass-list=<-loopback>',
];

export interface PrintPoolOptions {
  /** Pages printing at the same time. Default: `os.availableParallelism()`. */
  concurrency?: number;
  /** Milliseconds one job (load + print) may take before it fails. Default 60 000. */
  timeoutMs?: number;
  /** Extra attempts after a failure caused by the browser (crash, disconnect, timeout). Default 1. */
  retries?: number;
  /** Chromium binary. Default: `findBrowser()` (PUPPETEER_EXECUTABLE_PATH, then the PATH). */
  executablePath?: string;
  /** Replaces `puppeteer.launch` (tests use it to count launches or inject failures). */
  launchBrowser?: () => Promise<Browser>;
}

export interface PrintJob {
  /** A complete, self-contained HTML document. */
  html: string;
  /** Where the PDF goes; written through `<outFile>.<random>.tmp` and a rename. Omit to only get the bytes. */
  outFile?: string;
  metadata: PdfMetadata;
  /** Extra Puppeteer PDF options; page size and margins normally come from the template's `@page` CSS. */
  pdf?: Pick<PDFOptions, 'format' | 'landscape' | 'margin' | 'scale'>;
  /**
   * Looks at the first print (Chromium's PDF, before the metadata pass) and returns the HTML
   * to print instead, or null to keep it. The second print happens on the same page, its
   * document patched rather than reloaded (print-page.ts `replaceDocument`), within the
   * same time limit. Called again if the job is retried.
   */
  revise?: (pdf: Uint8Array) => string | null | Promise<string | null>;
}

export interface PrintResult {
  outFile: string | null;
  bytes: Uint8Array;
  /** The HTML that printed: the job's, or what `revise` returned. */
  html: string;
  /** 2 when `revise` asked for a second print. */
  passes: 1 | 2;
  /** 1 when the first attempt succeeded. */
  attempts: number;
  ms: number;
}

export class PrintTimeoutError extends Error {
  constructor(ms: number) {
    super(`printing took longer than ${ms} ms`);
    this.name = 'PrintTimeoutError';
  }
}

export class PrintPool {
  readonly concurrency: number;
  /** How many browsers this pool has started (1 unless one crashed). */
  launches = 0;
  /** The most jobs that were printing at the same time. */
  peakActive = 0;
  private browser: Promise<Browser>;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;
  private readonly replaced = new WeakSet<Browser>();
  /** Pages that finished a job, each on its way back to about:blank (null: it was closed). */
  private readonly idle: Promise<Page | null>[] = [];

  private constructor(
    private readonly options: Required<Pick<PrintPoolOptions, 'timeoutMs' | 'retries'>> & { launch: () => Promise<Browser> },
    concurrency: number,
    browser: Browser,
  ) {
    this.concurrency = concurrency;
    this.browser = Promise.resolve(browser);
    this.launches = 1;
  }

  static async launch(options: PrintPoolOptions = {}): Promise<PrintPool> {
    const launch =
      options.launchBrowser ??
      (async () => {
        const puppeteer = (await import('puppeteer')).default;
        const executablePath = options.executablePath ?? findBrowser(process.env, () => puppeteer.executablePath());
        return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
      });
    const browser = await launch();
    return new PrintPool(
      { timeoutMs: options.timeoutMs ?? 60_000, retries: options.retries ?? 1, launch },
      Math.max(1, Math.floor(options.concurrency ?? availableParallelism())),
      browser,
    );
  }

  /** Prints one job; waits for a free slot when `concurrency` pages are already printing. */
  async print(job: PrintJob): Promise<PrintResult> {
    if (this.closed) throw new Error('PrintPool is closed');
    const started = Date.now();
    await this.acquire();
    try {
      let attempt = 0;
      for (;;) {
        attempt += 1;
        const browser = await this.browser;
        try {
          const printed = await this.printOnce(browser, job);
          const bytes = await stampMetadata(printed.pdf, job.metadata);
          if (job.outFile) await writeAtomically(job.outFile, bytes);
          return { outFile: job.outFile ?? null, bytes, html: printed.html, passes: printed.passes, attempts: attempt, ms: Date.now() - started };
        } catch (err) {
          // A killed browser can fail a call before Puppeteer has noticed the disconnect.
          if (isProtocolFailure(err)) await disconnectSettled(browser, 1_000);
          const browserFault = !browser.connected || err instanceof PrintTimeoutError || isProtocolFailure(err);
          if (!browserFault || attempt > this.options.retries || this.closed) throw err;
          if (!browser.connected) await this.relaunch(browser);
        }
      }
    } finally {
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = await this.browser.catch(() => null);
    await browser?.close().catch(() => undefined);
  }

  /** The browser in use (for tests that need to kill it). */
  currentBrowser(): Promise<Browser> {
    return this.browser;
  }

  private async printOnce(browser: Browser, job: PrintJob): Promise<{ pdf: Uint8Array; html: string; passes: 1 | 2 }> {
    const timeout = this.options.timeoutMs;
    let page: Page | null = null;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    let done = false;
    const work = (async () => {
      const opened = await this.openPage(browser);
      if (timedOut) {
        // The time limit passed while the page was opening: nobody will close it but us.
        await opened.close().catch(() => undefined);
        throw new PrintTimeoutError(timeout);
      }
      page = opened;
      const options: PDFOptions = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout, ...job.pdf };
      await page.setContent(job.html, { waitUntil: 'load', timeout });
      const first = await page.pdf(options);
      const revised = job.revise ? await job.revise(first) : null;
      if (revised === null) return { pdf: first, html: job.html, passes: 1 as const };
      await replaceDocument(page, revised);
      return { pdf: await page.pdf(options), html: revised, passes: 2 as const };
    })();
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new PrintTimeoutError(timeout));
      }, timeout);
    });
    try {
      const result = await Promise.race([work, limit]);
      done = true;
      return result;
    } finally {
      clearTimeout(timer);
      work.catch(() => undefined);
      const p = page as Page | null;
      // Only a page whose job finished is reused; after a failure or a timeout it may be in any state.
      if (p && done) this.idle.push(resetPage(p, Math.min(timeout, 10_000)));
      else await p?.close().catch(() => undefined);
    }
  }

  /** A reset page of this browser if one is idle, else a new one. */
  private async openPage(browser: Browser): Promise<Page> {
    while (this.idle.length > 0) {
      const page = await this.idle.pop()!;
      if (page && !page.isClosed() && page.browser() === browser) return page;
      await page?.close().catch(() => undefined);
    }
    return openClosedPage(browser);
  }

  /** Replaces a dead browser once, however many jobs noticed it at the same time. */
  private async relaunch(dead: Browser): Promise<void> {
    // Checked and marked synchronously: two jobs failing together must not launch two browsers.
    if (!this.replaced.has(dead)) {
      this.replaced.add(dead);
      void dead.close().catch(() => undefined);
      this.launches += 1;
      this.browser = this.options.launch();
    }
    await this.browser;
  }

  private async acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active += 1;
    } else {
      // release() hands its slot over directly, so `active` stays the same.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.peakActive = Math.max(this.peakActive, this.active);
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

/** Resolves when the browser has disconnected, or after `ms` if it stays connected. */
function disconnectSettled(browser: Browser, ms: number): Promise<void> {
  if (!browser.connected) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    browser.once('disconnected', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function isProtocolFailure(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /Target closed|Session closed|Protocol error|Connection closed|crashed|detached/i.test(message);
}

/** Kept for callers of the print pool; the one atomic write of the program does the work. */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(file, bytes);
}
