/**
 * Scores the quotation extractor on PolNeAR (political news attribution relations).
 *
 *   npx tsx eval/quotes.ts [--split dev|test|train] [--verbose]
 *
 * Gold direct quotations: every `Content` span of an attribution relation whose covered text
 * contains a double quotation mark (straight or curly), with that relation's `Source` span.
 * Each `.ann` file is scored against its own text (some articles have two annotators).
 *
 * Span-match rule. A predicted quote P matches a gold content G when at least half of P's
 * characters (the text between P's marks) fall inside G. Gold contents include the writer's
 * words around a mixed quotation ("said that it was “a disgrace”"), so coverage is measured
 * on the prediction, not the gold; and a quotation split by its tag (“…,” he said. “…”) is
 * one gold relation hit by two predictions.
 *   precision = predicted quotes that match some gold content / predicted quotes
 *   recall    = gold contents matched by at least one predicted quote / gold contents
 *
 * Speaker rule, over matched gold contents that have a Source: take the matching prediction
 * with the largest overlap. It is right when the gold source's head word — its last word,
 * or any capitalised name word, after dropping possessives and an apposition after a comma —
 * occurs in the predicted speaker or speaker mention; for a pronoun source ("he"), when the
 * predicted mention is that same pronoun. Case and punctuation are ignored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/extract/quotes/index.js';
import type { Quote } from '../src/model/extraction.js';

import { sharedDir } from './shared-path.js';

interface Span {
  start: number;
  end: number;
}
interface GoldQuote {
  fragments: Span[];
  text: string;
  source: string | null;
}

function parseAnn(ann: string): GoldQuote[] {
  const spans = new Map<string, { label: string; fragments: Span[]; text: string }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const parts = line.split('\t');
    if (line.startsWith('T') && parts.length >= 3) {
      const [label, ...rest] = parts[1]!.split(' ');
      const fragments = rest
        .join(' ')
        .split(';')
        .map((f) => f.trim().split(' ').map(Number))
        .map(([s, e]) => ({ start: s!, end: e! }));
      spans.set(parts[0]!, { label: label!, fragments, text: parts.slice(2).join('\t') });
    } else if (line.startsWith('E') && parts.length >= 2) {
      const roles: Record<string, string> = {};
      for (const pair of parts[1]!.split(' ')) {
        const [role, id] = pair.split(':');
        if (role && id) roles[role] = id;
      }
      events.push(roles);
    }
  }
  const out: GoldQuote[] = [];
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content) : undefined;
    if (!content || !/["“”]/.test(content.text)) continue;
    const source = e.Source ? spans.get(e.Source) : undefined;
    out.push({ fragments: content.fragments, text: content.text, source: source ? source.text : null });
  }
  return out;
}

function overlap(q: Quote, g: GoldQuote): number {
  let n = 0;
  for (const f of g.fragments) n += Math.max(0, Math.min(q.end, f.end) - Math.max(q.start, f.start));
  return n;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function speakerMatches(gold: string, q: Quote): boolean {
  const g = gold.split(',')[0]!.trim();
  const gw = words(g);
  if (gw.length === 0) return false;
  const mention = words(q.speakerMention ?? '');
  if (gw.length === 1 && PRONOUNS.has(gw[0]!)) return mention.length === 1 && mention[0] === gw[0];
  const predicted = new Set([...words(q.speaker ?? ''), ...mention]);
  const heads = new Set<string>([gw[gw.length - 1]!]);
  for (const t of g.replace(/[’']s\b/g, '').split(/\s+/)) if (/^[\p{Lu}]/u.test(t) && words(t)[0]) heads.add(words(t)[0]!);
  heads.delete('the');
  return [...heads].some((h) => predicted.has(h));
}

function main(): void {
  const args = process.argv.slice(2);
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
  const verbose = args.includes('--verbose');
  const shared = sharedDir();
  const dir = shared ? join(shared, 'benchmarks/polnear/data', split ?? 'dev') : null;
  if (!dir || !existsSync(dir)) {
    console.log('eval/quotes: skipped — PolNeAR not found (expected ../shared/benchmarks/polnear/data beside the repository).');
    return;
  }
  let predicted = 0;
  let predictedOk = 0;
  let gold = 0;
  let goldHit = 0;
  let speakerTotal = 0;
  let speakerOk = 0;
  const annDir = join(dir, 'attributions');
  for (const file of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const textFile = join(dir, 'text', file.replace(/_[0-9a-f]{4}\.ann$/, '.txt'));
    if (!existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    const golds = parseAnn(readFileSync(join(annDir, file), 'utf8'));
    const quotes = extractQuotes({ id: file, text });
    predicted += quotes.length;
    gold += golds.length;
    for (const q of quotes) {
      const len = Math.max(1, q.end - q.start);
      const ok = golds.some((g) => overlap(q, g) * 2 >= len);
      if (ok) predictedOk++;
      else if (verbose) console.log(`FP ${file}: «${q.text.slice(0, 100)}» partial=${q.partial}`);
    }
    for (const g of golds) {
      const hits = quotes.filter((q) => overlap(q, g) * 2 >= Math.max(1, q.end - q.start));
      if (hits.length === 0) {
        if (verbose) console.log(`FN ${file}: «${g.text.slice(0, 100)}»`);
        continue;
      }
      goldHit++;
      if (g.source === null) continue;
      const best = hits.reduce((a, b) => (overlap(b, g) > overlap(a, g) ? b : a));
      speakerTotal++;
      if (speakerMatches(g.source, best)) speakerOk++;
      else if (verbose) console.log(`SPK ${file}: gold «${g.source}» got «${best.speaker}» / «${best.speakerMention}» for «${best.text.slice(0, 60)}»`);
    }
  }
  const p = predicted ? predictedOk / predicted : 0;
  const r = gold ? goldHit / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pct = (x: number): string => (100 * x).toFixed(1);
  console.log(`PolNeAR ${split}: gold direct quotations ${gold}, predicted ${predicted}`);
  console.log(`quotes   P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}`);
  console.log(`speaker  accuracy ${pct(speakerTotal ? speakerOk / speakerTotal : 0)} (${speakerOk}/${speakerTotal} matched quotes with a gold source)`);
}

main();
