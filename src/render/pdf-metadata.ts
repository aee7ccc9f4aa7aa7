/**
 * Chromium stamps every PDF with the clock, so two prints of the same brief differ, and it
 * knows nothing of the brief's author, subject or keywords. This pass sets the document
 * information from the brief instead, making the bytes a function of the inputs.
 *
 * Chromium writes the information as one small object; that object, the catalog (for /Lang)
 * and the trailer (for /ID) are replaced in place (pdf-objects.ts) rather than the whole
 * document being parsed and written again. A PDF that reader does not handle goes through
 * pdf-lib, with the same entries.
 */
import { createHash } from 'node:crypto';
import { ParseSpeeds, PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFContext } from 'pdf-lib';
import { PdfObjects, UnsupportedPdf } from './pdf-objects.js';

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

const PRODUCER = 'Briefsmith';

export async function stampMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  try {
    return stampInPlace(PdfObjects.read(pdf), meta);
  } catch (err) {
    if (!(err instanceof UnsupportedPdf)) throw err;
    return stampWithPdfLib(pdf, meta);
  }
}

function stampInPlace(objects: PdfObjects, meta: PdfMetadata): Uint8Array {
  const { trailer, context } = objects;
  const infoRef = trailer.get(PDFName.of('Info'));
  const rootRef = trailer.get(PDFName.of('Root'));
  const catalog = objects.resolve(rootRef);
  if (!(infoRef instanceof PDFRef) || !(rootRef instanceof PDFRef) || !(catalog instanceof PDFDict)) throw new UnsupportedPdf('no /Info or /Root object');
  // The viewer shows the title rather than the file name (pdf-lib's showInWindowTitleBar).
  const prefs = objects.resolve(catalog.get(PDFName.of('ViewerPreferences'))) ?? context.obj({});
  if (!(prefs instanceof PDFDict) || catalog.get(PDFName.of('ViewerPreferences')) instanceof PDFRef) throw new UnsupportedPdf('indirect /ViewerPreferences');
  prefs.set(PDFName.of('DisplayDocTitle'), PDFBool.True);
  catalog.set(PDFName.of('ViewerPreferences'), prefs);
  catalog.set(PDFName.of('Lang'), PDFHexString.fromText(meta.lang ?? 'en'));
  const newTrailer = PDFDict.withContext(context);
  for (const [key, value] of trailer.entries()) newTrailer.set(key, value);
  newTrailer.set(PDFName.of('ID'), documentId(context, meta));
  return objects.replace(
    new Map([
      [infoRef.objectNumber, infoDict(context, meta)],
      [rootRef.objectNumber, catalog],
    ]),
    newTrailer,
  );
}

/** The same entries pdf-lib's setters write (text as UTF-16 hex strings, dates as PDF dates). */
function infoDict(context: PDFContext, meta: PdfMetadata): PDFDict {
  const info = PDFDict.withContext(context);
  const text = (key: string, value: string) => info.set(PDFName.of(key), PDFHexString.fromText(value));
  text('Title', meta.title);
  text('Author', meta.author);
  text('Subject', meta.subject);
  text('Keywords', meta.keywords.join(' '));
  text('Producer', PRODUCER);
  text('Creator', PRODUCER);
  info.set(PDFName.of('CreationDate'), PDFString.fromDate(meta.date));
  info.set(PDFName.of('ModDate'), PDFString.fromDate(meta.date));
  return info;
}

/** A hash of the document key, twice, instead of Chromium's random identifier. */
function documentId(context: PDFContext, meta: PdfMetadata): PDFArray {
  const id = createHash('md5').update(meta.documentKey).digest('hex');
  const array = PDFArray.withContext(context);
  array.push(PDFHexString.of(id));
  array.push(PDFHexString.of(id));
  return array;
}

async function stampWithPdfLib(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every few objects by default (a tagged PDF has thousands);
  // in a batch job that only costs time, so parse and write in one go.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.context.trailerInfo.ID = documentId(doc.context, meta);
  doc.catalog.set(PDFName.of('Lang'), PDFHexString.fromText(meta.lang ?? 'en'));
  return doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity });
}
