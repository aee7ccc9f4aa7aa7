/**
 * Speaker patterns found in PolNeAR dev/train error analysis. Fixtures are short excerpts of
 * real political news (PolNeAR train/dev articles), trimmed to the sentences that matter.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import { readMention } from '../../../src/extract/quotes/mentions.js';
import { recogniseEntities } from '../../../src/extract/entities/index.js';
import { canonicalName, scanEntities } from '../../../src/extract/quotes/names.js';

const run = (text: string) => extractQuotes({ id: 'a', text });
/** As the product reads an article: with the entity recogniser telling people from places and bodies. */
const product = (text: string) => extractQuotes({ id: 'a', text }, { entities: recogniseEntities(text) });
const speakers = (text: string) => run(text).map((q) => q.speaker);

describe('speaker attribution: patterns from political news', () => {
  it('an honorific full stop ("Mr.", "Rep.") does not end the tag sentence', () => {
    // NYT, PolNeAR dev.
    const [q] = run('"It was the least bad outcome," Mr. Morgan of the Sierra Club said. Even so, he was worried.');
    expect(q).toMatchObject({ speaker: 'Morgan', speakerRole: 'of the Sierra Club' });
    expect(speakers('"It\'s a dog whistle to all Americans," Rep. Gwen Moore (D-Wis.) said Friday.')).toEqual(['Gwen Moore']);
  });
  it('the subject is the noun phrase right before the verb, not what opens the sentence', () => {
    // AP via Breitbart, PolNeAR dev.
    expect(speakers('Speaking at a rally in Novi, Michigan, Trump says he is making “a demand” of Obama.')).toEqual(['Trump']);
    // AP, PolNeAR train.
    expect(
      speakers('In a letter filed in federal court Monday as part of a Freedom of Information lawsuit, FBI general counsel James Baker said the probe is “ongoing.”'),
    ).toEqual(['James Baker']);
    expect(speakers('She had a great line a while back when she said, “Unlike Hillary Clinton, I know that flying is an activity.”')).toEqual([null]);
    expect(run('She had a great line a while back when she said, “Unlike Hillary Clinton, I know that flying is an activity.”')[0]?.speakerMention).toBe('she');
  });

  it('skips an apposition between the subject and the verb', () => {
    // PolNeAR train.
    expect(
      speakers('“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina, said when Boyle asked him a question.'),
    ).toEqual(['Trump']);
    expect(
      speakers('81-year-old Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton, said: "There’s only one candidate who owes nobody."'),
    ).toEqual(['Parker Eaton']);
  });

  it('a second verb shares the subject of the first ("X was quick to embrace him and said …")', () => {
    // AP, PolNeAR train.
    expect(speakers('McConnell was quick to embrace the mogul after he clinched the nomination and said this week that Trump is looking “very competitive” in November.')).toEqual([
      'McConnell',
    ]);
  });

  it('lower-case descriptions in front of a name stay in the role', () => {
    // AP, PolNeAR dev.
    const [q] = run('"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after Pagliano failed to show up.');
    expect(q).toMatchObject({ speaker: 'Jason Chaffetz' });
  });

  it('"…," said Sen. X — the title full stop does not cut the name', () => {
    // AP, PolNeAR train.
    expect(speakers('“This will be a really good step forward for all of our parents,” said Sen. Patty Murray, a chief Democratic negotiator on the bill.')).toEqual([
      'Patty Murray',
    ]);
    expect(speakers('“It’s not new in Virginia,” said Rep. Bobby Scott (D-Va.) at the time.')).toEqual(['Bobby Scott']);
  });

  it('a straight opening mark closed by a curly one is still one quotation', () => {
    // Politico, PolNeAR train: copy with mixed marks.
    const qs = run('Republicans agreed. "I don’t think it’s getting the attention people thought it would,” Grassley said. In a year like this, he won.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'I don’t think it’s getting the attention people thought it would,', speaker: 'Grassley' });
  });

  it('a quotation with no tag takes the speaker of the sentence before it, else the one after', () => {
    // Breitbart, PolNeAR train.
    const qs = run('Then, in 2017, Kerry said that 100,000 would be accepted. "That adds up to 185,000 over two years."');
    expect(qs[0]).toMatchObject({ speaker: 'Kerry', cue: 'said' });
    const next = run('The rally began late.\n\n"We are going to build a wall." Trump said the wall would be paid for by Mexico.');
    expect(next[0]?.speaker).toBe('Trump');
  });

  it('knows the wider reporting lexicon (exclaimed, barked, shot back …)', () => {
    // Politico and AP, PolNeAR train.
    expect(speakers('“Everything that you have said,” the judge exclaimed, “has totally overlapped.”')).toEqual(['the judge', 'the judge']);
    expect(speakers('“Go back to Univision,” Trump barked and a security guard escorted Ramos out.')).toEqual(['Trump']);
    expect(speakers('After Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to bake cookies.”')).toEqual(['Hillary']);
  });

  it('a capitalised cue form inside a name is not a verb ("United States")', () => {
    // Breitbart, PolNeAR train.
    expect(speakers('Trump also said at the time that the United States has become a “dumping ground for everybody else’s problems.”')).toEqual(['Trump']);
  });

  it('a participle takes the subject of its main clause, not the words after it', () => {
    // AP, PolNeAR train.
    expect(speakers('Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”')).toEqual(['Trump']);
    const qs = run('Cruz said that there is “only one strong conservative in a position to win this race,” adding that it’s why Donald Trump “relentlessly attacks us.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Cruz', 'Cruz']);
  });

  it('"U.S." or "p.m." before a sentence opener ends the sentence', () => {
    // AP, PolNeAR train.
    const qs = run('Cox says Obama is trying to distract from terrorist attacks in the U.S. He says Americans don’t need any more “emotional, condescending lectures.”');
    expect(qs[0]?.speakerMention).toBe('He');
  });

  it('resolves he/she by gender: given names and honorifics', () => {
    // Politico, PolNeAR dev (trimmed).
    const text =
      'Sen. Elizabeth Warren questioned John Stumpf on Tuesday. Stumpf made $19.3 million in 2015.\n\n“You squeezed employees to the breaking point,” she said.';
    expect(run(text)[0]).toMatchObject({ speaker: 'Elizabeth Warren', speakerMention: 'she' });
    const mr = run('Mr. Clarke met Mrs. Justice at the mine.\n\n"I am proud of you," he told the miners.');
    expect(mr[0]?.speaker).toBe('Clarke');
  });

  it('prefers the person named as a subject over one named as an object', () => {
    // AP, PolNeAR train (trimmed).
    const text = 'Felipe Calderon criticized Barack Obama on Monday.\n\n“It is a mistake,” he said.';
    expect(run(text)[0]?.speaker).toBe('Felipe Calderon');
  });

  it('a bare surname after the full name is the same person, with the same gender', () => {
    const text = 'Susan Sarandon backed Bernie Sanders. Sarandon spoke to MSNBC on Monday.\n\n“I don’t vote with my vagina,” she said.';
    expect(run(text)[0]?.speaker).toBe('Susan Sarandon');
  });

  it('capitalised runs that are not people are not antecedents', () => {
    // PolNeAR train: "Geneva Convention" read as a person before.
    const text = 'Donald Trump spoke in Ohio about torture. Everybody believes in the Geneva Convention until they lose.\n\n“Let’s take out the bomb,” he said.';
    expect(run(text)[0]?.speaker).toBe('Donald Trump');
  });

  it('a surname that is also a title word ("Mr. King", "Charlie King") is a name', () => {
    // NYT, PolNeAR dev.
    expect(speakers('"It\'s all about creating some enthusiasm," Mr. King added. Not everyone agreed.')).toEqual(['King']);
    expect(speakers('"Turnout makes a difference," said Charlie King, a prominent New York Democrat.')).toEqual(['Charlie King']);
  });

  it('possessive and first-person descriptions are speakers ("Ivana Trump\'s brief", "my father")', () => {
    // Politico and NYT, PolNeAR dev.
    const [q] = run('However, Ivana Trump\'s brief said that was not her view and dismissed those reports as "previous misinterpreted statements."');
    expect(q?.speakerMention).toBe('Ivana Trump\'s brief');
    expect(speakers('"We live in Satan\'s kingdom," my father often said.')).toEqual(['my father']);
  });

  it('"to which she said" takes the pronoun, not the preposition', () => {
    // NYT, PolNeAR dev.
    expect(run('To which she said, "Thank God at least you still believe in the devil."')[0]?.speakerMention).toBe('she');
  });

  it('interview transcripts: the label before the colon is the speaker', () => {
    // Breitbart "Fox News Sunday" transcript, PolNeAR dev (trimmed).
    const text =
      'Indiana Gov. Mike Pence spoke to Chris Wallace on Sunday.\n\n"WALLACE: Why would Trump do that?\n\n"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”\n\n"(CROSSTALK.)';
    const qs = run(text).filter((q) => q.text.includes(':'));
    expect(qs.map((q) => q.speaker)).toEqual(['Chris Wallace', 'Mike Pence']);
    expect(qs[1]?.speakerMention).toBe('PENCE');
    expect(run('"UPDATE: The vote was postponed until Friday."')[0]?.speaker ?? null).toBeNull();
  });

  it('a possessive speech noun names the speaker ("Trump’s claim that …", "his warning that …")', () => {
    // Breitbart and AFP, PolNeAR dev/train.
    expect(speakers('Politifact did a fact-check on Donald Trump’s claim that there have been “thousands of shootings” in Chicago.')).toEqual(['Donald Trump']);
    const qs = run('President Barack Obama left London on Sunday. The backlash was against his warning that Britain would go to the “back of the queue” on trade.');
    expect(qs[0]).toMatchObject({ speakerMention: 'his', speaker: 'Barack Obama' });
  });

  it('"saying X" after a quotation: X is what was said, not who said it', () => {
    // AP, PolNeAR train.
    const qs = run('Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied the “bravery, heart and soul of America.”');
    expect(qs.map((q) => q.speakerMention)).not.toContain('the city embodied the');
  });

  it('"with X noting …": the absolute construction names the speaker', () => {
    // Breitbart, PolNeAR train.
    expect(speakers('He called it a sign of strategic disarray, with Gorka noting the absurdity of positioning “a couple of hundred SF guys here.”')).toEqual(['Gorka']);
  });

  it('a name followed by a colon inside a chant is not a transcript turn', () => {
    // AP, PolNeAR train.
    const [q] = run('Holding signs, the protesters chanted “Chris Christie: Bad for New Jersey, bad for you.”');
    expect(q?.speakerMention).toBe('the protesters');
  });

  it('a tag closing the sentence after a comma attributes the quotation before it', () => {
    // AP and Reuters, PolNeAR train.
    expect(speakers('"Boots on the ground" would be appropriate, Republican candidate Ben Carson said after the attacks.')).toEqual(['Ben Carson']);
    expect(speakers('Obama "felt a moral obligation to do something about" climate change, Axelrod said. He agreed.')).toEqual(['Axelrod']);
    expect(
      speakers('“We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of National Nurses United, a union that has endorsed Sanders.'),
    ).toEqual(['RoseAnn DeMoro']);
    const [q] = run('Democrats had “put the biggest crack” yet in the glass ceiling for women, she said in a video message to the convention.');
    expect(q?.speakerMention).toBe('she');
  });

  it('a participle after a reporting clause takes that clause subject', () => {
    // Politico, PolNeAR dev.
    const text =
      'Hillary Clinton’s campaign manager Robby Mook said as much in an interview earlier Thursday morning, arguing that Trump “lashed out at our nation’s generals when he was asked for details.”';
    expect(speakers(text)).toEqual(['Robby Mook']);
  });

  it('"The Republican nominee also outlined … and vowed …": a description subject up to its verb', () => {
    // AP, PolNeAR dev.
    const [q] = run('The Republican nominee also outlined his cybersecurity plan and vowed to harshly punish “those who violate classification rules.”');
    expect(q?.speakerMention).toBe('The Republican nominee');
  });

  it('a pronoun right before the verb is its subject, whatever precedes it', () => {
    // Politico, PolNeAR dev.
    const [q] = run('A few days ago in an interview with Russia’s propagandistic network RT he blasted the American media for being “unbelievably dishonest.”');
    expect(q?.speakerMention).toBe('he');
  });

  it('a partial quotation with no reporting verb belongs to its clause subject', () => {
    // Politico, PolNeAR dev.
    const [q] = run('Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him favorably to President Obama.');
    expect(q).toMatchObject({ speaker: 'Trump', partial: true });
    expect(q!.confidence).toBeLessThan(0.6);
  });

  it('a quotation introduced by a colon takes the name before the colon, else the clause subject', () => {
    // Breitbart and AP, PolNeAR train.
    expect(speakers('The timing of the surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates have seen the biggest boost.”')).toEqual([
      'Daron Shaw',
    ]);
    expect(speakers('When Wallace died in 1998, President Clinton released the following statement: “Hillary and I offer our condolences to the family.”')).toEqual([
      'Clinton',
    ]);
  });

  it('attribute values of markup left in the copy are not quotations', () => {
    // Western Journalism, PolNeAR dev: embedded tweets.
    const qs = run('Pence won the night. <tweet id="783499116076687360" pic="pic.twitter.com/"> “He was calm,” Ryan said.');
    expect(qs.map((q) => q.text)).toEqual(['He was calm,']);
  });

  it('AP party-state tags ("R-Ky.") and sentence adverbs are not speakers', () => {
    // AP via Western Journalism, PolNeAR dev.
    expect(speakers('“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.')).toEqual([
      'Mitch McConnell',
    ]);
    const [q] = run('Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican ones.');
    expect(q?.speakerMention).not.toBe('Conversely');
  });

  it('a possessive description between subject and verb is an apposition', () => {
    // Washington Post, PolNeAR dev.
    expect(speakers('Even China, Pyongyang\'s only ally and its economic lifeline to the outside world, said it was "resolutely opposed" to the test.')).toEqual([
      'China',
    ]);
  });

  it('an apposition ending in "City, State" is still skipped', () => {
    // AP, PolNeAR train.
    expect(speakers('Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”')).toEqual(['Dean Johnson']);
  });

  it('a participle after a "when" clause takes that clause subject', () => {
    // AP, PolNeAR train.
    const [q] = run('The first incident came during a speech in Purchase, when Sanders protesters interrupted her speech, shouting “she wins, we lose!”');
    expect(q?.speakerMention).toBe('Sanders protesters');
  });

  it('a whole quotation a paragraph away from the last quoted speaker continues them', () => {
    const text =
      '“We will win this state,” Sanders said on Monday.\n\nThe crowd, mostly students, filled the hall.\n\n“Nobody thought we could do this a year ago.”';
    expect(speakers(text)).toEqual(['Sanders', 'Sanders']);
  });

  it('contracted auxiliaries and described possessives ("He’s claiming", "candidate Gary Johnson’s doctor is calling")', () => {
    // AP via Breitbart, PolNeAR dev.
    expect(run('He’s claiming that voting fraud is “a big, big problem in this country.”')[0]?.speakerMention).toBe('He');
    const [q] = run('Libertarian presidential candidate Gary Johnson’s doctor is calling the candidate “extremely physically fit.”');
    expect(q?.speakerMention).toBe('Libertarian presidential candidate Gary Johnson’s doctor');
  });

  it('a partial quotation reads its sentence whole, over earlier quotations in it', () => {
    // AP via Breitbart, PolNeAR train.
    expect(
      speakers('Bush referred to Rubio as “a bright, charismatic leader” but described his leadership skills as a “work in progress.”'),
    ).toEqual(['Bush', 'Bush']);
    const [q] = run('She told ABC’s “Good Morning America” on Monday the tone of the interview was cordial, and predicted viewers “will be feeling a little uncomfortable.”');
    expect(q?.speakerMention).toBe('She');
  });

  it('a sentence opening with a name and its apposition, or a description with lower-case role words', () => {
    // AP via Breitbart, PolNeAR train.
    expect(
      speakers('Christie, New Jersey’s sitting governor, repeated accusations that Rubio recites the same campaign points, calling him a “talented guy.”'),
    ).toEqual(['Christie']);
    expect(
      speakers('Democratic presidential candidate Bernie Sanders is choosing not to respond to accusations that his backers are waging “profane” attacks.'),
    ).toEqual(['Bernie Sanders']);
  });

  it('a clause ending in a colon introduces the quotation after it, adverbs and all', () => {
    // AP via Breitbart, PolNeAR train.
    const [, q] = run('“I have earned 9 million votes in this election,” Clinton said. She then addressed the supporters again: “Here is what I regret.”');
    expect(q).toMatchObject({ speakerMention: 'She', speaker: 'Clinton' });
  });

  it('the tag right after a quotation wins over the colon clause that introduced it', () => {
    // HuffPost, PolNeAR train.
    const [q] = run('In her speech, Rhimes declared the need for strong will, ambition and drive: “Change the world and when you’ve done that, change it again,” she said.');
    expect(q?.speakerMention).toBe('she');
  });

  it('"X said, according to CNN": the outermost source is the speaker, the outlet also the via', () => {
    // UPI via Breitbart, PolNeAR train. PolNeAR annotates only the outermost attribution.
    const [q] = run('“I ask you as a personal courtesy to me not to engage in any protest,” Sanders said, according to CNN.');
    expect(q).toMatchObject({ speaker: 'CNN', cue: 'according to', via: 'CNN' });
    expect(speakers('“But he’s not sympathetic to them,” Hewitt said, according to a transcript of the show.')).toEqual(['a transcript']);
    // A tag with no outer source keeps its speaker.
    expect(speakers('“We will win,” Sanders said, adding that the polls were wrong.')).toEqual(['Sanders']);
  });

  it('a partial quotation nested in reported content belongs to the outer speaker', () => {
    // Breitbart and AP, PolNeAR train.
    expect(speakers('President Barack Obama said he expected that Americans will say “no” to Trump’s policy measures.')).toEqual(['Barack Obama']);
    expect(
      speakers('Cruz said Thursday during taping of a town hall in Buffalo, New York, that states can pass such laws because “men should not be going to the bathroom with little girls.”'),
    ).toEqual(['Cruz']);
    // A subordinate clause's verb is not the outer one; a pronoun inside is the same speaker.
    expect(speakers('After Smith said the plan was dead, Jones called it “a disgrace.”')).toEqual(['Jones']);
  });

  it('"According to X," opening the sentence makes X the source; a colon clause has its own subject', () => {
    // Breitbart, PolNeAR dev.
    const [q] = run('According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that if his candidate were to win, “she would sign this legislation if it came to her desk.”');
    expect(q).toMatchObject({ speaker: 'Yahoo News', cue: 'according to' });
    // NYT, PolNeAR dev.
    const [r] = run('With Democratic leaders increasingly worried about a lack of passion among young voters, President Obama is rolling out a new and more personal campaign message: "It\'s about me."');
    expect(r).toMatchObject({ speaker: 'Obama', speakerMention: 'President Obama' });
  });

  it('"X, who called …": the relative pronoun is the mention, resolved to X', () => {
    // Breitbart and USA Today, PolNeAR train.
    const [q] = run('Beck, who has in the past described Trump as “a pathological narcissistic sociopath,” clearly intended it.');
    expect(q).toMatchObject({ speaker: 'Beck', speakerMention: 'who' });
    expect(run('Contrast that with Trump, who has called the 12-nation TPP pact "insanity."')[0]).toMatchObject({ speaker: 'Trump', speakerMention: 'who' });
    // A relative clause closed before the verb, or a restrictive one, leaves the noun phrase.
    expect(run('One attendee, who like others spoke on the condition of anonymity, said the senator was "ferocious."')[0]?.speakerMention).toBe('One attendee');
    expect(run('A White House official who spoke anonymously said Wednesday, "Certainly there are discussions."')[0]?.speakerMention).toBe('A White House official');
  });

  it('dashed appositions, plural possessives, a surname that is a title word, a participle after a final tag', () => {
    // Newsmax via West Journal, AP, HuffPost; PolNeAR train.
    expect(
      speakers('On Friday, Gingrich — mentioned by Newsmax as the leading choice for running mate — told Bill O’Reilly of Fox News, that “you have to look at it very seriously.”'),
    ).toEqual(['Gingrich']);
    expect(speakers('Sanders’ campaign called AP’s report a “rush to judgment,” because superdelegates can change their mind.')).toEqual(['Sanders’ campaign']);
    expect(speakers('"We can run a strong national campaign," Jeff Weaver, Sanders\' campaign manager, said.')).toEqual(['Jeff Weaver']);
    expect(speakers('King says Ali “talked the talk and walked the walk.”')).toEqual(['King']);
    expect(speakers('Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”')).toEqual(['Hollande', 'Hollande']);
  });

  it('a description then the name: the mention is both, the speaker the name', () => {
    // Breitbart, WaPo; PolNeAR train.
    const [q] = run('In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Hillary Clinton believes that transatlantic cooperation is essential.”');
    expect(q).toMatchObject({ speaker: 'Jake Sullivan', speakerMention: 'her senior policy adviser, Jake Sullivan' });
    const [r] = run('Her personal lawyer, David E. Kendall, called the effort “futile.”');
    expect(r).toMatchObject({ speaker: 'David E. Kendall', speakerMention: 'Her personal lawyer, David E. Kendall' });
  });

  it('"goes on recess" is no reporting verb; "according to" needs no comma before it', () => {
    // Politico, West Journal; PolNeAR train.
    expect(speakers('By contrast, Sen. Marco Rubio said that once the Senate goes on recess, “I intend to do as much as I can.”')).toEqual(['Marco Rubio']);
    expect(speakers('“The committee understands that a lawsuit has been filed,” Gowdy spokesman Jamal Ware said in a statement according to The Blaze.')).toEqual(['The Blaze']);
  });

  it('two appositions after the name, one holding a word that looks like a cue', () => {
    // AP, PolNeAR dev.
    expect(
      speakers('“It’s an invasion of the state regulatory authority,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.'),
    ).toEqual(['Scott Pruitt']);
  });

  it('more reporting verbs: beamed, asserted, interjected', () => {
    // AP via Breitbart, PolNeAR train.
    expect(speakers('“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.')).toEqual(['Donald Hartley']);
    expect(speakers('Clinton asserted that the plan was “a disaster for working families.”')).toEqual(['Clinton']);
  });

  it('"and said" takes the nearest clause subject; a participle after an object takes its clause subject', () => {
    // West Journal, WaPo; PolNeAR train.
    const [q] = run('When Robby Mook, Clinton’s campaign manager, was asked if Clinton would hold a press conference, he laughed and said, “We’ll see.”');
    expect(q).toMatchObject({ speakerMention: 'he', speaker: 'Robby Mook' });
    const [, r] = run('Asked a direct question, Clinton said, "I do take responsibility." She followed that by saying, "I am not a natural politician."');
    expect(r?.speakerMention).toBe('She');
    expect(run('At the time, she released a statement saying, "G-III has distinguished itself as a trusted partner."')[0]?.speakerMention).toBe('she');
  });

  it('"a source familiar with …" is kept whole; "Name of City, State" ends at the name; "Another delegate, Name,"', () => {
    // Politico, AP via Breitbart; PolNeAR train.
    const [q] = run('Another source familiar with Cruz’s thinking said, “I think he’ll certainly try to be more friendly.”');
    expect(q?.speakerMention).toBe('Another source familiar with Cruz’s thinking');
    expect(speakers('Stacy Baker of Columbia, South Carolina says she thinks Cruz can win if he keeps “doing what he’s doing.”')).toEqual(['Stacy Baker']);
    expect(run('Another delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”')[0]).toMatchObject({
      speaker: 'Jim Poolman',
      speakerMention: 'Another delegate on the Cruz slate, Jim Poolman',
    });
    // An opening phrase with a place is not a "City, State" subject.
    expect(speakers('Kicking off the day at a town hall meeting in Salem, Trump said he was not “politically correct.”')).toEqual(['Trump']);
  });

  it('a lower-case apposition before a relative-clause apposition', () => {
    // AP, PolNeAR dev.
    expect(
      speakers('Michael Mulgrew, president of the United Federation of Teachers, which represents New York City educators, said he hopes the day sends a message that “communities are standing up.”'),
    ).toEqual(['Michael Mulgrew']);
  });

  it('"as X said" tags a fragment; a fragment in a sentence of its own takes that sentence’s subject', () => {
    // Politico; PolNeAR train.
    expect(speakers('Still, the fact that the race “is a dead heat right now,” as Cruz said on a radio program on Monday, magnifies the stakes.')).toEqual(['Cruz']);
    expect(
      speakers('“She said it’s not just about her, it’s about all of us,” Meeks added. Clinton talked up her “50-state strategy,” promising to campaign across the country.'),
    ).toEqual(['Meeks', 'Clinton']);
  });

  it('a fragment in a sentence that ends "according to X" is credited to X', () => {
    // Breitbart, PolNeAR train.
    const [q] = run('On Monday, Trump said he was "happy to see" that Khan was voted in, according to The New York Times.');
    expect(q).toMatchObject({ speaker: 'New York Times', cue: 'according to', via: 'The New York Times' });
  });

  it('a fragment in a sentence that ends "…, CNN reported" is credited to the outlet', () => {
    // Breitbart, PolNeAR train.
    const [q] = run('Trump welcomed the news, saying the Ohio Republican was "doing the right thing," suggesting he might pick him, CNN reported.');
    expect(q).toMatchObject({ speaker: 'CNN', cue: 'reported' });
  });

  it('"it now says", and "it" as a clause subject unless expletive', () => {
    // WaPo, PolNeAR train.
    expect(run('"This is your movement," it now says, showing a montage of diverse faces.')[0]?.speakerMention).toBe('it');
    expect(run('It has been careful to frame its plans as a "belt" of economic prosperity.')[0]?.speakerMention).toBe('It');
    expect(run('It is clear that the plan is a "belt" of economic prosperity.')[0]?.speakerMention ?? null).not.toBe('It');
  });

  it('"Here’s X in 1992:" introduces X; a preposition’s object before a colon does not', () => {
    // HuffPost, WaPo; PolNeAR train.
    const text = 'But Frank teases out an elitist ideology underpinning Clintonism. Here’s Clinton in December 1992: “Our new direction must rest on the new realities.”';
    expect(speakers(text)).toEqual(['Clinton']);
    expect(
      speakers('Jeb Bush broke down exactly what was wrong with the image to the Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive.”'),
    ).not.toEqual(['NRC Handelsblad']);
    expect(speakers('"Well, yes," Clinton said. "Grizzly Adams?" Maddow repeated.')).toEqual(['Clinton', 'Maddow']);
  });

  it('a reporting sentence between two quotations names the speaker of the second', () => {
    // USA Today, PolNeAR train.
    const text = '"Everyone deserves to live their life," says Gloria Garcia, 34, a nurse. She says people should be able to use the bathroom they prefer. "It is their life."';
    expect(run(text)[1]).toMatchObject({ speaker: 'Gloria Garcia', speakerMention: 'She' });
  });

  it('a dateline before a dash; a verb tag after the mark beats an owner of speech before it', () => {
    // AFP via Breitbart, NYT; PolNeAR train.
    expect(
      speakers('Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump’s stance on Brexit, saying that “bombastic comments” do more harm than good.'),
    ).toEqual(['Hillary Clinton']);
    expect(speakers('Donald J. Trump\'s remarks about a federal judge were "the textbook definition of a racist comment," Mr. Ryan said.')).toEqual(['Ryan']);
  });

  it('indefinite people ("someone in the audience") are speakers', () => {
    // Breitbart, PolNeAR train.
    expect(speakers('When someone in the audience shouted, “Cruz,” Beck joked, “Amen, brother!”')).toEqual(['someone in the audience', 'Beck']);
  });

  it('"Flynn said Trump was “right” when he said …": both fragments are the outer speaker’s', () => {
    // AP, PolNeAR dev. PolNeAR annotates the outermost attribution only.
    const text = 'Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” when he said Wednesday night that under President Barack Obama, “the generals have been reduced to rubble.”';
    expect(speakers(text)).toEqual(['Michael Flynn', 'Michael Flynn']);
    // "X said he …" keeps the pronoun: it is X again.
    expect(run('DeSantis said he warned that the accreditation system has become "a cartel for higher education."')[0]?.speakerMention).toBe('he');
  });

  it('quantified descriptions ("several environmental groups") as clause subjects, not the opening phrase', () => {
    // NYT, PolNeAR dev.
    expect(
      speakers('In August, several environmental groups granted Mr. Clarke an extension on a court order, saying his "start-up capital was less than expected."'),
    ).toEqual(['several environmental groups']);
  });

  it('inverted tags after an opening clause, "More from X:", a described name before an aside', () => {
    // Politico, HuffPost; PolNeAR train.
    expect(speakers('Because of how Democrats crafted the primary schedule, explained Rosenberg, “with this thing being over by mid-March, we get a break.”')).toEqual(['Rosenberg']);
    expect(speakers('What that means for this year’s election - More from Jones: “The partisanship of the state population is a starting point.”')).toEqual(['Jones']);
    expect(
      speakers('Republican presidential nominee Donald Trump, during multiple interviews on Thursday, referred to President Barack Obama as “the most valuable player” for ISIS.'),
    ).toEqual(['Donald Trump']);
    expect(speakers('Jeb Bush broke down what was wrong with the image to the Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive.”')).toEqual(['Jeb Bush']);
  });

  it('a long description with an article and no verb; "from X, who declared"', () => {
    // AP, PolNeAR train.
    expect(speakers('The Democratic presidential front-runner and former secretary of state said the U.S. “clearly” needed a more robust air campaign.')).toEqual([
      'The Democratic presidential front-runner and former secretary of state',
    ]);
    const [q] = run('On Thursday, Cruz scored his first endorsement from a Senate colleague, from Mike Lee, who declared in the spin room, “It’s time to unite.”');
    expect(q).toMatchObject({ speaker: 'Mike Lee', speakerMention: 'who' });
  });

  it('an apposition left unclosed before the verb', () => {
    // West Journal, PolNeAR train.
    expect(speakers('Anthony Anton, president and CEO of Washington Restaurant Association stated, “It’s not a political problem; it’s a math problem.”')).toEqual(['Anthony Anton']);
    expect(speakers('Gary Byrne, a former Secret Service agent for President Bill Clinton has written a book exposing the “eruptive” behavior.')).toEqual(['Gary Byrne']);
  });

  it('a description with its head before a prepositional phrase stays that description', () => {
    // Politico, PolNeAR train: the spokesman speaks, not the senator he speaks for.
    expect(run('"The campaign will not be silenced," a spokesman for Sen. Bernie Sanders said.')[0]?.speakerMention).toBe('a spokesman for Sen. Bernie Sanders');
  });
  it('"went on" closing a quotation is a tag, "the show went on" is not', () => {
    // Politico, PolNeAR train.
    const [q] = run('Clinton pointed to the plans.\n\n"And it’s a bit concerning to me because it would end all the kinds of health care we know," she went on.');
    expect(q?.speakerMention).toBe('she');
  });
  it('a pronoun tag after the quotation beats a comma-introduced clause before it', () => {
    // Politico, PolNeAR train.
    const [q] = run('Vice President Joe Biden weighed in as well, telling Mic in an interview published on Monday, “But gosh almighty, they’re both qualified,” he said.');
    expect(q?.speakerMention).toBe('he');
    expect(q?.speaker).toBe('Joe Biden');
  });
  it('", reports USA Today" after a tag credits the outlet as the outermost source', () => {
    // Breitbart, PolNeAR train.
    expect(speakers('“The platform’s language just says you are no longer welcome,” said Kristen Day, executive director of Democrats for Life, reports USA Today.')).toEqual(['USA Today']);
    expect(speakers('“It was a mistake,” said Kristen Day, executive director of Democrats for Life.')).toEqual(['Kristen Day']);
  });
  it('"X was asked by Y" credits the agent Y, the one who spoke', () => {
    // HuffPost, PolNeAR train.
    expect(
      speakers('Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax credits, which the Tax Foundation estimates would cost $170 billion a year, would risk “adding another expensive entitlement program.”'),
    ).toEqual(['Gerard Baker']);
    expect(speakers('Rubio was asked whether it would risk “adding another expensive entitlement program.”')).toEqual(['Rubio']);
  });
  it('a partial quotation with no clause of its own after an earlier one reads the sentence whole', () => {
    // HuffPost, PolNeAR train.
    const qs = run('The Trayvon Martin Foundation did not want to address “that person,” telling Fox 35 that the organization is focused on “ending senseless gun violence.”');
    expect(qs.find((q) => q.text.startsWith('ending'))?.speaker).toBe('Trayvon Martin Foundation');
  });
  it('a participle takes the subject that opens its sentence, past a parenthesis and the verb phrase', () => {
    // HuffPost, PolNeAR train.
    expect(
      speakers('Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his recent remarks about his rival, Hillary Clinton, saying “on her worst day” she’d be “an infinitely better president” than any of them.').slice(1),
    ).toEqual(['Bernie Sanders', 'Bernie Sanders']);
    expect(
      speakers('WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Donald Trump‘s attack on a federal judge and said it’s basically the same thing as Supreme Court Justice Sonia Sotomayor referring to herself as “a wise Latina.”'),
    ).toEqual(['Chuck Grassley']);
  });
  it('a sentence ending in a colon right before a paragraph-opening quotation introduces it', () => {
    // Breitbart, PolNeAR train.
    const qs = run('“I have decided to endorse Ted Cruz,” Blackwell wrote.\n\nHe then listed the qualities necessary in a successful Republican presidential nominee in 2016:\n\n"In the piece I wrote last November, I discussed several factors."');
    expect(qs[1]).toMatchObject({ speaker: 'Blackwell', speakerMention: 'He' });
    const ts = run('“This is what I’m up against,” Tenney said. She went on to say:\n\n"Incredibly, none of them will come out and support Trump."');
    expect(ts[1]).toMatchObject({ speaker: 'Tenney', speakerMention: 'She' });
  });
  it('clause subjects after "And then" and before frequency adverbs ("She often speaks")', () => {
    // Washington Post, PolNeAR train.
    expect(run('Clinton talks freely of her experiences. She often speaks of breaking "that highest, hardest glass ceiling" by being elected.')[0]?.speakerMention).toBe('She');
    expect(
      run('Sanders called on the party to open its doors. And then he promised that he\'s staying in the race. "Let me be as clear as I can be: We are in till the last ballot is cast!"')[0]?.speakerMention,
    ).toBe('he');
    // A preposition after the conjunction is no clause subject.
    expect(run('But after Tuesday night’s appearance, one writer imagined Christie was thinking: “My God what have I done?”')[0]?.speaker).not.toBe('Tuesday');
  });
  it('a past-tense verb right after the mark is a tag even outside the lexicon', () => {
    // Washington Post, PolNeAR train.
    expect(speakers('"An awful lot of analysts said no, and she took it upon herself to prove them wrong," remembered Roy Verley, HP\'s former chief corporate spokesman.')).toEqual(['Roy Verley']);
    expect(speakers('"She was determined to make it work," Verley recalled.')).toEqual(['Verley']);
  });
  it('two roles joined by "and" before one name are one speaker', () => {
    // Politico, PolNeAR train.
    const [q] = run('“He’s reprising that role,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell. “It’s about turnout.”');
    expect(q).toMatchObject({ speaker: 'Ed Rendell' });
  });
  it('a signature line after a paragraph-closing quotation names its speaker', () => {
    // Washington Post fact check, PolNeAR train.
    const text = 'The senator spoke.\n\n"[Americans are] worried about the future of their kids."\n\n- Bernie Sanders.\n\nThe senator is relying on an outdated statistic.\n\n"I will look into it."\n\n— Hillary Clinton\n';
    expect(speakers(text)).toEqual(['Bernie Sanders', 'Hillary Clinton']);
  });
  it('a title word before a comma does not make a lower-case quotation a title', () => {
    // Politico, PolNeAR train.
    expect(speakers('Under his program, “states were hemorrhaging money. They needed it,” DeSantis said. “And he conditioned that funding on Common Core.”')).toEqual(['DeSantis', 'DeSantis']);
  });
  it('a sentence-final tag beats the owner of a speech noun inside the sentence', () => {
    // HuffPost, PolNeAR train.
    expect(speakers('Clark’s comments further “the anti-Muslim mob mentality” fostered by Trump and other GOP hopefuls, the groups say.')).toEqual(['the groups']);
  });
  it('a description closed as an apposition yields to the name before it', () => {
    // Politico, PolNeAR dev.
    const [q] = run('Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose someone through television.');
    expect(q).toMatchObject({ speaker: 'Dean', speakerMention: 'Dean' });
  });
  it('a colon introduction cut by an earlier quoted title reads the sentence whole', () => {
    // USA Today, PolNeAR dev.
    const qs = run('Clinton, the former secretary of State, stressed her support of the raid during a "Commander-in-Chief Forum" sponsored by NBC News and said she has the essential quality for the job: "Steadiness -- an absolute rock steadiness, and mixed with strength."');
    expect(qs[qs.length - 1]?.speaker).toBe('Clinton');
  });
  it('a poll\'s share of a group is the speaker, not the group and not a person named after it', () => {
    // Breitbart/AP and Western Journalism, PolNeAR train.
    expect(speakers('About four in 10 South Carolina Republican primary voters said Trump "shares my values."')).toEqual([
      'About four in 10 South Carolina Republican primary voters',
    ]);
    expect(speakers('At least half of voters in each state say each of the two candidates’ positions on the issues are “about right,” though voters differ.')).toEqual([
      'At least half of voters in each state',
    ]);
    const [, q] = run('Overall, 73 percent of Americans said the country is on the "wrong track," while 21 percent said it was headed in the "right direction."');
    expect(q).toMatchObject({ text: 'right direction.', speaker: '21 percent' });
    // A bare fraction is no share of anyone: "a third would be what Sroka called …".
    expect(speakers('Another would be a leadership PAC, while a third would be what Sroka called a "let a thousand flowers bloom" approach.')).not.toContain('a third');
  });
  it('credits the source of "as described by X" and "in the words of X" as "according to" does', () => {
    // Western Journalism, PolNeAR train (trimmed).
    expect(speakers('She was “extreme careless” in the handling of classified information, as described by FBI Director James Comey.')).toEqual(['James Comey']);
    expect(speakers('She was “extremely careless” in handling classified data, in the words of FBI Director James Comey.')).toEqual(['James Comey']);
  });
  it('a numbered article or resolution speaks for itself', () => {
    // Breitbart, PolNeAR train; KCNA-style resolution reference.
    expect(speakers('Article 33 affirms: “No Contracting State shall expel or return a refugee in any manner whatsoever.”')).toEqual(['Article 33']);
    expect(speakers('UN Security Council Resolution 2231 states: “Iran shall not undertake any activity.”')).toEqual(['UN Security Council Resolution 2231']);
  });
  it('a sentence opening with a reporting participle has its main subject for speaker', () => {
    // Breitbart, PolNeAR train.
    expect(speakers('Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the real estate mogul’s wealth does give him an advantage.')).toEqual(['Allen']);
  });
  it('a phrase opened by a preposition is no speaker, except a source\'s own document after "From"', () => {
    // HuffPost, PolNeAR dev: "for responsible executives" is who loses the money, not who spoke.
    const quotes = run('Though she called Wells Fargo’s behavior “outrageous” and called for compensation to be “clawed back” for responsible executives, Clinton restricted her comments.');
    expect(quotes.map((q) => q.speaker)).not.toContain('for responsible executives');
    // Washington Post, PolNeAR train.
    expect(run('From Bush\'s Facebook post: "For the sake of our party and country, we must move to overcome the divisiveness."')[0]?.speakerMention).toMatch(/^Bush's Facebook/);
  });
  it('a comment clause "as X suggested" later in the sentence credits the quotation', () => {
    // USA Today, PolNeAR train.
    expect(speakers('Her wins solidify her argument that she is popular, rather than just a “regional” candidate, as Sanders’ campaign manager suggested after she swept the South.')).toEqual([
      'Sanders’ campaign manager',
    ]);
  });
  it('a transcript label may carry a party-and-state tag before its colon', () => {
    // Washington Post, PolNeAR train.
    expect(speakers('Rep. Trey Gowdy (R-S.C.): "I have not heard anyone other than you ever cite that figure."')).toEqual(['Trey Gowdy']);
  });
  it('a month or weekday alone is a date, not a speaker\'s name', () => {
    // Washington Post, PolNeAR train.
    expect(
      speakers('On the eve of his historic election to a fourth term as prime minister in March, Netanyahu rallied supporters by warning darkly that "the rule of the right is in danger."'),
    ).toEqual(['Netanyahu']);
    expect(speakers('"We will cut taxes," Prime Minister May said.')).toEqual(['May']);
    // Names that are also auxiliaries are names when capitalised.
    expect(speakers('"We will cut taxes," Prime Minister Theresa May said.')).toEqual(['Theresa May']);
    expect(speakers('"It is a fraud," columnist George Will wrote.')).toEqual(['George Will']);
  });
  it('an office\'s portfolio after "of" is role, not name ("Secretary of State George Shultz")', () => {
    // Reuters-21578 (reflowed).
    expect(run('"The pound is stable," Chancellor of the Exchequer Nigel Lawson said.')[0]).toMatchObject({ speaker: 'Nigel Lawson', speakerRole: 'Chancellor of the Exchequer' });
    expect(run('Secretary of State George Shultz said the talks were "useful."')[0]).toMatchObject({ speaker: 'George Shultz', speakerRole: 'Secretary of State' });
  });
});

describe('firms named by initials or by two names joined with "and"', () => {
  it('reads "S and P" and "Standard and Poor\'s" as one organisation, not a person called "P" or "Poor"', () => {
    // Reuters-21578 3369 and 9636 (shortened).
    const qs = extractQuotes({
      id: 'a',
      text: 'The additional production facilities will add to Chrysler\'s fixed overhead. "Chrysler will be challenged to integrate these facilities and the distribution network it is acquiring," S and P said.\n    "Most bank managements appear committed to improving capital ratios," Standard and Poor\'s said.',
    });
    expect(qs.map((q) => q.speaker)).toEqual(['S and P', "Standard and Poor's"]);
  });
});

describe('bodies whose names run over "of", and "it" followed back to them', () => {
  it('keeps "Shamrock Holdings of California Inc" whole and gives it the "it" two sentences on', () => {
    // Reuters-21578 15894 (shortened).
    const [q] = extractQuotes({
      id: 'a',
      text: 'Shamrock Holdings of California Inc, a Disney family company, said it submitted the bid on April 8.\n    Shamrock said it had asked for certain information about Holly Sugar\'s financial condition but had been turned down. It said its offer was therefore subject to further discussions.\n    "Once we have had an opportunity to complete our due diligence evaluation of the company, we would be prepared to negotiate all aspects of our proposal," it said in its April 8 letter.',
    });
    expect(q?.speaker).toBe('Shamrock Holdings of California');
  });

  it('keeps a body whose name runs over "of" whole: "Anglo American Corp of South Africa Ltd."', () => {
    // Reuters-21578 19797 and 17959 (shortened).
    expect(speakers('Anglo American Corp of South Africa Ltd. said the proposed law was "racially discriminatory."')).toEqual(['Anglo American Corp of South Africa Ltd.']);
    expect(speakers('The compound "potently blocks entry of the AIDS virus into cells," the U.S. National Institute of Mental Health said.')).toEqual(['U.S. National Institute of Mental Health']);
  });

  it('reads "Bank of Tokyo\'s Kimura" as a person the bank owns, not as the bank', () => {
    const [q] = extractQuotes({ id: 'a', text: '"The dollar will stay weak," said Bank of Tokyo\'s Haruo Kimura.' });
    expect(q?.speaker).toBe('Haruo Kimura');
  });

  it('gives a one-word body the name the article gave it before, not a longer one given later', () => {
    // Reuters-21578 18278 (shortened).
    const qs = extractQuotes({
      id: 'a',
      text: 'Deutsche Bank AG said it would abstain in votes exonerating VW management.\n    Deutsche said it expected the results of the auditor\'s report to be published before the annual meeting.\n    "Unless you give us instructions to the contrary, we will abstain with your shares," it added.\n    The report is being prepared by Deutsche Treuhand-Gesellschaft AG, the auditors.',
    });
    expect(qs[0]?.speaker).toBe('Deutsche Bank AG');
  });
});

describe('clause words are no part of a name', () => {
  it('does not read "Although Citicorp" as the name of the bank', () => {
    // Reuters-21578 4800 (shortened).
    const text =
      'Although Citicorp denied earlier rumors of major loan losses, it said Brazil\'s moratorium may hurt earnings.\n    However, Citicorp said in the 8-K filing that "it is premature to make such a decision at this time in view of the fluidity of the situation."';
    expect(speakers(text)).toEqual(['Citicorp']);
  });
});

describe('"the company", "the utility": the body the story is about', () => {
  it('reads "the utility" as a speaker, and "would be asked to pay" and "the then projected" as no tags', () => {
    // Reuters-21578 3062 (shortened).
    const [q] = run(
      'The company\'s largest subsidiary, Georgia Power Co, said the budget for the plant has increased. The plant is co-owned by <Oglethorpe Power Corp> and the city of Dalton. In March 1986, the utility told Georgia regulators it would "cap" the price of Vogtle its customers would be asked to pay at 3.56 billion dlrs, the company\'s share of the then projected 8.35 billion dlr total.',
    );
    expect(q).toMatchObject({ text: 'cap', speaker: 'Georgia Power Co', speakerMention: 'the utility' });
  });

  it('passes over a body that a preposition or "its" governs', () => {
    // Reuters-21578 7041 (shortened).
    const [q] = run(
      'American Express Co said it and its Shearson Lehman Brothers Inc subsidiary have been holding talks on an equity investment in Shearson Lehman by <Nippon Life Insurance Co> of Japan. The company said, "The discussions have led to a general understanding."',
    );
    expect(q?.speaker).toBe('American Express Co');
  });
});

describe('a name with an indefinite apposition before the verb', () => {
  it('reads "Dan Rostenkowski, an Illinois Democrat said" and "Robert Dole, a key Reagan ally, told" as the person', () => {
    // Reuters-21578 4595 and 178 (shortened).
    expect(run('"This product could very well be toughening our trade policy," Ways and Means chairman Dan Rostenkowski, an Illinois Democrat said.')[0]).toMatchObject({ speaker: 'Dan Rostenkowski', speakerRole: 'Ways and Means chairman' });
    expect(speakers('Senate Republican leader Robert Dole, a key Reagan ally, told reporters the report disclosed "colossal blunders" and said people should step aside.')).toEqual(['Robert Dole']);
  });

  it('leaves "In Chicago, an analyst said" to the analyst', () => {
    expect(speakers('In Chicago, an analyst said the market was "overheated."')).toEqual(['an analyst']);
  });
});

describe('an outlet that "quoted X as saying" is the channel, not the speaker', () => {
  it('keeps Tanjug and "the Al-Anbaa newspaper" as via, with the person as speaker', () => {
    // Reuters-21578 21506 and 8390 (shortened).
    expect(run('Chairman Abdul Fattah al-Bader told a Kuwaiti newspaper exports were unaffected. "Kuwait has exploited all available opportunities," the Al-Anbaa newspaper quoted him as saying.')[0]).toMatchObject({ speaker: 'Abdul Fattah al-Bader', via: 'Al-Anbaa' });
    expect(run('The official Tanjug news agency quoted Zemljaric as saying Yugoslavia expected a "definite measure of understanding" from its creditors.')[0]).toMatchObject({ speaker: 'Zemljaric', via: 'Tanjug' });
  });

  it('names no outlet for "The newspaper quoted Deng as saying"', () => {
    expect(run('The newspaper quoted Deng as saying that "pigs are not fed, there is not enough grain."')[0]?.via).toBeNull();
  });
});

describe('a plural of people by their work opening the sentence', () => {
  it('is a description, not a person called "Analysts" or "Chicago"', () => {
    // Reuters-21578 8441 and 13809.
    const [analysts] = run('Analysts said the fight between the chains had turned into "burger wars."');
    expect(analysts).toMatchObject({ speaker: 'Analysts', speakerRole: 'Analysts' });
    const [chicago] = run('Traders in Chicago called the move a "disguised loan."');
    expect(chicago).toMatchObject({ speaker: 'Traders in Chicago' });
    // KCNA 2024 (kcna-680d297f1964): a preposition is no head of the group.
    const [citizens] = run('Citizens from across the ROK said in their speeches that the people\'s mindset is the only impeachment. An "appeal for the nationwide candlelight demonstration in September" was read out at the rally.');
    expect(citizens?.speaker).toBe('Citizens from across the ROK');
  });
});

describe('two people, each with an office, joined by "and"', () => {
  it('are both the speaker, not the second alone nor the apposition after them', () => {
    // PolNeAR train, Washington Post 2016-09-07.
    const [q] = run('“We can only wonder if the intent is to reopen the polls,” state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said in a statement.');
    expect(q).toMatchObject({ speaker: 'Phil Berger and Tim Moore', speakerRole: 'state Senate leader and House Speaker' });
    // Reuters-21578 20942.
    const [merrill] = run('"America\'s economic system is the strongest in the world," chairman William Schreyer and president Daniel Tully said in a statement.');
    expect(merrill?.speaker).toBe('William Schreyer and Daniel Tully');
  });

  it('leaves a body\'s name with "and" in it alone', () => {
    expect(run('"The tax bill is dead," Ways and Means chairman Dan Rostenkowski said.')[0]?.speaker).toBe('Dan Rostenkowski');
  });
});

describe('a relative named in apposition shares the surname', () => {
  it('leaves the bare surname and "he" with the person the article is about', () => {
    // PolNeAR train, Washington Post 2016-09-03, shortened.
    const qs = run(
      'Marcel Lehel Lazar, 44, known online as "Guccifer," was extradited in 2014 to the United States.\n\n' +
        '"We need him because life is very hard in Romania," his wife, Gabriela Violeta Lazar, wrote in a letter to the court.\n\n' +
        'In his 2014 interview, Lazar told FBI agents that he trawled more or less randomly through the online accounts of "important people," looking for weak spots.',
    );
    expect(qs.find((q) => q.text.startsWith('We need him'))?.speaker).toBe('Gabriela Violeta Lazar');
    expect(qs.find((q) => q.text.startsWith('important people'))?.speaker).toBe('Marcel Lehel Lazar');
  });
});

describe('a pronoun tag between commas inside reported words', () => {
  it('restates the person whose verb reports them, not the person named last', () => {
    // PolNeAR train, New York Times 2016-09-07.
    const [q] = run(
      "Mrs. Schlafly famously called feminists ''a bunch of bitter women.'' When Ms. Friedan, during a debate at Indiana University in 1973, recommended that she burn at the stake, Mrs. Schlafly replied in an even voice that she was pleased Ms. Friedan had said that because, she said, the comment had made it plain to the audience just how intolerant ''intemperate, agitating proponents of the E.R.A.'' were.",
    ).filter((x) => x.text.startsWith('intemperate'));
    expect(q?.speaker).toBe('Schlafly');
  });

  it('leaves "Asked if …, he replied," to the pronoun\'s own antecedent', () => {
    // Reuters-21578 359.
    const qs = run('"It\'s a question of why the official lending agencies don\'t finance a little bit more quickly," Funaro told reporters. Asked if Brazil would have continued making payments of monthly interest, he replied, "Yes, because our country did not receive financing from these agencies."');
    expect(qs[1]?.speaker).toBe('Funaro');
  });
});

describe('a people\'s name after "the", and "Audiences"', () => {
  it('describes them instead of naming a person "French", "Syrian" or "Audiences"', () => {
    // Reuters-21578 16036, shortened.
    const [french] = run('At the meeting of the International Monetary Fund\'s policy-making Interim Committee, the French said "multilateral resources thus collected would permit" more lending.');
    expect(french).toMatchObject({ speaker: 'the French', speakerRole: 'the French' });
    // PolNeAR train, HuffPost 2016-08-05: the group is no person, so the sentence's speaker
    // named before it keeps the quotation.
    const qs = run(
      '“It’s a family drama,” Butz said of the show. Audiences can expect “maybe a little more recklessness than they’re used to.”',
    );
    expect(qs[1]?.speaker).not.toBe('Audiences');
  });
});

describe('faults a Reuters sample showed (seed 4242)', () => {
  it('reads "Name, DRI Europe\'s senior economist, said" as the name with its role', () => {
    // Reuters-21578 10340.
    const [q] = run('Michel Girardin, DRI Europe\'s senior economist, said at a conference that Italian GDP growth this year "will be mainly driven by consumption and especially investment."');
    expect(q).toMatchObject({ speaker: 'Michel Girardin', speakerRole: "DRI Europe's senior economist" });
  });

  it('gives "referred to by German bond dealers as the “…”" to the dealers', () => {
    // Reuters-21578 17456.
    const [q] = run('Many borrowers might also seek to get their bonds in before the market enters its quiet summer phase, referred to by German bond dealers as the "summer hole." But syndicate managers said there are also some factors standing in the way of new issues.');
    expect(q?.speaker).toBe('German bond dealers');
  });

  it('lets "he" stand for "a union representative"', () => {
    // Reuters-21578 17486.
    const [q] = run('Three United Steelworkers of America locals on strike at Cominco Ltd rejected a tentative three-year contract, a union representative said. "The vote was 1,229, or 54.5 pct, against, and 1,028, or 45.5 pct, for the contract," he said.');
    expect(q?.speaker).toBe('a union representative');
  });

  it('does not make "the company" a body named inside its own relative clause', () => {
    // Reuters-21578 4075, shortened.
    const [q] = run('Boliden AB said it expected to return to profitability during 1987. The company, which consolidated the Swedish wholesale and investment conglomerate <Ahlsell AB> this year, said the result included restructuring costs. "These costs have arisen as a results of a change of direction for the group," the company said in a statement.');
    expect(q?.speaker).toBe('Boliden AB');
  });
});

describe('"one said": one of the group that reported before', () => {
  it('takes the plural reporter of the sentence before', () => {
    // Reuters-21578 10036 (the speaker had been "one said").
    const [diplomats] = run('Western diplomats said today the climb-down on food prices was a limited concession. "This is a small price to pay if they can push through the other price rises," one said, adding that fuel and energy rises would have a more serious impact.');
    expect(diplomats).toMatchObject({ speaker: 'Western diplomats', speakerMention: 'one' });
    // Reuters-21578 382: no group named, so no speaker; not the person named after the quotation.
    const [underwriters] = run('Bank of America priced its deal. "AAA-rated auto paper was trading about 75 basis points over Treasuries when First Boston priced the deal," one said. However, Dub said the offering sold out quickly.');
    expect(underwriters?.speaker ?? null).toBeNull();
  });

  it('reads "The officials said they …" as the officials, and a sentence with no reporting verb by its subject', () => {
    // Reuters-21578 17205 and 9275.
    expect(run('The officials said they expected sentiment against the dollar to change soon. "We have already seen some signs of improvement, but the market does not appreciate it yet," one said.')[0]?.speaker).toBe('The officials');
    expect(run('But few analysts believed a correction would spell the end of the bull run. "As long as corporate profits keep on growing then the pressure for continued rises will be there," one said.')[0]?.speaker).toBe('few analysts');
  });

  it('gives none rather than a clause read as a group ("MITI\'s pressure has")', () => {
    // Reuters-21578 3446.
    const qs = run('MITI\'s pressure has annoyed some makers, who had earlier shrugged off MITI guidance. "It\'s getting to be like communism," said one.');
    expect(qs[0]?.speaker ?? '').not.toMatch(/pressure/);
  });

  it('reads "The U.S. Officials" as a description and a name after a long opening phrase as the subject', () => {
    // Reuters-21578 18250.
    const [q] = run('In recent statements U.S. Officials have said the dollar has fallen far enough and at a White House briefing today announcing his nomination Greenspan said "there certainly is evidence" that the dollar had bottomed out.');
    expect(q?.speaker).toBe('Greenspan');
  });
});

describe('faults a random KCNA sample showed (seed 8080)', () => {
  it('reads a plural that ends the clause as its head ("The Japanese imperialists, who …")', () => {
    // KCNA 2024 (kcna-f9a56b98ef43).
    const [q] = run('The Japanese imperialists, who boasted about their mightiness, describing the Korean People\'s Revolutionary Army (KPRA) as "a drop in the ocean", were killed in the battles by the unique guerrilla tactics created by the President.');
    expect(q?.speaker).toBe('The Japanese imperialists');
  });

  it('reads "The U.S., the very one of …, is" as the United States, not its apposition', () => {
    // KCNA 2024 (kcna-1d0267cd94f7).
    const [q] = run('The U.S., the very one of the crisis in Ukraine, is getting more hell-bent in supporting weapons, while describing the atrocities of the Ukrainian armed bandits as "legitimate military actions pursuant to the right to self-defence".');
    expect(q?.speaker).toBe('U.S.');
  });

  it('lets "They" stand for the group the sentence before is about', () => {
    // KCNA 2024 (kcna-c87768896b34).
    const qs = run('The 112th candlelight rally and demonstration were staged in Seoul on Oct. 26. The broad masses took part in the rally and demonstration. They gave vent to towering anger and curse at puppet Yoon Suk Yeol, chanting such slogans as "Down with the war-seeking regime" and "Expel Yoon Suk Yeol on the strength of population".');
    expect(qs.map((q) => q.speaker)).toEqual(['The broad masses', 'The broad masses']);
    // KCNA 2024 (kcna-45e0b14c3cbd): "people" is a group by the same test as "one said" uses.
    const [slogan] = run('The Korean people have overcome unexpected and pressing crises. They have made a vigorous advance in socialist construction while taking warm care of those in pain, under the uplifted collective slogan of "One for all and all for one!"');
    expect(slogan?.speaker).toBe('The Korean people');
  });

  it('gives "it was said that “…”" no speaker', () => {
    // KCNA 2024 (kcna-f9a56b98ef43).
    const qs = run('The Japanese imperialists described the KPRA as "a drop in the ocean". He won the battle of the Duoguling Pass in which it was said that "Kim Il Sung carries his soldiers with leaves".');
    expect(qs[1]?.speaker ?? null).toBeNull();
  });
});

describe('a role that is only an article or a name particle', () => {
  it('is no role ("the CPB", "von Schack")', () => {
    // Reuters-21578 3024 and 17017 (found in a random sample, seed 5150).
    const [cpb] = run('"The higher guilder is causing a substantial fall in unit labour costs abroad," the CPB said.');
    expect(cpb).toMatchObject({ speaker: 'CPB', speakerRole: null });
    const [schack] = run('Duquesne Light Co president Wesley von Schack told shareholders that state law will result in higher rates. "Pennsylvania\'s recently enacted excess capacity legislation denies shareholders the opportunity to earn a fair return," von Schack told shareholders at the annual meeting.');
    expect(schack).toMatchObject({ speaker: 'Wesley von Schack', speakerRole: null });
  });
});

describe('an article before capitalised words with no given name', () => {
  it('describes a person ("one Greek Orthodox", "a Marine") rather than naming one', () => {
    // PolNeAR dev, Western Journalism 2016-09-12.
    const [q] = run('To date, 14 Catholics, six Orthodox, four Protestants and one Greek Orthodox were admitted as well as 29 others who only specified “Christian” as their religion.');
    expect(q?.speaker ?? null).not.toBe('Greek Orthodox');
    expect(run('A Marine called the handling of the emails "gross negligence."')[0]?.speaker).toBe('A Marine');
  });
});

describe('corporate names without a legal form', () => {
  it('are bodies, so "It said" reaches them and "he" does not ("Rainier Bancorp", "Crown Central Petroleum")', () => {
    // Reuters-21578 17961 (found in a random sample, seed 2026).
    const [q] = run('Rainier Bancorp said it will add an extra 58 mln dlrs to its loan loss reserve. It said second half earnings are expected to be at "normal profitability levels," resulting in "significant" profits.');
    expect(q?.speaker).toBe('Rainier Bancorp');
  });
});

describe('a country\'s initials run into a surname', () => {
  it('make no fuller name for it ("In the U.S. Silas said")', () => {
    // Reuters-21578 4232 (found in a random sample, seed 2026).
    const qs = run('Phillips is also pursuing opportunities in China, where Silas said he was seeking "a modification of terms with the Chinese government." In the U.S. Silas said Phillips hopes to get the Point Arguello field on stream. "We expect to start up the first platform then," Silas said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Silas', 'Silas']);
  });
});

