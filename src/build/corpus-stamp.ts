/**
 * A cheap identity for the corpus: every file under the corpus paths with its size, mtime,
 * ctime and inode. When it matches the manifest's record, the build reuses the recorded
 * fingerprint and span and does not read the corpus at all (a no-op build on 20,000 articles
 * stays well under a second). Any file added, removed or touched under a corpus folder, of
 * any extension, breaks the match and the corpus is read and hashed as usual.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DayRange } from '../brief/period.js';
import { sha256 } from './hash.js';

export interface CorpusRecord {
  stamp: string;
  fingerprint: string;
  span: DayRange | null;
}

export async function corpusStamp(paths: string[]): Promise<string> {
  const parts: string[] = [];
  for (const p of paths) {
    try {
      const info = await stat(p);
      if (info.isFile()) parts.push(line(p, info));
      else for (const f of await walk(p)) parts.push(line(f, await stat(f)));
    } catch {
      parts.push(`${p}\tmissing`);
    }
  }
  return sha256(...parts);
}

function line(file: string, s: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): string {
  return `${file}\t${s.size}\t${s.mtimeMs}\t${s.ctimeMs}\t${s.ino}`;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full);
  }
  return out.sort();
}
