/**
 * Locates the shared data folder (benchmarks, corpora), which lives beside the repository as
 * `../shared`. A git worktree sits elsewhere, so its main checkout's sibling is tried too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function mainCheckoutRoot(root: string): string | null {
  const dotGit = path.join(root, '.git');
  try {
    const content = readFileSync(dotGit, 'utf8');
    const m = /^gitdir:\s*(.+)$/m.exec(content);
    if (!m) return null;
    // <main>/.git/worktrees/<name> → <main>
    return path.resolve(root, m[1]!.trim(), '..', '..', '..');
  } catch {
    return null;
  }
}

/** The shared folder, or null when it is not there (the caller prints how to get it). */
export function sharedDir(): string | null {
  const candidates = [process.env.BRIEFSMITH_SHARED, path.resolve(repoRoot, '..', 'shared')];
  const main = mainCheckoutRoot(repoRoot);
  if (main) candidates.push(path.resolve(main, '..', 'shared'));
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}
