/**
 * Who "he" or "she" stands for: the people an article names, with their gender, whether they
 * are surely people, and whether they stand as the subject of a clause.
 */
import { REPORTING_VERB } from './cues.js';
import { endsSentence } from './layout.js';
import { namesAPerson, surnameFirst, type NamedEntity } from './names.js';
import { isKnownGivenName, personGender, type Gender } from './gender.js';
import type { EntityKind } from '../../model/extraction.js';

export interface Person extends NamedEntity {
  gender: Gender;
  /** Named with a given name this module knows, a title, or as a speaker: surely a person. */
  sure: boolean;
  /** Stands as the subject of its clause (a verb follows it): "Trump attacked Bush". */
  subject: boolean;
  /** Stands as the subject of a reporting verb: "Baldrige said …". */
  reports?: boolean;
}

/** What else the article tells about a capitalised run, beyond its own words. */
export interface PersonEvidence {
  /** Named inside a quotation: someone the speaker talks about, not a referent of the writer's "he". */
  quoted(start: number): boolean;
  /** What the entity recogniser (gazetteer, titles, context) reads the run at `start` as. */
  kindAt(start: number): EntityKind | undefined;
  /** The names of the organisations the recogniser found, as the article writes them. */
  organisations(): string[];
}

/** A verb (or an auxiliary, or an apposition then a verb) right after a name. */
const VERB_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,.;]{1,80},\s*)?(?:(?:also|then|later|again|still|never|not|\p{Ll}+ly)\s+)?(?:has|had|have|is|was|were|are|will|would|could|can|did|does|said|says|told|tells|went|began|took|made|gave|spoke|wrote|came|got|held|kept|met|ran|saw|sent|won|\p{Ll}+ed|\p{Ll}{3,}s)\b/u;

