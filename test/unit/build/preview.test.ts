import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectReloadScript, PREVIEW_HOST, startPreview, type PreviewServer } from '../../../src/build/preview.js';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');

describe('injectReloadScript', () => {
  const page = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"></head><body><p>x</p></body></html>`;
  it('allows only our nonce\'d script and same-origin polling; keeps the rest of the policy', () => {
    const html = injectReloadScript(page, 7, 'abc123');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-abc123'; connect-src 'self'"`);
    expect(html).not.toContain("'unsafe-inline'\"");
    expect(html).toMatch(/<script nonce="abc123">.*since='\+v.*<\/script><\/body>/s);
    expect(html).toContain('var v=7;');
  });
});

describe('briefsmith preview server', () => {
  let project = '';
  let server: PreviewServer;
  const cwd = process.cwd();
  beforeAll(async () => {
    project = mkdtempSync(path.join(tmpdir(), 'bs-preview-'));
    mkdirSync(path.join(project, 'briefs'));
    cpSync(path.join(repo, 'corpus'), path.join(project, 'corpus'), { recursive: true });
    cpSync(path.join(repo, 'templates'), path.join(project, 'templates'), { recursive: true });
    writeFileSync(path.join(project, 'briefs', 'b.yaml'), readFileSync(path.join(repo, 'briefs', 'russia-dprk.yaml'), 'utf8'));
    process.chdir(project);
    server = await startPreview({
      briefFile: 'briefs/b.yaml',
      port: 0,
      asOf: '2025-11-01T09:00:00.000Z',
      projectTemplatesDir: path.join(project, 'templates'),
      cacheDir: null,
      debounceMs: 20,
    });
  });
  afterAll(async () => {
    await server?.close();
    process.chdir(cwd);
  });

  it('listens on the loopback interface only', () => {
    expect(server.url.startsWith(`http://${PREVIEW_HOST}:`)).toBe(true);
  });
  it('serves the brief as HTML with the reload script', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Russia–North Korea relations');
    expect(html).toContain('/__briefsmith/changes');
  });
  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const u = new URL(server.url);
      request({ host: u.hostname, port: u.port, path: '/', headers: { host: 'attacker.example' } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(403);
  });
  it('a long poll returns when a template changes, and the page shows the change', async () => {
    const v = server.version();
    const poll = fetch(`${server.url}__briefsmith/changes?since=${v}`).then((r) => r.json() as Promise<{ version: number }>);
    await new Promise((r) => setTimeout(r, 100));
    const partial = path.join(project, 'templates', 'sitrep', 'partials', 'section-sources.hbs');
    writeFileSync(partial, `${readFileSync(partial, 'utf8')}<p>edited-in-preview</p>\n`);
    expect((await poll).version).toBeGreaterThan(v);
    expect(await (await fetch(server.url)).text()).toContain('edited-in-preview');
  });
  it('a brief change is seen too; a broken brief shows its error, not a crash', async () => {
    const v = server.version();
    const poll = fetch(`${server.url}__briefsmith/changes?since=${v}`).then((r) => r.json() as Promise<{ version: number }>);
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(path.join(project, 'briefs', 'b.yaml'), 'titel: oops\n');
    expect((await poll).version).toBeGreaterThan(v);
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('Cannot render');
    expect(html).toContain('unknown key `titel`');
  });
});
