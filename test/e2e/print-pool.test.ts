import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { PrintPool, PrintTimeoutError } from '../../src/render/print-pool.js';

const metadata = { title: 'T', author: 'A', subject: 'S', keywords: ['k'], date: new Date('2025-01-01T00:00:00Z'), documentKey: 'key' };
const html = (n: number) => `<!DOCTYPE html><html><body><h1>Document ${n}</h1><p>${'text '.repeat(200)}</p></body></html>`;

describe('PrintPool', () => {
  let pool: PrintPool;
  beforeAll(async () => {
    pool = await PrintPool.launch({ concurrency: 3, timeoutMs: 20_000 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('prints many jobs through one browser, never more than `concurrency` at once', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => pool.print({ html: html(i), metadata })));
    expect(results).toHaveLength(8);
    for (const r of results) expect((await PDFDocument.load(r.bytes)).getPageCount()).toBe(1);
    expect(pool.launches).toBe(1);
    expect(pool.peakActive).toBe(3);
  });

  it('gives the same bytes for the same job', async () => {
    const [a, b] = await Promise.all([pool.print({ html: html(1), metadata }), pool.print({ html: html(1), metadata })]);
    expect(Buffer.from(a!.bytes).equals(Buffer.from(b!.bytes))).toBe(true);
  });

  it('reuses its pages: no more open than ever printed at once', async () => {
    const browser = await pool.currentBrowser();
    for (let i = 0; i < 6; i++) await pool.print({ html: html(i), metadata });
    await Promise.all(Array.from({ length: 6 }, (_, i) => pool.print({ html: html(i), metadata })));
    // Chromium's first tab, plus one page per slot.
    expect((await browser.pages()).length).toBeLessThanOrEqual(1 + pool.concurrency);
  });

  it('prints a second time on the same page when revise returns new HTML', async () => {
    const seen: number[] = [];
    const revised = await pool.print({
      html: html(1),
      metadata,
      revise: async (pdf) => {
        seen.push((await PDFDocument.load(pdf)).getPageCount());
        return html(2).replace('<body>', '<body><p>revised</p>');
      },
    });
    expect(seen).toEqual([1]);
    expect(revised.passes).toBe(2);
    expect(revised.html).toContain('revised');
    const kept = await pool.print({ html: html(1), metadata, revise: () => null });
    expect(kept.passes).toBe(1);
    expect(kept.html).toBe(html(1));
    // The revised print is that of the revised HTML.
    const direct = await pool.print({ html: revised.html, metadata });
    expect(Buffer.from(direct.bytes).equals(Buffer.from(revised.bytes))).toBe(true);
  });

  it('relaunches a crashed browser and retries the job', async () => {
    const browser = await pool.currentBrowser();
    const job = pool.print({ html: html(99), metadata });
    browser.process()?.kill('SIGKILL');
    const result = await job;
    expect((await PDFDocument.load(result.bytes)).getPageCount()).toBe(1);
    expect(pool.launches).toBe(2);
    // and keeps working afterwards
    expect((await pool.print({ html: html(100), metadata })).attempts).toBe(1);
  });
});

describe('PrintPool time limit', () => {
  it('fails a job that takes too long, with a PrintTimeoutError', async () => {
    const pool = await PrintPool.launch({ concurrency: 1, timeoutMs: 1, retries: 0 });
    try {
      await expect(pool.print({ html: html(1), metadata })).rejects.toBeInstanceOf(PrintTimeoutError);
    } finally {
      await pool.close();
    }
  });
});
