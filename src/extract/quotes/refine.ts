/**
 * Refinements once the attribution for a quotation is chosen: the pronoun that introduces it
 * (the speaker as written), a poll as the source of the share it reports, and a name that an
 * apposition gives to a description.
 */
import { findCues } from './cues.js';
import { personGender, pronounGender } from './gender.js';
import { readMention, type Mention } from './mentions.js';
import type { Attribution } from './attribution.js';
import { flat, sentenceStart } from './windows.js';
import type { Working } from './working.js';

/**
 * `Wilkerson started Maher’s rant when he brought up the bombing and later said, “…”`, `Obama
 * has been criticized …, though last week he used stronger language, saying …`: the speaker is
 * read from the sentence's subject, but the verb that introduces the quotation has a pronoun
 * of its own for subject. That pronoun is the speaker as written for this quotation; the
 * speaker stays the name. Only when nothing else stands between the pronoun and the verb as a
 * subject, and the pronoun can stand for the speaker.
 */
export function pronounOfVerb(text: string, w: Working): Attribution {
  const a = w.attribution;
  const m = a.mention;
  if (!m || m.kind === 'pronoun' || a.tag || (a.how !== 'before' && a.how !== 'clause-subject')) return a;
  const from = a.mentionPos + m.text.length;
  if (from <= w.before.start || from >= w.before.end) return a;
  const region = flat(text, { start: from, end: w.before.end });
  const colon = /:\s*$/.test(region);
  const cues = findCues(region).filter((c) => !/(?:\b(?:his|her|their|its|the|a|an)|[’']s?)\s+$/iu.test(region.slice(0, c.start)));
  const verbAt = colon ? region.search(/:\s*$/) : cues.length ? cues[cues.length - 1]!.start : -1;
  if (verbAt < 0) return a;
  const PRON = /\b(he|she|they)\s+(?=(?:(?:also|then|later|again|still|never|not|just|\p{Ll}+ly)\s+)?\p{Ll})/giu;
  let last: RegExpExecArray | null = null;
  for (let p = PRON.exec(region); p && p.index < verbAt; p = PRON.exec(region)) last = p;
  // "about how he planned to reboot his campaign, saying": a pronoun in an embedded question or
  // object clause is not the subject of the introducing verb.
  if (!last || /\b(?:how|what|why|whether|that|if|which|who|whom|where)\s+$/i.test(region.slice(0, last.index))) return a;
  const between = region.slice(last.index + last[0].length, verbAt);
  // Another subject between them: a name with a verb after it, or a pronoun of another person.
  if (/(?:^|[\s,])[\p{Lu}][\p{L}'’.-]+\s+(?:\p{Ll}+ed|\p{Ll}+s|is|was|has|had|said|says)\b/u.test(between)) return a;
  const pronoun: Mention = { text: last[1]!, kind: 'pronoun', name: null, role: null, offset: from + last.index };
  if (!agrees(pronoun, m)) return a;
  return { ...a, tag: pronoun };
}

const SHARE_OF_GROUP = /(?:\d\s*(?:%|percent|per cent)|\b(?:in|out of)\s+(?:\d+|ten)\b|\b(?:half|third|quarter|majority|plurality|minority)\b)/i;
/** A poll named as a noun phrase: "a fresh CNN-ORC poll", "The Q poll", "this survey". */
const NAMED_POLL = /\b((?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[^\s,;:.—–]+\s+){0,6}?(?:poll|survey))\b/gu;

/**
 * `In a national CNN/ORC poll released Monday, 31% of Republicans said they were "extremely
 * enthusiastic"`: the share of a group answered the poll; the poll, which the sentence names as
 * its source, reports it. Only a share read before the quotation, in the same sentence.
 */
export function pollSource(text: string, w: Working): Attribution {
  const a = w.attribution;
  const m = a.mention;
  if (!m || m.kind !== 'nominal' || a.mentionPos > w.before.end) return a;
  // `The Q poll also finds that, while 37 percent of Americans say Trump is "very responsible"
  // …, 22 percent say he is "not at all responsible."`: a quotation earlier in the sentence
  // cuts its region, not the sentence; nor does a semicolon, across which the subject was read
  // ("In a … poll released Sunday, just 8 percent of Democrats said …; just 1 percent … and 3
  // percent of self-identified “liberals” said …").
  const cut = a.mentionPos < w.before.start || /["“”]\s*$/.test(text.slice(Math.max(0, w.before.start - 3), w.before.start));
  const from = cut ? sentenceStart(text, w.before.start) : w.before.start;
  if (a.mentionPos < from) return a;
  const upTo = flat(text, { start: from, end: a.mentionPos });
  const introduced = /\b(?:[Ii]n|[Aa]ccording\s+to)\s+((?:a|an|the|this|that|its|their)\s+(?:[^,;:]{0,60}?\s)?(?:poll|survey|study)(?:\s[^,;:]{0,60})?),\s*$/u.exec(upTo);
  // `The poll has bad news for Bush … — 25 percent of likely Republican voters say …`, `a fresh
  // CNN-ORC poll shows …: Six in 10 Republican said …`: a poll the sentence names before the
  // share reports it too.
  let named: RegExpExecArray | null = null;
  if (!introduced) for (const p of upTo.matchAll(NAMED_POLL)) named = p;
  const poll = introduced ?? named;
  // The share is the subject the quotation was read to ("31% of Republicans and
  // Republican-leaning voters said …").
  if (!poll || !SHARE_OF_GROUP.test(upTo.slice(poll.index + poll[0].length) + m.text)) return a;
  const at = from + poll.index + poll[0].indexOf(poll[1]!);
  const mention: Mention = { text: poll[1]!, kind: 'nominal', name: null, role: poll[1]!, offset: at };
  return { ...a, mention, mentionPos: at };
}

/** A pronoun that can stand for `m`: "she" for a woman or a description, "they" for a body or a group. */
export function agrees(pronoun: Mention, m: Mention): boolean {
  const g = pronounGender(pronoun.text);
  if (m.kind === 'person') {
    const pg = personGender(m.name ?? m.text, m.role);
    return g !== 'unknown' && (pg === 'unknown' || pg === g);
  }
  return g === 'unknown' ? /^they$/i.test(pronoun.text) : m.kind === 'nominal';
}

/**
 * `Marc H. Morial, the chief executive of the National Urban League, forcefully told …`,
 * `Dean, a medical doctor, then appeared …`: a description closed as an apposition is about
 * the name right before it, which is the clause's subject and the speaker.
 */
export function appositionHead(text: string, a: Attribution): Attribution {
  const m = a.mention;
  if (!m || m.kind !== 'nominal') return a;
  // `exhorted Clinton's introducer, actress Jamie Lee Curtis.`: the name follows the description,
  // which may carry where the person works (`said his best friend at Lehigh, Bruce Turry,`).
  const after = /^(\s+(?:at|of|for|with)\s+[^,;.“”"]{1,50})?,\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)(?=\s*[.,;]|\s*$)/u.exec(text.slice(m.offset + m.text.length, m.offset + m.text.length + 130));
  if (after) {
    const head = readMention(after[2]!, m.offset + m.text.length + after[0].length - after[2]!.length);
    const description = `${m.text}${after[1] ?? ''}`;
    if (head && head.kind === 'person' && head.name) return { ...a, mention: { ...head, role: head.role ? `${description}, ${head.role}` : description }, mentionPos: head.offset };
  }
  if (!/^,/.test(text.slice(m.offset + m.text.length, m.offset + m.text.length + 1))) return a;
  if (!/^(?:the|a|an)\s/i.test(m.text)) return a;
  const before = text.slice(Math.max(0, m.offset - 80), m.offset);
  const name = /(?:^|[.!?,;:]\s+|\n\s*)((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*),\s+$/u.exec(before);
  if (!name || /^(?:In|On|At|By|For|From|During|After|Before|Since|Until|Like|Unlike|With|As|When|While|But|And|Yet|So|Then|Meanwhile|However|Still|Also)\b/.test(name[1]!)) return a;
  const head = readMention(name[1]!, m.offset - before.length + name.index + name[0].indexOf(name[1]!));
  if (!head || head.kind !== 'person' || !head.name) return a;
  return { ...a, mention: { ...head, role: head.role ?? m.text }, mentionPos: head.offset };
}
