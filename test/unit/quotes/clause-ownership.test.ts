import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';

const run = (text: string) => extractQuotes({ id: 'a', text });

describe('which clause owns a partial quotation', () => {
  it('gives the tag after the closing comma the quotation when the verb before sat in a closed subordinate clause', () => {
    // PolNeAR train, Politico 2016-04-06.
    const [q] = run(
      'When Sanders said at a rally ahead of the Illinois primary that he wouldn’t want Emanuel’s endorsement, he “grabbed ahold of the way [teachers] in Chicago are feeling about the way our city is being run,” said Drew Heiserman, a steering committee member for the Caucus of Rank and File Educators.',
    );
    expect(q).toMatchObject({ speaker: 'Drew Heiserman', partial: true });
  });

  it('gives a partial quotation with no tag after it to the main clause, not to the closed subordinate clause before it', () => {
    // PolNeAR train, HuffPost 2016-07-18, with a second person so that the two readings differ.
    const qs = run(
      'Donald Trump courted Jeb Bush for months. When Trump attacked Bush in June 2015, Hillary Clinton infamously referred to him as “nasty” and “divisive“ while calling for calm.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Hillary Clinton', 'Hillary Clinton']);
    // The same sentence with one person: the main clause's "he" is read, and still resolves to him.
    const [own] = run(
      'Donald Trump spoke in Phoenix. When Trump announced his candidacy in June 2015, he infamously referred to Mexican immigrants as “criminals” while calling to erect a border wall.',
    );
    expect(own).toMatchObject({ speaker: 'Donald Trump', speakerMention: 'he' });
  });

  it('keeps the speaker an opening "as" clause names: "As Ms. Simonyan put it, RT is “…”"', () => {
    // PolNeAR dev, New York Times 2016-09-19.
    const [q] = run(
      "As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, RT is ''providing a perspective you won't get from the mainstream press.''",
    );
    expect(q?.speaker).toBe('Simonyan');
  });

  it('keeps the subject of the sentence when its own verb introduces the quotation', () => {
    // The same sentence with the reporting verb in the main clause: the partial quotation is
    // Sanders's, and the tag after it does not take it.
    const [q] = run(
      'At a rally ahead of the Illinois primary, Sanders said he “wouldn’t want Emanuel’s endorsement,” said Drew Heiserman, a steering committee member.',
    );
    expect(q).toMatchObject({ speaker: 'Sanders', partial: true });
  });
});

describe('a description between two names', () => {
  it('keeps the name that opens the sentence; the name after the description is its last noun', () => {
    // PolNeAR train, New York Times 2016-02-20.
    const [q] = run(
      "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was “both religious and political.”",
    );
    expect(q).toMatchObject({ speaker: 'Giovanni Maria Vian' });
  });

  it('still reads a description followed by the name as that person', () => {
    const [q] = run('Her campaign manager, Robby Mook, said the race was “far from over.”');
    expect(q).toMatchObject({ speaker: 'Robby Mook' });
  });
});

describe('nouns that look like reporting verbs', () => {
  it('reads "the two lengthy investigative reports" as a noun, not the verb "reports"', () => {
    // PolNeAR train, New York Times 2015-12-03.
    const [q] = run(
      "Late last month, the company wrote a detailed, six-page letter to Columbia's president, Lee C. Bollinger, calling the two lengthy investigative reports ''inaccurate and deliberately misleading.''",
    );
    expect(q?.speaker).toBe('the company');
  });

  it('still reads "the company reports" as the verb', () => {
    const [q] = run('The company reports that sales were “well ahead of plan” in the quarter.');
    expect(q).toMatchObject({ speaker: 'The company', cue: 'reported' });
  });
});

