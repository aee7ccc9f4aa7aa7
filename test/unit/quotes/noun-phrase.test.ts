/**
 * Speaker descriptions cut to their noun phrase. Fixtures are phrases and sentences from the
 * Reuters-21578 wire stories and PolNeAR political news where the subject rules took a clause.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import { leadingNounPhrase } from '../../../src/extract/quotes/noun-phrase.js';
import { canSpeak, isAgentNoun, isPersonByWork } from '../../../src/extract/quotes/speaking-nouns.js';

const phrase = (text: string): string | null => {
  const cut = leadingNounPhrase(text);
  return cut ? text.slice(cut.start, cut.end) : null;
};

describe('leadingNounPhrase', () => {
  it('stops at the description\'s own verb', () => {
    expect(phrase('The generation company would provide')).toBe('The generation company');
    expect(phrase('His office put out a statement')).toBe('His office');
    expect(phrase('Murphy’s conference call ended')).toBe('Murphy’s conference call');
    expect(phrase('another official following an assessment of')).toBe('another official');
  });
  it('drops the words a cut leaves dangling', () => {
    expect(phrase('the local daily al-Qabas as saying')).toBe('the local daily al-Qabas');
  });
  it('takes the agent of a participle with "by"', () => {
    expect(phrase('a court document filed by state attorney Dave Aronberg')).toBe('state attorney Dave Aronberg');
  });
  it('takes the pronoun that is the verb\'s subject', () => {
    expect(phrase('this month he finally fell for it by')).toBe('he');
  });
  it('returns null for a clause tail that opens with a verb', () => {
    expect(phrase('included staff members')).toBeNull();
  });
  it('leaves noun phrases alone, including nouns a tagger may read as verbs', () => {
    for (const np of ['one CBT crush trader', 'the Trump campaign', 'one unaligned Florida Republican strategist', 'the Paris attacks', 'a senior Japanese government official'])
      expect(phrase(np)).toBe(np);
  });
});

describe('canSpeak', () => {
  it('refuses times, acts and quantities', () => {
    for (const w of ['Tuesday', 'March', 'scheduling', 'improvement', 'trepidation', 'performance', 'increase']) expect(canSpeak(w)).toBe(false);
  });
  it('accepts people, bodies and documents, whatever their ending', () => {
    for (const w of ['neurosurgeon', 'spokesman', 'administration', 'university', 'alliance', 'statement', 'ruling', 'poll', 'officials', 'Reuters'])
      expect(canSpeak(w)).toBe(true);
  });
});

describe('isPersonByWork', () => {
  it('knows plural agent nouns by their ending, less things that end alike and capitalised surnames', () => {
    for (const w of ['developers', 'historians', 'underwriters', 'others']) expect(isPersonByWork(w, true)).toBe(true);
    for (const w of ['numbers', 'factors', 'rumors', 'lists']) expect(isPersonByWork(w, true)).toBe(false);
    expect(isPersonByWork('Sanders', true, false)).toBe(false);
    expect(isPersonByWork('Attorneys', true, false)).toBe(true);
  });
});

describe('speaker descriptions in extracted quotes (Reuters-21578)', () => {
  it('cuts a description at its verb', () => {
    const text = '"Brazil has to do business through the banks at this point,"\nsaid another official following an assessment of that country\'s\nlatest debt crisis.';
    const [q] = extractQuotes({ id: 'reuters-1357', text });
    expect(q?.speaker).toBe('another official');
  });
  it('prints no speaker rather than a quantity', () => {
    const text =
      'Ivaco Inc said price pressure on steel\nproducts, particularly in the U.S., and the recent increase in\nthe value of the Canadian dollar is expected to result in\n"minimal" first quarter earnings.';
    const [q] = extractQuotes({ id: 'reuters-123', text });
    expect(q?.text).toBe('minimal');
    expect(q?.speaker ?? '').not.toMatch(/increase|value/);
  });
});

describe('speaker descriptions in extracted quotes (KCNA 2024)', () => {
  const text =
    'Notably, the "human rights envoy" of the U.S. Department of State asserted that "influx of information and spread of religion" in the DPRK could change it.';
  it('prints a description that holds an earlier quotation in the article\'s own words', () => {
    const quotes = extractQuotes({ id: 'kcna-2dec7cae694b', text });
    const q = quotes.find((x) => x.text.startsWith('influx'));
    expect(q?.speaker).toBe('the "human rights envoy" of the U.S. Department of State');
    expect(q?.speakerMention).not.toMatch(/xxxx/);
  });
  it('takes no sentence adverb for a speaker', () => {
    const quotes = extractQuotes({ id: 'kcna-2dec7cae694b', text });
    expect(quotes.find((x) => x.text === 'human rights envoy')?.speaker ?? null).toBeNull();
  });
});

describe('a time opening the sentence before the speaker\'s name', () => {
  it('is no part of the name', () => {
    // Reuters-21578 16631.
    const text =
      'Last Friday Reagan, answering questions following a speech to the Los Angeles World Affairs Council, said Nakasone had endangered his political standing at home. He said he was looking forward to his talks with Nakasone and "he has been most helpful."';
    expect(extractQuotes({ id: 'a', text })[0]?.speaker).toBe('Reagan');
  });
});

describe('isAgentNoun', () => {
  it('knows an agent noun by its ending, singular, plural or compound, but not a thing that ends so', () => {
    for (const w of ['refiner', 'meteorologist', 'stockbrokers', 'back-bencher', 'historians']) expect(isAgentNoun(w)).toBe(true);
    for (const w of ['newspaper', 'orders', 'letters', 'increase', 'briefing']) expect(isAgentNoun(w)).toBe(false);
  });
});

