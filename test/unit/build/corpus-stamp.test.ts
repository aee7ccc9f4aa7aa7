import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusStamp } from '../../../src/build/corpus-stamp.js';

describe('corpusStamp (skip reading an unchanged corpus)', () => {
  it('is stable, and changes when a file is added, edited or touched, of any extension', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-stamp-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'a.md'), 'one');
    const s1 = await corpusStamp([dir]);
    expect(await corpusStamp([dir])).toBe(s1);
    writeFileSync(path.join(dir, 'sub', 'b.html'), 'two');
    const s2 = await corpusStamp([dir]);
    expect(s2).not.toBe(s1);
    writeFileSync(path.join(dir, 'a.md'), 'uno');
    const s3 = await corpusStamp([dir]);
    expect(s3).not.toBe(s2);
    utimesSync(path.join(dir, 'a.md'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await corpusStamp([dir])).not.toBe(s3);
  });
  it('a missing path is part of the stamp, not an error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-stamp-'));
    const missing = path.join(dir, 'nope.jsonl');
    const s = await corpusStamp([missing]);
    writeFileSync(missing, '{}\n');
    expect(await corpusStamp([missing])).not.toBe(s);
  });
});
