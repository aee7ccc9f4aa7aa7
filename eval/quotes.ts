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
 * with the largest overlap. The speaker must be the same person, read through the gold
 * source's head:
 *   - the gold source is cut to its core noun phrase: before the first comma (an apposition:
 *     "Kevin Brady, chairman of …") and before a lower-case preposition or relative word
 *     ("the former top aide to President George W. Bush" → "the former top aide"; "Mr. Morgan
 *     of the Sierra Club" → "Mr. Morgan");
 *   - its heads are the core's last word and its capitalised words other than titles and
 *     honorifics (President, Sen., Mr. …), after dropping possessives;
 *   - the prediction is right when a head occurs in the predicted speaker (canonical name) or
 *     in the predicted mention (the words the writer used). So a gold "the spokesman" is met
 *     by our mention "the spokesman" resolved to "Jane Doe", and a gold "Trump" by our mention
 *     "he" resolved to "Donald Trump": in both the article text makes it the same person. A
 *     surname match ("Clinton") cannot tell two Clintons apart; that leniency is the gold's
 *     own granularity and is accepted.
 *   - a pronoun source ("he", "she", "they", …) is right only when our mention is that same
 *     pronoun: the gold has no coreference, so a resolved name cannot be checked against it.
 *     This under-counts: where we inherit a named speaker for a quote the annotator tied to
 *     "he", we are scored wrong even when the person is right.
 *   - a gold Source that is only a reporting verb ("said") with the Cue holding a name is an
 *     annotation with the two labels swapped (10 relations in train, 5 in dev, 3 in test); the Cue
 *     text is used as the source. Nothing else in the gold is altered.
 * Case and punctuation are ignored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/extract/quotes/index.js';
import type { Quote } from '../src/model/extraction.js';

import { findSharedDir as sharedDir } from '../test/support/shared-corpora.js';

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
    const cue = e.Cue ? spans.get(e.Cue) : undefined;
    let sourceText = source ? source.text : null;
    // Swapped labels: Source "said", Cue "Hester". Use the name.
    if (sourceText && REPORTING_VERB.test(sourceText.trim()) && cue && /[\p{Lu}]|^(?:he|she|they)$/u.test(cue.text.trim())) sourceText = cue.text;
    out.push({ fragments: content.fragments, text: content.text, source: sourceText });
  }
  return out;
}

function overlap(q: Quote, g: GoldQuote): number {
  let n = 0;
  for (const f of g.fragments) n += Math.max(0, Math.min(q.end, f.end) - Math.max(q.start, f.start));
  return n;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);

/** Titles and honorifics: capitalised, but they say nothing about who the person is. */
const TITLES = new Set([
  'president', 'vice', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mr', 'mrs', 'ms', 'dr', 'secretary',
  'minister', 'prime', 'gen', 'general', 'lt', 'col', 'capt', 'adm', 'judge', 'justice', 'mayor', 'speaker', 'leader',
  'chairman', 'chairwoman', 'former', 'retired', 'the', 'a', 'an', 'democratic', 'republican', 'democrat', 'gop', 'rev',
  'sir', 'dame', 'lord', 'king', 'queen', 'prince', 'pope', 'first', 'lady', 'u', 's', 'us',
]);

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The core noun phrase of a gold source: no apposition, no trailing prepositional phrase. */
export function sourceCore(gold: string): string {
  const g = gold.split(',')[0]!.trim();
  const cut = g.search(/\s(?:of|to|for|at|from|with|in|on|under|who|which|that|whose|whom|during|after|before)\s/);
  return cut > 0 ? g.slice(0, cut) : g;
}

export function speakerMatches(gold: string, q: Quote): boolean {
  const g = sourceCore(gold);
  const gw = words(g);
  if (gw.length === 0) return false;
  const mention = words(q.speakerMention ?? '');
  if (gw.length === 1 && PRONOUNS.has(gw[0]!)) return mention.length === 1 && mention[0] === gw[0];
  const predicted = new Set([...words(q.speaker ?? ''), ...mention]);
  const heads = new Set<string>([gw[gw.length - 1]!]);
  for (const t of g.replace(/[’']s\b/g, '').split(/\s+/)) {
    const w = words(t)[0];
    if (/^[\p{Lu}]/u.test(t) && w && !TITLES.has(w)) heads.add(w);
  }
  heads.delete('the');
  return [...heads].some((h) => predicted.has(h));
}

const REPORTING_VERB = /^(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|stated|states)$/i;

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
