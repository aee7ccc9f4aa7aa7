/** Where an article came from, so every problem and citation can point back at it. */
export interface SourceLocation {
  file: string;
  /** 1-based line (a JSON Lines record's line, or 1 for a whole file). */
  line: number;
}

export interface Dateline {
  /** As written, e.g. "Pyongyang, October 11, 2025 –". */
  raw: string;
  place: string;
  /** yyyy-MM-dd when the dateline gives a resolvable day, else null. */
  date: string | null;
  /** Offsets of the dateline in the normalised text (the article body begins at `end`). */
  start: number;
  end: number;
  /**
   * Added by the corpus loader: false when the dateline came from a separate field (Reuters,
   * KCNA bundles cut it from the text) and is not part of `text`; then start = end = 0.
   * Absent means the dateline is in the text at start..end.
   */
  inText?: boolean;
}

export interface Article {
  /** Stable: the given id, else derived from the path relative to the corpus root. */
  id: string;
  title: string;
  /** ISO 8601 date-time, or null when the article has no usable publication date. */
  published: string | null;
  /** Outlet, e.g. "Reuters", "KCNA". */
  source: string | null;
  url: string | null;
  tags: string[];
  /** Plain text: NFC, LF line ends, paragraphs separated by a blank line, quotes as written. */
  text: string;
  /** sha256 (hex) of `text` plus the fields that change extraction (published). */
  contentHash: string;
  dateline: Dateline | null;
  /**
   * The day (yyyy-MM-dd) relative dates resolve against: the dateline's day when the article
   * has one (the desk's local date), else the publication date; null when neither is known.
   */
  referenceDate: string | null;
  location: SourceLocation;
  /** Every other field of the input, kept as given. */
  metadata: Record<string, unknown>;
}