describe('a plural of people by their work inside a longer subject', () => {
  it('is the head, the verb comes after it ("the Israeli troops occupying …")', () => {
    // KCNA 2024 (kcna-35100dee71b7; found in a random sample, seed 4321).
    const [q] = run('Calling for "starving people in Gaza Strip to death", the Israeli troops occupying the region are indulging in massacre and vandalism.');
    expect(q?.speaker).toBe('the Israeli troops');
  });
});

describe('a pronoun tag on a fragment whose own clause reports nothing (Reuters sample, seed 6060)', () => {
  it('goes to the reporter of the sentence before, not to a company named in the fragment\'s clause', () => {
    // Reuters-21578 8359.
    const text =
      'KLM last week denied a Dutch press report saying it was discussing a takeover of Air Atlanta.\n    The KLM spokesman said Air Atlanta\'s regional route network, centred on Atlanta, Ga, could serve as a feeder to KLM\'s international network.\n    KLM and Air Atlanta had been talking "for some time," he said, but declined to elaborate further.';
    expect(run(text)[0]?.speaker).toBe('The KLM spokesman');
  });

  it('keeps the fuller description of a source already quoted when the writer goes on with "the source"', () => {
    // Fails with the rule above alone: the reporter read from the sentence before is the bare "the source".
    // Reuters-21578 17023.
    const text =
      'A key Senate Budget Committee source told Reuters he believes this very unusual unanimous opposition was by design.\n    "Republicans want Democrats to take the heat for any tax hikes and defense cuts," he said.\n    In the coming weeks, the source said, Democrats will press for a bipartisan budget. But "it is not clear how the Republicans will act," he added.';
    expect(run(text).map((q) => q.speaker)).toEqual(['A key Senate Budget Committee source', 'A key Senate Budget Committee source']);
  });
});

