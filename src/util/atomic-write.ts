/**
 * No partial files: everything is written to a temporary name beside its target and renamed
 * into place, so a reader (or a crash) never sees half a file. One helper for the whole
 * program, because the build's clean-up recognises temporaries by this name.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

export const TEMP_SUFFIX = '.briefsmith-tmp';

/** `<file>.<pid>.<random>.briefsmith-tmp`: the pid lets a signal handler remove its own. */
export function tempPathFor(file: string): string {
  return `${file}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(file);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
