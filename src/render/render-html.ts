/**
 * From a BriefContext to one self-contained HTML document.
 *
 * A template is a folder: `layout.hbs`, `partials/*.hbs`, `style.css` and an optional
 * `template.yaml`. With `extends: <base>` a folder inherits everything from its base and
 * overrides only what it has: a partial or layout of the same name replaces the base's, its
 * CSS is added after the base's, its config is merged over the base's.
 *
 * Every file is compiled on its own in Handlebars strict mode, so a missing field, a missing
 * partial or a syntax error is reported as `file:line:col`, naming the partial it is in.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { BriefContext } from '../brief/context.js';
import { UserError } from '../model/diagnostic.js';
import { isTemplateFolder } from './template-lookup.js';
import { embeddedFontCss } from './fonts.js';
import { registerHelpers } from './helpers.js';
import { displayPath, mergeConfig, readTemplateConfig, type TemplateConfig } from './template-config.js';
import { buildViewModel, type ViewModel, type ViewOptions } from './view-model.js';

export interface LoadedTemplate {
  name: string;
  /** The folder the template was found in (the most derived one). */
  dir: string;
  /** The chain of folders, base first: what `extends` resolved to. */
  chain: string[];
  config: TemplateConfig;
  /** The view the template sees for a context (exposed for tests and `--json`). */
  view: (context: BriefContext, options?: ViewOptions) => ViewModel;
  render: (context: BriefContext, options?: ViewOptions) => string;
}

interface TemplateFile {
  file: string;
  source: string;
}

const MAX_DEPTH = 8;

/**
 * Finds `name` in `searchDirs` (first match wins: the brief's folder, the project's
 * templates, the built-ins) and resolves its `extends` chain through the same lookup.
 */
export async function loadTemplate(name: string, searchDirs: string[]): Promise<LoadedTemplate> {
  const chain: { dir: string; config: TemplateConfig }[] = [];
  let current: string | undefined = name;
  let from: string | null = null;
  while (current) {
    if (chain.length >= MAX_DEPTH) throw templateError(chain[0]?.dir ?? name, `template "${name}" extends more than ${MAX_DEPTH} levels deep (a cycle?)`, 'template/extends');
    // A folder already in the chain is skipped, so a project's `templates/sitrep` may extend the built-in `sitrep`.
    const dir = await locate(current, searchDirs, from, new Set(chain.map((c) => c.dir)));
    const config = (await readTemplateConfig(path.join(dir, 'template.yaml'))) ?? {};
    chain.unshift({ dir, config });
    from = path.join(dir, 'template.yaml');
    current = config.extends;
  }

  let config: TemplateConfig = {};
  const partials = new Map<string, TemplateFile>();
  let layout: TemplateFile | null = null;
  const css: string[] = [];
  for (const { dir, config: own } of chain) {
    config = mergeConfig(config, own);
    const layoutFile = path.join(dir, 'layout.hbs');
    const layoutSource = await readFile(layoutFile, 'utf8').catch(() => null);
    if (layoutSource !== null) layout = { file: layoutFile, source: layoutSource };
    const partialsDir = path.join(dir, 'partials');
    const names = (await readdir(partialsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.hbs')).sort();
    for (const file of names) {
      const full = path.join(partialsDir, file);
      partials.set(path.basename(file, '.hbs'), { file: full, source: await readFile(full, 'utf8') });
    }
    const style = await readFile(path.join(dir, 'style.css'), 'utf8').catch(() => null);
    if (style !== null) css.push(`/* ${path.basename(dir)}/style.css */\n${style}`);
  }
  const top = chain[chain.length - 1]!;
  if (!layout) throw templateError(path.join(top.dir, 'layout.hbs'), `template "${name}" has no layout.hbs (nor does any template it extends)`, 'template/layout');
  if (config.page?.size || config.page?.margin) {
    css.push(`@page{${config.page.size ? `size:${config.page.size};` : ''}${config.page.margin ? `margin:${config.page.margin};` : ''}}`);
  }

  const hbs = Handlebars.create();
  registerHelpers(hbs, { lang: config.lang ?? 'en-GB' });
  for (const [partialName, file] of partials) hbs.registerPartial(partialName, compileFile(hbs, file));
  const renderLayout = compileFile(hbs, layout);
  for (const file of [layout, ...partials.values()]) checkPartialReferences(hbs, file, partials);
  const styles = `${embeddedFontCss()}\n${css.join('\n')}`;
  const view = (context: BriefContext, options?: ViewOptions) => buildViewModel(context, config, options);

  return {
    name,
    dir: top.dir,
    chain: chain.map((c) => c.dir),
    config,
    view,
    render: (context, options) => renderLayout({ ...view(context, options), styles: new hbs.SafeString(styles) }),
  };
}

/** Marks errors that already name their file, so an enclosing partial does not rename them. */
class TemplateRenderError extends UserError {}

function compileFile(hbs: typeof Handlebars, { file, source }: TemplateFile): Handlebars.TemplateDelegate {
  try {
    hbs.parse(source);
  } catch (err) {
    throw fromHandlebars(file, err, 'template/syntax');
  }
  const compiled = hbs.compile(source, { strict: true });
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return compiled(context, options);
    } catch (err) {
      if (err instanceof TemplateRenderError) throw err;
      throw fromHandlebars(file, err, 'template/render');
    }
  };
}

