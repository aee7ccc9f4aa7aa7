/**
 * The browser page a print job runs in: a closed world that is opened once and reused.
 *
 * Opening a page costs about as much as printing a short brief, so the pool keeps its pages
 * between jobs. Between jobs a page goes back to about:blank: `setContent` alone would keep
 * whatever the last document scheduled (a `<meta http-equiv="refresh">` fires into the next
 * job's document), and a navigation ends all of that. A page that went anywhere but
 * about:blank is not trusted again and is closed.
 */
import type { Browser, CDPSession, Page } from 'puppeteer';

/** A new page with JavaScript off and every request aborted. */
export async function openClosedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  try {
    // Independent settings, sent together (one round trip's wait instead of three). Offline
    // as well as intercepted: prefetches bypass interception but not this. All three are
    // settings of the page, not of its document, so they hold across documents.
    await Promise.all([page.setJavaScriptEnabled(false), page.setOfflineMode(true), page.setRequestInterception(true)]);
    page.on('request', (request) => {
      // The document arrives through setContent; nothing else may be fetched. A navigation
      // (a meta refresh, a frame) fails as "aborted", the one error for which Chromium keeps
      // the current document instead of committing an error page in its place: a document
      // cannot replace itself while it is being printed.
      void request.abort(request.isNavigationRequest() ? 'aborted' : 'blockedbyclient').catch(() => undefined);
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

/**
 * Brings a page that printed back to an empty document for the next job. Resolves to the
 * page, or to null (having closed it) when it cannot be trusted with another document.
 */
export async function resetPage(page: Page, timeoutMs: number): Promise<Page | null> {
  try {
    // Still about:blank unless the document navigated the page (a meta refresh that fired).
    if (page.url() !== 'about:blank') throw new Error('the page navigated away');
    await page.goto('about:blank', { waitUntil: 'load', timeout: timeoutMs });
    if (page.url() !== 'about:blank') throw new Error('the page did not return to about:blank');
    return page;
  } catch {
    await page.close().catch(() => undefined);
    return null;
  }
}
