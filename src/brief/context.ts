/** Everything a template sees. Templates may rely on every field here. */
import type { Precision } from '../model/extraction.js';

export interface ContextSource {
  /** Citation number, 1-based, in order of first citation. */
  n: number;
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface ContextDevelopment {
  id: string;
  date: string | null;
  precision: Precision | null;
  /** Set when sources disagree on the date: a sentence saying how. */
  dateNote: string | null;
  type: string;
  headline: string;
  actors: string[];
  location: string | null;
  corroboration: number;
  citations: number[];
  /** Not in the previous edition of this brief (weekly cadence); false when there is none. */
  isNew?: boolean;
  /** Why it was selected (matched filters, score): shown by `briefsmith plan`, optional in templates. */
  score?: number;
  /** Pinned by the brief (`pin:`): shown whatever its rank. */
  pinned?: boolean;
}

export interface ContextQuote {
  id: string;
  text: string;
  partial: boolean;
  speaker: string;
  role: string | null;
  via: string | null;
  date: string | null;
  citations: number[];
  /** Every extracted id of this statement (the same words reported by several outlets are shown once). */
  ids?: string[];
  /** Ranking score (speaker prominence and relevance), for `briefsmith plan`. */
  score?: number;
}

/** "Developments by actor": the timeline's developments grouped under each actor involved. */
export interface ContextActor {
  actor: string;
  /** Developments in the timeline involving the actor, in date order (possibly capped by limits.perActor). */
  developments: ContextDevelopment[];
  /** How many timeline developments involve the actor, before the cap. */
  count: number;
}

export interface BriefContext {
  brief: {
    name: string;
    title: string;
    subtitle: string | null;
    audience: string;
    handling: string | null;
    author: string | null;
    organisation: string | null;
  };
  /** Days, inclusive. `label` reads e.g. "2025-W12 (17–23 Mar 2025)"; `week` is set for a week or a weekly edition. */
  period: { from: string; to: string; label?: string; week?: string | null };
  /** ISO date-time the brief is "as of": fixed by the brief or the build, never the clock mid-render. */
  asOf: string;
  summary: string | null;
  /** Which sections to show, in order: summary, timeline, statements, by-actor, markdown, sources, stats, chart. */
  sections?: string[];
  /** The analyst's free Markdown blocks (titled), rendered through the sanitiser. */
  blocks?: { title: string; markdown: string }[];
  /** Edition of a recurring brief: serial number and ISO week, when the brief has a cadence. */
  edition?: { serial: string | null; week: string | null; previous: string | null };
  developments: ContextDevelopment[];
  /** Developments by actor (the `by-actor` section). */
  byActor?: ContextActor[];
  quotes: ContextQuote[];
  sources: ContextSource[];
  stats: { articlesRead: number; articlesInPeriod: number; outlets: number; developments: number; quotes: number };
}