function fromHandlebars(file: string, err: unknown, rule: string): TemplateRenderError {
  const e = err as { message?: string; lineNumber?: number; column?: number };
  let message = (e.message ?? String(err)).split('\n')[0] ?? 'template error';
  message = message.replace(/ - \d+:\d+$/, '');
  const missing = /^"([^"]+)" not defined in (.*)$/.exec(message);
  if (missing) message = `"${missing[1]}" is not defined${missing[2] === '[object Object]' ? '' : ` (its parent is ${missing[2]})`}: a missing field is an error, not a blank`;
  const partialMissing = /^The partial (.+) could not be found$/.exec(message);
  if (partialMissing) message = `partial "${partialMissing[1]}" not found`;
  return new TemplateRenderError({
    severity: 'error',
    file: displayPath(file),
    ...(typeof e.lineNumber === 'number' ? { line: e.lineNumber, column: (e.column ?? 0) + 1 } : {}),
    message,
    rule,
  });
}

/** A `{{> name}}` naming a partial no folder in the chain has is reported where it is written. */
function checkPartialReferences(hbs: typeof Handlebars, { file, source }: TemplateFile, partials: Map<string, TemplateFile>): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; name?: { type?: string; original?: unknown }; loc?: { start: { line: number; column: number } } };
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'PathExpression') {
      const name = String(n.name.original);
      if (!partials.has(name) && n.type === 'PartialStatement') {
        throw new TemplateRenderError({
          severity: 'error',
          file: displayPath(file),
          ...(n.loc ? { line: n.loc.start.line, column: n.loc.start.column + 1 } : {}),
          message: `partial "${name}" not found (known: ${[...partials.keys()].join(', ') || 'none'})`,
          rule: 'template/partial',
        });
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && value !== n.loc) visit(value);
    }
  };
  visit(hbs.parse(source));
}

async function locate(name: string, searchDirs: string[], from: string | null, skip: Set<string>): Promise<string> {
  if (name.includes('/') || name.includes('\\') || name.startsWith('.')) {
    throw templateError(from ?? name, `template name "${name}" must be a plain folder name`, 'template/name');
  }
  for (const base of searchDirs) {
    const dir = path.join(base, name);
    if (skip.has(dir)) continue;
    if (isTemplateFolder(dir)) return dir;
  }
  throw new UserError({
    severity: 'error',
    file: from ? displayPath(from) : name,
    message: `template "${name}" not found in ${searchDirs.map(displayPath).join(', ')}`,
    hint: from ? 'check `extends:`' : "check the brief's `template:` or create templates/<name>/layout.hbs",
    rule: 'template/not-found',
  });
}

function templateError(file: string, message: string, rule: string): UserError {
  return new UserError({ severity: 'error', file: displayPath(file), message, rule });
}
