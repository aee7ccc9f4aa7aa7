import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/corpus');

/** A scratch folder for inputs that cannot live in git as text (binary, broken UTF-8, huge). */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefsmith-corpus-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