describe('a description with an aside, and a list of quoted phrases', () => {
  it('credits every phrase of a long list to the description that opens the sentence', () => {
    // KCNA 2024 (kcna-da1c9cd66a3c).
    const qs = run(
      'The puppet, gripped by the idea of hostility, let out such reckless remarks as "large-scale punitive retaliation", "not ruling out a war", "readiness for war escalation", "absolute preparations for war" and "end of regime" at security events.',
    );
    const spoken = qs.filter((q) => q.text !== 'end of regime');
    expect(spoken.map((q) => q.text)).toEqual([
      'large-scale punitive retaliation',
      'not ruling out a war',
      'readiness for war escalation',
      'absolute preparations for war',
    ]);
    for (const q of spoken) expect(q.speaker).toBe('The puppet');
  });

  it('gives no speaker to a phrase inside an aside that is still open', () => {
    // KCNA 2024 (kcna-6358391d67d0): the phrase is the agency's own words about the envoy.
    const qs = run(
      'The special envoy for "human rights", engrossed in the "human rights smear campaign against the DPRK", had better visit the Middle East.',
    );
    const q = qs.find((x) => x.text === 'human rights smear campaign against the DPRK');
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('"who" without a comma, and the speaker\'s own figures', () => {
  it('gives the verb after a restrictive "who" to the noun phrase before it', () => {
    // PolNeAR train, Washington Post 2016-08-28.
    const spoken = run('One ad, “Balanced Rebellion,” stars an Abraham Lincoln impersonator who promises that Johnson won’t “send you to fight wars overseas.”').find((x) => x.text.startsWith('send you'));
    expect(spoken?.speaker).toBe('an Abraham Lincoln impersonator');
  });

  it('names the senator who urged, not the group he was among', () => {
    // Reuters-21578 4008.
    const [q] = run(
      'Clark today held discussions with Treasury Secretary James Baker and Democratic Sens. Patrick Moynihan of New York and George Mitchell of Maine.\n\nThis issue was discussed at length with Baker and several of the senators, including Mitchell who urged Canada to "keep the heat on" the Reagan administration to force action, Canadian officials said.',
    );
    expect(q?.speaker).toBe('George Mitchell');
  });

  it('keeps the main clause subject for a participle when an object has a relative clause', () => {
    // PolNeAR dev, HuffPost 2016-09-27.
    const [q] = run(
      'Trump was similarly defensive when forced to defend not paying an architect who said he was stiffed after he designed a clubhouse at one of Trump’s golf courses, saying, “Maybe he didn’t do a good job, and I wasn’t satisfied with his work.”',
    );
    expect(q?.speaker).toBe('Trump');
  });

  it('leaves "according to its analysis" inside what the speaker said to the speaker', () => {
    // PolNeAR train, Washington Post 2015-11-10.
    const [q] = run(
      'Win Htein, a member of the NLD’s central executive committee, said Tuesday morning that according to its analysis, the NLD has won 82 percent of the nationwide vote, but “we are still counting the seats.”',
    );
    expect(q?.speaker).toBe('Win Htein');
  });
});

describe('verbs of confiding', () => {
  it('reads "confided to her that" as reporting speech', () => {
    // PolNeAR train, New York Times 2016-01-04.
    const [q] = run(
      "When Ms. Schifano moved to Jamaica Estates, Queens, the wealthy enclave where the Trumps lived, Freddy confided to her that his parents had panicked because, as Italians, the Schifanos were ''the first ethnic family to move into the neighborhood.''",
    );
    expect(q?.speaker).toBe('Freddy');
  });
});

describe('a clause after an earlier quotation', () => {
  it('sees the comma an earlier quotation closes on, so the next clause keeps its own subject', () => {
    // PolNeAR train, Breitbart 2016-03-02.
    const qs = run('Christie refers to the candidate, who is supposedly his longtime friend, as “Mr. Trump,” while Trump refers to the governor as “Chris.”');
    expect(qs.find((q) => q.text === 'Chris.')?.speaker).toBe('Trump');
  });
});

describe('the role an apposition gives', () => {
  it('keeps "X, a description, said" as the role of X', () => {
    // Reuters-21578 627 and PolNeAR train, New York Times 2015-11-17.
    const [a] = run('Michael Hammes, vice president of international operations, said "By the end of 1988, we hope to reach 5,000."');
    expect(a).toMatchObject({ speaker: 'Michael Hammes', speakerRole: 'vice president of international operations' });
    const [b] = run("Or, as Tom Ridge, a former secretary of homeland security, put it: ''The barbarians are no longer at the gate. They're inside.''");
    expect(b).toMatchObject({ speaker: 'Tom Ridge', speakerRole: 'a former secretary of homeland security' });
  });

  it('takes no role from an aside or a participle phrase', () => {
    // Reuters-21578 1197 and 8523 (shortened).
    for (const text of [
      'Herman De Croo, here for talks with Administration officials and Congressmen, said "the only way we could react would be retaliation."',
      'Tom Hockin, without giving details, said the changes would "insure orderly and efficient markets."',
      'Smith, in a statement, said "we are pleased."',
      'Jones, appearing on Cable News Network, said "it is a good deal."',
    ]) {
      const [q] = run(text);
      expect(q?.speaker, text).toBeTruthy();
      expect(q?.speakerRole ?? null, text).toBeNull();
    }
  });
});

describe('names after a possessor, and reporters named with their office', () => {
  it('reads "Capel\'s Murtha" as Murtha, named in full earlier, with the firm as the role', () => {
    // Reuters-21578 5808 (shortened).
    const qs = run(
      '"The acquisition of Fairchild is not essential to Fujitsu\'s North American operations," James Capel and Co analyst Tom Murtha said.\n\n"It may slow the pace of Japanese acquisitions, but it will not stop them," Capel\'s Murtha said.',
    );
    expect(qs[1]).toMatchObject({ speaker: 'Tom Murtha', speakerMention: "Capel's Murtha", speakerRole: "Capel's" });
  });

  it('keeps an office after a possessor a description, and an acronym no name', () => {
    const [a] = run('"We are very pleased with the arrears we have paid," Sudan\'s Finance Minister said.');
    expect(a?.speaker).not.toBe('Finance Minister');
    const [b] = run('"The disease is extremely difficult to control," Malaysia\'s RRIM said.');
    expect(b?.speaker).not.toBe('RRIM');
  });

  it('gives "he" to a reporter named in full with an office held somewhere', () => {
    // Reuters-21578 12917 (shortened): "he" is Myhren, not Munro named two sentences before.
    const [q] = run(
      'Time Inc chairman Richard Munro told analysts the results were good. Munro said the company does not plan to increase its dividend. Trygve Myhren, chairman and chief executive of American Television and Communications, said the unit is looking at getting involved in the home shopping video area. "It would be foolish not to be a player there," he said.',
    );
    expect(q?.speaker).toBe('Trygve Myhren');
  });

  it('credits a fragment after an earlier title in its sentence to that sentence\'s subject, not the last speaker', () => {
    // PolNeAR train, HuffPost 2016-03-23.
    const qs = run(
      'Surveying rust-belt desolation in upstate New York, Williamson concludes: “Nobody did this to them. They failed themselves.”\nLiberal writers are reveling in Williamson’s straightforward poverty-shaming. The New Republic’s Jeet Heer sees the piece as a return to National Review‘s founding “aristocratic conservatism,” which has more recently been “obscured by a populist mask.” For Jonathan Chait, Williamson is exposing the perverse moral logic of hardline libertarianism.',
    );
    expect(qs.find((q) => q.text.startsWith('obscured'))).toMatchObject({ speaker: 'Jeet Heer', speakerRole: 'New Republic’s' });
  });
});

describe('more tags', () => {
  it('reads "X started." and "blared X" closing a quotation as its tag, but not "started production"', () => {
    // PolNeAR train, Politico 2016-03-01 and New York Times 2016-02-09.
    const [a] = run('“The New York Times is claiming today that they had an off-the-record conversation with you in January,” Hannity started.');
    expect(a?.speaker).toBe('Hannity');
    const [b] = run("''Choke!'' blared the front page of The Boston Herald.");
    expect(b?.speaker).toBe('the front page of The Boston Herald');
    const [c] = run('The company started production in May, making what it calls “the lightest frame on the market.”');
    expect(c?.cue).not.toBe('started');
  });

  it('takes the name before a restrictive "who" after "from"', () => {
    // PolNeAR train, Western Journalism 2016-03-10.
    const [q] = run('Among many references to Clinton’s private email server scandal was this tweet from Rikkie Wells who tweeted, “U see @edhenry, @HillaryClinton & staff never, ever pay attention to nor respect rules.”');
    expect(q?.speaker).toBe('Rikkie Wells');
  });
});

describe('subjects from late-campaign copy (PolNeAR train, September 2016)', () => {
  it('gives a participle after an adverb the main clause subject', () => {
    // Politico 2016-09-01.
    const [q] = run('Hillary Clinton has expressed frustration, and even a little trepidation, about her first face-off with Donald Trump later this month, recently telling one person close to her that she’s perplexed about “which Donald Trump will show up.”');
    expect(q?.speaker).toBe('Hillary Clinton');
  });

  it('reads past a party tag in brackets after the name', () => {
    // Washington Post 2016-09-07.
    const [q] = run('And after the Supreme Court refused to reinstate the law, Gov. Pat McCrory (R) blamed the court’s “four liberal justices [who] blocked North Carolina protections afforded by our sensible voter laws.” But Texas’s law was found discriminatory.');
    expect(q?.speaker).toBe('Pat McCrory');
  });

  it('reads a described apposition with a relative clause, left unclosed before the verb', () => {
    // Politico 2016-09-01.
    const [q] = run('“Clinton needs a strategy for targeting Johnson & Stein voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.');
    expect(q?.speaker).toBe('Nate Silver');
  });

  it('keeps a counted group of party members as the subject, not a name after its preposition', () => {
    // Politico 2016-09-01.
    const [q] = run('Obama rocketed in the polls soon after. Several senior Democrats with longtime ties to both Clintons cited another “trap” debate.');
    expect(q?.speaker).toBe('Several senior Democrats with longtime ties to both Clintons');
  });
});

describe('"it" and bodies named with "and"', () => {
  it('reads past a dateline to the outer speaker when the inner subject is "it"', () => {
    // PolNeAR dev, New York Times 2016-09-25.
    const [q] = run("WASHINGTON -- President Obama, dedicating the National Museum of African American History and Culture on Saturday, said it would tell an American story, one of ''suffering and delight, one of fear, but also of hope.''");
    expect(q?.speaker).toBe('Obama');
  });

  it('gives "it" inside a sentence to the body that opens it, over a day before the verb', () => {
    // PolNeAR dev, Washington Post 2016-09-10.
    const [q] = run('The United Nations Security Council on Friday made a strong condemnation of North Korea’s latest nuclear test and pledged to impose further sanctions as a deterrence to what it called "a clear threat to international peace and security."');
    expect(q?.speaker).toBe('United Nations Security Council');
  });

  it('keeps "and" inside a body\'s name', () => {
    // Reuters-21578 3682, 6616 and 1252 (shortened).
    expect(run('The Securities and Exchange Commission said it charged a managing director with what it called "a massive insider trading scheme."')[0]?.speaker).toBe('Securities and Exchange Commission');
    expect(run('Financial Security Savings and Loan Association said it has agreed to sell its branch for a "substantial profit," subject to regulatory approval.')[0]?.speaker).toBe('Financial Security Savings and Loan Association');
  });

  it('lets a describing tag after the closing mark report a clause whose subject is only "its"', () => {
    // Reuters-21578 1579.
    const [q] = run('The U.S. is unlikely to back away from its basic demand quotas be set by "objective criteria", U.S. officials said.');
    expect(q?.speaker).toBe('U.S. officials');
  });
});

describe('a fragment in a sentence of its own after an earlier quotation', () => {
  it('takes its sentence subject, not the speaker of the quotation that follows', () => {
    // PolNeAR dev, HuffPost 2016-09-27 (shortened).
    const qs = run(
      'Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding Trump as a “con artist” ― just as he did with Romney in 2012. In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” and a “spoiled brat.” In the spin room after the debate, Obama’s aides were also complimentary. “It is different in a way,” said David Plouffe, the architect of Obama’s 2008 campaign.',
    );
    expect(qs.find((q) => q.text.startsWith('human leech'))?.speaker).toBe('Harry Reid');
  });
});

describe('"he said" after a sentence whose reporter is a description', () => {
  it('goes to the description that opens the sentence before, not to a person named earlier', () => {
    // Reuters-21578 316 (shortened).
    const [q] = run(
      'The appointment of United Coconut Planters Bank president Ramon Sy to the board was opposed by the Soriano family. A UCPB spokesman declined to comment. One analyst said objections were understandable from the family that founded the company 97 years ago.\n    "It is a natural instinct of self-preservation for Soriano," he said.',
    );
    expect(q).toMatchObject({ speaker: 'One analyst', speakerMention: 'he' });
  });

  it('names the person a definite description stands for', () => {
    // Reuters-21578 8576 (shortened).
    const qs = run(
      'Prime Minister Brian Mulroney said Canada was not happy with the pace of the U.S. administration. "We are geared up, tanked up and raring to go," Mulroney said. The prime minister urged his mostly American audience to help Canada take the fight to Congress. "The campaign does not involve either or choices," he said.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Brian Mulroney', 'Brian Mulroney']);
  });

  it('reads a description after a name as its apposition, so the name stays the reporter', () => {
    // Reuters-21578 2190 (shortened).
    const [q] = run(
      'Commerce Dept. undersecretary of economic affairs Robert Ortner said that he believed the dollar was fairly priced against most European currencies. In a wide ranging address sponsored by the Export-Import Bank, Ortner, the bank\'s senior economist also said he believed that the yen was undervalued.\n    "I do not regard the dollar as undervalued at this point against the yen," he said.',
    );
    expect(q?.speaker).toBe('Robert Ortner');
  });
});

describe('a plural noun before an adverb is the subject, not its verb', () => {
  it('reads "the Japanese authorities often promise" as the authorities, and "the U.S. has steadily" as the U.S.', () => {
    // KCNA 2024 (kcna-1ba6e02478d9, kcna-7e7d8654d330), shortened.
    expect(run('Whenever such a tragic fact is open to the public, the Japanese authorities often promise "improvement" while talking about plans.')[0]?.speaker).toBe('the Japanese authorities');
    expect(run('Despite calls for a ceasefire, the U.S. has steadily supported the massacre, contrary to its massive propaganda about its "effort for ceasefire".')[0]?.speakerMention).toBe('the U.S.');
  });
});

describe('a pronoun clause joined inside the sentence is the nearer subject', () => {
  it('gives the quotation to "he" of "… and he has long used …", not to the sentence opener or an apposition', () => {
    // PolNeAR train, Politico 2016-01-27, with a second person before so that "he" is checked.
    const [q] = run(
      'Ted Cruz is the only top-tier contender here to have pledged to visit every Iowa county and he has long used that fact to bludgeon his chief rivals, Donald Trump and Marco Rubio, for not campaigning “the Iowa way.”',
    );
    expect(q).toMatchObject({ speaker: 'Ted Cruz', speakerMention: 'he' });
  });

  it('reads "as he keeps talking about" as the clause the quotation sits in', () => {
    // PolNeAR train, Washington Post 2016-07-06.
    const [q] = run('Thomas Perez spoke first. Perez is winning nods and applause as he keeps talking about the "collective power of we" and the Labor Department.');
    expect(q).toMatchObject({ speaker: 'Thomas Perez', speakerMention: 'he' });
  });

  it('still reads names joined by "and" before their verb as the subject', () => {
    // PolNeAR dev, USA Today 2016-09-22.
    const [q] = run('When terrorists are revealed as part of the second front, Obama and Clinton call them "lone wolves" and describe their acts as crimes.');
    expect(q?.speakerMention).toMatch(/^Obama/);
  });
});

describe('a list of partial quotations', () => {
  it('gives every item the first item\'s speaker, not the tag that closes the sentence', () => {
    // PolNeAR dev, Breitbart 2016-10-02 (quoting the Washington Post).
    const qs = run(
      '“You winning?” she said, but Kevin was drifting off again, and as Trump went on about “how the system is rigged,” and “wounded American families” and “our own struggling citizens,” Melanie said yes, yes, yes, over and over again.',
    );
    expect(qs.filter((q) => q.partial).map((q) => q.speaker)).toEqual(['Trump', 'Trump']);
  });
});

describe('a quantifier opening the subject', () => {
  it('describes the group ("Other nations in the Gulf") instead of naming a person "Other" or "Gulf"', () => {
    // Reuters-21578 17928.
    const [q] = run('Other nations in the Gulf also offer banks short-term paper, with the United Arab Emirates issuing certificates of deposit each week while Saudi Arabia offers "bankers\' security deposit accounts."');
    expect(q?.speaker).toBe('Other nations in the Gulf');
  });

  it('gives "Both plants" and "All elements of this proposal" no person called "Both" or "All"', () => {
    // Reuters-21578 3645 and 1312. (Plants cannot speak, so with no reporting verb there is no
    // speaker at all.)
    expect(run('Both plants are far from "state of the art" for car manufacturing sites, and AMC has a history of poor labor relations.')[0]?.speaker ?? null).not.toBe('Both');
    expect(run('All elements of this proposal were open to negotiation but consumers insisted they did not want a return to the "ad hoc" way of settling export quotas.')[0]?.speaker ?? null).not.toBe('All');
  });
});

describe('a series of predicates split by semicolons', () => {
  it('gives a quotation in a later predicate the subject of the first clause', () => {
    // PolNeAR train, New York Times 2016-06-03.
    const [q] = run(
      'Earlier in the primaries, Mr. Trump suggested boycotting Apple if the company did not help the government crack the iPhone used by one of the attackers in the mass shooting last year in San Bernardino, Calif.; clashed with Mr. Zuckerberg over immigration; and posted on Twitter that if Amazon “ever had to pay fair taxes, its stock would crash.”',
    );
    expect(q?.speaker).toBe('Trump');
  });

  it('leaves a clause with a subject of its own after the semicolon alone', () => {
    const [q] = run('Mr. Trump spoke for an hour; the crowd chanted “lock her up.”');
    expect(q?.speaker ?? null).not.toBe('Trump');
  });
});

describe('a possessor and the speech act it owns', () => {
  it('gives the quotation to the owner of "rejection of", "reference to", "call for"', () => {
    // PolNeAR train, New York Times 2016-07-29.
    const [obama] = run("It was Mr. Obama's lyrical rejection of ''a politics of cynicism'' 12 years ago to the night, as the keynote speaker of the 2004 Democratic convention, that dazzled a national audience.");
    expect(obama?.speaker).toBe('Obama');
    // Reuters-21578 10689.
    const [moltke] = run('In February, EC Industrial Policy Director Heinrich von Moltke came to Japan. Europeans are confused about this, underlined by von Moltke\'s reference to the "leadership" of the Maekawa report.');
    expect(moltke?.speaker).toBe('Heinrich von Moltke');
  });

  it('does not read an object pronoun before a preposition as the owner ("referred to her by a nickname")', () => {
    // PolNeAR train, Politico 2016-01-31.
    const [q] = run('In her frequent correspondence with Clinton, she often referred to her by a nickname, “Gert.”');
    expect(q?.speakerMention).not.toBe('her');
    // A nickname is owned by its giver (sentence written for this test).
    const [nick] = run('Trump’s nickname for Warren, “Pocahontas,” has stuck with his supporters.');
    expect(nick?.speaker).toBe('Trump');
  });
});

describe('a quotation between its owner and the speech act it names', () => {
  it('belongs to the owner ("Obama\'s “…” promise")', () => {
    // PolNeAR train, Politico 2015-12-28.
    const [q] = run('It\'s the persistent pull of Obama\'s "if you like your plan, you can keep it" promise: Many of them negotiated generous employer-sponsored plans in place of increased wages.');
    expect(q?.speaker).toBe('Obama');
  });
});

describe('an opening phrase naming the occasion of speech', () => {
  it('gives a quotation inside it to the main clause\'s subject ("In an address that …, Mrs. Clinton struck")', () => {
    // PolNeAR train, New York Times 2016-06-28.
    const [q] = run(
      "In an address that spoke to the ''frustration, the fear, the anxiety and, yes, the anger'' over an economy in which the wealthiest Americans have thrived as middle-class wages have remained virtually stagnant, Mrs. Clinton struck many of the same notes.",
    );
    expect(q?.speaker).toBe('Clinton');
  });
});

describe('a speech act with its author after "by"', () => {
  it('gives the clause it introduces to the author, not to the sentence\'s subject', () => {
    // Reuters-21578 13993 and 1897.
    const [oil] = run(
      'In a generally easier oil sector, BP fell 18p to 912 after yesterday\'s statement by Standard Oil that it considered BP\'s 70 dlrs per share tender offer for the 45 pct of the company it does not already own as "inadequate." In banks, Standard Chartered lost 4p to 820.',
    );
    expect(oil?.speaker).toBe('Standard Oil');
    const [reagan] = run('Gold rose by about 50 U.S. Cents an ounce, following a statement by President Ronald Reagan that the arms-for-hostages deal with Iran "was a mistake," dealers said.');
    expect(reagan?.speaker).toBe('Ronald Reagan');
  });
});

describe('subjects the clause reader had missed', () => {
  it('reads a plural of people by their work opening the sentence ("Attorneys for Clinton appeared …, saying")', () => {
    // PolNeAR train, Washington Post 2016-07-13.
    const [q] = run('Attorneys for Clinton appeared to oppose the effort, saying in court files that her email account was private and "has never been the property of or possessed by the State Department."');
    expect(q?.speaker).toBe('Attorneys for Clinton');
  });

  it('reads "Lewandowski earlier quashed rumors … by tweeting that “…”"', () => {
    // PolNeAR train, Washington Post 2016-07-15.
    const [q] = run('Lewandowski earlier quashed rumors he was planning to write a book by tweeting that "I am under a strict confidentiality agreement with Mr. Trump."');
    expect(q?.speaker).toBe('Lewandowski');
  });
});
