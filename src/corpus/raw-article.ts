import type { SourceLocation } from '../model/article.js';

/** One article as read, before any interpretation: what the readers hand to `buildArticle`. */
export interface RawArticle {
  format: 'markdown' | 'text' | 'json';
  /** Front matter or the JSON record, minus the body. */
  fields: Record<string, unknown>;
  /** 1-based line of each field, where known, for diagnostics about its value. */
  fieldLines: Record<string, number>;
  /** Decoded body, not yet normalised. */
  body: string;
  location: SourceLocation;
  /** Absolute path of the file, and the absolute root that derived ids are relative to. */
  path: string;
  root: string;
}

/** A reader's outcome for one file or line: an article, or a problem that skips it. */
export type ReadResult =
  | { kind: 'article'; raw: RawArticle }
  | { kind: 'problem'; line?: number; column?: number; message: string; rule: string; severity?: 'error' | 'warning' };