describe('an office written in capitals is a description, not a name (Reuters sample, seed 6060)', () => {
  it('reads "Alan Moore, Lloyds Treasurer, told" as Moore with his office', () => {
    // Reuters-21578 19353.
    const text =
      'Alan Moore, Lloyds Treasurer, told Reuters that the decision was forward looking and followed a "strategic review" of the prospects for Lloyds in these markets. "We decided the return just was not attractive," he said.';
    const qs = run(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Alan Moore', 'Alan Moore']);
    expect(qs[0]?.speakerRole).toBe('Lloyds Treasurer');
  });

  it('resolves "Sudan\'s Finance Minister" to the finance minister the article named', () => {
    // Reuters-21578 8796.
    const text =
      'Finance Minister Beshir Omer, quoted by SUNA, said his government also rejected an IMF demand to lift state subsidies on basic consumer goods. Sudan\'s Finance Minister said last month the country\'s IMF representative had told him the fund\'s executive board was "very pleased with the 18.5 mln dlrs arrears we have paid in the past couple of months."';
    expect(run(text)[0]?.speaker).toBe('Beshir Omer');
  });
});

describe('a body\'s person named by surname after the body\'s possessive', () => {
  it('reads "Lloyds Bank\'s Johnson" as the Johnson the article named, with the bank as role', () => {
    // Reuters-21578 18250.
    const text =
      'But despite the disruption in the markets, Lloyds Bank Plc\'s Group Economic Adivser Christopher Johnson said the announcement was well-timed. "The dollar has further to fall, although it may take a few years" said Lloyds Bank\'s Johnson.';
    const q = run(text)[0];
    expect(q?.speaker).toBe('Christopher Johnson');
    expect(q?.speakerRole).toBe('Lloyds Bank');
  });

  it('gives a pronoun after it to that person', () => {
    // Reuters-21578 21422.
    const text =
      'Herbert Fritschi, director of Zurich Cantonal Bank\'s financial research department, called the sell-off "overdone." Paul Volcker retired as Fed chairman on August 11. Cantonal Bank\'s Fritschi said: "I\'m relatively optimistic because the situation looks too bad." He said he did not expect the Swiss National Bank to take any significant steps. "The panic started in New York, it has to end there."';
    expect(run(text).slice(1).map((q) => q.speaker)).toEqual(['Herbert Fritschi', 'Herbert Fritschi']);
  });
});

describe('a firm named after its founder', () => {
  it('keeps the possessive of "Moody\'s said": the agency, not a person called Moody', () => {
    // Reuters-21578 4842.
    const text =
      'Moody\'s said the magnitude of Beneficial\'s 1986 operating losses has weakened its financial position. "The costs of meeting the potential liability for insurance losses have substantially exceeded original indications," Moody\'s said in a release.';
    expect(run(text).map((q) => q.speaker)).toEqual(["Moody's"]);
  });

  it('still reads a pronoun with a contracted verb as the pronoun (a guard)', () => {
    const text = 'Obama spoke on Tuesday. "We are not there yet," he\'s said.';
    expect(run(text)[0]?.speakerMention).toBe('he');
  });
});

describe('an office held at a body, in capitals, after a name', () => {
  it('is the role of the name before it, not the speaker', () => {
    // Reuters-21578 16658.
    const text =
      'Khalaf al-Oteiba, Marketing Director at the Abu Dhabi National Oil Co (ADNOC), told the company\'s Petroleum Community magazine ADNOC was also keen to keep good customer relations. "The company will maintain its dialogue with and care for its customers," he said.';
    const q = run(text)[0];
    expect(q?.speaker).toBe('Khalaf al-Oteiba');
    expect(q?.speakerRole).toBe('Marketing Director at the Abu Dhabi National Oil Co');
    // Reuters-21578 17405: "President of …" is no person called "Petroleos de Venezuela".
    const inverted =
      '"Estimated potential world reserves of extra heavy oils exceed 500 billion barrels, of which more than half are located in Venezuela," Juan Chacin Guzman, President of Petroleos de Venezuela told the World Petroleum Congress.';
    expect(run(inverted)[0]?.speaker).toBe('Juan Chacin Guzman');
  });

  it('leaves the verb out of the name that "who" stands for', () => {
    // Reuters-21578 18250.
    const text =
      '"He is a prominent and well known figure in the U.S." said David Lomax, Group Economics Adviser at National Westminster Bank Plc, who described Greenspan as an "orthodox Republican economist."';
    const q = run(text)[1];
    expect(q?.speaker).toBe('David Lomax');
    expect(q?.speakerRole).toBe('Group Economics Adviser at National Westminster Bank Plc');
  });
});

describe('a pronoun opening its sentence goes on with the reporter of the sentence before', () => {
  it('not with a person named inside what that reporter said', () => {
    // Reuters-21578 3891.
    const text =
      'State Banking Commissioner Robert Empie, ordered removed from office in an alleged insider trading scheme, plans to fight the charges, an aide said today.\n    Governor Henry Bellmon yesterday issued an executive order removing Empie from office "by reason of his incompetence, malfeasance and neglect of duty."\n    Bellmon said Empie held or controlled more than 50,000 shares of stock in United Oklahoma Bank, a firm whose assets he regulated. He said the commisssioner used "information available to him only by reason of his position as commissioner."';
    expect(run(text)[1]?.speaker).toBe('Henry Bellmon');
  });
});

describe('"he" with nobody named or quoted before (Reuters sample, seed 7070)', () => {
  it('follows the reporting sentences back to a description of one person', () => {
    // Reuters-21578 17516.
    const text =
      'India\'s Oil and Natural Gas Commission (ONGC) plans to drill more wells in the Bombay offshore area, where a well spudded in February this year gave both oil and gas, an ONGC spokesman said.\n    The exploratory well, spudded at a depth of 2,140 metres, yielded 2,000 barrels of oil and 180,000 cubic metres of gas per day, he said.\n    "The well, one of the four structures drilled in the area 80 km north-west of Bombay, indicates good prospects of both oil and gas."';
    expect(run(text)[0]?.speaker).toBe('an ONGC spokesman');
  });
});

describe('words before a name that are no role (Reuters sample, seed 7070)', () => {
  it('leaves out the scene or the verb read in front of the name', () => {
    // Reuters-21578 18012.
    const text =
      'Newly-nominated Federal Reserve Board chairman Alan Greenspan said there was evidence the dollar finally had bottomed out. In a White House briefing Greenspan was asked by reporters if he thought the dollar had bottomed out. "There certainly is evidence in that direction," he replied.';
    const q = run(text)[0];
    expect(q?.speaker).toBe('Alan Greenspan');
    expect(q?.speakerRole).not.toBe('White House briefing');
  });

  it('keeps a person\'s work ("meteorologist") as the role (a guard)', () => {
    // Reuters-21578 7934.
    const text =
      'Grain analyst and meteorologist Gail Martell, author of the EF Hutton publication "Global Crop News," said in her latest report that the Soviets may import more grain. "Compared with last year, the outlook (for the Soviet winter grain crop) is far more pessimistic," she said.';
    const q = run(text).find((x) => x.text.startsWith('Compared'));
    expect(q?.speaker).toBe('Gail Martell');
    expect(q?.speakerRole).toBe('meteorologist');
  });
});

describe('"he" after a one-person description by an agent noun not listed', () => {
  it('goes to "one Japanese refiner"', () => {
    // Reuters-21578 4174.
    const text =
      'They said this move could inspire Iran to offer discounts on cargoes loading in April. "If the spot price of Dubai goes above 17.30 dlrs we would probably buy Iranian crude at the official price," one Japanese refiner said. "We don\'t intend to put pressure on them," he added.';
    expect(run(text).map((q) => q.speaker)).toEqual(['one Japanese refiner', 'one Japanese refiner']);
  });
});
describe('a sentence opened by a connective and an office in lower case', () => {
  it('reads "But government spokesman Yannis Roubatis did not confirm the move, saying only"', () => {
    // Reuters-21578 10395.
    const text =
      'Greek newspapers said the armed forces were on alert and navy ships had gone to the Aegean. But government spokesman Yannis Roubatis did not confirm the move, saying only "The Greek fleet is not at its naval base."';
    const q = run(text)[0];
    expect(q?.speaker).toBe('Yannis Roubatis');
    expect(q?.speakerRole).toBe('government spokesman');
  });
});

describe('a person described by a relation to someone named (Reuters sample, seed 8181)', () => {
  it('is the one described, not the one named', () => {
    // Reuters-21578 3112.
    const text =
      'The Post quoted a source close to Reagan as saying the White House expected Poindexter "will say he had direction and authority, directly or indirectly," from the president for the diversion of funds.';
    expect(run(text)[0]?.speaker).toBe('a source close to Reagan');
  });

  it('keeps the author of "a report by …" (a guard)', () => {
    // Reuters-21578 3563, the quotation shortened.
    const text =
      '"Its cash horde sets the stage for the company to maximize its significant industry advantage," according to a report by George Gaspar, first vice president at Robert W. Baird and Co Inc.';
    expect(run(text)[0]?.speaker).toBe('George Gaspar');
  });
});

describe('names written family name first (Reuters sample, seed 8181)', () => {
  it('gives "Tian said" the full name "Tian Jiyun", with "Vice-Premier" as role', () => {
    // Reuters-21578 10622.
    const text =
      'Chinese Vice-Premier Tian Jiyun said plans to scrap the country\'s parallel currency, Foreign Exchange Certificates (FECs), had been postponed due to objections from foreign businessmen and others. But Tian told a news conference the Chinese government still considered FECs unsatisfactory. Asked about the current state of plans to abolish the FECs, Tian said: "We have decided to postpone the question."';
    expect(run(text)[0]?.speaker).toBe('Tian Jiyun');
  });

  it('does not cut a firm named after two people to its first word (a guard)', () => {
    // Reuters-21578 3699.
    const text =
      'J.C. Penney Co\'s stock rose sharply after analyst William Smith of Smith Barney recommended the stock, traders said. "I am very impressed with the strong basic earnings story," analyst Smith said.';
    expect(run(text)[0]?.speaker).toBe('William Smith');
  });
});

describe('a person described with a participle and "by" (Reuters sample, seed 9292)', () => {
  it('"A Fiat spokesman contacted by Reuters" is the spokesman, not Reuters', () => {
    // Reuters-21578 4134.
    const text =
      'The Milan daily, Il Giornale, said a convertible bond issue was under study but gave no details. A Fiat spokesman contacted by Reuters said only that the report was "one of the typical rumours which circulate on the bourse."';
    expect(run(text)[0]?.speaker).toBe('A Fiat spokesman');
  });

  it('an official "from" a company is the official (Reuters-21578 17903)', () => {
    const text =
      '"We plan to export 100,000 cars this year and 200,000 next year and with our present production facilities we cannot produce this amount," an official from Daewoo Motor Co Ltd, who requested anonymity, told Reuters.';
    expect(run(text)[0]?.speaker).toBe('an official from Daewoo Motor Co Ltd');
  });
});

describe('a body called by its generic word alone (Reuters sample, seed 9292)', () => {
  it('"the Bank said" after "the Bank of England said" is the Bank of England', () => {
    // Reuters-21578 16381.
    const text =
      'Primary dealers in U.K. Government gilts will not be required to underwrite the government\'s offering of its securities when the first auctions begin in Mid-May, the Bank of England said. In an official notice released today, the Bank said "There will be no formal or informal underwriting arrangement for the auctions."';
    expect(run(text)[0]?.speaker).toBe('Bank of England');
  });

  it('keeps a name joined by "and" whole ("Securities and Exchange Commission")', () => {
    // Reuters-21578 21167.
    const text =
      'Federal securities regulators are not discussing a move to close U.S. securities markets, a spokesperson for the Securities and Exchange Commission said. The Commission said it is "is concerned about current market conditions."';
    expect(run(text)[0]?.speaker).toBe('Securities and Exchange Commission');
  });
});

describe('people described with "polled by", and documents "by" an author (Reuters sample, seed 1111)', () => {
  it('"Japanese bank economists polled by Reuters" are the economists', () => {
    // Reuters-21578 4165.
    const text =
      'Japanese bank economists polled by Reuters said the economy\'s 18 month-old slowdown is likely to end in the first half of this year, helped by rising exports, stepped-up government spending and falling prices. "The economy will bottom out in the middle of the year," said Sumitomo Bank Ltd chief economist, Masahiko Koido.';
    expect(run(text)[0]?.speaker).not.toBe('Reuters');
  });

  it('gives "a report by George Gaspar" no role "report by"', () => {
    // Reuters-21578 3563, the quotation shortened.
    const text =
      '"Its cash horde sets the stage for the company to maximize its significant industry advantage," according to a report by George Gaspar, first vice president at Robert W. Baird and Co Inc.';
    expect(run(text)[0]?.speakerRole).not.toBe('report by');
  });
});

describe('an office, a comma, and the name that holds it, after "said"', () => {
  it('reads "said Sumitomo Bank Ltd chief economist, Masahiko Koido"', () => {
    // Reuters-21578 4165.
    const text =
      'Japanese bank economists polled by Reuters said the economy\'s 18 month-old slowdown is likely to end in the first half of this year, helped by rising exports, stepped-up government spending and falling prices. "The economy will bottom out in the middle of the year," said Sumitomo Bank Ltd chief economist, Masahiko Koido.';
    const q = run(text)[0];
    expect(q?.speaker).toBe('Masahiko Koido');
    expect(q?.speakerRole).toBe('Sumitomo Bank Ltd chief economist');
  });
});

describe('a phrase before the name that names a thing is no description of the speaker', () => {
  it('leaves "a 10 pct increase over last year\'s profit" out of the role', () => {
    // Reuters-21578 18144.
    const text =
      '"The designation of these loans as non-accrual reduced the bank\'s earnings by about 22 mln dlrs after tax," chairman Allan Taylor said in a statement. "Without this reduction, second-quarter earnings would have been about 138 mln dlrs," a 10 pct increase over last year\'s profit, Taylor said.';
    const q = run(text)[1];
    expect(q?.speaker).toBe('Allan Taylor');
    expect(q?.speakerRole).not.toBe("a 10 pct increase over last year's profit");
  });

  it('keeps "One of the strike leaders" as the role of the name after it (a guard)', () => {
    // Reuters-21578 3869.
    const text = 'One of the strike leaders, Elmano Barbosa, said "it is a psychological war. They are using force and we are using peaceful methods."';
    expect(run(text)[0]?.speakerRole).toBe('One of the strike leaders');
  });
});

describe('the body an office is "of" is no person (Reuters sample, seed 2222)', () => {
  it('gives "he" to William Crowe, not to "Joint Chiefs"', () => {
    // Reuters-21578 20959.
    const text =
      'William Crowe, chairman of the U.S. Joint Chiefs of Staff, predicted Iran will retaliate for the U.S. strike against its oil platform though he said Iranian options were limited. "They will be determined. They will not be easily deterred, and let me stress for you that our commitment there is not going to be risk free or casualty free."';
    expect(run(text)[0]?.speaker).toBe('William Crowe');
  });
});

describe('a firm\'s name with its legal form, then where it is', () => {
  it('reads "The Gabelli Group Inc of New York" as Gabelli Group Inc', () => {
    // Reuters-21578 12719.
    const text =
      'In a 13D filed with the Securities and Exchange Commission, The Gabelli Group Inc of New York, said it acquired 200,000 shares of the fund in stock exchange transactions on March 25 "in the ordinary course of business and not to acquire control" of the fund.';
    expect(run(text)[0]?.speaker).toBe('Gabelli Group Inc');
  });

  it('keeps a name that runs over "of" to a legal form whole (a guard)', () => {
    expect(readMention('Anglo American Corp of South Africa Ltd')?.name).toBe('Anglo American Corp of South Africa Ltd');
  });
});


describe('an honorific says which of two people with one surname', () => {
  it('"Mrs. Clinton" is Hillary Clinton though Bill Clinton was named last', () => {
    // PolNeAR train, New York Times 2016-05-18.
    const text = [
      "In an election year when Bill Clinton's policies and personal indiscretions have faced intense scrutiny, Hillary Clinton is beginning to shape the role her husband would play in her administration, zeroing in on economic growth and job creation as crucial missions for the former president.",
      "''To what extent does Bill Clinton's mixed policy agenda map out to the current campaign? That's the challenge,'' said Jared Bernstein, a senior fellow at the Center on Budget and Policy Priorities.",
      "Mrs. Clinton often says she is not running for her husband's third term, but she has also cited his economic record.",
      "''Jobs, jobs, jobs,'' Mrs. Clinton said on ''The Late Show With Stephen Colbert'' last month when asked what Mr. Clinton would do in the White House.",
    ].join('\n\n');
    expect(run(text).find((q) => q.text.startsWith('Jobs'))).toMatchObject({ speaker: 'Hillary Clinton', speakerMention: 'Mrs. Clinton' });
  });

  it('"he" never takes the fuller form of a woman\'s name, nor "Ms." a man\'s', () => {
    // PolNeAR train, Politico 2016-08-08: a teacher's aide killed at Sandy Hook, named later in
    // the article, shares the senator's surname and has the longer name.
    const murphy = [
      'Few politicians would ever admit this, but Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was unfocused, a bit adrift, in the weeks after being elected to the upper chamber in 2012.',
      'This was a something I’d never heard before — a thought that a real person, someone with civilian self-awareness, not a senator, would say. A few minutes later, Murphy followed up by lamenting the churn of meaningless tasks his job entails, especially fundraising: “There’s just a ton of bullshit with this job,” he said.',
      'Murphy’s floor speech wasn’t a solo effort — he was joined by most of the Democratic caucus — but he offered the emotional high (or low) point of the night, delivering a passionate tribute to 6-year-old Dylan Hockley and a teacher’s aide, Anne Marie Murphy, who was gunned down trying to protect him.',
    ].join('\n\n');
    expect(run(murphy)[0]).toMatchObject({ speaker: 'Chris Murphy', speakerMention: 'he' });
  });

  it('a fuller name the article gives only later is not the one a surname stands for', () => {
    // PolNeAR train, New York Times 2016-02-22 (the article names his father and brother further on).
    const text = [
      "In his emotional seven-minute farewell to a Republican Party that elevated his father and brother to the White House, there were two words that a choked-up Jeb Bush could not bring himself to utter: ''Donald Trump.''",
      "Mr. Bush, the former governor of Florida, had been soundly rejected by an electorate he no longer recognized, hobbling his campaign and leaving him little choice but to withdraw from the presidential race.",
      "''The people of Iowa and New Hampshire and South Carolina have spoken,'' Mr. Bush said, holding back tears.",
      'The party of Prescott Bush, George Bush and George W. Bush is, for the moment, the party of Donald J. Trump.',
    ].join('\n\n');
    expect(run(text).find((q) => q.text.startsWith('The people'))?.speaker).toBe('Jeb Bush');
  });
});

describe('a word of the sentence run into a name is no part of it', () => {
  it('"Rival Hillary Clinton" is not the fuller form of "Clinton"', () => {
    // PolNeAR train, Breitbart 2016-02-20 (a live blog; later entries come first).
    const text = [
      'Sanders has made campaign finance reform and ending what he calls corruption in politics a major focus of his campaign.',
      'Rival Hillary Clinton’s campaign says it raised roughly $15 million in January.',
      'Clinton beat rival Bernie Sanders in the state’s Democratic caucuses Saturday, earning her a second win in the nomination process.',
      'With her husband, former President Bill Clinton, standing by her side, Hillary Clinton has told her supporters that “we’re in this together.”',
      '“This is your campaign and it is a campaign to break down every barrier that holds you back,” she said.',
      'Though she never mentioned Sanders by name, Clinton cast her rival as offering a narrow economic message that wouldn’t tackle the full range of problems facing the country.',
      '“There’s so much more to be done,” she said.',
    ].join('\n\n');
    const qs = run(text);
    expect(qs.find((q) => q.text.startsWith('This is your'))?.speaker).toBe('Hillary Clinton');
    expect(qs.find((q) => q.text.startsWith('There’s so much'))?.speaker).toBe('Hillary Clinton');
  });

  it('a lower-case word of the article opening a run, and a headline\'s words, are cut from the name', () => {
    // Reuters-21578 5808: "and" ends the office's run, so the recogniser's run is "Industry Hajime Tamura".
    const wire = [
      "Schlumberger Ltd's decision to end an agreement in principle for Fujitsu Ltd to buy 80 pct of its Fairchild Semiconductor Corp will make Japanese companies more cautious, industry analysts said.",
      "Japan's Minister of International Trade and Industry Hajime Tamura told a press conference that interference by U.S. Government officials in the Fairchild deal was inappropriate.",
      '"This is entirely a private sector matter and not a matter for governments\' comment," Tamura said.',
    ].join('\n    ');
    expect(run(wire)[0]?.speaker).toBe('Hajime Tamura');
    // PolNeAR train, Western Journalism 2016-08-18: the headline runs into the surname.
    const headline = [
      'Biden Aims Insult At Trump, Slams Japanese Pride Instead.',
      'On Monday, Biden took aim at comments by Republican presidential candidate Donald Trump that Japan might need to join the world’s nuclear club to defend itself instead of relying upon America to defend the island nation.',
      'Wallace then asked, “With nukes?”',
      '“Including with nukes, yes, including with nukes,” Trump responded.',
    ].join('\n\n');
    expect(run(headline).find((q) => q.text.startsWith('Including'))?.speaker).toBe('Donald Trump');
  });

  it('"Undersecretary" is an office, not part of the name', () => {
    // Reuters-21578 5115.
    const [q] = run('Undersecretary of Commerce Bruce Smart said "We are\ngratified to learn that companies in Canada have begun paying\nthe export charge on lumber."');
    expect(q).toMatchObject({ speaker: 'Bruce Smart', speakerRole: 'Undersecretary of Commerce' });
  });
});

describe('"it" for a body the sentence before is about (KCNA)', () => {
  it('"It is also trying to …, claiming “…”" is the body that opens the sentence before', () => {
    // KCNA f59461c9d9f9.
    const text =
      'Besides, NATO is amplifying the "theory of threat from Russia and China" under the pretext of the Ukrainian situation and the situation of the Straits of Taiwan on different occasions, including the Vilnius Summit in 2023 and the Washington Summit in 2024. It is also trying to "justify" its advance into the Asia-Pacific region, claiming "the Atlantic and the Pacific are inseparable in terms of security". It is the truth proved by history and reality.';
    expect(run(text).find((q) => q.text.startsWith('the Atlantic'))).toMatchObject({ speaker: 'NATO', speakerMention: 'It' });
  });

  it('but not a body named inside what the sentence before reports', () => {
    // Reuters-21578 3021. A guard: the first version of the rule read "Fujitsu Ltd" here.
    const wire =
      'A Plessey statement said the contract, awarded by the National Telecommunications Authority of Colombia, was won against competition from Telefon L M Ericsson AB, NEC Corp, Fujitsu Ltd and Italtel of Italy.\n    "The award is regarded as a triumph for System X and a breakthrough in the South American market," it said.';
    expect(run(wire)[0]?.speaker ?? '').not.toMatch(/Fujitsu|Italtel/);
  });
});

describe('faults a Reuters sample showed (seed 3333)', () => {
  it('an office of a body, then the holder\'s name, run together', () => {
    // Reuters-21578 7802.
    const [q] = run('"The tension has eased," the permanent trade ambassador of\nthe 12-member European Community Tran Van Thinh told reporters.\n"The U.S. Has decided to go through proper channels."');
    expect(q).toMatchObject({ speaker: 'Tran Van Thinh', speakerRole: 'the permanent trade ambassador of the 12-member European Community' });
  });

  it('"Speaking at a news conference, …" opens no name, even where the names are in lower case', () => {
    // Reuters-21578 4010 (the story came over the wire in lower case).
    const text = 'jamaica has put a cap on its 3.5\nbillion dlr foreign debt and will reduce its obligations by 300\nmln dlrs this year, prime minister edward seaga said today.\n    Speaking at a news conference, seaga said jamaica has\nreached its "maximum stock of debt" and will not undertake any\nmore borrowing until it is justified by economic growth.';
    expect(run(text)[0]?.speaker ?? null).toBeNull();
  });

  it('a possessor before its noun ("the company\'s loss … could cause it") is no speaker', () => {
    // Reuters-21578 9583.
    const text = 'The auditor\'s point out, as Texaco has in the past, the\ncompany\'s loss of any of several pending court decisions in\nthis case could cause it "to face prospects such as having to\nseek protection of its assets and business pursuant to the\nbankruptcy and reorganization provisions of Chapter 11" of the\nfederal bankruptcy code.';
    expect(run(text)[0]?.speaker ?? '').not.toMatch(/company's/);
  });
});

describe('faults a Reuters sample showed (seed 4444)', () => {
  it('"he" after "another official denied reports that the central bank had asked …" is the official', () => {
    // Reuters-21578 12422.
    const wire = 'A Bank of Japan official said the central bank approved of\nthe survey as long it was not used too forcefully.\n    But another official denied local press reports that the\ncentral bank itself had asked investors to moderate their\ndollar sales. "We are not legally authorized to do that," he\nsaid.';
    expect(run(wire)[0]).toMatchObject({ speaker: 'another official', speakerMention: 'he' });
  });

  it('a quotation cut short by an ellipsis still takes the tag after it, and a possessor\'s office at a body is a description', () => {
    // Reuters-21578 10522.
    const wire = 'Cyprus has protested to the United\nNations over alleged airspace violations by the Turkish air\nforce, an official statement said.\n    "On behalf of my government I wish to protest strongly the\nabove aggression and provocative actions of Turkey ..." Cyprus\'\npermanent representative at U.N. Headquarters said in a letter\nto U.N. Secretary-General Javier Perez de Cuellar.';
    expect(run(wire)[0]?.speaker).toBe("Cyprus' permanent representative at U.N. Headquarters");
  });

  it('a name, then a body\'s office in capitals, then the verb', () => {
    // Reuters-21578 20008 (the wire left out the comma before "said").
    const wire = 'Malaysia\'s national oil company,\nPetronas, has advised the government to raise crude oil output\nto 540,000 barrels a day (bpd) in 1988 from a current 500,000\nbpd, a senior company official said.\n    "We have the capacity to produce the amount," Rastam Hadi,\nPetronas\'s Vice-President for Upstream Sector said.';
    expect(run(wire)[0]).toMatchObject({ speaker: 'Rastam Hadi', speakerRole: "Petronas's Vice-President for Upstream Sector" });
  });
});

describe('a gerund after "for" (KCNA sample, seed 5555)', () => {
  it('"ground for bragging" names an act; the sentence\'s subject did not brag', () => {
    // KCNA f5a51c2ffd02.
    const text = 'Those seeking to stage war games in the Asia-Pacific region should cool their heated heads and think twice. The region is neither "muscle-flexing ground" for bragging of one\'s strength nor arena for NATO\'s "crusade." Gatecrashers from NATO had better mind their own business, instead of crossing boundary.';
    expect(run(text).find((q) => q.text.startsWith('crusade'))?.speaker ?? null).toBeNull();
  });

  it('one scolded "for suggesting" the words said them', () => {
    // PolNeAR train, Huffington Post 2016-07-18.
    const text = 'At the RNC’s meeting in Boston the summer after the 2012 loss to Obama, party Chairman Reince Priebus fairly scolded Romney for suggesting during the primary season that immigrants living in the country illegally should “self-deport.”';
    expect(run(text)[0]?.speaker).toBe('Romney');
  });
});

describe('faults a Reuters sample showed (seed 5151)', () => {
  it('"Gulf and Western said", "Duff and Phelps said": two single names joined by "and" are a firm', () => {
    // Reuters-21578 16905.
    const gw = '"Niagara Mohawk appears to be trying to shift their\nresponsibilities in connection with the construction of the\nNine Mile Point Two plant to others," Gulf and Western said.\n    Gulf and Western said it has not yet seen the lawsuit.';
    expect(run(gw)[0]).toMatchObject({ speaker: 'Gulf and Western' });
    // Reuters-21578 12647.
    const dp = 'The additional debt will raise the fixed obligation ratio\nof British Petroleum from under 30 pct to perhaps 45 pct and\nincrease its debt service requirements, Duff and Phelps said.\n    However, putting Standard Oil\'s debt on its watch list,\nwhich Duff and Phelps said had "potentially negative\nimplications," may eventually result in an upgrade depending on\nhow British Petroleum restructures the company, Howard Mount of\nthe ratings agency said.';
    expect(run(dp)[0]?.speaker).toBe('Duff and Phelps');
    // A guard: "on Wednesday and Citicorp said" is no firm called "Wednesday and Citicorp".
    expect(run('Francisco Gros met senior commercial bankers here on Wednesday and Citicorp said formal talks on Brazil\'s recent actions and future financing needs should begin in "the near future".')[0]?.speaker).toBe('Citicorp');
  });

  it('"said Martens, although he added …" gives Martens no role', () => {
    // Reuters-21578 4001.
    const wire = 'Nickel analyst Ilmar Martens at Walwyn Stodgell Cochran\nMurray Ltd said Inco\'s removal from the index would likely\nspark short-term selling pressure on the stock.\n    "Some investors who have Inco may suddenly say, \'well,\nbecause it\'s not now a Dow stock, we should eliminate that\ninvestment,\'" said Martens, although he added the move was\nunlikely to have a serious long-term impact on Inco stock.';
    expect(run(wire)[0]?.speakerRole ?? '').not.toMatch(/although/);
  });
});

describe('faults a Reuters sample showed (seed 6262)', () => {
  it('a body\'s initials in brackets inside the subject, and a body\'s office before the holder\'s name', () => {
    // Reuters-21578 9013.
    const fca = 'Jim Billington, Farm Credit Administration (FCA) board\nmember told a House Agriculture Appropriations subcommittee\nhearing "I feel your subcommittee should plan on providing at\nleast 800 mln next year to assist the Farm Credit System."';
    expect(run(fca)[0]).toMatchObject({ speaker: 'Jim Billington', speakerRole: 'Farm Credit Administration (FCA) board member' });
    // Reuters-21578 6190.
    const cbi = 'Industry also welcomed Lawson\'s budget. Confederation of\nBritish Industry (CBI) President David Nickson said "This budget\nwill reinforce business success. Lower government borrowing\nmeans lower interst rates for business. This is what the CBI\nwanted."';
    expect(run(cbi)[0]).toMatchObject({ speaker: 'David Nickson', speakerRole: 'Confederation of British Industry (CBI) President' });
  });

  it('a relative clause after a role is no part of it', () => {
    // Reuters-21578 6190.
    const owen = '    David Owen, the leader of the Social Democratic Party (SDP)\nwhich with the Liberals make up the centrist Alliance grouping,\nsaid "this is a good attempt at an electioneering budget but it\nhas failed in its objective."';
    expect(run(owen)[0]).toMatchObject({ speaker: 'David Owen', speakerRole: 'the leader of the Social Democratic Party' });
  });

  it('a place the writer put right before a name is no part of it', () => {
    // Reuters-21578 2354: "he" resolves to the run "Tokyo Tomas de Hora".
    const text = 'The agreement simply helped it on its way. Senior EC financial expert in\nTokyo Tomas de Hora has watched the movements closely.';
    const entities = scanEntities(text);
    expect(canonicalName('Tokyo Tomas de Hora', text.indexOf('Tokyo'), entities, new Map())).toBe('Tomas de Hora');
    // A common word of the article is no place: "Win Htein" stays whole (PolNeAR train,
    // Washington Post 2015-11-10, whose headline has "win").
    const win = 'Opposition appears to win landslide in Burma.\n\nWin Htein, a member of the NLD\'s central executive committee, said Tuesday morning that according to its analysis, the NLD has won 82 percent of the nationwide vote, but "we are still counting the seats."';
    expect(canonicalName('Win Htein', win.indexOf('Win Htein'), scanEntities(win), new Map())).toBe('Win Htein');
  });
});

describe('a Reuters sample (seed 7373)', () => {
  it('"The daily al-Riyadh reported X as saying:" — X speaks, the paper relays', () => {
    // Reuters-21578 6989.
    const wire = 'The daily al-Riyadh reported Prince Sultan ibn Abdulaziz as\nsaying: "A thorough study by the Ministry on the submarines has\nbeen completed and it is probable King Fahd will announce the\nparty with which the kingdom will deal to buy them."\n    He gave no further details.';
    expect(run(wire)[0]).toMatchObject({ speaker: 'Sultan ibn Abdulaziz', speakerRole: 'Prince', via: 'al-Riyadh' });
  });
});

describe('a KCNA sample (seed 2468)', () => {
  it('a role read past an earlier quotation is given in the words as written, not masked', () => {
    // KCNA 2dec7cae694b.
    const text = 'Earlier, a high-ranking official of the U.S. Department of State was closeted with those from its vassal countries on the theme of "human rights" in the UN arena.\nNotably, the "human rights envoy" of the U.S. Department of State asserted that "influx of information and spread of religion" in the DPRK constitute the "core pillar of the U.S. policy toward north Korea," thus acknowledging that it is the goal.';
    const q = run(text).find((x) => x.text.startsWith('influx'));
    expect(q?.speakerRole).toBe('the "human rights envoy" of the U.S. Department of State');
  });

  it('"Read out there was the decision …": a sentence opened by its verb has no speaker called "Read"', () => {
    // KCNA c9a142fc5091.
    const text = 'Meetings of young vanguard volunteers took place on the spots with the attendance of officials concerned, youth league officials and young people.\nRead out there was the decision of the Political Bureau of the WPK Central Committee "On rapidly repairing the flood damage in North Phyongan and Jagang provinces" and speeches were made.';
    expect(run(text)[0]?.speaker ?? null).not.toBe('Read');
  });
});

describe('a city and its state inside an apposition', () => {
  it('"Lindner, the Cincinnati, Ohio, investor who controls …, said": Lindner, not "Ohio"', () => {
    // Reuters-21578 3413.
    const wire = 'Financier Carl Lindner, who holds a\n16.2 pct stake in Taft Broadcasting Co, told the Securities and\nExchange Commission he has discussed with the company the\npossibility of seeking control of it.\n    Lindner, the Cincinnati, Ohio, investor who controls\nAmerican Financial Corp, said his talks with some of Taft\'s\nmanagers and directors have been aimed at "achieving an\nincreased ownership position" in the company.';
    expect(run(wire)[0]?.speaker).toBe('Carl Lindner');
  });
});

describe('"General Motors" is a firm', () => {
  it('not a general called "Motors"', () => {
    // Reuters-21578 9956.
    const wire = 'General Motors, which saw its earnings drop to 2.94 billion\ndlrs from 1985\'s 3.99 billion, said the 1986 profit was "not\nsufficient to generate a payout under the profit-sharing\nformula."';
    expect(run(wire)[0]).toMatchObject({ speaker: 'General Motors', speakerRole: null });
  });
});

describe('"he" inside the sentence of a one-person description', () => {
  it('"The former General Motors executive says …, but he adds, "…," he says." is the executive, not the spokesman quoted before', () => {
    // Reuters-21578 11654.
    const wire = '    A General Motors spokesman says it is "too early" to know\nwhether plant closures will become an issue in the talks.\n    The former General Motors executive says more closures are\nlikely after a new UAW agreement is reached, but he adds,\n"you\'re not going to see it before the contract," he says.';
    expect(run(wire).find((q) => q.text.startsWith('you'))?.speaker).toBe('The former General Motors executive');
  });
});

describe('"they" for bodies in the plural', () => {
  it('"The companies said they would … They said they would spend … "to enhance …""', () => {
    // Reuters-21578 478.
    const wire = 'The companies said they would jointly own the hotel and\nrename it the Four Seasons Biltmore at Santa Barbara. They said\nthey would spend more than 13 mln U.S. dlrs "to enhance the\nBiltmore\'s position as one of the finest resort hotels in North\nAmerica."';
    expect(run(wire)[0]).toMatchObject({ speaker: 'The companies', speakerMention: 'They' });
  });
});

describe('"it" for an agency named by its initials', () => {
  it('"GNA gave no details …. It said only, "…""', () => {
    // Reuters-21578 668.
    const wire = '    GNA gave no details on the outcome of today\'s talks.\n    It said only, "The deputy ministers discussed current\ndevelopments in the oil market, particularly those relating to\nproduction and prices."';
    expect(run(wire)[0]).toMatchObject({ speaker: 'GNA', speakerMention: 'It' });
  });
});

describe('"it" after a generic description of a body named earlier in the sentence', () => {
  it('"National Computer Systems Inc expects …, the company told analysts, although it said …"', () => {
    // Reuters-21578 15602.
    const wire = 'National Computer Systems Inc\nexpects fiscal year earnings to improve by about 20 pct, the\ncompany told analysts, although it said the April 30 first\nquarter should show "down earnings and virtually flat\nrevenues."';
    expect(run(wire)[0]).toMatchObject({ speaker: 'National Computer Systems Inc', speakerMention: 'it', speakerRole: null });
  });
});

describe('a clause after "according to X," is what X reports, not X\'s role', () => {
  it('"because, according to Trump, the media would call him a "chicken""', () => {
    // Western Journalism, PolNeAR train.
    const text = 'Trump went to that debate, and he’ll probably go to the debate on December 15th, because, according to Trump, the media would call him a “chicken” if he didn’t.';
    expect(run(text)[0]).toMatchObject({ speaker: 'Trump', speakerRole: null });
  });
});

describe('a body whose name holds "and"', () => {
  it('"a spokesman for the International Trade and Industry Ministry told Reuters" is one description', () => {
    // Reuters-21578 4632.
    const wire = '    "We are faithfully abiding by the ... Agreement but of\ncourse there are some problems," a spokesman for the\nInternational Trade and Industry Ministry told Reuters.';
    expect(run(wire)[0]).toMatchObject({ speaker: 'a spokesman for the International Trade and Industry Ministry', via: 'Reuters' });
  });
});

describe('"he" past a sentence that names nobody', () => {
  it('"A leading Spanish broker said …. The consumer price index rose …. "…," he said."', () => {
    // Reuters-21578 8723.
    const wire = '    A leading Spanish broker said the central bank was applying\na more restrictive policy to keep the lid on inflation.\n    The consumer price index rose 8.3 pct last year.\n    "Money supply control is the government\'s chief weapon\nagainst inflation," he said.';
    expect(run(wire)[0]).toMatchObject({ speaker: 'A leading Spanish broker', speakerMention: 'he' });
  });
});

describe('"it" after a body whose name reads like a person\'s', () => {
  it('"The FHLBB said …. It said …" is the Federal Home Loan Bank Board', () => {
    // Reuters-21578 7040.
    const wire = 'The Federal Home Loan Bank Board\n(FHLBB) announced today the replacement of a closed Santa Ana,\nCalif., savings bank in the 15th federal action assisting\ntroubled U.S. savings institutions this year.\n    The FHLBB said Perpetual Savings Bank in Santa Ana was put\ninto receivorship because it was insolvent and was replaced by\na new federally chartered Perpetual Savings Association.\n    It said the savings bank\'s insolvency "was a direct result\nof losses on speculative investments in real estate which were\nnot supported by appraisals."';
    expect(run(wire)[0]).toMatchObject({ speaker: 'Federal Home Loan Bank Board', speakerMention: 'It' });
  });

  it('"Ohio Edison said …" and "First Interstate said …" are the firms the articles open with', () => {
    // Reuters-21578 7644 and 7938.
    const edison = 'Ohio Edison Co said it has\ncompleted the sale and leaseback of 30 pct of its 30 pct\ninterest in Unit One of the Perry Nuclear Power Plant,\nreceiving 509 mln dlrs for the interest.\n    Ohio Edison said the proceeds will be used to finance the\nrest of its 1987 construction program and repay bank loans\nincurred for the retirement of high-interest long-term debt.\n    Ohio Edison did not detail the lease payments, but it said\nthe "payments will reduce the amount of revenue the company\nwill need to cover our investment in Perry, which translates\ninto savings for our customers."';
    expect(run(edison)[0]?.speaker).toBe('Ohio Edison Co');
    const interstate = 'First Interstate Bancorp said it\nhas filed a shelf registration with the Securities and Exchange\nCommission for up to 1.50 billion dlrs principal amount of its\ndebt securities.\n    First Interstate said net proceeds would be used\nprincipally to fund investments in, or extensions of credit to,\nthe company\'s subsidiaries, or to repay loans incurred for such\npurposes.\n    It called the filing part of the company\'s "regularly\nscheduled funding activities."';
    expect(run(interstate)[0]?.speaker).toBe('First Interstate Bancorp');
  });

  it('"T. Rowe Price Associates said …. It said …": a name ending in a body\'s word', () => {
    // Reuters-21578 15598.
    const wire = 'T. Rowe Price Associates said its\nfirst quarter earnings rose about 50 pct from the year-ago\n2,634,000 dlrs and revenues about 30 pct from the year-ago 24.2\nmln dlrs.\n    It said it expects "very good" earnings and revenue growth\nthis year.';
    expect(run(wire)[0]?.speaker).toBe('T. Rowe Price Associates');
  });
});

describe('an aside between the subject and its first verb', () => {
  it('"Abshire, on the CBS television show "Face the Nation," did not comment …, but said: "…""', () => {
    // Reuters-21578 3112.
    const wire = 'Abshire, on the CBS television show "Face the Nation," did\nnot comment directly on the Post story, but said: "He (Reagan)\nis deeply honest, he is deeply dedicated, he tells the truth\nand when he says he has no knowledge, he has no knowledge."';
    expect(run(wire)[0]).toMatchObject({ speaker: 'Abshire', speakerMention: 'Abshire' });
  });
});

describe('reporting words that are nouns, gerunds kept from speech, and a turn-taking opener', () => {
  it('"… and that the figure … given in some press reports "was probably about right."" is still Gardini\'s', () => {
    // Reuters-21578 11292.
    const wire = 'Gardini told Reuters the operation under consideration was\naimed at "international markets" and that the figure of 400 mln\ndlrs given in some press reports "was probably about right."';
    expect(run(wire).map((q) => q.speaker)).toEqual(['Gardini', 'Gardini']);
  });

  it('"did not prevent Shultz from saying the Soviets were "chortling"" is Shultz', () => {
    // Reuters-21578 12002.
    const wire = 'Nonetheless, the pricing procedure did not prevent Shultz\nfrom saying the Soviets were "chortling" because Washington was\noffering Soviet housewives cheaper grain than that available to\nU.S. housewives.';
    expect(run(wire)[0]?.speaker).toBe('Shultz');
  });

  it('"For its part the Soviet Union has said … and has accused Washington of "spy-mania."" is the Soviet Union', () => {
    // Reuters-21578 16218.
    const wire = 'For its part the Soviet Union has said\nits diplomatic missions in the United States are subjected to\nsurveillance and has accused Washington of "spy-mania."';
    expect(run(wire)[0]?.speakerMention).toBe('the Soviet Union');
  });
});

describe('a date that opens the sentence is no part of its subject', () => {
  it('"Last month the governor said "…"" is the governor', () => {
    // Reuters-21578 1501.
    const wire = 'The company said its limited partnership concept was\npresented to an ad hoc customer task force convened by Gov.\nCarruthers to review the company\'s reorganization proposals.\n    It said the reorganization and limited partnership are an\nalternative structure that would  help reduce rates through a\nlower overall cost of capital.\n    Last month the governor said "I have outlined to PNM\ncritical goals which I have asked them to cooperate with."';
    expect(run(wire)[0]).toMatchObject({ speakerMention: 'the governor', speakerRole: 'the governor' });
  });

  it('"On September 27 they published the results … by announcing that Trump\'s statement was "true."" is "they", not Trump', () => {
    // PolNeAR dev, Breitbart 2016-09-29.
    const text = 'On September 27 they published the results of their check by announcing that Trump’s statement was “true.”';
    expect(run(text)[0]?.speakerMention).toBe('they');
  });
});

describe('media as a group that speaks', () => {
  it('"foreign media described the scene as "fish waves."", "Even media of the host country described …"', () => {
    // KCNA 2024 (kcna-7055beb52e1c, kcna-533db13b11e4).
    expect(run('Commenting on such worrisome phenomena, foreign media described the scene as "fish waves."')[0]?.speaker).toBe('foreign media');
    const summit = 'Even media of the host country described the "peace summit" as a "merrymaking of Western partners", commenting that the conference would meet a miserable end as it does not take account of the position of the BRICS and other countries.';
    expect(run(summit).map((q) => q.speaker)).toEqual(['media of the host country', 'media of the host country']);
  });
});

describe('"it" in the sentence of a description that holds a body\'s name', () => {
  it('"…, the puppet Ministry of Defense slipped off its veil … in which it let out … "a typical trick …""', () => {
    // KCNA 2024 (kcna-5883a0da4c80).
    const text = 'Much upset by the frosty public gaze and media hype, the puppet Ministry of Defense slipped off its veil of ambiguity just within 24 hours and made public what it called a statement of its stand on Sunday, in which it let out a string of impudent rubbish turning black into white that branded our just will to exercise the right to self-defence as "a typical trick to breed discord in the south and turn the tide of situation" and held the DPRK "wholly accountable for the current situation."';
    expect(run(text).map((q) => q.speaker)).toEqual(['the puppet Ministry of Defense', 'the puppet Ministry of Defense']);
  });
});

describe('two people named together after a plural of their work', () => {
  it('"Norwegian academics Arild Moe and Helge Ole Bergesen said …. "…," they said." is both of them', () => {
    // Reuters-21578 12552.
    const wire = '    Norwegian academics Arild Moe and Helge Ole Bergesen said\nthat the Soviet fuel industries represented such a pillar of\nthe economy that immediate reform was tricky. "Any \'experiment\'\non a large scale cannot be allowed, because the negative\nconsequences if a reform backfires will be too great," they\nsaid.';
    expect(run(wire)[0]).toMatchObject({ speaker: 'Arild Moe and Helge Ole Bergesen', speakerMention: 'they', speakerRole: 'Norwegian academics' });
  });
});

describe('"they" after two people quoted together', () => {
  it('"…," said chairman William Schreyer and president Daniel Tully in a statement. "…," they said.', () => {
    // Reuters-21578 20942.
    const wire = '"America\'s economic system is the strongest in the world,\nwith great inherent ability to correct itself, and it remains\nfundamentally sound," said chairman William Schreyer and\npresident Daniel Tully in a statement.\n    "We recognize that emotions run high during such a period\nas we are experiencing. However, now is the time when it is\ncritical that reason and objectivity prevail," they said.';
    expect(run(wire).map((q) => q.speaker)).toEqual(['William Schreyer and Daniel Tully', 'William Schreyer and Daniel Tully']);
  });
});

describe('a description holds no reporting verb', () => {
  it('"The sources said the Philippine government estimated …. "…," they said." has the role "The sources"', () => {
    // Reuters-21578 7551.
    const wire = '    The sources said the Philippine government estimated the\nentire program would cost 60 billion pesos. "About 27 billion is\nlong-term and will cover land transfer costs borne mainly by\nlandowners," they said.';
    expect(run(wire)[0]).toMatchObject({ speaker: 'The sources', speakerRole: 'The sources', speakerMention: 'they' });
  });
});

describe('the role of a person named in an inverted tag', () => {
  it('"…," said NYMEX Chairman William Bradt. "…," he said. keeps the role "NYMEX Chairman"', () => {
    // Reuters-21578 12670.
    const wire = '    "Heating oil options are a logical complement to our\nexisting energy complex," said NYMEX Chairman William Bradt.\n    "From our experience in crude, we fully expect heating oil\noptions to offer significant new trading opportunities to\ncurrent market participants and also draw additional users into\nthis marketplace," he said.';
    expect(run(wire).map((q) => q.speakerRole)).toEqual(['NYMEX Chairman', 'NYMEX Chairman']);
  });
});

describe('a firm called by the first word of its name', () => {
  it('"New York-based Bastian Technologies Corp said …. "…," Bastian said in a filing" is the firm', () => {
    // Reuters-21578 20311.
    const wire = 'New York-based Bastian Technologies\nCorp said it acquired a five pct stake in Cosmo Communications\nCorp, and is considering a move to seek control of the company\nor to secure a role in its affairs.\n    "Bastian Technologies believes that with the appropriate\nmanagement policies and business strategies, the company can\nonce again become profitable and maximize for all shareholders\nthe underlying value of their company," Bastian said in a\nfiling with the Securities and Exchange Commission.';
    const [q] = run(wire);
    expect(q?.speakerMention).toBe('Bastian');
    expect(q?.speaker).toMatch(/^Bastian Technologies/);
  });
});

describe('a body named after an opening phrase without its comma', () => {
  it('"In today\'s statement Diamant Board said "…"" is Diamant Board', () => {
    // Reuters-21578 4661.
    const wire = 'In today\'s statement Diamant Board said "The results of the\nnegotiations support strong synergy between the two units\ninvolved."';
    expect(run(wire)[0]?.speaker).toBe('Diamant Board');
  });
});

describe('two offices joined by "and" before a name', () => {
  it('"Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey …, calling it a "no-brainer"" is Giuliani', () => {
    // PolNeAR train, politico 2016-07-06 (Lewandowski: FBI director acted …).
    const text = 'Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute under the statutory definition of the law.';
    expect(run(text).find((q) => q.text === 'no-brainer')).toMatchObject({ speaker: 'Rudy Giuliani', speakerRole: 'Former prosecutor and New York City Mayor' });
  });

  it('a clause as long as that before ", which" is no name: "That record prompted Dave Leip’s Atlas …, which examines …, to state, "…"" gets no person "Atlas"', () => {
    // PolNeAR train, breitbart 2015-12-04 (bellwether county says Trump …).
    const text = 'That record prompted Dave Leip’s Atlas of U.S. Presidential Elections, which examines bellwether states and counties, to state, “Vigo County, Indiana is the most prominent bellwether of presidential elections in the country—voting for the winning candidate in every election from 1956 through 2012.”';
    expect(run(text)[0]?.speaker).not.toBe('Atlas');
  });
});

describe('a described person "on" or "at" a named place or body', () => {
  it('"…," an Agriculture Department authority on the USSR said — is the authority, not the USSR', () => {
    // Reuters-21578 1299.
    const wire = '    "Where the crop is really made or broken is still ahead of\nus," an Agriculture Department authority on the USSR said.';
    expect(run(wire)[0]).toMatchObject({ speaker: 'an Agriculture Department authority on the USSR', speakerRole: 'an Agriculture Department authority on the USSR' });
  });

  it('"A Bear Stearns officer said …. "…," he said." is the officer, not the analyst quoted paragraphs before', () => {
    // Reuters-21578 10931.
    const wire = '    "I would say that every company which issued foreign\ncurrency debt saved some basis points when compared to\nsame-maturity plain vanilla U.S. issues," an analyst said.\n    To attract some of those investors back to the fold,\nunderwriters like Bear Stearns decided to structure the foreign\ncurrency issues as floating rate debt, sources said.\n    A Bear Stearns officer said more than half of the Ford\nCredit notes were sold by late Friday afternoon, the second day\nof offering. "That is quicker than some recent fixed-rate New\nZealand dollar note issues," he said.';
    expect(run(wire).find((q) => q.text.startsWith('That is quicker'))).toMatchObject({ speaker: 'A Bear Stearns officer', speakerMention: 'he' });
  });
});

describe('a gerund phrase between a name and its verb, without commas', () => {
  it('"Du Plessis in disclosing the new agreement last night said … that "…"" is du Plessis', () => {
    // Reuters-21578 9310.
    const wire = '    Finance Minister Barend du Plessis said the Reserve Bank\nwas "investigating the implications of such conversions in light\nof terms and restrictions of the financial rand system."\n    Du Plessis in disclosing the new agreement last night said\nthe recent sharp rise in the financial rand was an example that\n"some foreign investors are again taking a more realistic view\nof South Africa."';
    expect(run(wire).map((q) => q.speaker)).toEqual(['Barend du Plessis', 'Barend du Plessis']);
  });

  it('a name inside the clause is no subject: "he only hinted at Donald Trump by mentioning … and adding, "…"" stays Cruz', () => {
    // PolNeAR train, wash-post 2016-02-12 (Cruz reboots his attacks on Trump).
    const text = 'In the final days of his New Hampshire campaign, Sen. Ted Cruz (R-Tex.) never mentioned the man who was likely to beat him.\n\nAt the final debate before the primary and at least one town hall, he only hinted at Donald Trump by mentioning the need for a wall on the Mexican border and adding, "I\'ve got an idea of who should build it."';
    expect(run(text)[0]).toMatchObject({ speaker: 'Ted Cruz', speakerMention: 'he' });
  });
});

describe('an office of a named body opening the sentence', () => {
  it('"The acting assistant secretary of the U.S. Department of Defense recently unveiled …, accusing … of posing "threats."" is the secretary', () => {
    // KCNA 2024 (kcna-36a35d8297e0).
    const text = 'The acting assistant secretary of the U.S. Department of Defense recently unveiled a design to deploy more nuclear weapons and develop various nuclear strike means, accusing independent sovereign countries of posing "threats."';
    expect(run(text)[0]?.speaker).toBe('The acting assistant secretary of the U.S. Department of Defense');
  });

  it('"But this time, too, a spokesperson for the U.S. Department of State patronized …, claiming that Israel did not cross the "red line"" is the spokesperson', () => {
    // KCNA 2024 (kcna-955563b52dd4).
    const text = 'But this time, too, a spokesperson for the U.S. Department of State patronized the horrible massacre, claiming that Israel did not cross the "red line" set by the U.S.';
    expect(run(text)[0]?.speaker).toBe('a spokesperson for the U.S. Department of State');
  });
});

describe('the subject of a passive naming verb', () => {
  it('"The old people are called "living corpses" … even by their children" is not given to the old people', () => {
    // KCNA 2024 (kcna-a5a2f22cf205).
    const text = 'The declining years of the old people are getting more miserable in the corrupt Japanese society where money is everything. The old people are called "living corpses" and "social scum" even by their children, and are subject to all sorts of maltreatment and humiliation.';
    expect(run(text).map((q) => q.speaker ?? null)).not.toContain('The old people');
  });
});

describe('two offices of one person joined by "and" in a tag', () => {
  it('"H.J. Heinz Co is "…" for the fiscal year …, Chairman and Chief Executive Officer Anthony O\'Reilly told investment analysts" is O\'Reilly', () => {
    // Reuters-21578 6215.
    const wire = 'H.J. Heinz Co is "within sight of our\n22nd consecutive year of new records in financial growth" for\nthe fiscal year ending April 30, Chairman and Chief Executive\nOfficer Anthony O\'Reilly told investment analysts.';
    expect(run(wire)[0]).toMatchObject({ speaker: "Anthony O'Reilly", speakerRole: 'Chairman and Chief Executive Officer' });
  });
});

describe('"he" after a sentence that reports another person\'s clause', () => {
  it('"Baldrige said he hopes … Nakasone will make … He also told reporters …. "…," he told a news conference" is Baldrige', () => {
    // Reuters-21578 17274.
    // As the corpus loader reflows the wire's lines into paragraphs.
    const wire = 'U.S. Secretary of Commerce Malcolm Baldrige said he hopes Japanese Prime Minister Yasuhiro Nakasone will make specific proposals to ease U.S.-Japan trade friction at a meeting with President Reagan this week.\n\nHe also told reporters he hopes the U.S. Will soon be able to lift sanctions imposed against Japan for alleged violations of an accord on semiconductors.\n\n"We have been very specific about our trade problems," he told a news conference during a stopover in Hong Kong. "I hope (Nakasone) brings some specific answers to the trade problems."';
    expect(product(wire).map((q) => q.speaker)).toEqual(['Malcolm Baldrige', 'Malcolm Baldrige']);
  });

  it('"Manford said changes introduced by Finance Minister Michael Wilson did not go far enough …. "…," he said." is Manford', () => {
    // Reuters-21578 19039.
    // As the corpus loader reflows the wire's lines into paragraphs.
    const wire = '"It\'s the biggest step towards tax reform we\'ve taken in a great many years," Merrill Lynch Canada Inc chief economist Michael Manford told Reuters.\n\n"But the system is the same old system with a lot of important changes, as opposed to a brand new system," he added. (See spotlight index page on ECRA)\n\nManford said changes introduced by Finance Minister Michael Wilson did not go far enough in simplifying the federal tax system. They represent evolutionary rather than revolutionary reform.\n\n"Overall, I thought that it was a more timid step than we were led to believe," he said.';
    expect(product(wire).map((q) => q.speaker)).toEqual(['Michael Manford', 'Michael Manford', 'Michael Manford']);
  });
});

describe('a person named after the firm they work for', () => {
  // The wire's lines reflowed into paragraphs, as the corpus loader does.

  it('"senior oilseeds analyst for Merrill Lynch Capital Markets Mario Balletto said" is Mario Balletto', () => {
    // Reuters-21578 3540.
    const wire = 'Lower production of coconut and palm oils could lead to a decline in vegetable oil stocks this year despite growing supplies of oilseeds, senior oilseeds analyst for Merrill Lynch Capital Markets Mario Balletto said.\n\nBalletto told a conference of Canadian farmers at Alberta Agriculture\'s annual farm outlook conference that the world vegetable oil situation is one of potentially tight supplies.\n\n"Prices for edible oils appear to have more upside potential reflecting strong world demand and an unprecedented decline in the production of tree oils," Balletto said.';
    expect(product(wire)[0]?.speaker).toBe('Mario Balletto');
  });

  it('"Salomon Brothers\' Henry Kaufman said …. "…," Kaufman said." is Henry Kaufman', () => {
    // Reuters-21578 13261.
    const wire = 'Salomon Brothers\' Henry Kaufman said the bond market, highly sensitized to dollar movements, could be encouraged if currency markets seem to be stabilizing or if U.S. And overseas economic growth is perceived as slowing sharply.\n\n"The crucial question, however, is how soon either of these developments is likely to occur," Kaufman said.';
    expect(product(wire)[0]?.speaker).toBe('Henry Kaufman');
  });

  it('a body\'s name keeps the full stop of its legal form: "Quantum Fund N.V."', () => {
    // Reuters-21578 17004 (its first, second and sixth paragraphs).
    const wire = 'Quantum Fund N.V., a Netherlands Antilles mutual fund for which New York investor George Soros is investment adviser, said it has agreed to limit further purchases of Fairchild Industries Inc stock.\n\nIn a filing with the Securities and Exchange Commission, Quantum, which already holds 1,647,481 Fairchild common shares, or 11.5 pct of the total outstanding, said it agreed to the restriction after Fairchild said its security clearance might be jeopardized if Quantum acquires a major stake in it.\n\nIn response, Quantum said it told Fairchild it will not make "significant additional purchases" of its common or preferred stock without giving Fairchild enough prior notice to enable it to consult with Quantum over the impact of action.';
    expect(product(wire).find((q) => q.text === 'significant additional purchases')?.speaker).toBe('Quantum Fund N.V.');
  });
});

describe('the role of a person "he" stands for, read before the name', () => {

  it('"U.S. Undersecretary of State for Economic Affairs Allen Wallis said …. "…," he told …" keeps the whole office', () => {
    // Reuters-21578 1951, reflowed as the corpus loader does.
    const wire = 'U.S. Undersecretary of State for Economic Affairs Allen Wallis said he had urged Japan to do much more to reduce its large trade surplus with the United States.\n\n"Our central message to Japan this week was that while we have made progress in some areas, much needs to be done," he told a press conference after three days of talks.';
    expect(product(wire)[0]).toMatchObject({ speaker: 'Allen Wallis', speakerRole: 'U.S. Undersecretary of State for Economic Affairs' });
  });

  it('"…," Peters and Co Ltd oil analyst Wilf Gobert commented. "…," he added. — the firm\'s whole name', () => {
    // Reuters-21578 2833, reflowed.
    const wire = '"Encor\'s stock price has improved quite substantially in recent weeks with a runup in crude prices," Peters and Co Ltd oil analyst Wilf Gobert commented.\n\n"The possibility is that Commerce Bank would like to see it sold at these levels because they can get more for it now than they have been able to in recent years," he added.';
    expect(product(wire).map((q) => q.speakerRole)).toEqual(['Peters and Co Ltd oil analyst', 'Peters and Co Ltd oil analyst']);
  });

  it('a dash inside a word ends the words before a name: "…the Democratic Party—against Rubio. Rubio’s catch phrase …" is no speaker "Party—against Rubio"', () => {
    // PolNeAR train, breitbart 2016-01-01 (Jeb Bush super PAC chief praises …).
    const text = 'What’s more, in the 2010 Senate election in Florida, Pate supported Charlie Crist—the then-Republican-turned-independent who’s since left the GOP for the Democratic Party—against Rubio. Rubio’s catch phrase in that election against Crist was that Crist “would say or do anything to win an election.”';
    expect(run(text)[0]?.speaker ?? '').not.toMatch(/—/);
  });
});

describe('a name described by a kind of body is that body', () => {
  it('"South Africa\'s state-owned energy firm Soekor said …. … it said. "…"" is Soekor', () => {
    // Reuters-21578 2515, reflowed.
    const wire = 'South Africa\'s state-owned energy firm Soekor said it would continue tests after striking oil some 120 kms (75 miles) south-southwest of Mossel Bay.\n\nDuring production tests, about 5,000 barrels of oil and five mln cubic feet of gas per day were produced, it said.\n\n"This oil discovery will be followed-up as soon as possible by further seismic surveys and drilling. Should further drilling and tests in the area yield positive results oil production from a floating platform could be considered."';
    expect(product(wire)[0]).toMatchObject({ speaker: 'Soekor', speakerMention: 'it' });
  });

  it('but a person whose description ends in a phrase on a body stays a person: "…," said Michael Balaban, a vice president with Shearson\'s commercial paper unit. He added, "…"', () => {
    // Reuters-21578 6867, reflowed.
    const wire = '"For the first time, they (the banks) will gain access not only to traditional CD investors but also to commercial paper investors at rates which are competitive with traditional floating rate CDs," said Michael Balaban, a vice president with Shearson\'s commercial paper unit.\n\nHe added, "For U.S. investors, the CDs are attractive because they are domestically issued paper with competitive rates offered by AAA-rated Japanese banks."';
    expect(product(wire).map((q) => q.speakerRole)).toEqual(["a vice president with Shearson's commercial paper unit", "a vice president with Shearson's commercial paper unit"]);
  });
});

describe('"agreed to" reports no words', () => {
  it('"The company said … on behalf of Jefferies and Co, he agreed to purchase stocks …. It said "…"" is the company', () => {
    // Reuters-21578 7094, reflowed (paragraphs 1 and 7–9; the quotation is never closed).
    const wire = 'Jefferies Group Inc said founder and chairman Boyd L. Jefferies has resigned and intends to plead guilty to two felony counts of violating federal securities laws.\n\nThe company said the criminal charges against Boy Jefferies resulted from a transaction in which, on behalf of Jefferies and Co, he agreed to purchase stocks from entities controlled by Ivan F. Boesky and later resell the stock to the Boesky firms.\n\nIt said "Within days of the purchase, the market value of one of the stocks fell sharply and, pursuant to their agreement, a Boesky entity paid Jefferies and Co three mln dlrs to offset the loss.\n\nThe company said Boyd Jefferies will admit that following the loss he ordered that Boesky receive a bill for three mln dlrs for investment advisory and corporate finance services, although Jefferies and Co treated the three mln dlrs as an offset to the losses it experienced.';
    expect(product(wire)[0]).toMatchObject({ text: expect.stringMatching(/^Within days/), speakerMention: 'It', speakerRole: 'The company' });
    expect(product(wire)[0]?.speaker).toMatch(/^Jefferies Group/);
  });
});

describe('a report as the channel between a body and its verb', () => {
  it('"The committee in its report said, "…"" is the committee', () => {
    // Reuters-21578 18961, reflowed.
    const wire = 'The committee in its report said, "we very much support the government\'s view that SDI research should proceed only within the framework of the Camp David "four points" and in particular that it should be in entire conformity with the provisions of the ABM (Anti-Ballistic Missile) Treaty."';
    expect(run(wire)[0]?.speaker).toBe('The committee');
  });
});

describe('a body\'s name before "which" with no comma', () => {
  it('"they turned to the Chicago Police Department which reported "2,521 shooting incidents"" is the department', () => {
    // PolNeAR dev, breitbart 2016-09-29 (Politifact: Donald Trump is right …).
    const text = 'To solve this quandary, they turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city between January 1 and September 18.';
    expect(run(text)[0]?.speaker).toBe('Chicago Police Department');
  });

  it('but not the object of "of": "a new government study published in the same issue of the Journal which said it had found a "strong association"" is not the Journal\'s', () => {
    // Reuters-21578 16032, reflowed.
    const wire = "Mortimer's criticism was prompted by a new government study published in the same issue of the Journal which said it had found a \"strong association\" between aspirin and Reye's Syndrome.";
    expect(run(wire)[0]?.speaker ?? null).not.toBe('Journal');
  });
});

describe('"per" crediting a source', () => {
  it('"it’s prohibited when voting “to fill a vacancy on the National ticket,” per the party’s bylaws" is the bylaws', () => {
    // PolNeAR dev, politico 2016-09-12 (Former DNC chairman calls for …).
    const text = 'Though typically DNC rules permit members to appoint proxies to vote for them if they can’t appear in person, it’s prohibited when voting “to fill a vacancy on the National ticket,” per the party’s bylaws.';
    expect(run(text)[0]?.speaker).toBe('the party’s bylaws');
  });

  it('but "Guccifer said, per a translator, that … “was like an open orchid …”" is Guccifer: set off after the verb, "per" names the channel', () => {
    // PolNeAR train, breitbart 2016-05-25 (Hacker Guccifer: Clinton's server …).
    const text = 'Marcel Lazăr Lehel, the hacker known as “Guccifer,” stated that he had access to Democratic presidential candidate former Secretary of State Hillary Clinton’s email server, which he described as “like an open orchid.” Guccifer said, per a translator, that Clinton’s server was unprotected, and he had total access to the server that “was like an open orchid on the Internet, as many such servers are.”';
    expect(run(text).find((q) => q.text.startsWith('was like'))?.speaker).not.toBe('a translator');
  });
});
