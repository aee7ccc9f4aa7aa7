import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadBrief, type LoadedBrief } from '../../../src/brief/load-brief.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bs-build-briefs-'));
let n = 0;

/** A real brief, loaded through the brief language from YAML, so build tests see what users write. */
export async function briefFromYaml(yaml: string, name = `brief-${++n}`): Promise<LoadedBrief> {
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, `title: Test brief\n${yaml}`);
  return loadBrief(file);
}
