/**
 * Single objects of a PDF, read and replaced without parsing the rest.
 *
 * A tagged brief has well over a thousand objects; loading it whole with pdf-lib to read the
 * outline or to change the document information costs 10–20 ms of the event loop per PDF,
 * and saving it as much again. Chromium (Skia) writes PDFs simply: one classic
 * cross-reference table, no object streams, no encryption. For such a file the table gives
 * every object's offset, so the few objects wanted are parsed on their own (with pdf-lib's
 * object parser), and replacing some of them means splicing their bytes and writing a new
 * table. Any other kind of PDF throws UnsupportedPdf; `pdfObjects` then falls back to pdf-lib.
 */
import { ParseSpeeds, PDFContext, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectParser, PDFRef, type PDFObject } from 'pdf-lib';

export class UnsupportedPdf extends Error {
  constructor(reason: string) {
    super(`not a PDF this reader handles: ${reason}`);
    this.name = 'UnsupportedPdf';
  }
}

/** What readers of a PDF need, whichever way it was parsed. */
export interface PdfObjectSource {
  readonly trailer: PDFDict;
  /** The object a reference points to (other values are returned as they are). */
  resolve(value: PDFObject | undefined): PDFObject | undefined;
}

interface XrefEntry {
  offset: number;
  gen: number;
  inUse: boolean;
}

const latin1 = (bytes: Uint8Array, start: number, end: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString('latin1');

export class PdfObjects implements PdfObjectSource {
  private readonly cache = new Map<number, PDFObject>();

  private constructor(
    readonly context: PDFContext,
    private readonly bytes: Uint8Array,
    private readonly xrefStart: number,
    private readonly entries: XrefEntry[],
    readonly trailer: PDFDict,
  ) {}

  /** Reads the cross-reference table and the trailer; objects are parsed when asked for. */
  static read(bytes: Uint8Array): PdfObjects {
    const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
    const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!startxref) throw new UnsupportedPdf('no startxref at the end');
    const xrefStart = Number(startxref[1]);
    const trailerAt = indexOf(bytes, 'trailer', xrefStart);
    if (latin1(bytes, xrefStart, xrefStart + 4) !== 'xref' || trailerAt < 0) throw new UnsupportedPdf('no classic cross-reference table');
    const entries: XrefEntry[] = [];
    const lines = latin1(bytes, xrefStart + 4, trailerAt).split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
      const header = /^\s*(\d+) (\d+)\s*$/.exec(lines[i]!);
      if (!header) {
        if (lines[i]!.trim() === '') continue;
        throw new UnsupportedPdf(`unexpected cross-reference line "${lines[i]}"`);
      }
      const first = Number(header[1]);
      const count = Number(header[2]);
      for (let n = 0; n < count; n++) {
        const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(lines[++i] ?? '');
        if (!entry) throw new UnsupportedPdf('malformed cross-reference entry');
        entries[first + n] = { offset: Number(entry[1]), gen: Number(entry[2]), inUse: entry[3] === 'n' };
      }
    }
    const context = PDFContext.create();
    const trailer = PDFObjectParser.forBytes(bytes.subarray(trailerAt + 'trailer'.length), context).parseObject();
    if (!(trailer instanceof PDFDict)) throw new UnsupportedPdf('the trailer is not a dictionary');
    for (const key of ['Prev', 'XRefStm', 'Encrypt']) {
      if (trailer.has(PDFName.of(key))) throw new UnsupportedPdf(`the trailer has /${key}`);
    }
    const size = trailer.get(PDFName.of('Size'));
    if (!(size instanceof PDFNumber) || size.asNumber() !== entries.length || Array.from(entries).some((e) => e === undefined)) {
      throw new UnsupportedPdf('the cross-reference table does not cover /Size objects');
    }
    return new PdfObjects(context, bytes, xrefStart, entries, trailer);
  }

  resolve(value: PDFObject | undefined): PDFObject | undefined {
    return value instanceof PDFRef ? this.parse(value.objectNumber) : value;
  }

  /**
   * The PDF with the given objects replaced (by number; each must exist) and a new trailer.
   * Everything else keeps its bytes; the cross-reference table is written anew.
   */
  replace(objects: Map<number, PDFObject>, trailer: PDFDict): Uint8Array {
    // An object's bytes run to where the next one (or the table) starts.
    const starts = [...this.entries.filter((e) => e.inUse).map((e) => e.offset), this.xrefStart].sort((a, b) => a - b);
    const spans = [...objects]
      .map(([num, value]) => {
        const entry = this.entries[num];
        if (!entry?.inUse || !this.parse(num)) throw new UnsupportedPdf(`object ${num} is not in the file`);
        const end = starts.find((s) => s > entry.offset)!;
        return { start: entry.offset, end, text: Buffer.from(`${num} ${entry.gen} obj\n${value.toString()}\nendobj\n`, 'latin1') };
      })
      .sort((a, b) => a.start - b.start);
    const pieces: Uint8Array[] = [];
    let pos = 0;
    for (const span of spans) {
      pieces.push(this.bytes.subarray(pos, span.start), span.text);
      pos = span.end;
    }
    pieces.push(this.bytes.subarray(pos, this.xrefStart));
    // An object after a replaced one moves by the difference in length.
    const shifted = (offset: number): number => spans.reduce((at, s) => (s.start < offset ? at + s.text.length - (s.end - s.start) : at), offset);
    const table = this.entries.map((e) => `${String(e.inUse ? shifted(e.offset) : e.offset).padStart(10, '0')} ${String(e.gen).padStart(5, '0')} ${e.inUse ? 'n' : 'f'} \n`);
    const body = Buffer.concat(pieces);
    const end = `xref\n0 ${this.entries.length}\n${table.join('')}trailer\n${trailer.toString()}\nstartxref\n${body.length}\n%%EOF\n`;
    return Buffer.concat([body, Buffer.from(end, 'latin1')]);
  }

  private parse(num: number): PDFObject | undefined {
    const cached = this.cache.get(num);
    if (cached) return cached;
    const entry = this.entries[num];
    if (!entry?.inUse) return undefined;
    const header = /^(\d+) (\d+) obj\s*/.exec(latin1(this.bytes, entry.offset, entry.offset + 32));
    if (!header || Number(header[1]) !== num) throw new UnsupportedPdf(`object ${num} is not where the table says`);
    const value = PDFObjectParser.forBytes(this.bytes.subarray(entry.offset + header[0].length), this.context).parseObject();
    this.cache.set(num, value);
    return value;
  }
}

/** The objects of any PDF: read in place when Chromium wrote it, else through a full pdf-lib load. */
export async function pdfObjects(bytes: Uint8Array): Promise<PdfObjectSource> {
  try {
    return PdfObjects.read(bytes);
  } catch (err) {
    if (!(err instanceof UnsupportedPdf)) throw err;
  }
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  return { trailer: trailerDict(doc), resolve: (value) => (value instanceof PDFRef ? doc.context.lookup(value) : value) };
}

function trailerDict(doc: PDFDocument): PDFDict {
  const { Root, Info } = doc.context.trailerInfo;
  const trailer = PDFDict.withContext(doc.context);
  if (Root) trailer.set(PDFName.of('Root'), Root);
  if (Info) trailer.set(PDFName.of('Info'), Info);
  return trailer;
}

function indexOf(bytes: Uint8Array, text: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(text, from, 'latin1');
}
