/**
 * `template.yaml`: what a template folder says about itself. Every key is optional; a
 * variant names its base with `extends` and states only what differs.
 *
 * ```yaml
 * name: sitrep-executive
 * description: Two pages for a minister
 * extends: sitrep            # base template, found by the same lookup as any template
 * lang: en-GB                # date-fns locale for the date helpers
 * page: { size: A4, margin: 20mm 16mm }
 * marking: true              # print the brief's handling marking on every page
 * sections: [summary, timeline, chart]   # default order when the brief names none
 * limits: { developments: 6, quotes: 2, actors: 6, headline: 160 }
 * labels: { timeline: What happened }    # section titles and words on the page
 * typeLabels: { weapons-test: Weapons test }
 * ```
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { UserError, type Diagnostic } from '../model/diagnostic.js';

export const SECTION_NAMES = ['summary', 'toc', 'timeline', 'statements', 'by-actor', 'markdown', 'chart', 'stats', 'sources'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

const limitsSchema = z
  .object({
    /** Most developments in the timeline (the best-corroborated are kept, shown by date). */
    developments: z.number().int().positive(),
    quotes: z.number().int().positive(),
    /** Most actors in "developments by actor". */
    actors: z.number().int().positive(),
    /** Developments listed under each actor. */
    perActor: z.number().int().positive(),
    /** Characters of a headline before it is cut with an ellipsis. */
    headline: z.number().int().positive(),
    /** Characters of a quotation before it is cut with an ellipsis. */
    quote: z.number().int().positive(),
    /** A table of contents is printed when the brief has at least this many sections with content. */
    tocMinSections: z.number().int().positive(),
    /** From this many pages, the brief is printed twice so its contents can give page numbers. */
    tocPagesFrom: z.number().int().positive(),
  })
  .partial()
  .strict();

export const templateConfigSchema = z
  .object({
    name: z.string().min(1),
    description: z.string(),
    extends: z.string().min(1),
    lang: z.string().min(2),
    page: z.object({ size: z.string().min(1), margin: z.string().min(1) }).partial().strict(),
    marking: z.boolean(),
    sections: z.array(z.enum(SECTION_NAMES)),
    limits: limitsSchema,
    labels: z.record(z.string(), z.string()),
    typeLabels: z.record(z.string(), z.string()),
  })
  .partial()
  .strict();

export type TemplateConfig = z.infer<typeof templateConfigSchema>;
export type TemplateLimits = z.infer<typeof limitsSchema>;

/** Reads a template.yaml; a folder without one has an empty config. Errors carry their line. */
export async function readTemplateConfig(file: string): Promise<TemplateConfig | null> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return { severity: 'error', file: displayPath(file), line: pos.line, column: pos.col, message: e.message.split('\n')[0] ?? e.message, rule: 'template/yaml' };
  });
  if (diagnostics.length > 0) throw new UserError(diagnostics);
  const parsed = templateConfigSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    throw new UserError(
      parsed.error.issues.map((issue) => {
        let node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number] } | undefined;
        const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        if (unknown !== undefined) {
          // Point at the unknown key itself, not at the map that holds it.
          const map = (issue.path.length ? node : doc.contents) as { items?: { key?: { value?: unknown; range?: [number, number] } }[] } | undefined;
          node = map?.items?.find((pair) => pair.key?.value === unknown)?.key ?? node;
        }
        const keyPath = issue.path.join('.');
        const pos = node?.range ? lines.linePos(node.range[0]) : undefined;
        return {
          severity: 'error' as const,
          file: displayPath(file),
          ...(pos ? { line: pos.line, column: pos.col } : {}),
          message: keyPath ? `${keyPath}: ${issue.message}` : issue.message,
          rule: 'template/config',
        };
      }),
    );
  }
  return parsed.data;
}

/** A path relative to the working directory when it is inside it, else as given. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** A variant's config over its base's: scalars replace, maps merge key by key. */
export function mergeConfig(base: TemplateConfig, child: TemplateConfig): TemplateConfig {
  return {
    ...base,
    ...child,
    page: { ...base.page, ...child.page },
    limits: { ...base.limits, ...child.limits },
    labels: { ...base.labels, ...child.labels },
    typeLabels: { ...base.typeLabels, ...child.typeLabels },
  };
}
