/**
 * The extraction contract. Field names marked CONTRACT are read by scripts outside the repo
 * (DESIGN.md, "Extraction: the JSON contract"): never rename them.
 */

export type Precision =
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

export type DateResolution =
  /** Fully written out: "21 March 2025". */
  | 'explicit'
  /** Resolved against the article's reference date: "on Friday", "last year". */
  | 'relative-to-publication'
  /** Resolved against another dated thing in the article: "a day before Shoigu's arrival". */
  | 'relative-to-date'
  /** Could not be resolved (no reference date). */
  | 'unresolved';

export interface DateRef {
  span: string; // CONTRACT
  /** TIMEX3-style value: `2025-03-21`, `2025-W12`, `2025-03`, `2025-Q1`, `2025-SU`, `2024`, `202`. */
  value: string; // CONTRACT
  precision: Precision; // CONTRACT
  start: number; // CONTRACT
  end: number; // CONTRACT
  resolution: DateResolution;
  /** For ranges ("from 3 to 5 March"): the last value; absent for single points. */
  endValue?: string;
  /** TIMEX3 mod: "early 2024" is `2024` with START, "mid-March" `…-03` with MID, "late 2024" END. */
  mod?: 'START' | 'MID' | 'END';
  /**
   * For expressions dated from an event ("a day before Shoigu's arrival"): the event as written and
   * the shift. Present whether or not `value` could be computed from the same text, so a later
   * stage that dates the event can recompute it. `offsetDays` is exact for day and week units and
   * approximate (30 a month, 365 a year) otherwise; `amount` and `unit` are exact.
   */
  anchor?: { phrase: string; offsetDays: number; amount?: number; unit?: 'day' | 'week' | 'month' | 'year' };
}

export interface Quote {
  /** Stable hash of article id + normalised text. */
  id: string; // CONTRACT
  /** The characters between the quotation marks, exactly as written. */
  text: string; // CONTRACT
  /** Canonical name, or a description ("an unnamed official") when no name is certain. */
  speaker: string | null; // CONTRACT
  /** The speaker as written where the attribution is ("he", "Shoigu", "the minister"). */
  speakerMention: string | null; // CONTRACT
  /** Title or role kept apart from the name ("Russian Security Council Secretary"). */
  speakerRole?: string | null;
  cue: string | null; // CONTRACT
  /** The outlet or channel the statement was relayed through ("TASS", "VK post"). */
  via: string | null; // CONTRACT
  /** A fragment inside the writer's sentence rather than a full quotation. */
  partial: boolean; // CONTRACT
  /** Offsets of `text` in the article's normalised text (between the marks). */
  start: number; // CONTRACT
  end: number; // CONTRACT
  confidence: number;
}

export type EntityKind = 'person' | 'organisation' | 'place' | 'country';

export interface EntityMention {
  text: string;
  canonical: string;
  kind: EntityKind;
  start: number;
  end: number;
}

export interface ExtractedEvent {
  id: string; // CONTRACT
  /** TIMEX3-style value (see DateRef.value), or null when the event has no date at all. */
  date: string | null; // CONTRACT
  precision: Precision | null; // CONTRACT
  /** How the date was found: in the sentence, or inherited from the article's lead event. */
  dateSource: 'explicit' | 'relative' | 'inherited' | 'publication' | 'none';
  type: string; // CONTRACT
  actors: string[]; // CONTRACT
  location: string | null; // CONTRACT
  summary: string; // CONTRACT
  start: number; // CONTRACT
  end: number; // CONTRACT
  confidence: number;
  /** The PLOVER category the taxonomy maps `type` to. */
  plover?: string;
  /** Analysis or history rather than a report of something happening. */
  background?: boolean;
  /** The date expression the date came from, as written. */
  dateSpan?: string;
}

export interface ArticleExtraction {
  id: string; // CONTRACT
  title: string; // CONTRACT
  published: string | null; // CONTRACT
  source: string | null;
  url: string | null;
  quotes: Quote[]; // CONTRACT
  dates: DateRef[]; // CONTRACT
  events: ExtractedEvent[]; // CONTRACT
  entities: EntityMention[];
}

/** One happening, told once, with every article that reports it. */
export interface Development {
  id: string;
  date: string | null;
  precision: Precision | null;
  /** Where the sources give different dates: every value with the articles that give it. */
  dateConflict: { value: string; precision: Precision; articleIds: string[] }[] | null;
  type: string;
  actors: string[];
  location: string | null;
  summary: string;
  /** The events clustered into this development, each with its article id. */
  events: (ExtractedEvent & { articleId: string })[];
  /** Article ids, in order of first report. */
  sources: string[];
  /** Independent sources (distinct outlets) reporting it. */
  corroboration: number;
  confidence: number;
}
