/**
 * `briefsmith template new <name> --from <base>`: a folder for an audience variant that
 * extends `base`, with copies of the files one edits to change it. Files the variant does
 * not change can be deleted: the base's are used. Never overwrites.
 */
import { cp, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../model/diagnostic.js';
import { loadTemplate } from './render-html.js';

export interface NewTemplateOptions {
  name: string;
  from: string;
  /** Where the new folder goes (default: the project's `templates/`). */
  dir: string;
  /** Folders searched for `from`, in lookup order. */
  searchDirs: string[];
  /** Copy only these partials (names without `.hbs`); default: the layout and every partial. */
  only?: string[];
}

export async function newTemplate(options: NewTemplateOptions): Promise<{ dir: string; files: string[] }> {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(options.name)) {
    throw new UserError({ severity: 'error', file: options.name, message: 'a template name is a plain folder name (letters, digits, . _ -)', rule: 'template/name' });
  }
  const target = path.join(options.dir, options.name);
  if (await stat(target).then(() => true, () => false)) {
    throw new UserError({ severity: 'error', file: target, message: 'already exists; not overwriting it', hint: 'choose another name or delete the folder first', rule: 'template/exists' });
  }
  const base = await loadTemplate(options.from, options.searchDirs);
  // The newest copy of each file along the base's chain (a variant's override wins).
  const sources = new Map<string, string>();
  for (const dir of base.chain) {
    if (await stat(path.join(dir, 'layout.hbs')).then(() => true, () => false)) sources.set('layout.hbs', path.join(dir, 'layout.hbs'));
    for (const file of await readdir(path.join(dir, 'partials')).catch(() => [] as string[])) {
      if (file.endsWith('.hbs')) sources.set(`partials/${file}`, path.join(dir, 'partials', file));
    }
  }
  const wanted = options.only
    ? [...sources.keys()].filter((k) => options.only!.some((o) => k === `partials/${o}.hbs` || k === o || (o === 'layout' && k === 'layout.hbs')))
    : [...sources.keys()];
  if (options.only) {
    const missing = options.only.filter((o) => !wanted.some((k) => k === `partials/${o}.hbs` || k === o || (o === 'layout' && k === 'layout.hbs')));
    if (missing.length > 0) throw new UserError({ severity: 'error', file: options.from, message: `no partial named ${missing.join(', ')} (has: ${[...sources.keys()].join(', ')})`, rule: 'template/partial' });
  }
  await mkdir(path.join(target, 'partials'), { recursive: true });
  const files: string[] = [];
  const yaml = [
    `# ${options.name}: an audience variant of ${options.from}.`,
    '# Everything not in this folder comes from the base. Delete any copied partial you do not',
    '# change, so that improvements to the base reach this template too.',
    `name: ${options.name}`,
    `description: Variant of ${options.from}`,
    `extends: ${options.from}`,
    '# lang: en-GB                     # date-fns locale for the date helpers',
    '# page: { size: A4, margin: 24mm 17mm 22mm 17mm }',
    '# marking: true                   # false: no handling marking on any page',
    '# sections: [summary, stats, toc, timeline, chart, statements, by-actor, markdown, sources]',
    '# limits: { developments: 6, quotes: 2, actors: 8, perActor: 5, headline: 200, quote: 240, tocMinSections: 5, tocPagesFrom: 6 }',
    '# labels: { timeline: What happened }',
    '',
  ].join('\n');
  await writeFile(path.join(target, 'template.yaml'), yaml, { flag: 'wx' });
  files.push('template.yaml');
  await writeFile(path.join(target, 'style.css'), `/* Added after ${options.from}'s CSS: override only what differs. */\n`, { flag: 'wx' });
  files.push('style.css');
  for (const rel of wanted) {
    await cp(sources.get(rel)!, path.join(target, rel), { errorOnExist: true, force: false });
    files.push(rel);
  }
  return { dir: target, files };
}
