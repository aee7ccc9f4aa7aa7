import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/brief/discover.js';
import { loadBrief } from '../../../src/brief/load-brief.js';
import { availableTemplates, findTemplate, templateSearchDirs } from '../../../src/render/template-lookup.js';

describe('template lookup, shared by the renderer, validate and the build', () => {
  const dirs = templateSearchDirs('briefs/x.yaml', path.resolve('templates'));
  it('a variant with only a template.yaml (it extends a base) is a template', () => {
    expect(findTemplate('sitrep-executive', dirs)).toMatch(/templates[/\\]sitrep-executive$/);
    expect(availableTemplates(dirs)).toEqual(expect.arrayContaining(['sitrep', 'sitrep-executive', 'sitrep-public']));
  });
  it('validate accepts the example briefs that use the variants', async () => {
    for (const file of ['briefs/russia-dprk-executive.yaml', 'briefs/russia-dprk-public.yaml']) {
      const brief = await loadBrief(file);
      expect(checkTemplate(brief, templateSearchDirs(brief.file, path.resolve('templates')))).toBeNull();
    }
  });
  it('an unknown template is an error with the closest name', async () => {
    const brief = await loadBrief('briefs/russia-dprk.yaml');
    const typo = { ...brief, spec: { ...brief.spec, template: 'sitrep-publc' } };
    expect(checkTemplate(typo, dirs)?.hint).toBe('did you mean `sitrep-public`?');
  });
});
