import { describe, expect, it } from 'vitest';
import { aliasLookupFrom, recogniseEntities } from '../../../src/extract/entities/index.js';

const names = (text: string, aliases?: Record<string, string>) => recogniseEntities(text, aliases ? { aliases } : {}).map((e) => [e.text, e.canonical, e.kind]);

describe('entity recognition', () => {
  it('people, organisations, places and countries from the seed articles', () => {
    const text =
      "Russian Security Council Secretary Sergei Shoigu met with North Korean leader Kim Jong Un on Friday. State media outlet Korean Central News Agency reported Kim oversaw the launches. " +
      "Medvedev led a delegation from the United Russia party to mark the anniversary of the Workers’ Party of Korea in Pyongyang. The soldiers fought in the Kursk region.";
    const found = names(text);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Sergei Shoigu', 'Sergei Shoigu', 'person'],
        ['North Korean', 'North Korea', 'country'],
        ['Kim Jong Un', 'Kim Jong Un', 'person'],
        ['Korean Central News Agency', 'Korean Central News Agency', 'organisation'],
        ['Kim', 'Kim Jong Un', 'person'],
        ['Medvedev', 'Dmitry Medvedev', 'person'],
        ['United Russia', 'United Russia', 'organisation'],
        ['Workers’ Party of Korea', "Workers' Party of Korea", 'organisation'],
        ['Pyongyang', 'Pyongyang', 'place'],
        ['Kursk', 'Kursk', 'place'],
      ]),
    );
  });

  it('spelling variants and possessives map to one canonical name', () => {
    expect(names("Kim Jong-un met Putin. Shoigu's arrival was delayed.")).toEqual([
      ['Kim Jong-un', 'Kim Jong Un', 'person'],
      ['Putin', 'Vladimir Putin', 'person'],
      ['Shoigu', 'Sergei Shoigu', 'person'],
    ]);
  });

  it('a bare surname refers to the full name the article gives', () => {
    const found = names('Defence Minister Andrei Belousov arrived on Monday. Wang Lei, a senior envoy, met him. Later Belousov and Wang spoke.');
    expect(found).toContainEqual(['Belousov', 'Andrei Belousov', 'person']);
    expect(found).toContainEqual(['Wang', 'Wang Lei', 'person']);
  });

  it('an acronym defined in parentheses refers back to the organisation', () => {
    const found = names('The Korean Peninsula Energy Development Organization (KEDO) met in New York. KEDO said it would resume work.');
    expect(found).toContainEqual(['KEDO', 'Korean Peninsula Energy Development Organization', 'organisation']);
  });

  it('"Russia-North Korea" is two countries; demonyms are countries', () => {
    expect(names('Russia-North Korea ties deepened as South Korean officials watched.').map((e) => e[1])).toEqual(['Russia', 'North Korea', 'South Korea']);
  });

  it('headings and sentence starters are not names', () => {
    const found = names('Looking Ahead\nThe treaty was signed. Mutual Defense Commitment: The treaty obligates both nations.');
    expect(found).toEqual([]);
  });

  it('the alias table comes first and can add names', () => {
    const found = names('Choe met the DPRK Foreign Ministry delegation.', { Choe: 'Choe Son Hui', 'DPRK Foreign Ministry': 'Ministry of Foreign Affairs (DPRK)' });
    expect(found).toContainEqual(['Choe', 'Choe Son Hui', 'person']);
    expect(found).toContainEqual(['DPRK Foreign Ministry', 'Ministry of Foreign Affairs (DPRK)', 'organisation']);
  });

  it('the alias table can say what kind a name is', () => {
    const found = recogniseEntities('Troops reached Sinpo yesterday.', { aliases: aliasLookupFrom({ Sinpo: 'Sinpo' }, { Sinpo: 'place' }) });
    expect(found.map((e) => [e.canonical, e.kind])).toEqual([['Sinpo', 'place']]);
  });

  it('aliasLookupFrom wraps a Map case-insensitively', () => {
    const lookup = aliasLookupFrom(new Map([['KCNA', 'Korean Central News Agency']]));
    expect(lookup.canonicalOf('kcna')).toBe('Korean Central News Agency');
    expect(lookup.canonicalOf('Korean Central News Agency')).toBe('Korean Central News Agency');
    expect(lookup.canonicalOf('TASS')).toBeUndefined();
  });
});

describe('channels are not actors', () => {
  it('a social network a statement was posted on is media, like a news agency', () => {
    const text = 'Medvedev stated in a post on the Russian social media platform VK that the alliance would hold.';
    const vk = recogniseEntities(text, {}).find((e) => e.text === 'VK');
    expect(vk?.media).toBe(true);
  });
});

describe('names with a possessive inside', () => {
  it("KCNA's formal name for North Korea is one name, with either apostrophe", () => {
    for (const text of ["The Democratic People's Republic of Korea condemned the drills.", 'The Democratic People’s Republic of Korea condemned the drills.']) {
      const e = recogniseEntities(text, {});
      expect(e.map((x) => x.canonical)).toContain('North Korea');
      expect(e.some((x) => /^Democratic People$/.test(x.text))).toBe(false);
    }
  });
  it("a possessive after an ordinary name still ends it (\"Shoigu's arrival\")", () => {
    const e = recogniseEntities("A day before Sergei Shoigu's arrival, Pyongyang fired missiles.", {});
    expect(e.find((x) => x.canonical === 'Sergei Shoigu')?.text).toBe('Sergei Shoigu');
  });
});
