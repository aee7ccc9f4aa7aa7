import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childrenOf, filesUnder, json, readManifestFile, run, start, weeklyProject } from './project.js';

// Twelve weeks of 2025, an article in each: enough editions to stop a build half-way.
const days = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2025, 0, 8 + 7 * i)).toISOString().slice(0, 10));
const args = ['build', '--all-periods', '--as-of', '2025-04-01'];

/** Resolves once the build has finished `n` editions (plain progress lines on stderr). */
function afterEditions(child: ChildProcess, n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      // Count finished editions: with two at once, "[3/12]" may be the third index done
      // while the second is still printing.
      if ((err.match(/^\[\d+\/\d+\]/gm) ?? []).length >= n) resolve();
    });
    child.on('exit', () => reject(new Error(`build ended before ${n} editions:\n${err}`)));
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

/**
 * The output folder is consistent: the manifest parses and vouches only for files present, and
 * no temporaries lie about, except (`killedPid`) the named temporaries of a build killed while
 * one was being written: SIGKILL runs no code, and the next build removes them.
 */
function expectConsistent(out: string, killedPid?: number) {
  const files = filesUnder(out);
  const temporaries = files.filter((f) => /tmp/.test(f));
  if (killedPid === undefined) expect(temporaries).toEqual([]);
  else for (const t of temporaries) expect(t).toMatch(new RegExp(String.raw`\.${killedPid}\.[0-9a-f]+\.briefsmith-tmp$`));
  const manifest = readManifestFile(out);
  for (const entry of Object.values(manifest.editions)) {
    if (entry.status === 'built') expect(files).toContain(entry.output);
  }
  // At most the edition in flight may be on disk without an entry (it is rebuilt next time).
  const pdfs = files.filter((f) => f.endsWith('.pdf'));
  expect(pdfs.length - Object.keys(manifest.editions).length).toBeLessThanOrEqual(1);
  return { pdfs, manifest };
}

describe('interrupted builds leave a consistent output folder (real Chromium)', () => {
  it('SIGKILL mid-way: no partial files, a manifest matching the files; the next build takes over the stale lock and finishes', async () => {
    const root = weeklyProject({ from: '2025-01-06', to: '2025-03-30', days });
    const out = path.join(root, 'output');
    const child = start(root, args);
    await afterEditions(child, 3);
    const browsers = childrenOf(child.pid!);
    child.kill('SIGKILL');
    await exited(child);
    for (const pid of browsers) {
      try {
        process.kill(pid, 'SIGKILL'); // the orphaned browser of the killed build, by its pid
      } catch {
        // already gone
      }
    }
    expect(existsSync(path.join(out, '.briefsmith.lock'))).toBe(true);
    const { pdfs } = expectConsistent(out, child.pid!);
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    expect(pdfs.length).toBeLessThan(12);

    const again = run(root, [...args, '--json']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/took over a stale lock from pid \d+/);
    const doc = json(again);
    expect(doc.counts.built + doc.counts['up-to-date']).toBe(12);
    expect(doc.counts.built).toBeLessThanOrEqual(12 - pdfs.length + 1);
    expect(expectConsistent(out).pdfs).toHaveLength(12);
    expect(existsSync(path.join(out, '.briefsmith.lock'))).toBe(false);
  });

  it('SIGINT: stops, exits 130, closes the browser, removes its temporaries and the lock', async () => {
    const root = weeklyProject({ from: '2025-01-06', to: '2025-03-30', days });
    const out = path.join(root, 'output');
    const child = start(root, args);
    await afterEditions(child, 2);
    const browsers = childrenOf(child.pid!);
    child.kill('SIGINT');
    const { code } = await exited(child);
    expect(code).toBe(130);
    expect(existsSync(path.join(out, '.briefsmith.lock'))).toBe(false);
    const { pdfs } = expectConsistent(out);
    expect(pdfs.length).toBeLessThan(12);
    const alive = browsers.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    for (const pid of alive) process.kill(pid, 'SIGKILL');
    expect(alive).toEqual([]);
    const doc = json(run(root, [...args, '--json']));
    expect(doc.counts.built + doc.counts['up-to-date']).toBe(12);
  });
});
