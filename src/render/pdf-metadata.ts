/**
 * Chromium stamps every PDF with the clock and a random document id, so two prints of the
 * same brief differ. This pass sets the metadata from the brief instead, making the bytes
 * a function of the inputs.
 */
import { createHash } from 'node:crypto';
import { ParseSpeeds, PDFDocument, PDFHexString, PDFName, PDFArray } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The brief's as-of date-time: used for creation and modification dates. */
  date: Date;
  /** A hash of what the document was made from: becomes the PDF's /ID instead of a random one. */
  documentKey: string;
  /** BCP 47 language of the document (the PDF's /Lang, read by screen readers). Default `en`. */
  lang?: string;
}

export async function stampMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every few objects by default (a tagged PDF has thousands);
  // in a batch job that only costs time, so parse and write in one go.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setProducer('Briefsmith');
  doc.setCreator('Briefsmith');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const id = createHash('md5').update(meta.documentKey).digest('hex');
  doc.context.trailerInfo.ID = PDFArray.withContext(doc.context);
  (doc.context.trailerInfo.ID as PDFArray).push(PDFHexString.of(id));
  (doc.context.trailerInfo.ID as PDFArray).push(PDFHexString.of(id));
  doc.catalog.set(PDFName.of('Lang'), PDFHexString.fromText(meta.lang ?? 'en'));
  return doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity });
}
