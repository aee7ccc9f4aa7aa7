/**
 * Reading and replacing single objects of a PDF (pdf-objects.ts), and the two users of it:
 * the metadata pass and the bookmark pages of the contents. Chromium's own output is covered
 * by the end-to-end tests; here pdf-lib writes the PDFs, once with a classic cross-reference
 * table (the in-place path) and once with object streams (the pdf-lib fallback).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import { PdfObjects, pdfObjects, UnsupportedPdf } from '../../../src/render/pdf-objects.js';
import { stampMetadata, type PdfMetadata } from '../../../src/render/pdf-metadata.js';
import { headingPages } from '../../../src/render/print-brief.js';

/** Three pages and an outline: "Alpha" → page 1, "Beta" (with a child "Gamma" → page 3) → page 2. */
async function samplePdf(objectStreams: boolean, clock = new Date('2020-02-02T02:02:02Z')): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setCreationDate(clock);
  doc.setModificationDate(clock);
  doc.setTitle('Chromium title');
  const pages = [doc.addPage(), doc.addPage(), doc.addPage()];
  const ctx = doc.context;
  const outlines = ctx.nextRef();
  const item = (title: string, page: number, extra: Record<string, PDFRef> = {}) => {
    const dest = PDFArray.withContext(ctx);
    dest.push(pages[page - 1]!.ref);
    dest.push(PDFName.of('XYZ'));
    return ctx.register(ctx.obj({ Title: PDFHexString.fromText(title), Dest: dest, Parent: outlines, ...extra }));
  };
  const gamma = item('Gamma', 3);
  const beta = item('  BETA ', 2, { First: gamma, Last: gamma });
  const alpha = item('Alpha', 1, { Next: beta });
  ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: alpha, Last: beta }));
  doc.catalog.set(PDFName.of('Outlines'), outlines);
  return doc.save({ useObjectStreams: objectStreams, addDefaultPage: false });
}

const meta: PdfMetadata = {
  title: 'Weekly brief (No. 3) \\ “quoted”',
  author: 'Desk',
  subject: 'Subject',
  keywords: ['alpha', 'beta'],
  date: new Date('2025-01-06T09:00:00Z'),
  documentKey: 'brief-3',
  lang: 'en-GB',
};

/** Every in-use entry of the (last) cross-reference table points at its object's header. */
function crossReferencesHold(pdf: Uint8Array): boolean {
  const text = Buffer.from(pdf).toString('latin1');
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const lines = text.slice(start).split('\n');
  let num = -1;
  for (const line of lines.slice(1)) {
    const section = /^(\d+) (\d+)$/.exec(line);
    if (section) {
      num = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
    if (!entry) break;
    if (entry[3] === 'n' && !text.startsWith(`${num} ${Number(entry[2])} obj`, Number(entry[1]))) return false;
    num++;
  }
  return true;
}

describe('PdfObjects', () => {
  it('reads objects through the cross-reference table', async () => {
    const objects = PdfObjects.read(await samplePdf(false));
    const catalog = objects.resolve(objects.trailer.get(PDFName.of('Root')));
    expect(catalog).toBeInstanceOf(PDFDict);
    expect(objects.resolve((catalog as PDFDict).get(PDFName.of('Type')))).toBe(PDFName.of('Catalog'));
  });

  it('replaces objects, keeps the others byte for byte and writes a table that holds', async () => {
    const pdf = await samplePdf(false);
    const objects = PdfObjects.read(pdf);
    const info = objects.trailer.get(PDFName.of('Info')) as PDFRef;
    const replacement = objects.context.obj({ Title: PDFHexString.fromText('a much longer title than Chromium wrote, to move everything after it') });
    const out = objects.replace(new Map([[info.objectNumber, replacement]]), objects.trailer);
    expect(crossReferencesHold(out)).toBe(true);
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.getTitle()).toBe('a much longer title than Chromium wrote, to move everything after it');
    expect(doc.getPageCount()).toBe(3);
    // An object that was not replaced still reads the same.
    const again = PdfObjects.read(out);
    expect(String(again.resolve(again.trailer.get(PDFName.of('Root'))))).toBe(String(objects.resolve(objects.trailer.get(PDFName.of('Root')))));
  });

  it('refuses what it does not handle, and pdfObjects then reads through pdf-lib', async () => {
    const pdf = await samplePdf(true);
    expect(() => PdfObjects.read(pdf)).toThrow(UnsupportedPdf);
    const objects = await pdfObjects(pdf);
    expect(objects.resolve(objects.trailer.get(PDFName.of('Root')))).toBeInstanceOf(PDFDict);
  });
});

describe('stampMetadata', () => {
  for (const [path, objectStreams] of [['in place', false], ['through pdf-lib', true]] as const) {
    it(`sets the document information from the brief, not the clock (${path})`, async () => {
      const out = await stampMetadata(await samplePdf(objectStreams), meta);
      if (!objectStreams) expect(crossReferencesHold(out)).toBe(true);
      const doc = await PDFDocument.load(out, { updateMetadata: false });
      expect(doc.getTitle()).toBe(meta.title);
      expect(doc.getAuthor()).toBe('Desk');
      expect(doc.getSubject()).toBe('Subject');
      expect(doc.getKeywords()).toBe('alpha beta');
      expect(doc.getProducer()).toBe('Briefsmith');
      expect(doc.getCreator()).toBe('Briefsmith');
      expect(doc.getCreationDate()?.toISOString()).toBe('2025-01-06T09:00:00.000Z');
      expect(doc.getModificationDate()?.toISOString()).toBe('2025-01-06T09:00:00.000Z');
      expect((doc.catalog.get(PDFName.of('Lang')) as PDFHexString).decodeText()).toBe('en-GB');
      expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
      const id = doc.context.trailerInfo.ID as PDFArray;
      expect(id.size()).toBe(2);
      const md5 = createHash('md5').update('brief-3').digest('hex');
      expect([String(id.get(0)), String(id.get(1))]).toEqual([`<${md5}>`, `<${md5}>`]);
      expect(Buffer.from(out).toString('latin1')).not.toContain('D:2020');
      expect(doc.getPageCount()).toBe(3);
    });

    it(`gives the same bytes for the same brief, whenever Chromium printed it (${path})`, async () => {
      const a = await stampMetadata(await samplePdf(objectStreams, new Date('2020-01-01T00:00:00Z')), meta);
      const b = await stampMetadata(await samplePdf(objectStreams, new Date('2024-12-31T23:59:59Z')), meta);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      const other = await stampMetadata(await samplePdf(objectStreams), { ...meta, documentKey: 'brief-4' });
      expect(Buffer.from(other).equals(Buffer.from(a))).toBe(false);
    });
  }

  it('writes the same entries either way', async () => {
    const entries = async (objectStreams: boolean) => {
      const doc = await PDFDocument.load(await stampMetadata(await samplePdf(objectStreams), meta), { updateMetadata: false });
      const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
      return Object.fromEntries(info.entries().map(([k, v]) => [k.asString(), v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : String(v)]));
    };
    expect(await entries(false)).toEqual(await entries(true));
  });
});

describe('headingPages', () => {
  for (const [path, objectStreams] of [['in place', false], ['through pdf-lib', true]] as const) {
    it(`counts the pages and finds each bookmark's page, nested ones too (${path})`, async () => {
      const { pageCount, pages } = await headingPages(await samplePdf(objectStreams));
      expect(pageCount).toBe(3);
      expect([...pages]).toEqual([
        ['alpha', 1],
        ['beta', 2],
        ['gamma', 3],
      ]);
    });
  }
});
