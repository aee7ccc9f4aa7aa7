/**
 * The brief definition language: what an analyst writes in `briefs/*.yaml`.
 *
 * Two layers:
 * - `briefSchema` (zod) checks the *shape* of the YAML as written and documents every field;
 *   `schema/brief.schema.json` is generated from it (`npm run schema`) for editor completion.
 * - `normalizeBrief` turns the checked input into `BriefSpec`, the form the rest of Briefsmith
 *   uses (a period as a tagged union, audiences as a list, every default filled in).
 *
 * Checks zod cannot express with good positions (period forms, time zones, boolean keyword
 * expressions) live in `check-brief.ts` and run on the same input, so every problem in a file
 * is reported at once.
 */
import { z } from 'zod';

export const SECTION_KEYS = ['summary', 'toc', 'timeline', 'chart', 'statements', 'by-actor', 'markdown', 'sources', 'stats'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Sections shown when a brief does not say (each only when it has content, at the template's discretion). */
export const DEFAULT_SECTIONS: SectionKey[] = ['summary', 'timeline', 'statements', 'by-actor', 'markdown', 'sources', 'stats'];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('a calendar day, YYYY-MM-DD (in the brief\'s time zone)');

const rangePeriod = z
  .object({ from: day.describe('first day, inclusive (YYYY-MM-DD)'), to: day.describe('last day, inclusive (YYYY-MM-DD)') })
  .strict()
  .describe('an explicit range of days, both inclusive');
const weekPeriod = z.object({ week: z.string().regex(/^\d{4}-W\d{2}$/).describe('ISO week, e.g. 2025-W12') }).strict().describe('one ISO week, Monday to Sunday');
const monthPeriod = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/).describe('a month, YYYY-MM') }).strict().describe('one calendar month');
const lastPeriod = z
  .object({ last: z.string().regex(/^(\d+ )?(day|week|month)s?$/).describe('e.g. "7 days", "2 weeks", "1 month"') })
  .strict()
  .describe('the last N days/weeks/months up to and including the as-of day');
const cadencePeriod = z
  .object({ cadence: z.enum(['weekly']).describe('one edition per ISO week; the default edition is the last complete week before the as-of day') })
  .strict()
  .describe('a recurring brief');

export const periodInputSchema = z
  .union([
    z
      .string()
      .regex(/^(\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?|last( \d+)? (day|week|month)s?|weekly)$/)
      .describe('`2025-W12` (ISO week), `2025-03` (month), `2025-03-21` (one day), `2025` (year), `last 7 days`, or `weekly` (cadence)'),
    z.number().int().min(1000).max(9999).describe('a calendar year, e.g. 2025'),
    rangePeriod,
    weekPeriod,
    monthPeriod,
    lastPeriod,
    cadencePeriod,
  ])
  .describe('What happened when: an ISO week, a month, a range, the last N days, or a weekly cadence; resolved against --as-of in `timezone`.')
  .meta({ examples: ['2025-W12', '2025-03', 'last 7 days', 'weekly', { from: '2025-03-01', to: '2025-10-31' }] });

const stringList = z.array(z.string());

const entityFilter = z
  .union([
    stringList.describe('any of these entities (names or aliases)'),
    z
      .object({
        any: stringList.optional().describe('at least one of these entities is involved'),
        all: stringList.optional().describe('every one of these entities is involved'),
        not: stringList.optional().describe('none of these entities is involved'),
      })
      .strict(),
  ])
  .describe('Entities (people, organisations, places, countries), matched through their aliases in the alias file.');

const matchFilter = z
  .union([
    z.string().describe('a boolean expression: `"Kim Jong Un" AND (missile OR launch) NOT exercise`; words and "quoted phrases", AND, OR, NOT, parentheses'),
    z
      .object({
        any: stringList.optional().describe('at least one of these words or phrases'),
        all: stringList.optional().describe('every one of these words or phrases'),
        not: stringList.optional().describe('none of these words or phrases'),
      })
      .strict(),
  ])
  .describe('Words and phrases (whole words, case-insensitive).');

export const selectInputSchema = z
  .object({
    entities: entityFilter.optional(),
    types: stringList.optional().describe('event types to keep (e.g. meeting, test-launch, agreement, statement); all when absent'),
    keywords: stringList.optional().describe('words or phrases, any of which must occur (whole words, case-insensitive)'),
    match: matchFilter.optional(),
    sources: stringList.optional().describe('outlets to keep (case-insensitive, whole words of the outlet name, or an article id); all when absent'),
    minCorroboration: z.number().int().min(1).optional().describe('least number of independent sources a development needs (default 1)'),
    minConfidence: z.number().min(0).max(1).optional().describe('least extraction confidence, 0 to 1, for developments and quotes (default 0)'),
    partialQuotes: z.boolean().optional().describe('also show fragments quoted inside a sentence (default false)'),
  })
  .strict()
  .describe('What goes into the brief. Every filter given must match (AND); within a list, see each field.');

export const limitsInputSchema = z
  .object({
    developments: z.number().int().positive().optional().describe('most entries in the key-developments timeline (default 20)'),
    quotes: z.number().int().positive().optional().describe('most notable statements (default 10)'),
    actors: z.number().int().positive().optional().describe('most actors in "developments by actor" (default 8)'),
    perActor: z.number().int().positive().optional().describe('most developments listed under one actor (default 5)'),
  })
  .strict()
  .describe('Most entries per section. Pinned items take their places first (and are shown even when there are more pins than places).');

