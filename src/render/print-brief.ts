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
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { pdfObjects, type PdfObjectSource } from './pdf-objects.js';
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
        const { pageCount, pages } = await headingPages(pdf);
        return pageCount >= from ? job.template.render(job.context, { tocPages: pages }) : null;
      }
    : undefined;
  return pool.print({ html, metadata, revise, ...(job.outFile ? { outFile: job.outFile } : {}) });
}

/** How many pages a PDF has, and on which page each of its bookmarks lands. */
export interface HeadingPages {
  pageCount: number;
  /** Bookmark title (lower-cased: Chromium takes the rendered text, after `text-transform`) → 1-based page number. */
  pages: Map<string, number>;
}

/** The page of every bookmark whose destination is a page; the first of equal titles wins. */
export async function headingPages(pdf: Uint8Array): Promise<HeadingPages> {
  const objects = await pdfObjects(pdf);
  const catalog = dict(objects, objects.trailer.get(PDFName.of('Root')));
  const pageIndex = new Map<string, number>();
  const walk = (ref: PDFObject | undefined, depth: number): void => {
    const node = dict(objects, ref);
    const kids = objects.resolve(node?.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray && depth < 32) kids.asArray().forEach((kid) => walk(kid, depth + 1));
    else if (node && ref instanceof PDFRef) pageIndex.set(ref.toString(), pageIndex.size + 1);
  };
  walk(catalog?.get(PDFName.of('Pages')), 0);
  const pages = new Map<string, number>();
  const visit = (ref: PDFObject | undefined, depth: number): void => {
    let node = dict(objects, ref);
    for (let count = 0; node && depth < 16 && count < 10_000; count++) {
      const title = objects.resolve(node.get(PDFName.of('Title')));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText().trim().toLowerCase() : null;
      const dest = objects.resolve(node.get(PDFName.of('Dest'))) ?? objects.resolve(dict(objects, node.get(PDFName.of('A')))?.get(PDFName.of('D')));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      const page = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
      if (text && page !== undefined && !pages.has(text)) pages.set(text, page);
      visit(node.get(PDFName.of('First')), depth + 1);
      node = dict(objects, node.get(PDFName.of('Next')));
    }
  };
  visit(dict(objects, catalog?.get(PDFName.of('Outlines')))?.get(PDFName.of('First')), 0);
  return { pageCount: pageIndex.size, pages };
}

function dict(objects: PdfObjectSource, value: PDFObject | undefined): PDFDict | undefined {
  const resolved = objects.resolve(value);
  return resolved instanceof PDFDict ? resolved : undefined;
}
