/** What a build reports: per edition, and for the whole run. Shared by progress and summary. */
import type { Diagnostic } from '../model/diagnostic.js';

export type EditionStatus = 'built' | 'up-to-date' | 'would-build' | 'skipped-empty' | 'failed';

export interface EditionResult {
  /** `<brief>` or `<brief>/<week>`; for a brief that failed to load, its file. */
  key: string;
  brief: string;
  week: string | null;
  status: EditionStatus;
  /** Why it was (or would be) rebuilt, or why not. */
  reasons: string[];
  /** Output path (inside the output folder) when there is one. */
  output: string | null;
  ms: number;
  diagnostics: Diagnostic[];
}

export interface BuildSummary {
  ok: boolean;
  interrupted: boolean;
  dryRun: boolean;
  /** Whether Chromium was launched at all (a no-op build must not). */
  browserLaunched: boolean;
  shard: string | null;
  ms: number;
  counts: Record<EditionStatus, number>;
  editions: EditionResult[];
}

export type BuildEvent =
  | { kind: 'plan'; total: number }
  | { kind: 'start'; key: string; index: number; total: number }
  | { kind: 'done'; result: EditionResult; index: number; total: number }
  | { kind: 'warning'; diagnostic: Diagnostic }
  | { kind: 'info'; message: string };

export function countStatuses(editions: EditionResult[]): Record<EditionStatus, number> {
  const counts: Record<EditionStatus, number> = { built: 0, 'up-to-date': 0, 'would-build': 0, 'skipped-empty': 0, failed: 0 };
  for (const e of editions) counts[e.status]++;
  return counts;
}