const blockInput = z
  .object({
    title: z.string().min(1).describe('heading of the block'),
    markdown: z.string().describe('the text, in Markdown (sanitised when rendered)'),
  })
  .strict();

export const briefSchema = z
  .object({
    $schema: z.string().optional().describe('JSON Schema for editors (ignored by Briefsmith)'),
    extends: z.string().optional().describe('path (relative to this file) of a brief or base file whose settings this one inherits; maps merge key by key, lists and values are replaced'),
    abstract: z.boolean().optional().describe('a base meant only to be extended: never built, title and period not required'),
    title: z.string().min(1).optional().describe('printed in the title block and the PDF metadata (required unless abstract)'),
    subtitle: z.string().optional(),
    audience: z.string().optional().describe('who the brief is for, shown in the title block (default: analyst)'),
    audiences: stringList.optional().describe('several audiences, shown joined; use instead of `audience`'),
    template: z.string().optional().describe('template folder name: templates/<name>/ beside the brief, in the project, or built in (default: sitrep)'),
    handling: z.string().optional().describe('handling or classification marking, e.g. OFFICIAL, TLP:AMBER'),
    author: z.string().optional().describe('the PDF author (default: organisation)'),
    organisation: z.string().optional(),
    timezone: z
      .string()
      .optional()
      .describe('IANA time zone the period and the as-of day are reckoned in, e.g. Europe/Berlin (default: UTC)')
      .meta({ examples: ['UTC', 'Europe/Berlin', 'Europe/London', 'Asia/Seoul', 'America/New_York'] }),
    period: periodInputSchema.optional(),
    cadence: z
      .enum(['weekly'])
      .optional()
      .describe('a recurring brief: one edition per ISO week, within `period` when one is given (same as `period: weekly` without bounds)'),
    emptyWeek: z
      .enum(['short', 'skip'])
      .optional()
      .describe('an edition with nothing selected: `short` prints a short edition saying so (default), `skip` builds none'),
    corpus: stringList.optional().describe('article files, folders or .jsonl bundles, relative to the working directory (default: [corpus/])'),
    aliases: z.string().optional().describe('entity alias file (`entities: [{name, kind, aliases}]`), relative to the working directory (default: corpus/entities.yaml when present)'),
    select: selectInputSchema.optional(),
    weights: z.record(z.string(), z.number().min(0)).optional().describe('ranking weight per event type (default 1), e.g. {test-launch: 2, statement: 0.5}'),
    limits: limitsInputSchema.optional(),
    sections: z.array(z.enum(SECTION_KEYS)).optional().describe(`which sections to show, in order: ${SECTION_KEYS.join(', ')}`),
    summary: z.string().optional().describe('the bottom line up front, in Markdown'),
    blocks: z.array(blockInput).optional().describe('free Markdown blocks, shown by the `markdown` section'),
    pin: stringList.optional().describe('ids of developments or quotes always shown (see `briefsmith plan`)'),
    exclude: stringList.optional().describe('ids of developments or quotes never shown'),
    reword: z.record(z.string(), z.string()).optional().describe('id → replacement headline (development) or text (quote)'),
  })
  .strict()
  .describe('A Briefsmith brief definition.');

export type BriefInput = z.infer<typeof briefSchema>;

/** A period as Briefsmith works with it, before it is resolved against an as-of date. */
export type PeriodSpec =
  | { kind: 'range'; from: string; to: string }
  | { kind: 'week'; week: string }
  | { kind: 'month'; month: string }
  | { kind: 'year'; year: string }
  | { kind: 'last'; amount: number; unit: 'day' | 'week' | 'month' }
  | { kind: 'cadence'; cadence: 'weekly' };

export interface BooleanFilter {
  any: string[];
  all: string[];
  not: string[];
}

/** A parsed keyword expression (see expression.ts). */
export type MatchExpr =
  | { op: 'term'; term: string }
  | { op: 'and' | 'or'; args: MatchExpr[] }
  | { op: 'not'; arg: MatchExpr };

export interface SelectSpec {
  entities: BooleanFilter;
  types: string[];
  /** Kept for the build's PDF keywords: every plain keyword of the brief. */
  keywords: string[];
  /** `keywords` and `match` combined; null when the brief sets no word filter. */
  match: MatchExpr | null;
  sources: string[];
  minCorroboration: number;
  minConfidence: number;
  partialQuotes: boolean;
}

export interface BriefSpec {
  abstract: boolean;
  title: string;
  subtitle?: string;
  /** Audiences joined for display ("executive, public"). */
  audience: string;
  audiences: string[];
  template: string;
  handling?: string;
  author?: string;
  organisation?: string;
  timezone: string;
  period: PeriodSpec;
  /** Weekly editions: set by `cadence: weekly` or by `period: weekly`. */
  cadence: 'weekly' | null;
  emptyWeek: 'short' | 'skip';
  corpus: string[];
  aliases: string | null;
  select: SelectSpec;
  weights: Record<string, number>;
  limits: { developments: number; quotes: number; actors: number; perActor: number };
  sections: SectionKey[];
  /** Whether the brief chose its sections; if not, the template's own choice applies. */
  sectionsChosen: boolean;
  summary?: string;
  blocks: { title: string; markdown: string }[];
  pin: string[];
  exclude: string[];
  reword: Record<string, string>;
}
