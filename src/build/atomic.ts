/**
 * No partial files: everything is written to a temporary name beside its target and renamed
 * into place. Temporaries carry the writer's pid so a signal handler removes its own, and the
 * next build (holding the lock) removes those a killed build left behind.
 */
import { readdirSync, rmSync, type Dirent } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tempPathFor, writeFileAtomic } from '../util/atomic-write.js';
import path from 'node:path';

/** Our own temporaries, and those of older builds' printer (`<file>.<pid>.tmp`). */
const TEMP_PATTERN = /(\.briefsmith-tmp|\.\d+\.tmp)$/;

export { tempPathFor, writeFileAtomic };

export function isTempFile(name: string): boolean {
  return TEMP_PATTERN.test(name);
}

/** Removes temporaries under `dir`: all of them, or only those of one pid. Returns what it removed. */
export async function removeTemps(dir: string, onlyPid?: number): Promise<string[]> {
  const removed: string[] = [];
  const walk = async (d: string, depth: number): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory() && depth < 2) await walk(full, depth + 1);
      else if (e.isFile() && isTempFile(e.name) && (onlyPid === undefined || e.name.includes(`.${onlyPid}.`))) {
        await rm(full, { force: true });
        removed.push(full);
      }
    }
  };
  await walk(dir, 0);
  return removed;
}

/** Same, synchronously: for the exit path of a signal handler. */
export function removeTempsSync(dir: string, pid: number): void {
  const walk = (d: string, depth: number): void => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory() && depth < 2) walk(full, depth + 1);
      else if (e.isFile() && isTempFile(e.name) && e.name.includes(`.${pid}.`)) rmSync(full, { force: true });
    }
  };
  walk(dir, 0);
}
