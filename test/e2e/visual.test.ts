import { appendFileSync, cpSync, existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers.js';
import { checkFirstPage, renderFirstPage, TOLERANCE, UPDATE_COMMAND } from './visual.js';

const AS_OF = '2025-11-01T09:00:00Z';
const AUDIENCES = {
  analyst: 'russia-dprk',
  executive: 'russia-dprk-executive',
  public: 'russia-dprk-public',
} as const;
type Audience = keyof typeof AUDIENCES;
const audiences = Object.keys(AUDIENCES) as Audience[];
const briefFiles = audiences.map((a) => path.join(repoRoot, 'briefs', `${AUDIENCES[a]}.yaml`));
const pdfIn = (dir: string, a: Audience) => path.join(dir, `${AUDIENCES[a]}.pdf`);

// References are accepted by a person who looked at them, never by a CI run that happened to set this.
const update = process.env.UPDATE_VISUAL === '1';
if (update && process.env.CI) throw new Error('UPDATE_VISUAL is refused under CI: update the references locally and review them');

function build(cwd: string, out: string): void {
  const result = runCli(['build', ...briefFiles, '--out', out, '--as-of', AS_OF], cwd);
  expect(result.status, result.stderr).toBe(0);
}

/** A project of its own: the repository's corpus, a copy of its templates (to change at will). */
function scratchProject(change?: (templates: string) => void): string {
  const dir = tempDir('bs-e2e-visual-proj-');
  symlinkSync(path.join(repoRoot, 'corpus'), path.join(dir, 'corpus'));
  cpSync(path.join(repoRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  change?.(path.join(dir, 'templates'));
  build(dir, path.join(dir, 'out'));
  return path.join(dir, 'out');
}

const out = tempDir('bs-e2e-visual-');
beforeAll(() => build(repoRoot, out));

describe('page 1 of each audience looks like its reference PNG', () => {
  it.each(audiences)('%s', (audience) => {
    const result = checkFirstPage(audience, pdfIn(out, audience), { update });
    if (update) console.log(result.message);
    expect(result.ok, result.message).toBe(true);
  });
});

describe('the visual check itself', () => {
  // This build's own renders serve as references here, so these tests hold whatever the committed references are.
  const references = tempDir('bs-e2e-visual-refs-');
  let again = '';
  let changed = '';

  beforeAll(() => {
    for (const a of audiences) renderFirstPage(pdfIn(out, a), path.join(references, `${a}.png`));
    again = scratchProject();
    changed = scratchProject((templates) => {
      // The boxed handling marking under the running head goes (analyst, executive; public has none)…
      appendFileSync(path.join(templates, 'sitrep', 'style.css'), '\n.title-block .marking { display: none; }\n');
      // …and the public bottom line loses its palest colour band, the wash behind it.
      appendFileSync(path.join(templates, 'sitrep-public', 'style.css'), '\n:root { --wash: #ffffff; }\n');
    });
  });

  it.each(audiences)('%s: an independent build, elsewhere, differs in no pixel', (audience) => {
    const result = checkFirstPage(audience, pdfIn(again, audience), { referenceDir: references, artifactDir: tempDir('bs-e2e-visual-art-') });
    expect(result.ok, result.message).toBe(true);
    expect(result.fraction).toBe(0);
  });

  it.each(audiences)('%s: a deliberate template change fails, saying where to look and how to accept it', (audience) => {
    const artifacts = tempDir('bs-e2e-visual-art-');
    const result = checkFirstPage(audience, pdfIn(changed, audience), { referenceDir: references, artifactDir: artifacts });
    expect(result.ok, result.message).toBe(false);
    expect(result.fraction, result.message).toBeGreaterThan(5 * TOLERANCE);
    expect(result.message).toMatch(new RegExp(`^${audience}: page 1 no longer looks like its reference: \\d+\\.\\d{3} % of its pixels differ`));
    for (const file of [`${audience}.actual.png`, `${audience}.diff.png`]) {
      expect(result.message).toContain(path.join(artifacts, file));
      expect(existsSync(path.join(artifacts, file)), file).toBe(true);
    }
    expect(result.message).toContain(UPDATE_COMMAND);
  });
});
