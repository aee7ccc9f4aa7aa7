/**
 * One shape for every problem Briefsmith reports (corpus, brief, template, build), printed
 * the same way everywhere: `file:line:col: severity: message`. Modelled on vfile-message.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path as the user gave it (relative to the working directory where possible). */
  file: string;
  /** 1-based line; absent when the problem concerns the whole file. */
  line?: number;
  /** 1-based column. */
  column?: number;
  message: string;
  /** Stable machine-readable code, e.g. `corpus/bad-json`, `brief/unknown-key`. */
  rule?: string;
  /** What the user can do about it. */
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}: ${d.severity}: ${d.message}${hint}`;
}

/** An error a user caused and can fix: printed as diagnostics, never with a stack trace. */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
  }
}

/** The CLI's usage errors (bad flags, missing arguments): exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
