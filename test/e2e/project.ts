/** Temporary Briefsmith projects for the build tests: a weekly brief and a dated corpus. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, tempDir } from './helpers.js';

export const cli = path.join(repoRoot, 'bin', 'briefsmith.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

export function start(cwd: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function article(dir: string, id: string, day: string, text?: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `${id}.md`),
    `---\nid: ${id}\ntitle: Report ${id}\npublished: ${day}\nsource: Outlet ${id.length % 3}\n---\n${
      text ?? `Kim Jong Un met a Russian delegation in Pyongyang. "Our friendship is growing," Kim said.\n\nOfficials in Moscow announced new talks with North Korea (${id}).`
    }\n`,
  );
}

export function weeklyProject(opts: { from: string; to: string; days: string[]; emptyWeek?: 'short' | 'skip' }): string {
  const root = tempDir('bs-proj-');
  mkdirSync(path.join(root, 'briefs'));
  writeFileSync(
    path.join(root, 'briefs', 'wk.yaml'),
    [
      'title: Weekly Russia–DPRK',
      'cadence: weekly',
      `emptyWeek: ${opts.emptyWeek ?? 'short'}`,
      'period:',
      `  from: ${opts.from}`,
      `  to: ${opts.to}`,
      'corpus: [corpus/]',
      'select:',
      '  keywords: [Russia, Russian, Kim, Moscow]',
      '',
    ].join('\n'),
  );
  // Each week reports a different visit, so each edition has developments of its own.
  const visitors = ['Sergei Shoigu', 'Sergei Lavrov', 'Dmitry Medvedev', 'Andrei Belousov', 'Alexander Kozlov', 'Valentina Matviyenko'];
  const topics = ['fisheries', 'railway links', 'tourism', 'energy supplies', 'grain deliveries', 'education'];
  opts.days.forEach((day, i) =>
    article(
      path.join(root, 'corpus'),
      `a${String(i).padStart(2, '0')}-${day}`,
      day,
      `Kim Jong Un met ${visitors[i % visitors.length]} in Pyongyang. "Our friendship is growing," Kim said.\n\nOfficials in Moscow signed an agreement with North Korea on ${topics[i % topics.length]}.`,
    ),
  );
  return root;
}

export function json(r: Run): {
  ok: boolean;
  browserLaunched: boolean;
  counts: Record<'built' | 'up-to-date' | 'would-build' | 'skipped-empty' | 'failed', number>;
  editions: { key: string; status: string; reasons: string[]; output: string | null }[];
} {
  return JSON.parse(r.stdout);
}

/** Every file under dir, relative, sorted. */
export function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

export function readManifestFile(outDir: string): { editions: Record<string, { output: string | null; status: string }> } {
  return JSON.parse(readFileSync(path.join(outDir, '.briefsmith-manifest.json'), 'utf8'));
}

/** Child processes of pid (Linux /proc), e.g. the browser a build launched. */
export function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return kids;
}
