import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempFile, removeTemps } from '../../../src/build/atomic.js';
import { tempPathFor } from '../../../src/util/atomic-write.js';

describe('temporary files', () => {
  it('every temporary the program writes is one the clean-up recognises', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-atomic-'));
    const target = path.join(dir, 'brief.pdf');
    // Many random suffixes: a pattern that only matched some of them would leave the rest behind.
    const temps = Array.from({ length: 50 }, () => tempPathFor(target));
    for (const t of temps) {
      expect(isTempFile(path.basename(t))).toBe(true);
      writeFileSync(t, 'partial');
    }
    writeFileSync(target, 'complete');
    await removeTemps(dir);
    expect(readdirSync(dir)).toEqual(['brief.pdf']);
  });
});