/** A reporting verb right after a name, past an aside or an adverb. */
const REPORTS_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,.;]{1,80},\s*)?(?:(?:also|then|later|again|still|\p{Ll}+ly)\s+)?${REPORTING_VERB}\b`, 'u');

/**
 * The article's person mentions with a gender each. A bare surname ("Trump") is a person when
 * the article named someone with that surname in full, and takes their gender, or when the
 * article quotes it as a speaker. With `evidence`, names inside quotations are left out, and so
 * are names the entity recogniser reads as places or bodies unless the article shows a person.
 */
export function persons(entities: NamedEntity[], text: string, speakers: Set<string>, evidence?: PersonEvidence): Person[] {
  const out: Person[] = [];
  const bySurname = new Map<string, Person>();
  // "Tian Jiyun … Tian said": names written family name first are cut to their first word.
  const byFamilyName = new Map<string, Person>();
  // "Robbin Johnson … Johnson said": a full name whose last word the article goes on to use
  // alone as the subject of a reporting verb is a person's (companies are rarely cut to their
  // last word; places are, and the recogniser knows those).
  const soloReporters = new Set<string>();
  for (const e of entities) {
    if (!e.org && !/\s/.test(e.name) && /^\s+(?:said|says|told|added|stated|noted|explained)\b/.test(text.slice(e.start + e.name.length, e.start + e.name.length + 12))) soloReporters.add(e.name.toLowerCase());
  }
  for (const e of entities) {
    if (e.org) continue;
    if (evidence?.quoted(e.start)) continue;
    // "Spanish", "Western Europe", "Abbey National Building Society": a run the recogniser knows
    // as a place or a body is nobody's antecedent, unless the article shows it is a person (a
    // given name, a title, a speaker): the recogniser errs too ("Undersecretary of State for
    // Economic Affairs Allen Wallis" as a place), and its "person" is too loose to lean on.
    const notPerson = evidence ? placeOrBodyAt(evidence, e.start) : false;
    const toks = e.name.split(/\s+/);
    const surname = toks[toks.length - 1]!.toLowerCase();
    const subject = VERB_AFTER.test(text.slice(e.start + e.name.length, e.start + e.name.length + 120));
    // "Mr. Clarke": the honorific is left out of the role but says person, and gender.
    const hon = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, e.start - 6), e.start));
    if (hon) {
      out.push({ ...e, gender: hon[1] === 'Mr' ? 'm' : 'f', sure: true, subject });
      continue;
    }
    if (toks.length >= 2) {
      const titled = !!e.role && /\b(?:mr|mrs|ms|dr|sen|rep|gov|president|senator|governor|minister|secretary|leader|chairman|chairwoman|spokesman|spokeswoman|congressman|congresswoman|judge|mayor|candidate|nominee|director|ceo)\b/i.test(e.role);
      const sure = isKnownGivenName(toks[0]!) || titled || speakers.has(surname) || (soloReporters.has(surname) && !notPerson);
      if (!sure && notPerson) continue;
      const p: Person = { ...e, gender: personGender(e.name, e.role), sure, subject };
      out.push(p);
      if (p.sure || !bySurname.has(surname)) bySurname.set(surname, p);
      if (surnameFirst(e.name) && !!e.role && namesAPerson(e.role) && (p.sure || !byFamilyName.has(toks[0]!.toLowerCase()))) byFamilyName.set(toks[0]!.toLowerCase(), p);
    } else {
      const full = bySurname.get(surname) ?? byFamilyName.get(surname);
      const g = personGender(e.name, e.role);
      if (full) out.push({ ...e, gender: g !== 'unknown' ? g : full.gender, sure: full.sure, subject });
      else if (speakers.has(surname)) out.push({ ...e, gender: g, sure: true, subject });
      // A possessor alone ("Austria's Creditanstalt-Bankverein") says whose, not who: a bank as
      // readily as its economist.
      else if (e.role && !/[’']s$/u.test(e.role) && !notPerson) out.push({ ...e, gender: g, sure: false, subject });
    }
  }
  for (const p of out) p.reports = p.subject && REPORTS_AFTER.test(text.slice(p.start + p.name.length, p.start + p.name.length + 120));
  return out;
}

/** The recogniser reads the name at `at` as a place, a country or an organisation. */
export function placeOrBodyAt(evidence: PersonEvidence, at: number): boolean {
  const kind = evidence.kindAt(at);
  return !!kind && kind !== 'person';
}

/** Neither surely a person nor of a known gender: a capitalised run that may be anything. */
export function isWeak(p: Person): boolean {
  return !p.sure && p.gender === 'unknown';
}

/** How far back a pronoun looks for its antecedent. */
const ANTECEDENT_WINDOW = 2500;

function sentenceEndsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((text[i] === '.' || text[i] === '!' || text[i] === '?') && endsSentence(text, i)) n++;
  return n;
}

/**
 * The antecedent of "he"/"she" at `pos`: the person of the pronoun's gender most recently
 * named as the subject of a clause in the last few sentences, else the one most recently
 * named at all. People the article surely names as people win over capitalised runs that
 * may be anything ("Geneva Convention").
 */
export function antecedent(people: Person[], pos: number, gender: Gender, text: string): Person | null {
  let weak: Person | null = null;
  let any: Person | null = null;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (p.start >= pos) continue;
    if (p.start < pos - ANTECEDENT_WINDOW) break;
    if (gender !== 'unknown' && p.gender !== 'unknown' && p.gender !== gender) continue;
    if (isWeak(p)) {
      weak ??= p;
      continue;
    }
    any ??= p;
    if (p.subject) {
      // "Baldrige said he hopes … Nakasone will make proposals …. He also told reporters": the
      // subject of a clause reported in the same sentence yields to the one who reports it.
      const reporter = p.reports ? null : reporterBefore(people, i, gender, text);
      if (reporter && p === any && sentenceEndsBetween(text, p.start, pos) >= 1) return reporter;
      return p === any || sentenceEndsBetween(text, p.start, pos) <= 2 ? p : any;
    }
  }
  return any ?? weak;
}

/** The person reporting, earlier in the same sentence, the clause whose subject is `people[i]`. */
function reporterBefore(people: Person[], i: number, gender: Gender, text: string): Person | null {
  const p = people[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const q = people[j]!;
    if (sentenceEndsBetween(text, q.start, p.start) > 0) return null;
    if (q.reports && !isWeak(q) && (gender === 'unknown' || q.gender === 'unknown' || q.gender === gender)) return q;
  }
  return null;
}
