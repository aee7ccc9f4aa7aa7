// Regenerates schema/brief.schema.json from the zod schema in src/brief/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BRIEF_SCHEMA_FILE, renderBriefJsonSchema } from '../src/brief/json-schema.js';

mkdirSync(path.dirname(BRIEF_SCHEMA_FILE), { recursive: true });
writeFileSync(BRIEF_SCHEMA_FILE, renderBriefJsonSchema());
process.stdout.write(`wrote ${BRIEF_SCHEMA_FILE}\n`);
