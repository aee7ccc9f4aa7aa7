/**
 * The browser page a print job runs in: a closed world, and the one way its document is
 * replaced for a second print.
 */
import type { Browser, CDPSession, Page } from 'puppeteer';

/** A new page with JavaScript off and every request aborted. */
export async function openClosedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  try {
    // Independent settings, sent together (one round trip's wait instead of three). Offline
    // as well as intercepted: prefetches bypass interception but not this.
    await Promise.all([page.setJavaScriptEnabled(false), page.setOfflineMode(true), page.setRequestInterception(true)]);
    page.on('request', (request) => {
      // The document arrives through setContent; nothing else may be fetched.
      void request.abort('blockedbyclient').catch(() => undefined);
    });
    return page;
  } catch (err) {
    await page.close().catch(() => undefined);
    throw err;
  }
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Turns the page's document into `html` by patching the live DOM (DOM.setOuterHTML on the
 * document: Chromium parses `html` apart, compares the trees and replaces only the nodes that
 * differ). A second pass that changes a few words keeps its stylesheets and inlined fonts
 * instead of parsing and decoding them again; the print is the same, byte for byte, as one
 * of `html` loaded afresh (test/e2e/toc-pages.test.ts).
 */
export async function replaceDocument(page: Page, html: string): Promise<void> {
  let session = sessions.get(page);
  if (!session) {
    session = page.createCDPSession();
    sessions.set(page, session);
  }
  const cdp = await session;
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  await cdp.send('DOM.setOuterHTML', { nodeId: root.nodeId, outerHTML: html });
  // The DOM agent reports every later change of the documents it has seen; nobody listens.
  await cdp.send('DOM.disable');
}
