/**
 * Expands the user's inputs (files, folders, globs) to the article files to read, in a
 * deterministic order, each with the root its path-derived id is relative to.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Diagnostic } from '../model/diagnostic.js';
import { kindOf, type FileKind } from './limits.js';

export interface CorpusFile {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the working directory where possible. */
  display: string;
  /** Absolute folder that path-derived ids are relative to. */
  root: string;
  kind: FileKind;
  /**
   * Found by walking a folder and named README.*: read as an article only if it has front
   * matter, since a corpus folder's README usually documents the corpus (as in the shared
   * corpora) rather than being a news story.
   */
  readmeInFolder: boolean;
}

export interface FoundFiles {
  files: CorpusFile[];
  diagnostics: Diagnostic[];
  /** Inputs from which nothing could be read at all (missing, unreadable, matched nothing). */
  failedPaths: string[];
  /** Files in the given folders that are not articles (e.g. entities.yaml), left alone. */
  ignored: number;
}

const SKIPPED_FOLDERS = new Set(['node_modules']);
const README = /^readme\.(md|markdown|txt)$/i;

export async function findFiles(inputs: string[], options: { cwd?: string; root?: string } = {}): Promise<FoundFiles> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const fixedRoot = options.root === undefined ? undefined : path.resolve(cwd, options.root);
  const result: FoundFiles = { files: [], diagnostics: [], failedPaths: [], ignored: 0 };
  const seen = new Set<string>();
  const display = (abs: string): string => displayPath(abs, cwd);
  const add = (abs: string, root: string, readmeInFolder: boolean): boolean => {
    const kind = kindOf(abs);
    if (!kind) return false;
    if (!seen.has(abs)) {
      seen.add(abs);
      result.files.push({ path: abs, display: display(abs), root, kind, readmeInFolder });
    }
    return true;
  };

  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = (await glob(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] })).sort();
      const root = fixedRoot ?? path.resolve(cwd, staticBase(input));
      let used = 0;
      for (const m of matches) {
        if (add(path.normalize(m), root, false)) used++;
        else result.ignored++;
      }
      if (used === 0) {
        result.failedPaths.push(input);
        result.diagnostics.push(fail(input, 'corpus/no-match', 'pattern matched no article files (.md, .markdown, .txt, .jsonl, .ndjson)'));
      }
      continue;
    }

    const abs = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(abs);
    } catch (e) {
      result.failedPaths.push(input);
      result.diagnostics.push(fail(input, 'corpus/unreadable', describeFsError(e)));
      continue;
    }
    if (info.isDirectory()) {
      const before = result.files.length;
      try {
        await walk(abs, fixedRoot ?? abs, add, () => result.ignored++);
      } catch (e) {
        result.failedPaths.push(input);
        result.diagnostics.push(fail(input, 'corpus/unreadable', describeFsError(e)));
        continue;
      }
      if (result.files.length === before) {
        result.diagnostics.push({ severity: 'warning', file: input, message: 'folder contains no article files', rule: 'corpus/empty-folder' });
      }
    } else if (!add(abs, fixedRoot ?? path.dirname(abs), false)) {
      result.failedPaths.push(input);
      result.diagnostics.push(
        fail(input, 'corpus/unsupported', 'not an article file', 'articles are .md, .markdown, .txt, .jsonl or .ndjson'),
      );
    }
  }
  return result;
}

async function walk(
  dir: string,
  root: string,
  add: (abs: string, root: string, readme: boolean) => boolean,
  ignore: () => void,
): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden entries are editor and VCS state (.git, .DS_Store), never articles.
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Symlinked folders are not followed: a link back up the tree would never end.
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(abs, root, add, ignore);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (!add(abs, root, README.test(entry.name))) ignore();
    }
  }
}

/** The folder part of a glob before its first wildcard: `corpus/**\/*.md` → `corpus`. */
export function staticBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

function fail(file: string, rule: string, message: string, hint?: string): Diagnostic {
  return { severity: 'error', file, message, rule, ...(hint ? { hint } : {}) };
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a folder';
  return `cannot be read (${code ?? (e as Error).message})`;
}
