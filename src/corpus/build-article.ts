/**
 * From a raw record (front matter + body, or a JSON line) to an `Article`: text normalised and
 * reflowed, dates checked, dateline found, id settled. Pure apart from hashing, so every rule
 * here is testable without a disk.
 */
import type { Article, Dateline } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { contentHash, givenId, idForBundleRecord, idFromPath } from './article-id.js';
import { findDatelineInText, parseDatelineField } from './dateline.js';
import { markdownToText } from './markdown-text.js';
import { normaliseText } from './normalise-text.js';
import { parsePublished } from './published-date.js';
import type { RawArticle } from './raw-article.js';
import { reflow } from './reflow.js';

/** Fields the loader interprets; everything else goes to `metadata` untouched. */
const KNOWN = new Set(['id', 'title', 'published', 'date', 'source', 'url', 'tags', 'dateline', 'text', 'body', 'content']);
const TITLE_LENGTH = 120;

export interface Built {
  article: Article | null;
  diagnostics: Diagnostic[];
}

export function buildArticle(raw: RawArticle): Built {
  const diagnostics: Diagnostic[] = [];
  const { fields, location } = raw;
  const lineOf = (key: string): number => raw.fieldLines[key] ?? location.line;
  const warn = (key: string, rule: string, message: string, hint?: string): void => {
    diagnostics.push({ severity: 'warning', file: location.file, line: lineOf(key), message, rule, ...(hint ? { hint } : {}) });
  };

  const givenTitle = stringField(fields.title);
  const body = normaliseText(raw.body);
  let text: string;
  let headingTitle: string | null = null;
  if (raw.format === 'markdown') {
    // A leading "# Heading" is the title when none is given, or a repeat of it: not body text.
    const md = markdownToText(body, { dropLeadingHeading: (h) => !givenTitle || h === givenTitle });
    text = md.text;
    headingTitle = md.leadingHeading;
  } else {
    text = reflow(body);
  }
  if (!text) {
    diagnostics.push({ severity: 'error', file: location.file, line: location.line, message: 'article has no text; skipped', rule: 'corpus/no-text' });
    return { article: null, diagnostics };
  }

  const publishedKey = fields.published !== undefined && fields.published !== null && fields.published !== '' ? 'published' : 'date';
  const publishedValue = fields[publishedKey];
  let published: string | null = null;
  let publishedDay: string | null = null;
  let publishedBad = false;
  if (publishedValue !== undefined && publishedValue !== null && publishedValue !== '') {
    const p = parsePublished(publishedValue);
    if (p.ok) {
      published = p.iso;
      publishedDay = p.day;
    } else {
      publishedBad = true;
      warn(publishedKey, 'corpus/bad-date', `unreadable publication date: ${p.reason}`, 'write it as yyyy-mm-dd');
    }
  }

  let dateline: Dateline | null = null;
  const datelineField = stringField(fields.dateline);
  if (datelineField) {
    dateline = datelineFromField(datelineField, text, publishedDay);
  }
  dateline ??= findDatelineInText(text, publishedDay);

  if (!published && dateline?.date) {
    published = `${dateline.date}T00:00:00Z`;
    publishedDay = dateline.date;
  } else if (!published && !publishedBad) {
    warn(publishedKey, 'corpus/no-date', 'no publication date; the article cannot be placed in a period', "add 'published: yyyy-mm-dd'");
  }

  const url = stringField(fields.url);
  const title = givenTitle ?? headingTitle ?? titleFromText(text, dateline);
  let id: string;
  const given = givenId(fields.id);
  if (given && !given.ok) warn('id', 'corpus/bad-id', `${given.reason}; using an id derived from the file instead`);
  if (given?.ok) {
    id = given.id;
  } else if (raw.format === 'json') {
    id = idForBundleRecord(idFromPath(raw.path, raw.root), { url, title: givenTitle, published, text });
  } else {
    id = idFromPath(raw.path, raw.root);
  }

  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (!KNOWN.has(key)) metadata[key] = value;

  const article: Article = {
    id,
    title,
    published,
    source: stringField(fields.source),
    url,
    tags: tagsOf(fields.tags),
    text,
    contentHash: contentHash(text, published),
    dateline,
    referenceDate: dateline?.date ?? publishedDay,
    location: { ...location },
    metadata,
  };
  return { article, diagnostics };
}

/**
 * A dateline given as a field was cut from the text by whoever built the bundle (Reuters,
 * KCNA). The text is left as given, so its offsets match the source; the dateline then sits
 * at offsets 0..0 with `inText: false`. If the text still starts with it, its real span is used.
 */
function datelineFromField(raw: string, text: string, publishedDay: string | null): Dateline | null {
  const parts = parseDatelineField(raw, publishedDay);
  if (!parts) return null;
  const trimmed = raw.trim();
  if (text.startsWith(trimmed)) return { raw: trimmed, ...parts, start: 0, end: trimmed.length };
  return { raw: trimmed, ...parts, start: 0, end: 0, inText: false };
}

/** First sentence (or line) of the body, shortened at a word boundary. */
function titleFromText(text: string, dateline: Dateline | null): string {
  const from = dateline && dateline.end > 0 ? text.slice(dateline.end).trimStart() : text;
  const firstParagraph = from.split('\n\n', 1)[0] ?? '';
  const sentence = /^.+?[.!?](?=\s|$)/.exec(firstParagraph)?.[0] ?? firstParagraph;
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–—-]+$/, '')}…`;
}

function stringField(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const t = value.normalize('NFC').trim();
  return t ? t : null;
}

function tagsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags: string[] = [];
  for (const item of list) {
    const t = stringField(item);
    if (t && !tags.includes(t)) tags.push(t);
  }
  return tags;
}
