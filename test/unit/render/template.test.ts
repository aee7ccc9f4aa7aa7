import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefContext } from '../../../src/brief/context.js';
import { builtinTemplatesDir } from '../../../src/build/paths.js';
import { UserError } from '../../../src/model/diagnostic.js';
import { newTemplate } from '../../../src/render/new-template.js';
import { loadTemplate } from '../../../src/render/render-html.js';
import { sampleContext } from './sample-context.js';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bs-tpl-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

async function renderError(dirs: string[], name: string, context: BriefContext = sampleContext()): Promise<UserError> {
  try {
    const t = await loadTemplate(name, dirs);
    t.render(context);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected an error');
}

describe('template lookup', () => {
  it("prefers the brief's folder, then the project's, then the built-ins", async () => {
    const briefDir = folder({ 'mine/layout.hbs': 'brief {{brief.title}}' });
    const project = folder({ 'mine/layout.hbs': 'project', 'other/layout.hbs': 'project other' });
    expect((await loadTemplate('mine', [briefDir, project, builtinTemplatesDir()])).render(sampleContext())).toBe('brief Weekly test');
    expect((await loadTemplate('other', [briefDir, project, builtinTemplatesDir()])).render(sampleContext())).toBe('project other');
    expect((await loadTemplate('sitrep', [briefDir, project, builtinTemplatesDir()])).dir).toBe(path.join(builtinTemplatesDir(), 'sitrep'));
  });

  it('names the folders it looked in when a template is missing', async () => {
    const e = await renderError([folder({})], 'nope');
    expect(e.diagnostics[0]?.message).toMatch(/template "nope" not found/);
  });
});

describe('extends', () => {
  it('inherits the layout and partials, overrides one partial, adds CSS after the base and merges config', async () => {
    const dir = folder({
      'base/layout.hbs': '<style>{{styles}}</style>[{{> head}}|{{> body}}|{{view.labels.timeline}}]',
      'base/partials/head.hbs': 'H:{{brief.title}}',
      'base/partials/body.hbs': 'B',
      'base/style.css': '.base{}',
      'base/template.yaml': 'labels: { timeline: Base timeline, summary: Base summary }\n',
      'child/template.yaml': 'extends: base\nlabels: { timeline: Child timeline }\n',
      'child/partials/body.hbs': 'CHILD',
      'child/style.css': '.child{}',
    });
    const t = await loadTemplate('child', [dir]);
    const html = t.render(sampleContext());
    expect(html).toMatch(/\[H:Weekly test\|CHILD\|Child timeline\]/);
    expect(html.indexOf('.base{}')).toBeLessThan(html.indexOf('.child{}'));
    expect(t.config.labels).toMatchObject({ timeline: 'Child timeline', summary: 'Base summary' });
    expect(t.chain.map((d) => path.basename(d))).toEqual(['base', 'child']);
  });

  it("lets a project's template extend the built-in of the same name", async () => {
    const project = folder({ 'sitrep/template.yaml': 'extends: sitrep\nlabels: { summary: Key judgement }\n' });
    const t = await loadTemplate('sitrep', [project, builtinTemplatesDir()]);
    expect(t.render(sampleContext())).toContain('Key judgement');
  });

  it('reports a bad template.yaml key with its line', async () => {
    const dir = folder({ 't/layout.hbs': 'x', 't/template.yaml': 'name: t\nmarkign: false\n' });
    const e = await renderError([dir], 't');
    expect(e.diagnostics[0]?.file).toMatch(/template\.yaml$/);
    expect(e.diagnostics[0]?.message).toMatch(/markign/);
    expect(e.diagnostics[0]?.line).toBe(2);
  });
});

describe('errors name the template file and line', () => {
  it('a missing field, in the partial where it is written', async () => {
    const dir = folder({ 't/layout.hbs': 'a\n{{> inner}}', 't/partials/inner.hbs': 'one\ntwo {{brief.nmae}}\n' });
    const e = await renderError([dir], 't');
    const d = e.diagnostics[0]!;
    expect(d.file).toMatch(/partials[/\\]inner\.hbs$/);
    expect(d.line).toBe(2);
    expect(d.message).toMatch(/"nmae" is not defined/);
  });

  it('a missing field in the layout', async () => {
    const e = await renderError([folder({ 't/layout.hbs': '\n\n  {{nothing}}' })], 't');
    expect(e.diagnostics[0]).toMatchObject({ line: 3, column: 5 });
    expect(e.diagnostics[0]?.file).toMatch(/layout\.hbs$/);
  });

  it('a missing partial, at load time, where it is referenced', async () => {
    const e = await renderError([folder({ 't/layout.hbs': 'x\n{{> title-blok}}' , 't/partials/title-block.hbs': 't' })], 't');
    expect(e.diagnostics[0]).toMatchObject({ line: 2 });
    expect(e.diagnostics[0]?.message).toMatch(/partial "title-blok" not found/);
  });

  it('a syntax error', async () => {
    const e = await renderError([folder({ 't/layout.hbs': '{{#if a}}\n{{/iff}}' })], 't');
    expect(e.diagnostics[0]?.file).toMatch(/layout\.hbs$/);
    expect(e.diagnostics[0]?.line).toBe(1);
    expect(e.diagnostics[0]?.message).toMatch(/doesn't match/);
  });
});

describe('the built-in templates', () => {
  for (const name of ['sitrep', 'sitrep-executive', 'sitrep-public']) {
    it(`${name} renders a context with and without the optional fields`, async () => {
      const t = await loadTemplate(name, [builtinTemplatesDir()]);
      const full = t.render(sampleContext({ withOptional: true }));
      const bare = t.render(sampleContext());
      expect(full).toContain('Weekly test');
      expect(bare).toContain('Weekly test');
      expect(full).toContain('<svg class="chart"');
    });
  }
  it('sitrep-public prints no handling marking; sitrep does', async () => {
    const pub = (await loadTemplate('sitrep-public', [builtinTemplatesDir()])).render(sampleContext());
    const base = (await loadTemplate('sitrep', [builtinTemplatesDir()])).render(sampleContext());
    expect(base).toContain('TLP:AMBER');
    expect(pub).not.toContain('TLP:AMBER');
    expect(pub).toContain('What happened');
  });
  it('sitrep shows a NEW marker and the corroboration badge', async () => {
    const html = (await loadTemplate('sitrep', [builtinTemplatesDir()])).render(sampleContext({ withOptional: true }));
    expect(html).toMatch(/badge new">New</);
    expect(html).toMatch(/3 sources/);
  });
  it('escapes corpus text in the page furniture and the body', async () => {
    const ctx = sampleContext();
    ctx.brief.title = 'T</style><script>x</script>"';
    ctx.developments[0]!.headline = '<img src="http://127.0.0.1:1/x">';
    const html = (await loadTemplate('sitrep', [builtinTemplatesDir()])).render(ctx);
    expect(html).not.toContain('<script>x');
    expect(html).not.toContain('<img src');
    expect(html).toContain('&lt;img src');
  });
});

describe('template new', () => {
  it('copies what a variant edits, extends the base, and refuses to overwrite', async () => {
    const dir = folder({});
    const made = await newTemplate({ name: 'minister', from: 'sitrep-executive', dir, searchDirs: [builtinTemplatesDir()], only: ['title-block'] });
    expect(made.files).toEqual(['template.yaml', 'style.css', 'partials/title-block.hbs']);
    const t = await loadTemplate('minister', [dir, builtinTemplatesDir()]);
    expect(t.chain.map((d) => path.basename(d))).toEqual(['sitrep', 'sitrep-executive', 'minister']);
    expect(t.config.limits?.developments).toBe(5);
    await expect(newTemplate({ name: 'minister', from: 'sitrep', dir, searchDirs: [builtinTemplatesDir()] })).rejects.toThrow(/already exists/);
  });
  it('copies the layout and every partial by default', async () => {
    const dir = folder({});
    const made = await newTemplate({ name: 'full', from: 'sitrep', dir, searchDirs: [builtinTemplatesDir()] });
    expect(made.files).toContain('layout.hbs');
    expect(made.files).toContain('partials/development.hbs');
  });
});
