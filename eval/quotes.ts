/**
 * Scores the quotation extractor on PolNeAR (political news attribution relations).
 *
 *   npx tsx eval/quotes.ts [--split dev|test|train] [--only PUBLISHER] [--half 1|2] [--since DATE] [--until DATE] [--classic-marks] [--verbose] [--context] [--flips] [--routes] [--publishers] [--agreement]
 *
 * Gold direct quotations: every `Content` span of an attribution relation whose covered text
 * contains a double quotation mark (straight, curly, or two apostrophes as in the New York Times texts), with that relation's `Source` span.
 * Each `.ann` file is scored against its own text. Some articles carry several annotators' files
 * (up to six, for agreement checks), so one article's errors can count six times; a second
 * speaker figure weights each file by 1/annotators so that every article counts once.
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
 *
 * Speaker rule v2 (the figure reported first; v1 above is printed beside it) corrects three
 * misreadings of the gold by v1, each checked flip by flip on train and dev (`--flips`):
 *   - an apposition names the person from either side: "Her campaign manager, Robby Mook," is
 *     Mook, not only "manager" (later parts add their capitalised words, less titles and less
 *     a possessor's whole name: "Corey Lewandowski, Donald Trump’s fired campaign manager" is
 *     not Trump);
 *   - a title that ends in a lower-case noun is not cut at its "of": "Former secretary of state
 *     Hillary Rodham Clinton" is Clinton;
 *   - a relative pronoun source ("Rep. Gwen Graham, who said …") stands for the name (or
 *     else the noun) right before it in the article, which its grammar fixes;
 *   - a participle after the head modifies it: "the order released Friday" is the order, not
 *     Friday; "a source involved in the super-PAC’s creation" is a source.
 * v2 only adds ways to match; nothing it adds looks at the prediction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractQuotesTraced } from '../src/extract/quotes/index.js';
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
  /** Where the source starts in the article (-1 when the cue stood in for it). */
  sourceStart: number;
}

/** Which marks make a Content a direct quotation; `--classic-marks` leaves out two apostrophes, as sessions before the LexisNexis reading did. */
const CLASSIC_MARKS = process.argv.includes('--classic-marks');
const GOLD_MARKS = CLASSIC_MARKS ? /["“”]/ : /["“”]|''/;

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
    if (!content || !GOLD_MARKS.test(content.text)) continue;
    const source = e.Source ? spans.get(e.Source) : undefined;
    const cue = e.Cue ? spans.get(e.Cue) : undefined;
    let sourceText = source ? source.text : null;
    let sourceStart = source ? source.fragments[0]!.start : -1;
    // Swapped labels: Source "said", Cue "Hester". Use the name.
    if (sourceText && REPORTING_VERB.test(sourceText.trim()) && cue && /[\p{Lu}]|^(?:he|she|they)$/u.test(cue.text.trim())) {
      sourceText = cue.text;
      sourceStart = -1;
    }
    out.push({ fragments: content.fragments, text: content.text, source: sourceText, sourceStart });
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

const RELATIVES = new Set(['who', 'which', 'that', 'whom']);

/** Commas that separate appositions, not the ones inside "(D-Va.)" or "R-Ky.,". */
function appositionParts(gold: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < gold.length; i++) {
    const c = gold[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(gold.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(gold.slice(from));
  return parts.map((p) => p.replace(/\([^)]*\)?/g, ' ').trim()).filter(Boolean);
}

/** A description then a name with no preposition of its own: "Former secretary of state Hillary Clinton". */
const TITLE_THEN_NAME = /^(?:[\p{L}.’'-]+\s+){0,4}?(?:of|for)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}((?:\p{Lu}[\p{L}.’'-]*\s*){1,4})$/u;

