/**
 * `output/.briefsmith.lock`: one build per output folder. The file names its holder (pid,
 * host, start time); a lock whose pid is dead on this host is stale and taken over.
 */
import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { UserError } from '../model/diagnostic.js';

export const LOCK_FILE = '.briefsmith.lock';

export interface LockHolder {
  pid: number;
  host: string;
  started: string;
  command?: string;
}

export interface Lock {
  file: string;
  /** Set when a stale lock was taken over: who held it. */
  tookOverFrom: LockHolder | null;
  release: () => Promise<void>;
  /** For exit paths that cannot await (signal handlers). */
  releaseSync: () => void;
}

export class LockHeldError extends UserError {
  constructor(
    readonly file: string,
    readonly holder: LockHolder | null,
  ) {
    super({
      severity: 'error',
      file,
      message: holder
        ? `another build holds this output folder: pid ${holder.pid} on ${holder.host}, started ${holder.started}${holder.command ? ` (${holder.command})` : ''}`
        : 'another build holds this output folder (the lock file is unreadable)',
      hint: 'wait for it to finish; if that build is gone (another machine, a reused pid), delete the lock file',
      rule: 'build/locked',
    });
    this.name = 'LockHeldError';
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireLock(outDir: string, command?: string): Promise<Lock> {
  const file = path.join(outDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  let tookOverFrom: LockHolder | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${JSON.stringify(me)}\n`);
      await handle.close();
      const owned = () => {
        try {
          return (JSON.parse(readFileSync(file, 'utf8')) as LockHolder).pid === me.pid;
        } catch {
          return false;
        }
      };
      return {
        file,
        tookOverFrom,
        release: async () => {
          if (owned()) await rm(file, { force: true });
        },
        releaseSync: () => {
          if (owned()) rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readHolder(file);
    if (holder && holder.host === me.host && !pidAlive(holder.pid)) {
      // Stale: its build died without releasing (SIGKILL, a crash). Take it over.
      tookOverFrom = holder;
      // Re-read first: another build may have taken it over in between (narrows, not closes, the race).
      const again = await readHolder(file);
      if (again && again.pid === holder.pid && again.started === holder.started) await rm(file, { force: true });
      continue;
    }
    throw new LockHeldError(file, holder);
  }
  throw new LockHeldError(file, await readHolder(file));
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
