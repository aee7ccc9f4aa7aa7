/**
 * Where the team's shared corpora live: `../shared` beside the repository. In a git worktree
 * kept in a sub-folder (e.g. `wt/corpus`), the same folder sits further up, so ancestors are
 * tried too. `BRIEFSMITH_SHARED` overrides both. Returns null when none exists, so tests can
 * skip and say why instead of failing on a machine without the data.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function findSharedDir(): string | null {
  const fromEnv = process.env.BRIEFSMITH_SHARED;
  if (fromEnv) return existsSync(path.join(fromEnv, 'corpora')) ? path.resolve(fromEnv) : null;
  let dir = repoRoot;
  for (let up = 0; up < 3; up++) {
    const candidate = path.resolve(dir, '..', 'shared');
    if (existsSync(path.join(candidate, 'corpora'))) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}
