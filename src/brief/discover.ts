/** Finding brief files and checking what a brief names on disk (its template). */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Diagnostic } from '../model/diagnostic.js';
import { staticBase } from '../corpus/find-files.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { LoadedBrief } from './load-brief.js';
import { availableTemplates, findTemplate } from '../render/template-lookup.js';

/**
 * The briefs of a project: `briefs/*.yaml` (and `.yml`), sorted, without files whose name
 * starts with `_` (bases meant to be extended; keep them in `briefs/_base/` or name them `_…`).
 */
export async function discoverBriefs(dir = 'briefs'): Promise<string[]> {
  const files = await glob(`${dir}/*.{yaml,yml}`);
  return files.filter((f) => !path.basename(f).startsWith('_')).sort();
}

/** An error when no search folder has the brief's template, with the closest template name. */
export function checkTemplate(brief: LoadedBrief, searchDirs: string[]): Diagnostic | null {
  const name = brief.spec.template;
  if (findTemplate(name, searchDirs)) return null;
  const available = availableTemplates(searchDirs);
  const guess = didYouMean(name, available);
  const at = brief.locate(['template']);
  return {
    severity: 'error',
    file: at.file,
    line: at.line,
    column: at.column,
    message: `unknown template \`${name}\``,
    hint: guess ? `did you mean \`${guess}\`?` : `available: ${available.join(', ') || 'none'} (a template is a folder with layout.hbs or a template.yaml that extends one)`,
    rule: 'brief/unknown-template',
  };
}

/** Errors for corpus paths (relative to the working directory) that do not exist, at their line in the brief. */
export function checkCorpusPaths(brief: LoadedBrief): Diagnostic[] {
  return brief.spec.corpus.flatMap((p, i) => {
    if (corpusPathExists(p)) return [];
    const at = brief.locate(['corpus', i]);
    return [{ severity: 'error' as const, file: at.file, line: at.line, column: at.column, message: `corpus path \`${p}\` does not exist`, hint: missingCorpusHint(brief, p), rule: 'brief/corpus-missing' }];
  });
}

/** A glob ("corpus/**\/*.md") stands when the folder it starts from does. */
function corpusPathExists(p: string): boolean {
  return existsSync(isDynamicPattern(p) ? staticBase(p) : p);
}

function missingCorpusHint(brief: LoadedBrief, p: string): string {
  // Written relative to the brief's own folder: say what it is from where briefsmith runs.
  const fromBrief = path.resolve(path.dirname(brief.file), p);
  if (corpusPathExists(fromBrief)) {
    return `corpus paths are relative to the working directory, not the brief's folder: did you mean \`${path.relative(process.cwd(), fromBrief) || '.'}\`?`;
  }
  let guess: string | null = null;
  try {
    guess = didYouMean(path.basename(p), readdirSync(path.dirname(path.resolve(p))));
  } catch {
    guess = null;
  }
  return guess ? `did you mean \`${path.join(path.dirname(p), guess)}\`?` : `corpus paths are relative to the working directory (${process.cwd()})`;
}
