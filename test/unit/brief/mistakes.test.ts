/** One test per kind of mistake a user makes in a brief: the message, the hint and the position. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpusPaths, checkTemplate } from '../../../src/brief/discover.js';
import { loadBrief } from '../../../src/brief/load-brief.js';
import { formatDiagnostic, UserError, type Diagnostic } from '../../../src/model/diagnostic.js';

const F = 'test/fixtures/briefs';

async function diagnosticsOf(file: string): Promise<Diagnostic[]> {
  try {
    await loadBrief(file);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics;
    throw err;
  }
  throw new Error(`expected ${file} to be rejected`);
}

async function only(file: string): Promise<Diagnostic> {
  const list = await diagnosticsOf(file);
  expect(list.map(formatDiagnostic)).toHaveLength(1);
  return list[0]!;
}

describe('mistakes in a brief', () => {
  it('unknown key: position of the key and the likely fix', async () => {
    const d = await only(`${F}/unknown-key.yaml`);
    expect(d).toMatchObject({ file: `${F}/unknown-key.yaml`, line: 5, column: 1, message: 'unknown key `sectoins`', hint: 'did you mean `sections`?', rule: 'brief/unknown-key' });
    expect(formatDiagnostic(d)).toBe(`${F}/unknown-key.yaml:5:1: error: unknown key \`sectoins\` (did you mean \`sections\`?)`);
  });
  it('wrong type: says what was expected and what was found', async () => {
    const list = await diagnosticsOf(`${F}/wrong-type.yaml`);
    expect(list).toMatchObject([
      { line: 4, column: 17, message: '`limits.developments`: expected a number, not the string `many`', rule: 'brief/wrong-type' },
      { line: 5, column: 11, message: '`sections`: expected a list, not the string `summary`', rule: 'brief/wrong-type' },
    ]);
  });
  it('bad date: not a day at all', async () => {
    const d = await only(`${F}/bad-date.yaml`);
    expect(d).toMatchObject({ line: 3, column: 9, message: '`period.from`: `1 March` is not a day as YYYY-MM-DD', hint: 'write e.g. 2025-03-01' });
  });
  it('bad date: a day the calendar does not have', async () => {
    const d = await only(`${F}/impossible-day.yaml`);
    expect(d).toMatchObject({ line: 3, column: 9, message: '`period.from`: `2025-02-30` does not exist', hint: 'February 2025 has 28 days' });
  });
  it('bad week: 2025-W54 (2025 has 52 ISO weeks)', async () => {
    const d = await only(`${F}/bad-week.yaml`);
    expect(d).toMatchObject({ line: 2, column: 9, rule: 'brief/period' });
    expect(d.message).toBe('`period`: ISO year 2025 has weeks 01 to 52; `2025-W54` does not exist');
    expect(d.hint).toMatch(/2026-W01/);
  });
  it('from after to: points at `to`, suggests swapping', async () => {
    const d = await only(`${F}/from-after-to.yaml`);
    expect(d).toMatchObject({ line: 4, column: 7, message: '`period.to` (2025-03-01) is before `period.from` (2025-03-31)', hint: 'swap the two days' });
  });
  it('missing required settings', async () => {
    const list = await diagnosticsOf(`${F}/missing-period.yaml`);
    expect(list[0]).toMatchObject({ line: 1, column: 1, message: 'missing `period`', rule: 'brief/missing-key' });
    expect(list[1]).toMatchObject({ line: 2, column: 22, hint: 'did you mean `summary`?' });
    expect(list[1]?.message).toMatch(/^`sections\[1\]`: `sumary` is not one of summary, toc, timeline/);
  });
  it('unknown template name: checked against the template folders, with the closest name', async () => {
    const brief = await loadBrief(`${F}/unknown-template.yaml`);
    const d = checkTemplate(brief, [path.join(F, 'templates'), 'templates']);
    expect(d).toMatchObject({ file: `${F}/unknown-template.yaml`, line: 3, column: 11, message: 'unknown template `sitrpe`', hint: 'did you mean `sitrep`?', rule: 'brief/unknown-template' });
    expect(checkTemplate(await loadBrief('briefs/russia-dprk.yaml'), ['templates'])).toBeNull();
  });
  it('a corpus path written from the brief\'s folder: the hint gives it from the working directory', async () => {
    const brief = await loadBrief(`${F}/missing-corpus.yaml`);
    const [d] = checkCorpusPaths({ ...brief, spec: { ...brief.spec, corpus: ['../../../corpus/'] } });
    expect(d?.hint).toBe("corpus paths are relative to the working directory, not the brief's folder: did you mean `corpus`?");
    // A glob stands when the folder it starts from does.
    expect(checkCorpusPaths({ ...brief, spec: { ...brief.spec, corpus: ['corpus/**/*.md'] } })).toEqual([]);
  });
  it('a corpus path that does not exist (checked by validate)', async () => {
    const [d] = checkCorpusPaths(await loadBrief(`${F}/missing-corpus.yaml`));
    expect(d).toMatchObject({ line: 4, column: 5, message: 'corpus path `corpsu/` does not exist', hint: 'did you mean `corpus`?', rule: 'brief/corpus-missing' });
  });
  it('bad time zone: the closest IANA name', async () => {
    const d = await only(`${F}/bad-timezone.yaml`);
    expect(d).toMatchObject({ line: 2, column: 11, message: '`timezone`: `Europe/Berlim` is not a time zone', hint: 'did you mean `Europe/Berlin`?', rule: 'brief/timezone' });
  });
  it('bad boolean expression: the column of the problem inside the string', async () => {
    const d = await only(`${F}/bad-expression.yaml`);
    expect(d).toMatchObject({ line: 4, column: 40, rule: 'brief/expression' });
    expect(d.message).toBe('`select.match`: expected a word, a "phrase" or `(` after OR, found `)` (at character 30 of the expression)');
    // the same expression with YAML escapes still lands on the `)`
    expect(await only(`${F}/bad-expression-escaped.yaml`)).toMatchObject({ line: 4, column: 42 });
    expect(await only(`${F}/unclosed-paren.yaml`)).toMatchObject({ line: 4, column: 18, message: '`select.match`: `(` is never closed (at character 9 of the expression)', hint: 'add `)`' });
  });
  it('extends cycle: named in full, at the `extends` that closes it', async () => {
    const d = await only(`${F}/cycle-a.yaml`);
    expect(d).toMatchObject({ file: `${F}/cycle-b.yaml`, line: 1, column: 10, rule: 'brief/extends-cycle' });
    expect(d.message).toBe(`\`extends\` cycle: ${F}/cycle-a.yaml → ${F}/cycle-b.yaml → ${F}/cycle-a.yaml`);
  });
  it('missing extends file: at the `extends` line of the brief', async () => {
    const d = await only(`${F}/missing-extends.yaml`);
    expect(d).toMatchObject({ file: `${F}/missing-extends.yaml`, line: 2, column: 10, rule: 'brief/extends-missing' });
    expect(d.message).toMatch(/^`extends`: cannot read `_base\/does-not-exist.yaml`/);
  });
  it('a mistake in an extended file points into that file', async () => {
    const d = await only(`${F}/inherits-typo.yaml`);
    expect(d).toMatchObject({ file: `${F}/_base/typo-base.yaml`, line: 4, column: 3, message: 'unknown key `keywrods` in `select`', hint: 'did you mean `keywords`?' });
  });
  it('duplicate key: at the second one, named', async () => {
    const d = await only(`${F}/duplicate-key.yaml`);
    expect(d).toMatchObject({ line: 3, column: 1, message: 'duplicate key `title`', rule: 'brief/yaml' });
  });
  it('tabs and YAML syntax errors: every line reported', async () => {
    const list = await diagnosticsOf(`${F}/tabs.yaml`);
    expect(list).toMatchObject([
      { line: 3, column: 1, message: 'Tabs are not allowed as indentation', hint: 'indent with spaces, not tabs' },
      { line: 4, column: 1, message: 'Tabs are not allowed as indentation' },
    ]);
  });
  it('every mistake in a file is reported at once, in file order', async () => {
    const list = await diagnosticsOf(`${F}/many-mistakes.yaml`);
    expect(list.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '2:9 brief/period',
      '3:11 brief/timezone',
      '4:1 brief/unknown-key',
      '5:19 brief/schema',
      '7:3 brief/unknown-key',
    ]);
    expect(list[3]?.message).toBe('`limits.quotes`: must be more than 0, not the number `0`');
    expect(list[4]?.hint).toBe('did you mean `types`?');
  });
  it('mistakes inside nested maps, lists and unions', async () => {
    const list = await diagnosticsOf(`${F}/nested-mistakes.yaml`);
    expect(list.map((d) => [`${d.line}:${d.column}`, d.message, d.hint])).toEqual([
      ['4:5', 'unknown key `titel` in `blocks[0]`', 'did you mean `title`?'],
      ['7:15', 'unknown key `anyy` in `select.entities`', 'did you mean `any`?'],
      ['8:12', 'unknown key `al` in `select.match`', 'did you mean `all`?'],
      ['9:18', '`select.minConfidence`: must be at most 1, not the number `2`', undefined],
      ['10:21', '`weights.meeting`: expected a number, not the string `heavy`', undefined],
      ['11:16', '`reword.abc`: expected a string, not the number `3`', undefined],
    ]);
  });
  it('mistakes in the alias file point into it', async () => {
    const list = await diagnosticsOf(`${F}/uses-bad-aliases.yaml`);
    expect(list).toMatchObject([
      { file: `${F}/bad-aliases.yaml`, line: 3, column: 11, message: 'alias file: `entities[0].kind`: `persn` is not one of person, organisation, place, country', hint: 'did you mean `person`?' },
      { file: `${F}/bad-aliases.yaml`, line: 4, column: 14, message: 'alias file: `entities[0].aliases`: expected a list' },
    ]);
    expect(await only(`${F}/missing-aliases.yaml`)).toMatchObject({ file: `${F}/missing-aliases.yaml`, line: 3, column: 10, hint: 'did you mean `corpus/entities.yaml`?', rule: 'brief/aliases-missing' });
  });
  it('a section listed twice', async () => {
    const d = await only(`${F}/twice.yaml`);
    expect(d).toMatchObject({ line: 3, column: 31, message: 'section `timeline` is listed twice', hint: 'remove one: each section is shown once' });
  });
  it('a missing file is named', async () => {
    const d = await only('briefs/does-not-exist.yaml');
    expect(d).toMatchObject({ file: 'briefs/does-not-exist.yaml', message: 'cannot read the file' });
  });
});
