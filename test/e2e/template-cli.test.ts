import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText, repoRoot, runCli, tempDir } from './helpers.js';

/** The example brief, moved into another project: its template swapped, its corpus and aliases still the repository's. */
function exampleBriefUsing(template: string): string {
  return readFileSync(path.join(repoRoot, 'briefs', 'russia-dprk.yaml'), 'utf8')
    .replace('template: sitrep', `template: ${template}`)
    .replace('  - corpus/', `  - ${path.join(repoRoot, 'corpus')}/`)
    .replace('aliases: corpus/entities.yaml', `aliases: ${path.join(repoRoot, 'corpus', 'entities.yaml')}`);
}

describe('briefsmith template new, then a build that uses it from the brief folder', () => {
  it('creates the variant, refuses to overwrite it, and the brief prints through it', () => {
    const project = tempDir('bs-e2e-tpl-');
    const briefs = path.join(project, 'briefs');
    const made = runCli(['template', 'new', 'minister', '--from', 'sitrep-executive', '--dir', path.join(briefs, 'templates'), '--only', 'title-block'], project);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/extends sitrep-executive/);
    expect(made.stdout).toMatch(/partials\/title-block\.hbs/);

    const again = runCli(['template', 'new', 'minister', '--dir', path.join(briefs, 'templates')], project);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; not overwriting/);

    const partial = path.join(briefs, 'templates', 'minister', 'partials', 'title-block.hbs');
    writeFileSync(partial, readFileSync(partial, 'utf8').replace('<h1>{{brief.title}}</h1>', '<h1>For the Minister: {{brief.title}}</h1>'));
    const brief = exampleBriefUsing('minister');
    writeFileSync(path.join(briefs, 'minister.yaml'), brief);
    const built = runCli(['build', path.join(briefs, 'minister.yaml'), '--out', path.join(project, 'out'), '--as-of', '2025-11-01T09:00:00Z'], project);
    expect(built.status, built.stderr).toBe(0);
    const text = pdfText(path.join(project, 'out', 'minister.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('For the Minister: Russia–North Korea relations');
    expect(text).toMatch(/further developments in the full report/); // inherited executive limits
  });

  it('reports a missing field with the partial file and line, and exits 1', () => {
    const project = tempDir('bs-e2e-tpl-err-');
    expect(runCli(['template', 'new', 'broken', '--only', 'development'], project).status).toBe(0);
    const partial = path.join(project, 'templates', 'broken', 'partials', 'development.hbs');
    writeFileSync(partial, readFileSync(partial, 'utf8').replace('{{shortHeadline}}', '{{shortHedline}}'));
    const brief = exampleBriefUsing('broken');
    writeFileSync(path.join(project, 'b.yaml'), brief);
    const built = runCli(['build', 'b.yaml', '--out', 'out', '--as-of', '2025-11-01T09:00:00Z'], project);
    expect(built.status).toBe(1);
    expect(built.stderr).toMatch(/templates\/broken\/partials\/development\.hbs:5:\d+: error: "shortHedline" is not defined/);
  });
});
