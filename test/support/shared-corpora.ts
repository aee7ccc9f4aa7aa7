/**
 * Where the team's shared data (corpora, benchmarks) lives: `../shared` beside the repository.
 * From a git worktree kept elsewhere, ancestors are tried too. `BRIEFSMITH_SHARED` overrides
 * both. Tests, evaluations and benchmarks all find the data through this one module and skip
 * with a message, never fail, where it is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function findSharedDir(): string | null {
  const fromEnv = process.env.BRIEFSMITH_SHARED;
  if (fromEnv) return existsSync(fromEnv) ? path.resolve(fromEnv) : null;
  let dir = repoRoot;
  for (let up = 0; up < 3; up++) {
    const candidate = path.resolve(dir, '..', 'shared');
    if (existsSync(path.join(candidate, 'corpora')) || existsSync(path.join(candidate, 'benchmarks'))) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}

/** A file or folder inside the shared data, or null when it (or the shared folder) is absent. */
export function sharedPath(...parts: string[]): string | null {
  const shared = findSharedDir();
  if (!shared) return null;
  const file = path.join(shared, ...parts);
  return existsSync(file) ? file : null;
}
