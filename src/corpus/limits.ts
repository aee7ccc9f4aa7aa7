/**
 * Every limit and default of corpus loading in one place, so the numbers a hostile or broken
 * file runs into are documented once and can be tuned without hunting through the readers.
 */
export interface CorpusLimits {
  /** Largest article file (Markdown/text) or single JSON line, in bytes. Bigger is refused, not truncated. */
  maxArticleBytes: number;
  /** Largest YAML front matter block, in bytes: YAML parsing cost grows with input, so cap it early. */
  maxFrontMatterBytes: number;
  /** YAML alias expansions allowed; stops "billion laughs" documents from exhausting memory. */
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: Readonly<CorpusLimits> = Object.freeze({
  maxArticleBytes: 10 * 1024 * 1024,
  maxFrontMatterBytes: 64 * 1024,
  maxAliasCount: 50,
});

/** File name endings the loader reads as articles; everything else in a folder is ignored. */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;
export const TEXT_EXTENSIONS = ['.txt'] as const;
export const BUNDLE_EXTENSIONS = ['.jsonl', '.ndjson'] as const;

export type FileKind = 'markdown' | 'text' | 'bundle';

export function kindOf(file: string): FileKind | null {
  const lower = file.toLowerCase();
  const dot = lower.lastIndexOf('.');
  if (dot < 0) return null;
  const ext = lower.slice(dot);
  if ((MARKDOWN_EXTENSIONS as readonly string[]).includes(ext)) return 'markdown';
  if ((TEXT_EXTENSIONS as readonly string[]).includes(ext)) return 'text';
  if ((BUNDLE_EXTENSIONS as readonly string[]).includes(ext)) return 'bundle';
  return null;
}

/** Sizes in diagnostics, as users think of them ("64 KiB", not 65536). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}
