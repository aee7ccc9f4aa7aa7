/**
 * CPU time for the printing benchmark (a helper: bench/run.ts skips files named `_*`).
 *
 * On a shared machine wall time depends on what the other tenants run; the CPU time a way of
 * printing consumes depends on it far less, so bench/render.ts reports both. A browser's time
 * is spread over its process tree (browser, zygotes, renderers, GPU and utility processes),
 * and a process's children that exited count only in the parent that reaped them, which for
 * Chromium's processes Node never is: so the tree is read from /proc just before the browser
 * closes, each process with its reaped children.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Milliseconds of CPU used by process `root` and all its descendants so far; null without /proc. */
export function processTreeCpuMs(root: number | undefined): number | null {
  if (root === undefined) return null;
  const stats = new Map<number, { parent: number; ms: number }>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // Fields after the command name: state ppid ... utime(14) stime(15) cutime(16) cstime(17), in clock ticks.
        const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
        stats.set(Number(entry), { parent: Number(fields[1]), ms: ticks * 10 }); // USER_HZ is 100 on Linux
      } catch {
        // The process exited while we looked.
      }
    }
  } catch {
    return null;
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, { parent }] of stats) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let ms = 0;
  for (const pid of tree) ms += stats.get(pid)?.ms ?? 0;
  return ms;
}

/** Milliseconds of CPU this Node process has used so far (all its threads). */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
