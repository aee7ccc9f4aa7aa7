/**
 * `briefsmith preview`: serves one brief's HTML on the loopback interface and reloads the page
 * when the brief, a template or the corpus changes. The preview page is not the print page:
 * it gets one small script (allowed by a nonce) that long-polls for changes. Nothing is
 * printed; the PDF path still never runs scripts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadBrief } from '../brief/load-brief.js';
import { loadCorpus } from '../corpus/index.js';
import { formatDiagnostic, UserError } from '../model/diagnostic.js';
import { indexCorpus, indexExtraction } from './corpus-index.js';
import { planEditions } from './editions.js';
import { extractCorpus } from '../extract/extract-corpus.js';
import { extractionOptions } from './extraction.js';
import { templateSearchDirs } from '../render/template-lookup.js';
import { selectEdition } from './select-edition.js';

export interface PreviewOptions {
  briefFile: string;
  /** 0 picks a free port. */
  port: number;
  asOf: string;
  week?: string;
  projectTemplatesDir: string;
  cacheDir?: string | null;
  /** Debounce for bursts of file events, ms. */
  debounceMs?: number;
  onEvent?: (message: string) => void;
}

export interface PreviewServer {
  url: string;
  /** Bumped on every change seen; the page reloads when it moves. */
  version: () => number;
  close: () => Promise<void>;
}

export const PREVIEW_HOST = '127.0.0.1';

/** Renders the brief's current edition as HTML (the same HTML the PDF would be printed from). */
export async function renderPreviewHtml(options: Pick<PreviewOptions, 'briefFile' | 'asOf' | 'week' | 'projectTemplatesDir' | 'cacheDir'>): Promise<{ html: string; watch: string[]; edition: string }> {
  const brief = await loadBrief(options.briefFile);
  const corpusPaths = brief.spec.corpus.map((p) => path.resolve(p));
  const loaded = await loadCorpus(corpusPaths);
  const corpus = indexCorpus(loaded.articles);
  const editions = planEditions(brief, { asOf: options.asOf, week: options.week, corpusSpan: corpus.span });
  const edition = editions[editions.length - 1];
  const dirs = templateSearchDirs(brief.file, options.projectTemplatesDir);
  const watchList = [path.resolve(options.briefFile), ...corpusPaths, ...dirs.map((d) => path.join(d, brief.spec.template))];
  if (!edition) throw new UserError({ severity: 'error', file: options.briefFile, message: 'no edition to preview for this as-of (the last complete week is outside the brief\'s period)', hint: 'pass --week YYYY-Www' });
  const { extractions } = await extractCorpus(corpus.articles, extractionOptions(options.cacheDir, brief));
  const { clusterDevelopments } = await import('../extract/cluster.js');
  const { context } = await selectEdition(brief, corpus, edition, indexExtraction(extractions, clusterDevelopments(extractions)));
  const { loadTemplate } = await import('../render/render-html.js');
  const template = await loadTemplate(brief.spec.template, dirs);
  return { html: template.render(context), watch: watchList, edition: edition.key };
}

/** Lets the page run exactly one script, ours, and fetch only from this server. */
export function injectReloadScript(html: string, version: number, nonce: string): string {
  const script = `<script nonce="${nonce}">(function(){var v=${version};function poll(){fetch('/__briefsmith/changes?since='+v,{cache:'no-store'}).then(function(r){return r.json()}).then(function(j){if(j.version!==v){location.reload()}else{poll()}}).catch(function(){setTimeout(poll,1000)})}poll()})();</script>`;
  const csp = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/i;
  let out = html.replace(csp, (_m, double: string | undefined, single: string | undefined) => {
    const content = double ?? single ?? '';
    const kept = content
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d && !/^(script-src|connect-src)\b/i.test(d));
    return `<meta http-equiv="Content-Security-Policy" content="${[...kept, `script-src 'nonce-${nonce}'`, "connect-src 'self'"].join('; ')}">`;
  });
  out = /<\/body>/i.test(out) ? out.replace(/<\/body>/i, `${script}</body>`) : `${out}${script}`;
  return out;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const log = options.onEvent ?? (() => undefined);
  let version = 1;
  let waiters: ServerResponse[] = [];
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | null = null;

  const changed = (what: string) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      version++;
      log(`changed: ${what} — reloading`);
      const ws = waiters;
      waiters = [];
      for (const res of ws) sendJson(res, { version });
    }, options.debounceMs ?? 100);
  };

  const watchPaths = (paths: string[]) => {
    for (const p of paths) {
      // Watch a file through its folder: editors replace files on save, which ends a file watch.
      const isDir = existsSync(p) && statSync(p).isDirectory();
      const target = isDir ? p : path.dirname(p);
      const key = `${target}|${isDir ? '*' : path.basename(p)}`;
      if (watchers.has(key) || !existsSync(target)) continue;
      try {
        const w = watch(target, { recursive: isDir }, (_event, name) => {
          if (!isDir && name !== path.basename(p)) return;
          changed(name ? path.join(target, String(name)) : target);
        });
        watchers.set(key, w);
      } catch {
        // a folder we cannot watch: no live reload for it
      }
    }
  };

  const render = async (): Promise<string> => {
    const nonce = randomBytes(16).toString('base64');
    try {
      const { html, watch: paths } = await renderPreviewHtml(options);
      watchPaths(paths);
      return injectReloadScript(html, version, nonce);
    } catch (err) {
      watchPaths([path.resolve(options.briefFile), options.projectTemplatesDir]);
      const text = err instanceof UserError ? err.diagnostics.map(formatDiagnostic).join('\n') : err instanceof Error ? (err.stack ?? err.message) : String(err);
      const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Briefsmith preview: error</title><style>body{font:14px/1.4 monospace;margin:2em;color:#900}</style></head><body><h1>Cannot render ${escapeHtml(options.briefFile)}</h1><pre>${escapeHtml(text)}</pre></body></html>`;
      return injectReloadScript(page, version, nonce);
    }
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Only loopback names: a page on another site cannot reach us through DNS rebinding.
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === '/__briefsmith/changes') {
      const since = Number(url.searchParams.get('since'));
      if (since !== version) return sendJson(res, { version });
      waiters.push(res);
      const t = setTimeout(() => {
        waiters = waiters.filter((w) => w !== res);
        sendJson(res, { version });
      }, 25_000);
      res.on('close', () => {
        clearTimeout(t);
        waiters = waiters.filter((w) => w !== res);
      });
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const html = await render();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', etag: `"v${version}"` });
      res.end(html);
      return;
    }
    res.writeHead(404).end('not found');
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, PREVIEW_HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // Watch before the first request so a change made before the page is opened still counts.
  try {
    const brief = await loadBrief(options.briefFile);
    watchPaths([path.resolve(options.briefFile), ...brief.spec.corpus.map((p) => path.resolve(p)), ...templateSearchDirs(brief.file, options.projectTemplatesDir).map((d) => path.join(d, brief.spec.template))]);
  } catch {
    watchPaths([path.resolve(options.briefFile)]);
  }
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    version: () => version,
    close: async () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      for (const res of waiters) sendJson(res, { version });
      waiters = [];
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function sendJson(res: ServerResponse, body: unknown): void {
  if (res.writableEnded) return;
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
