import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE, LockHeldError, pidAlive } from '../../../src/build/lock.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'bs-lock-'));

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the output-folder lock', () => {
  it('records pid, host and start time, and releases', async () => {
    const d = dir();
    const lock = await acquireLock(d, 'briefsmith build');
    const holder = JSON.parse(readFileSync(path.join(d, LOCK_FILE), 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname(), command: 'briefsmith build' });
    expect(Number.isNaN(Date.parse(holder.started))).toBe(false);
    await lock.release();
    expect(existsSync(path.join(d, LOCK_FILE))).toBe(false);
  });
  it('a second build gets a clear message naming the holder', async () => {
    const d = dir();
    const lock = await acquireLock(d, 'briefsmith build --all-periods');
    const err = await acquireLock(d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect((err as Error).message).toContain(`pid ${process.pid} on ${hostname()}`);
    expect((err as Error).message).toContain('briefsmith build --all-periods');
    expect((err as Error).message).toContain(LOCK_FILE);
    await lock.release();
  });
  it('a stale lock (its pid is dead on this host) is taken over', async () => {
    const d = dir();
    const pid = deadPid();
    expect(pidAlive(pid)).toBe(false);
    writeFileSync(path.join(d, LOCK_FILE), JSON.stringify({ pid, host: hostname(), started: '2025-01-01T00:00:00Z' }));
    const lock = await acquireLock(d);
    expect(lock.tookOverFrom?.pid).toBe(pid);
    expect(JSON.parse(readFileSync(path.join(d, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });
  it('a lock from another host is never presumed stale', async () => {
    const d = dir();
    writeFileSync(path.join(d, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: 'some-other-runner', started: '2025-01-01T00:00:00Z' }));
    await expect(acquireLock(d)).rejects.toThrow(/some-other-runner/);
  });
  it('release does not remove a lock someone else now holds', async () => {
    const d = dir();
    const lock = await acquireLock(d);
    writeFileSync(path.join(d, LOCK_FILE), JSON.stringify({ pid: 1, host: hostname(), started: 'x' }));
    await lock.release();
    expect(existsSync(path.join(d, LOCK_FILE))).toBe(true);
  });
});
