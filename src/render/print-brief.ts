/**
 * A brief from context to PDF through a PrintPool, with page numbers in the contents of long
 * briefs.
 *
 * Chromium has no `target-counter()`, so a contents list cannot know its page numbers in one
 * pass. For a brief that prints at least `limits.tocPagesFrom` pages (default 6) and shows
 * contents, the first print's bookmarks (Chromium's document outline, one per heading) give
 * the page of each section; the brief is rendered again with those numbers and printed a
 * second time, on the same page (PrintJob.revise). The numbers fill space the first print
 * already reserved, so no line moves. Shorter briefs print once.
 */
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import type { BriefContext } from '../brief/context.js';
import type { PdfMetadata } from './pdf-metadata.js';
import type { PrintPool, PrintResult } from './print-pool.js';
import type { LoadedTemplate } from './render-html.js';

export interface PrintBriefJob {
  template: LoadedTemplate;
  context: BriefContext;
  metadata: PdfMetadata;
  /** Where the PDF goes (temporary file + rename); omit to only get the bytes. */
  outFile?: string;
}

/** `html` is what printed: with contents page numbers when there was a second pass. */
export type PrintBriefResult = PrintResult;

const DEFAULT_TOC_PAGES_FROM = 6;

export async function printBrief(pool: PrintPool, job: PrintBriefJob): Promise<PrintBriefResult> {
  const metadata = { lang: job.template.config.lang ?? 'en', ...job.metadata };
  const html = job.template.render(job.context);
  const from = job.template.config.limits?.tocPagesFrom ?? DEFAULT_TOC_PAGES_FROM;
  // The first print is the brief as delivered unless it is long and shows contents; then its
  // bookmarks number the contents and the pool prints again on the same page.
  const revise = job.template.view(job.context).view.showToc
    ? async (pdf: Uint8Array): Promise<string | null> => {
        const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
        return doc.getPageCount() >= from ? job.template.render(job.context, { tocPages: outlinePages(doc) }) : null;
      }
    : undefined;
  return pool.print({ html, metadata, revise, ...(job.outFile ? { outFile: job.outFile } : {}) });
}

/**
 * Bookmark title (lower-cased: Chromium takes the rendered text, after `text-transform`) →
 * 1-based page number, for every bookmark whose destination is a page.
 */
export function outlinePages(doc: PDFDocument): Map<string, number> {
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((page, i) => pageIndex.set(page.ref.toString(), i + 1));
  const pages = new Map<string, number>();
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const visit = (ref: unknown, depth: number): void => {
    let node = ref instanceof PDFRef ? doc.context.lookupMaybe(ref, PDFDict) : undefined;
    while (node && depth < 16) {
      const title = node.lookup(PDFName.of('Title'));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText().trim().toLowerCase() : null;
      const dest = node.lookupMaybe(PDFName.of('Dest'), PDFArray) ?? node.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray);
      const target = dest?.get(0);
      const page = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
      if (text && page !== undefined && !pages.has(text)) pages.set(text, page);
      visit(node.get(PDFName.of('First')), depth + 1);
      const next = node.get(PDFName.of('Next'));
      node = next instanceof PDFRef ? doc.context.lookupMaybe(next, PDFDict) : undefined;
    }
  };
  visit(outlines?.get(PDFName.of('First')), 0);
  return pages;
}
