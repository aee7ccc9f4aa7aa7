import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { summarise } from '../../../src/extract/events/index.js';
import { article } from './helpers.js';

const eventsOf = (text: string, published = '2025-03-21') => extractArticle(article(text, { published })).events;
const only = (text: string) => {
  const events = eventsOf(text);
  expect(events, text).toHaveLength(1);
  return events[0]!;
};

describe('event types on real sentences', () => {
  it.each([
    ['meeting', 'Russian Security Council Secretary Sergei Shoigu met with North Korean leader Kim Jong Un on Friday.'],
    ['meeting', 'Chinese Foreign Minister Wang Yi visited Moscow on Tuesday for talks with Sergei Lavrov.'],
    ['statement', 'Medvedev affirmed Moscow’s commitment to the treaty in a post on VK on Saturday.'],
    ['agreement', 'Last year, Putin visited Pyongyang and signed a major mutual defense pact with Kim.'],
    ['weapons-test', 'A day before Shoigu\'s arrival, North Korea announced it had test-launched new anti-aircraft missiles.'],
    ['weapons-test', 'North Korea fired two short-range ballistic missiles into the sea off its east coast on Monday.'],
    ['deployment', 'Pyongyang dispatched about 3,000 additional soldiers to the Kursk region in January.'],
    ['attack', 'Russian drones struck energy facilities in the Odesa region overnight, killing two people.'],
    ['military-exercise', 'The United States and South Korea wrapped up an 11-day joint military drill on Thursday.'],
    ['sanction', 'The European Union imposed new sanctions on North Korean officials on Monday.'],
    ['ceasefire', 'Moscow agreed to a 30-day ceasefire on strikes against energy infrastructure after Putin held talks with Trump.'],
    ['aid', 'Japan pledged $500 million in humanitarian aid to Ukraine on Wednesday.'],
    ['election-appointment', 'Parliament appointed Andrei Belousov as defence minister on Tuesday.'],
    ['condemnation', 'Seoul condemned the launch as a clear violation of Security Council resolutions.'],
    ['threat', 'An unnamed official warned that the U.S. and South Korea will face the gravest consequences.'],
    ['denial', 'The Kremlin denied reports that North Korean troops were fighting in Ukraine.'],
  ])('%s: %s', (type, sentence) => {
    expect(only(sentence).type).toBe(type);
  });

  it('a sentence that only says something is not an event', () => {
    expect(eventsOf('The company said its profit rose 5 pct in the first quarter.')).toHaveLength(0);
    expect(eventsOf('"It is a sacred duty," he said.')).toHaveLength(0);
  });

  it('analysis and history are not dated events, or only with low confidence', () => {
    const text =
      'Shoigu met Kim Jong Un in Pyongyang on Friday. Analysts say North Korea is leveraging the war to secure military technology. ' +
      'North Korea and Russia have historically denied reports of troop deployments.';
    const [lead, ...rest] = eventsOf(text);
    expect(lead?.date).toBe('2025-03-21');
    for (const e of rest) {
      expect(e.date).toBeNull();
      expect(e.confidence).toBeLessThan(0.3);
    }
  });

  it('a sentence without a date inherits the lead event’s, marked inherited', () => {
    const events = eventsOf('Shoigu met Kim Jong Un in Pyongyang on Friday. Shoigu expressed Moscow\'s appreciation during his two-hour meeting with Kim, reported TASS.');
    expect(events.map((e) => [e.date, e.dateSource])).toEqual([
      ['2025-03-21', 'relative'],
      ['2025-03-21', 'inherited'],
    ]);
  });

  it('actors are canonical, titles and media dropped; location from "in"', () => {
    const e = only('Russian Security Council Secretary Sergei Shoigu met with North Korean leader Kim Jong Un in Pyongyang on Friday, according to Russian state media.');
    expect(e.actors).toEqual(['Sergei Shoigu', 'Kim Jong Un']);
    expect(e.location).toBe('Pyongyang');
    expect(e.summary).toBe('Russian Security Council Secretary Sergei Shoigu met with North Korean leader Kim Jong Un in Pyongyang on Friday.');
  });

  it('ids are stable across runs', () => {
    const text = 'Shoigu met Kim Jong Un in Pyongyang on Friday.';
    expect(eventsOf(text)[0]!.id).toBe(eventsOf(text)[0]!.id);
  });
});

describe('summaries', () => {
  it('drop attribution and stay under ~200 characters, cut at a clause', () => {
    expect(summarise('Kim oversaw the launches, KCNA reported.')).toBe('Kim oversaw the launches.');
    // KCNA 2024-10-29: the dateline's "--" left a dash in front of the headline.
    expect(summarise('- A Russian delegation arrived here to attend the DPRK-Russia IT products exhibition.')).toBe('A Russian delegation arrived here to attend the DPRK-Russia IT products exhibition.');
    expect(summarise('State media outlet Korean Central News Agency reported Kim oversaw the launches.')).toBe('Kim oversaw the launches.');
    const long =
      'In a significant development in Russia-North Korea relations, Deputy Chairman of the Russian Security Council Dmitry Medvedev affirmed Moscow’s unwavering commitment to fulfilling its obligations under the Comprehensive Strategic Partnership Agreement during a high-level meeting with North Korean leader Kim Jong-un in Pyongyang on Saturday.';
    const s = summarise(long);
    expect(s.length).toBeLessThanOrEqual(201);
    expect(s.startsWith('Deputy Chairman')).toBe(true);
  });
});
