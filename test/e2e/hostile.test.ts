/**
 * Corpus text is untrusted. An article full of markup that would make a browser fetch or
 * read something is built while a listener on 127.0.0.1 counts connections: it must see
 * none, and the content of a local file must not reach the PDF. The print pool is also
 * tested on its own with raw hostile HTML, so the network block does not rely on escaping.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrintPool } from '../../src/render/print-pool.js';
import { pdfText, runCli, tempDir } from './helpers.js';

const SECRET = `s3cret-${process.pid}-do-not-print`;

function hostileMarkup(port: number, secretFile: string): string {
  const url = `http://127.0.0.1:${port}`;
  return [
    `<script>fetch("${url}/script")</script>`,
    `<img src="${url}/img.png">`,
    `<img src="file://${secretFile}">`,
    `<iframe src="file://${secretFile}"></iframe>`,
    `<iframe src="${url}/frame"></iframe>`,
    `<object data="file://${secretFile}"></object>`,
    `<embed src="${url}/embed">`,
    `<link rel="stylesheet" href="${url}/style.css">`,
    `<link rel="prefetch" href="${url}/prefetch">`,
    `<style>@import url("${url}/import.css"); body { background: url("${url}/bg.png"); }</style>`,
    `<div style="background-image:url('${url}/inline.png')">styled</div>`,
    `<meta http-equiv="refresh" content="0;url=${url}/refresh">`,
    `<svg><image href="${url}/svg.png"/><use href="${url}/sprite.svg#a"/></svg>`,
    `<video poster="${url}/poster.png" src="${url}/v.mp4"></video>`,
    `<audio src="${url}/a.mp3" autoplay></audio>`,
    `<input type="image" src="${url}/input.png">`,
    `<base href="${url}/">`,
    `<form action="${url}/form"><button>go</button></form>`,
    `<img srcset="${url}/srcset.png 1x">`,
    `<picture><source srcset="${url}/source.png"></picture>`,
  ].join('\n');
}

describe('hostile corpus content', () => {
  let server: Server;
  let port = 0;
  let connections = 0;
  const requests: string[] = [];
  const dir = tempDir('bs-e2e-hostile-');
  const secretFile = path.join(dir, 'secret.txt');

  beforeAll(async () => {
    writeFileSync(secretFile, SECRET);
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('x');
    });
    server.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('a brief over a hostile article prints the markup as text and fetches nothing', () => {
    const corpus = path.join(dir, 'corpus');
    const markup = hostileMarkup(port, secretFile);
    const article = [
      '---',
      'id: hostile-1',
      'title: "Pyongyang <img src=http://127.0.0.1:' + port + '/title.png> test"',
      'published: 2025-03-21T00:00:00Z',
      `source: "Evil <iframe src=file://${secretFile}>"`,
      `url: "javascript:fetch('http://127.0.0.1:${port}/url')"`,
      '---',
      `PYONGYANG, March 21 -- Kim Jong Un met Sergei Shoigu in Pyongyang on Friday ${markup.replace(/\n/g, ' ')}.`,
      '',
      `"We will never fetch ${markup.replace(/\n/g, ' ').replace(/"/g, "'")}," Kim Jong Un said.`,
      '',
      `On March 20, North Korea test-launched missiles near Pyongyang ${markup.replace(/\n/g, ' ')}.`,
    ].join('\n');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(path.join(corpus, 'article.md'), article);
    const brief = path.join(dir, 'hostile.yaml');
    writeFileSync(
      brief,
      [
        'title: Hostile <script>alert(1)</script> test',
        'template: sitrep',
        'handling: OFFICIAL',
        'period: { from: 2025-03-01, to: 2025-03-31 }',
        `corpus: ["${corpus}"]`,
        'select: { keywords: [Pyongyang, Kim, Shoigu, North Korea] }',
        `summary: "Bottom line ${markup.replace(/\n/g, ' ').replace(/"/g, "'")}"`,
      ].join('\n'),
    );
    const out = path.join(dir, 'out');
    const result = runCli(['build', brief, '--out', out, '--as-of', '2025-04-01T00:00:00Z', '--html']);
    expect(result.status, result.stderr).toBe(0);
    const text = pdfText(path.join(out, 'hostile.pdf'));
    const html = readFileSync(path.join(out, 'hostile.html'), 'utf8');
    expect(html).toMatch(/&lt;iframe src&#x3D;(&quot;|&#x27;)?file:/); // the markup reached the page, as text
    expect(text).not.toContain(SECRET);
    expect(text).toMatch(/<script>alert\(1\)<\/script>/); // the title prints as text
    expect(connections).toBe(0);
    expect(requests).toEqual([]);
  });

  it('the print pool itself blocks every request, even for raw unescaped HTML, on new and reused pages', async () => {
    // One page at a time, so every job after the first runs on a page an earlier hostile document had.
    const pool = await PrintPool.launch({ concurrency: 1, timeoutMs: 20_000 });
    try {
      const metadata = { title: 't', author: 'a', subject: 's', keywords: [], date: new Date('2025-01-01T00:00:00Z'), documentKey: 'k' };
      // The second document's meta refresh is aborted like every request; the document stays and prints.
      const noRefresh = hostileMarkup(port, secretFile).split('\n').filter((l) => !l.includes('refresh')).join('\n');
      const pages = [
        `<!DOCTYPE html><html><head>${noRefresh}</head><body><p>body text</p>${noRefresh}<script>document.body.append("${SECRET}")</script></body></html>`,
        `<!DOCTYPE html><html><head>${hostileMarkup(port, secretFile)}</head><body><p>body text</p></body></html>`,
      ];
      const jobs = [...pages, ...pages];
      const results = await Promise.all(jobs.map((html) => pool.print({ html, metadata })));
      results.forEach((result, i) => {
        const file = path.join(dir, `raw-${i}.pdf`);
        writeFileSync(file, result.bytes);
        const text = pdfText(file);
        expect(text).toContain('body text');
        expect(text).not.toContain(SECRET);
      });
    } finally {
      await pool.close();
    }
    expect(requests).toEqual([]);
    expect(connections).toBe(0);
    expect(requests).toEqual([]);
  });
});
