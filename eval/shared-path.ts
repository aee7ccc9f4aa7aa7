/**
 * Where the team's shared data lives: `../shared` beside the repository. In a git worktree
 * the repository is the main checkout, so the worktree's `.git` file is followed to it.
 * BRIEFSMITH_SHARED overrides both.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function mainCheckout(root: string): string | null {
  const dotGit = resolve(root, '.git');
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return null;
  const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
  if (!m) return null;
  // <main>/.git/worktrees/<name> → <main>
  return resolve(m[1]!.trim(), '..', '..', '..');
}

export function sharedDir(): string | null {
  const candidates = [process.env.BRIEFSMITH_SHARED, resolve(repoRoot, '../shared')];
  const main = mainCheckout(repoRoot);
  if (main) candidates.push(resolve(main, '../shared'));
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}
