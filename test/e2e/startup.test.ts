/**
 * What the CLI loads before it knows it has work to do. Every command's module loads at
 * start-up, so a static import of the renderer there (Handlebars, sanitize-html, every date-fns locale:
 * some 800 files) made each `build` that had nothing to print pay for it; the no-op rebuild went
 * from about 0.5 s to over 1 s. This watches the module graph, not the clock.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

function modulesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'bs-startup-'));
  const hook = path.join(dir, 'hook.mjs');
  writeFileSync(hook, "export async function load(url, context, next) { if (!url.startsWith('node:')) process.stderr.write(`LOAD ${url}\\n`); return next(url, context); }\n");
  const register = path.join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hook}`)});\n`);
  let stderr = '';
  try {
    execFileSync(process.execPath, ['--import', register, path.join(repoRoot, 'bin', 'briefsmith.js'), ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    stderr = (e as { stderr?: string }).stderr ?? '';
  }
  return [...stderr.matchAll(/^LOAD (.+)$/gm)].map((m) => m[1]!);
}

describe('CLI start-up', () => {
  it('does not load the renderer or the whole of date-fns for a command that prints nothing', () => {
    // `validate` with no briefs fails fast; what matters is what it loaded to get there.
    const loaded = modulesLoaded(['validate']);
    expect(loaded.some((u) => u.includes('/dist/cli/'))).toBe(true);
    // (marked loads: the corpus reader turns Markdown articles into text with it.)
    expect(loaded.filter((u) => /handlebars|sanitize-html|\/dist\/render\/render-html/.test(u))).toEqual([]);
    // "format" brings its default locale, en-US; the renderer brings all of them.
    expect(loaded.filter((u) => /date-fns\/locale\/(?!en-US|_lib)/.test(u))).toEqual([]);
    expect(loaded.filter((u) => /\/date-fns\//.test(u)).length).toBeLessThan(120);
  });
});
