/**
 * `briefsmith init`: a new briefing project that builds at once — a corpus folder with one
 * article and the entity alias file, a brief, a template override folder, the brief schema.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../model/diagnostic.js';
import { renderBriefJsonSchema } from './json-schema.js';

const ARTICLE = `---
id: example-001-shoigu-meets-kim
title: Shoigu meets Kim Jong Un in Pyongyang
published: 2025-03-21
source: Example wire
tags: [russia, north-korea]
---
Russian Security Council Secretary Sergei Shoigu met with North Korean leader Kim Jong Un in Pyongyang on Friday, according to Russian state media.

"I would like to express my gratitude to our Korean friends for solidarity with Russia's position on all critical geopolitical issues," Shoigu stated.

A day before Shoigu's arrival, North Korea announced it had test-launched new anti-aircraft missiles.
`;

const ENTITIES = `# Entity aliases: one entry per entity with the other names it goes by.
# Briefs select entities by any of these names (select.entities).
entities:
  - name: Kim Jong Un
    kind: person
    aliases: [Kim Jong-un, Kim]
  - name: Sergei Shoigu
    kind: person
    aliases: [Shoigu]
  - name: Russia
    kind: country
    aliases: [Moscow]
  - name: North Korea
    kind: country
    aliases: [DPRK, Pyongyang]
`;

const BRIEF = `# yaml-language-server: $schema=../schema/brief.schema.json
# A brief: what to select from corpus/ and how to present it. See the Briefsmith README,
# "A brief, explained". Check it with \`briefsmith validate\`, preview the selection with
# \`briefsmith plan briefs/example.yaml\`, build the PDF with \`briefsmith build\`.
title: Russia and North Korea (example brief)
subtitle: Made by briefsmith init
audience: analyst
handling: OFFICIAL
organisation: My desk
period: 2025-03          # a month; also 2025-W12, last 7 days, weekly, {from, to}
corpus: [corpus/]
aliases: corpus/entities.yaml
select:
  entities: [Russia, North Korea]
  match: Shoigu OR Kim OR missile
weights: { meeting: 2 }
limits: { developments: 10, quotes: 5 }
sections: [summary, timeline, statements, sources, stats]
summary: |
  Replace this with the bottom line up front.
`;

const TEMPLATES_README = `# Template overrides

Put a template folder here to change how briefs look: \`templates/<name>/\` with
\`layout.hbs\`, \`partials/*.hbs\` and \`style.css\`. A brief chooses it with \`template: <name>\`.

Lookup order: \`templates/\` beside the brief, this project's \`templates/\`, then the templates
built into Briefsmith (\`sitrep\`). To change one part of the built-in look, copy the built-in
\`sitrep\` folder here under a new name and edit what you need.
`;

const GITIGNORE = `output/\n.briefsmith-cache/\n`;

/** Relative path → contents of every file `init` writes. */
export function scaffoldFiles(): Record<string, string> {
  return {
    'corpus/2025-03-21-example-article.md': ARTICLE,
    'corpus/entities.yaml': ENTITIES,
    'briefs/example.yaml': BRIEF,
    'templates/README.md': TEMPLATES_README,
    'schema/brief.schema.json': renderBriefJsonSchema(),
    '.gitignore': GITIGNORE,
  };
}

/** Writes the project into `dir`; refuses (naming every file) when any of them exists. */
export async function scaffoldProject(dir: string): Promise<string[]> {
  const files = scaffoldFiles();
  const existing = Object.keys(files)
    .map((f) => path.join(dir, f))
    .filter((f) => existsSync(f));
  if (existing.length > 0) {
    throw new UserError(
      existing.map((file) => ({ severity: 'error' as const, file, message: 'already exists; init never overwrites files', hint: 'choose an empty folder: `briefsmith init <dir>`', rule: 'init/exists' })),
    );
  }
  const written: string[] = [];
  for (const [rel, text] of Object.entries(files)) {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, { flag: 'wx' });
    written.push(target);
  }
  return written;
}