/**
 * The words that identify the person a gold source names (rule v2). The first part is read as
 * in v1. An apposition names the same person from the other side too ("Her campaign manager,
 * Robby Mook,"), so the later parts add their capitalised words, less titles and possessors
 * ("Corey Lewandowski, Donald Trump’s fired campaign manager" is not Trump); a later part that
 * opens a relative or prepositional phrase ("who lost the primaries to Clinton", "of Raleigh")
 * or is a number ("30") adds nothing. A title ending in a lower-case noun before the name
 * ("Former secretary of state Hillary Rodham Clinton") is not cut at its "of".
 */
export function sourceHeads(gold: string): Set<string> {
  const [first = '', ...rest] = appositionParts(gold);
  const heads = new Set<string>();
  // "the order released Friday", "the base chief known as Bob": a participle after the head
  // modifies it; the head is the noun before it.
  const core = sourceCore(first).replace(/^(\S+\s+\S.*?)\s+(?:\p{Ll}+ed|known|seen|held|written|given|taken|made|shown|led)\b.*$/u, '$1');
  const cw = words(core);
  if (cw.length > 0) heads.add(cw[cw.length - 1]!);
  const titled = TITLE_THEN_NAME.exec(first);
  const capitalised = (phrase: string): void => {
    for (const t of phrase.split(/\s+/)) {
      const w = words(t)[0];
      if (/^[\p{Lu}]/u.test(t) && w && !TITLES.has(w)) heads.add(w);
    }
  };
  capitalised(core.replace(/[’']s\b/g, ''));
  if (titled) capitalised(titled[1]!);
  for (const part of rest) {
    const w0 = words(part)[0];
    if (!w0 || RELATIVES.has(w0) || /^(?:whose|both|of|from|in|at|for|with|writing|who|\d+)$/.test(w0)) continue;
    // "Donald Trump’s fired campaign manager": the possessor's whole name goes, not only its last word.
    const owned = sourceCore(part).replace(/^.*[’']s?\s/u, '');
    for (const t of owned.split(/\s+/)) {
      const w = words(t)[0];
      if (/^[\p{Lu}]/u.test(t) && w && w.length > 1 && !TITLES.has(w)) heads.add(w);
    }
  }
  for (const w of ['the', 'his', 'her', 'its', 'their', 'our', 'my', ...PRONOUNS]) heads.delete(w);
  return heads;
}

/**
 * Speaker rule v2: v1, plus the apposition reading of `sourceHeads`, and a relative pronoun
 * source ("Rep. Gwen Graham, who said …") also stands for the noun phrase it follows in the
 * article, as its grammar fixes. None of it looks at the prediction to decide what the gold is.
 */
export function speakerMatchesV2(gold: string, q: Quote, antecedent: string | null): boolean {
  if (speakerMatches(gold, q)) return true;
  const gw = words(gold);
  if (gw.length === 1 && RELATIVES.has(gw[0]!)) return antecedent !== null && speakerMatchesV2(antecedent, q, null);
  if (gw.length === 0 || (gw.length === 1 && PRONOUNS.has(gw[0]!))) return false;
  const predicted = new Set([...words(q.speaker ?? ''), ...words(q.speakerMention ?? '')]);
  return [...sourceHeads(gold)].some((h) => predicted.has(h));
}

/**
 * What a relative pronoun at `start` refers to: the name it follows ("Rep. Gwen Graham, who"),
 * else the last noun before it ("the group, which"). Only the words adjacent to the pronoun are
 * taken, so a longer antecedent resolves to its final noun and may be scored wrong, never right
 * by accident.
 */
export function relativeAntecedent(text: string, start: number): string | null {
  const line = text.slice(Math.max(0, start - 120), start).split(/\n/).pop()!;
  // "the study -- which notes": a dash before the relative, as a comma, ends the antecedent.
  const before = line.replace(/\s+(?:in|of|for|with|by|from|to|on|at|about)\s*$/i, '').replace(/[\s,—–-]+$/, '');
  // "Donald Trump Jr., who": a generational suffix keeps its full stop.
  const name = /(?:^|\s)((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*(?:\s+[JS]r\.)?)$/u.exec(before);
  if (name) return name[1]!;
  const noun = /(?:^|\s)(\p{Ll}[\p{L}-]*)$/u.exec(before);
  return noun ? noun[1]! : null;
}

const REPORTING_VERB = /^(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|stated|states)$/i;

/**
 * How often two annotators of the same article name the same source for the same direct
 * quotation, read by the rule the extractor is scored by (v2): the ceiling a single annotator's
 * file sets. Every ordered pair of files counts, each side playing the prediction once.
 */
function agreement(dir: string): { agree: number; total: number; texts: number } {
  const annDir = join(dir, 'attributions');
  const byText = new Map<string, string[]>();
  for (const f of readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const t = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    byText.set(t, [...(byText.get(t) ?? []), f]);
  }
  let agree = 0;
  let total = 0;
  let texts = 0;
  for (const [t, files] of byText) {
    if (files.length < 2) continue;
    texts++;
    const text = readFileSync(join(dir, 'text', `${t}.txt`), 'utf8');
    const golds = files.map((f) => parseAnn(readFileSync(join(annDir, f), 'utf8')));
    for (let i = 0; i < golds.length; i++) {
      for (let j = 0; j < golds.length; j++) {
        if (i === j) continue;
        for (const g of golds[i]!) {
          if (g.source === null) continue;
          const other = golds[j]!.find((h) => h.source !== null && h.fragments.some((f) => g.fragments.some((e) => Math.min(e.end, f.end) - Math.max(e.start, f.start) > 0)));
          if (!other) continue;
          total++;
          const asPrediction = { speaker: other.source, speakerMention: other.source } as unknown as Quote;
          const antecedent = g.sourceStart >= 0 ? relativeAntecedent(text, g.sourceStart) : null;
          if (speakerMatchesV2(g.source, asPrediction, antecedent)) agree++;
        }
      }
    }
  }
  return { agree, total, texts };
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
  let speakerOkV1 = 0;
  const flips: string[] = [];
  const annDir = join(dir, 'attributions');
  const textOf = (f: string): string => f.replace(/_[0-9a-f]{4}\.ann$/, '');
  // `--only nyt` keeps one publisher; `--half 1|2` every other text (in name order), so a part
  // of a split can be worked on while the other half stays unread.
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const half = args.includes('--half') ? Number(args[args.indexOf('--half') + 1]) : 0;
  const texts = [...new Set(readdirSync(annDir).filter((f) => f.endsWith('.ann')).map(textOf))].sort();
  // `--since 2016-10` / `--until 2016-10`: the texts published from / before a date (the name's
  // second part). PolNeAR's splits are in date order; test is the campaign's last weeks.
  const since = args.includes('--since') ? args[args.indexOf('--since') + 1]! : '';
  const until = args.includes('--until') ? args[args.indexOf('--until') + 1]! : '9999';
  const dated = (t: string): boolean => (t.split('_')[1] ?? '') >= since && (t.split('_')[1] ?? '') < until;
  const kept = new Set(texts.filter((t, i) => (!only || t.startsWith(`${only}_`)) && (!half || i % 2 === half - 1) && dated(t)));
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann') && kept.has(textOf(f))).sort();
  // Some texts carry up to six annotators' files (for agreement checks); weighting each by
  // 1/annotators counts every article once.
  const annotators = new Map<string, number>();
  for (const f of annFiles) annotators.set(textOf(f), (annotators.get(textOf(f)) ?? 0) + 1);
  // Speaker accuracy by the route the speaker came by (tag after, clause before, inherited …).
  const routes: Record<string, [number, number]> = {};
  const publishers: Record<string, [number, number]> = {};
  let perTextOk = 0;
  let perTextTotal = 0;
  for (const file of annFiles) {
    const weight = 1 / annotators.get(textOf(file))!;
    const textFile = join(dir, 'text', file.replace(/_[0-9a-f]{4}\.ann$/, '.txt'));
    if (!existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    const golds = parseAnn(readFileSync(join(annDir, file), 'utf8'));
    const traced = extractQuotesTraced({ id: file, text });
    // Under the classic marks the extractor's LexisNexis quotations are left out on both sides.
    const quotes = traced.map((t) => t.quote).filter((q) => !CLASSIC_MARKS || text.slice(q.start - 2, q.start) !== "''");
    const routeOf = new Map(traced.map((t) => [t.quote, t.route]));
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
      const antecedent = g.sourceStart >= 0 ? relativeAntecedent(text, g.sourceStart) : null;
      const v2 = speakerMatchesV2(g.source, best, antecedent);
      const v1 = speakerMatches(g.source, best);
      if (v1) speakerOkV1++;
      const hs = (routes[routeOf.get(best)!] ??= [0, 0]);
      hs[1]++;
      if (v2) hs[0]++;
      const ps = (publishers[file.split('_')[0]!] ??= [0, 0]);
      ps[1]++;
      if (v2) ps[0]++;
      if (v1 !== v2) flips.push(`${v2 ? '+' : '-'} ${file}: gold «${g.source}»${antecedent && RELATIVES.has(words(g.source).join(' ')) ? ` (→ «${antecedent}»)` : ''} got «${best.speaker}» / «${best.speakerMention}»`);
      perTextTotal += weight;
      if (v2) {
        speakerOk++;
        perTextOk += weight;
      }
      else if (verbose) {
        console.log(`SPK ${file}: gold «${g.source}» got «${best.speaker}» / «${best.speakerMention}» for «${best.text.slice(0, 60)}» [${routeOf.get(best)}]`);
        if (args.includes('--context')) console.log(`    ${text.slice(Math.max(0, best.start - 300), best.end + 150).replace(/\s+/g, ' ')}\n`);
      }
    }
  }
  const p = predicted ? predictedOk / predicted : 0;
  const r = gold ? goldHit / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pct = (x: number): string => (100 * x).toFixed(1);
  console.log(`PolNeAR ${split}: gold direct quotations ${gold}, predicted ${predicted}`);
  console.log(`quotes   P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}`);
  console.log(`speaker  accuracy ${pct(speakerTotal ? speakerOk / speakerTotal : 0)} (${speakerOk}/${speakerTotal} matched quotes with a gold source)`);
  console.log(`         rule v1 ${pct(speakerTotal ? speakerOkV1 / speakerTotal : 0)} (${speakerOkV1}/${speakerTotal}: appositions read on the first side only, possessors as heads, relatives unresolved)`);
  console.log(`         each article once ${pct(perTextTotal ? perTextOk / perTextTotal : 0)} (rule v2; the ${[...annotators.values()].filter((n) => n > 1).length} texts with several annotators' files weighted 1/annotators)`);
  if (args.includes('--agreement')) {
    const a = agreement(dir);
    console.log(`annotators agree on the source of a direct quotation ${pct(a.total ? a.agree / a.total : 0)} (${a.agree}/${a.total}, ordered pairs of files over ${a.texts} texts with several annotators)`);
  }
  if (args.includes('--publishers')) {
    console.log('speaker by publisher:');
    for (const [h, [ok, n]] of Object.entries(publishers).sort()) console.log(`  ${h.padEnd(14)} ${pct(ok / n)}  (${ok}/${n})`);
  }
  if (args.includes('--routes')) {
    console.log('speaker by route (how / quote kind / mention kind), most misses first:');
    for (const [h, [ok, n]] of Object.entries(routes).sort((a, b) => b[1][1] - b[1][0] - (a[1][1] - a[1][0]))) console.log(`  ${h.padEnd(36)} ${ok}/${n}  wrong ${n - ok}`);
  }
  if (args.includes('--flips')) for (const f of flips) console.log(f);
}

// Imported by the scorer's unit tests; run only as a script.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
