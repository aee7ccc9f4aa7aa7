/** The JSON Schema of the brief language, generated from the zod schema (`npm run schema`). */
import { z } from 'zod';
import { briefSchema } from './schema.js';

export const BRIEF_SCHEMA_FILE = 'schema/brief.schema.json';

export function briefJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(briefSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://briefsmith.invalid/schema/brief.schema.json', title: 'Briefsmith brief' };
}

/** The file's exact text, so a test can tell when the shipped copy is stale. */
export function renderBriefJsonSchema(): string {
  return `${JSON.stringify(briefJsonSchema(), null, 2)}\n`;
}
