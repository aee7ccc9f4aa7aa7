/**
 * Where templates are and what counts as one, in one place: the renderer, `validate` and the
 * build's change detection must agree, or a variant that only has a template.yaml (it extends
 * a base) would render but fail validation.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { builtinTemplatesDir } from '../build/paths.js';

/** A template folder has its own layout, or a template.yaml saying which template it extends. */
export function isTemplateFolder(dir: string): boolean {
  return existsSync(path.join(dir, 'layout.hbs')) || existsSync(path.join(dir, 'template.yaml'));
}

/** Lookup order: beside the brief (`<brief dir>/templates`), the project's `templates/`, the built-ins. */
export function templateSearchDirs(briefFile: string, projectTemplatesDir: string): string[] {
  return [path.join(path.dirname(briefFile), 'templates'), projectTemplatesDir, builtinTemplatesDir()];
}

/** The folder the renderer would use for `name`, or null. */
export function findTemplate(name: string, searchDirs: string[]): string | null {
  for (const dir of searchDirs) if (isTemplateFolder(path.join(dir, name))) return path.join(dir, name);
  return null;
}

/** Every template name the search folders offer, for suggestions. */
export function availableTemplates(searchDirs: string[]): string[] {
  const names = searchDirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((d) => isTemplateFolder(path.join(dir, d)));
    } catch {
      return [];
    }
  });
  return [...new Set(names)].sort();
}
