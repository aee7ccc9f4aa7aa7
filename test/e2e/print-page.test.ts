/**
 * Pages are reused from job to job (print-page.ts): what one document leaves behind must not
 * reach the next, and the second print's DOM patch must print like a fresh load.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/find-browser.js';
import { CHROMIUM_ARGS } from '../../src/render/print-pool.js';
import { openClosedPage, replaceDocument, resetPage } from '../../src/render/print-page.js';

/** The rendered text (a script's source is not rendered, what it would append would be). */
const text = (page: Page) => page.evaluate('document.body ? document.body.innerText.trim() : ""');

describe('reused print pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a reset ends what the last document scheduled (a meta refresh would blank the next one)', async () => {
    const page = await openClosedPage(browser);
    await page.setContent('<html><head><meta http-equiv="refresh" content="1"></head><body>first</body></html>');
    expect(await resetPage(page, 10_000)).toBe(page);
    await page.setContent('<html><body>second<script>document.body.append(" script ran")</script></body></html>');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // Without the reset the refresh reloads about:blank here and the body is empty.
    expect(await text(page)).toBe('second');
    await page.close();
  });

  it('a document cannot navigate its page away: the navigation is aborted and the document stays', async () => {
    const page = await openClosedPage(browser);
    await page.setContent('<html><head><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/away"></head><body>stays</body></html>');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(page.url()).toBe('about:blank');
    expect(await text(page)).toBe('stays');
    expect(await resetPage(page, 10_000)).toBe(page);
    await page.close();
  });

  it('a page that is not on about:blank any more is closed, not reused', async () => {
    const page = await openClosedPage(browser);
    await page.goto('data:text/html,elsewhere');
    expect(await resetPage(page, 10_000)).toBeNull();
    expect(page.isClosed()).toBe(true);
  });

  it('replaceDocument turns the page into the new HTML without running its scripts', async () => {
    const page = await openClosedPage(browser);
    await page.setContent('<html><head><style>p{color:red}</style></head><body><p>before</p></body></html>');
    await replaceDocument(page, '<html><head><style>p{color:red}</style></head><body><p>after</p><script>document.body.append(" script ran")</script></body></html>');
    expect(await text(page)).toBe('after');
    await page.close();
  });
});
