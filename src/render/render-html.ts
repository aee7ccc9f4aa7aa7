/**
 * From a BriefContext to one self-contained HTML document: the template's layout and
 * partials through Handlebars, its CSS and the fonts inlined.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { BriefContext } from '../brief/context.js';
import { UserError } from '../model/diagnostic.js';
import { embeddedFontCss } from './fonts.js';
import { registerHelpers } from './helpers.js';

export interface LoadedTemplate {
  name: string;
  dir: string;
  render: (context: BriefContext) => string;
}

export async function loadTemplate(name: string, searchDirs: string[]): Promise<LoadedTemplate> {
  const dir = await locate(name, searchDirs);
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const partialsDir = path.join(dir, 'partials');
  const partialFiles = await readdir(partialsDir).catch(() => [] as string[]);
  for (const file of partialFiles.filter((f) => f.endsWith('.hbs'))) {
    hbs.registerPartial(path.basename(file, '.hbs'), await readFile(path.join(partialsDir, file), 'utf8'));
  }
  const layoutFile = path.join(dir, 'layout.hbs');
  const layout = hbs.compile(await readFile(layoutFile, 'utf8'), { strict: true, noEscape: false });
  const css = await readFile(path.join(dir, 'style.css'), 'utf8').catch(() => '');
  return {
    name,
    dir,
    render: (context) => {
      try {
        return layout({ ...context, styles: new Handlebars.SafeString(`${embeddedFontCss()}\n${css}`) });
      } catch (err) {
        throw new UserError({ severity: 'error', file: layoutFile, message: (err as Error).message.split('\n')[0] ?? 'template error', rule: 'template/render' });
      }
    },
  };
}

async function locate(name: string, searchDirs: string[]): Promise<string> {
  for (const base of searchDirs) {
    const dir = path.join(base, name);
    try {
      await readFile(path.join(dir, 'layout.hbs'));
      return dir;
    } catch {
      // not in this folder; try the next
    }
  }
  throw new UserError({
    severity: 'error',
    file: name,
    message: `template "${name}" not found in ${searchDirs.join(', ')}`,
    hint: 'check the brief\'s `template:` or create templates/<name>/layout.hbs',
  });
}
