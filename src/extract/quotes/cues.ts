/**
 * Reporting cues: the verbs (and the one preposition phrase) that tie a quotation to its
 * speaker. Each written form maps to a lemma-ish canonical form in the past tense, which is
 * how news copy overwhelmingly writes them ("says" and "said" both give "said").
 */

/** canonical → other written forms. Forms are matched as whole words, case-insensitively. */
const LEXICON: Record<string, string[]> = {
  said: ['says', 'say', 'saying'],
  told: ['tells', 'tell', 'telling'],
  added: ['adds', 'adding'],
  stated: ['state', 'states', 'stating'],
  warned: ['warn', 'warns', 'warning'],
  declared: ['declares', 'declaring'],
  noted: ['notes', 'noting'],
  stressed: ['stresses', 'stressing'],
  emphasized: ['emphasize', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising'],
  explained: ['explain', 'explains', 'explaining'],
  wrote: ['write', 'writes', 'writing', 'written'],
  asked: ['asks', 'asking'],
  replied: ['replies', 'replying'],
  insisted: ['insist', 'insists', 'insisting'],
  argued: ['argue', 'argues', 'arguing'],
  claimed: ['claims', 'claiming'],
  vowed: ['vows', 'vowing'],
  pledged: ['pledges', 'pledging'],
  promised: ['promises', 'promising'],
  urged: ['urges', 'urging'],
  called: ['calls', 'calling'],
  described: ['describes', 'describing'],
  announced: ['announces', 'announcing'],
  affirmed: ['affirms', 'affirming'],
  reaffirmed: ['reaffirms', 'reaffirming'],
  acknowledged: ['acknowledge', 'acknowledges', 'acknowledging'],
  admitted: ['admits', 'admitting'],
  commented: ['comments', 'commenting'],
  continued: ['continues', 'continuing'],
  concluded: ['concludes', 'concluding'],
  recalled: ['recalls', 'recalling'],
  remarked: ['remarks', 'remarking'],
  observed: ['observes', 'observing'],
  tweeted: ['tweets', 'tweeting'],
  posted: ['posts', 'posting'],
  responded: ['responds', 'responding'],
  quipped: ['quips', 'quipping'],
  riffed: ['riffs', 'riffing'],
  retaliated: ['retaliates'],
  joked: ['jokes', 'joking'],
  predicted: ['predicts', 'predicting'],
  cautioned: ['cautions', 'cautioning'],
  charged: ['charges'],
  contended: ['contend', 'contends', 'contending'],
  conceded: ['concede', 'concedes', 'conceding'],
  maintained: ['maintains'],
  reiterated: ['reiterates', 'reiterating'],
  suggested: ['suggests', 'suggesting'],
  underlined: ['underlines', 'underlining'],
  underscored: ['underscores', 'underscoring'],
  highlighted: ['highlights', 'highlighting'],
  'pointed out': ['points out', 'pointing out'],
  'went on': ['goes on', 'going on'],
  'expressed confidence': ['expresses confidence', 'expressing confidence'],
  'expressed concern': ['expresses concern', 'expressing concern'],
  'expressed hope': ['expresses hope', 'expressing hope'],
  'expressed doubt': ['expresses doubt', 'expressing doubt'],
  'expressed doubts': ['expresses doubts', 'expressing doubts'],
  'expressed frustration': ['expresses frustration', 'expressing frustration'],
  'expressed optimism': ['expresses optimism', 'expressing optimism'],
  'expressed skepticism': ['expresses skepticism', 'expressing skepticism'],
  'expressed regret': ['expresses regret', 'expressing regret'],
  'expressed surprise': ['expresses surprise', 'expressing surprise'],
  'expressed support': ['expresses support', 'expressing support'],
  'expressed disappointment': ['expresses disappointment', 'expressing disappointment'],
  'expressed outrage': ['expresses outrage', 'expressing outrage'],
  'expressed alarm': ['expresses alarm', 'expressing alarm'],
  voiced: ['voicing'],
  threatened: ['threatens', 'threatening'],
  demanded: ['demands', 'demanding'],
  denounced: ['denounces', 'denouncing'],
  condemned: ['condemns', 'condemning'],
  criticized: ['criticised', 'criticizes', 'criticises', 'criticizing', 'criticising'],
  blasted: ['blasts', 'blasting'],
  slammed: ['slams', 'slamming'],
  praised: ['praises', 'praising'],
  hailed: ['hails', 'hailing'],
  lamented: ['laments', 'lamenting'],
  complained: ['complains', 'complaining'],
  boasted: ['boasts', 'boasting'],
  'took credit for': ['takes credit for', 'taking credit for', 'take credit for', 'claimed credit for', 'claims credit for', 'claiming credit for'],
  proclaimed: ['proclaims', 'proclaiming'],
  assured: ['assures', 'assuring'],
  confirmed: ['confirms', 'confirming'],
  denied: ['denies', 'denying'],
  estimated: ['estimates'],
  shouted: ['shouts', 'shouting'],
  blared: ['blares'],
  began: ['begins'],
  started: ['starts'],
  yelled: ['yells', 'yelling'],
  whispered: ['whispers'],
  mused: ['muses', 'musing'],
  answered: ['answers', 'answering'],
  countered: ['counters', 'countering'],
  retorted: ['retorts'],
  agreed: ['agrees'],
  accused: ['accuses', 'accusing'],
  alleged: ['allege', 'alleges', 'alleging'],
  reported: ['reports', 'reporting'],
  quoted: ['quotes', 'quoting'],
  cited: ['cites', 'citing'],
  read: ['reads'],
  indicated: ['indicates', 'indicating'],
  forecast: ['forecasts', 'forecasted'],
  projected: ['projects'],
  dubbed: ['dubs', 'dubbing'],
  labeled: ['labelled', 'labels', 'labeling', 'labelling'],
  branded: ['brands', 'branding'],
  termed: ['terms', 'terming'],
  characterized: ['characterised', 'characterizes', 'characterises'],
  exclaimed: ['exclaims', 'exclaiming'],
  barked: ['barks', 'barking'],
  interrupted: ['interrupts', 'interrupting'],
  'shot back': ['shoots back', 'shooting back'],
  'fired back': ['fires back', 'firing back'],
  snapped: ['snaps'],
  scoffed: ['scoffs', 'scoffing'],
  chided: ['chides', 'chiding'],
  echoed: ['echoes', 'echoing'],
  recounted: ['recounts', 'recounting'],
  confided: ['confides', 'confiding'],
  confessed: ['confesses', 'confessing'],
  wondered: ['wonders', 'wondering'],
  mocked: ['mocks', 'mocking'],
  ridiculed: ['ridicules', 'ridiculing'],
  attacked: ['attacking'],
  knocked: ['knocks', 'knocking'],
  'lashed out': ['lashes out', 'lashing out'],
  insulted: ['insulting'],
  derided: ['derides', 'deriding'],
  dismissed: ['dismisses', 'dismissing'],
  chanted: ['chanting'],
  jeered: ['jeers', 'jeering'],
  heckled: ['heckles', 'heckling'],
  screamed: ['screams', 'screaming'],
  cried: [],
  sang: ['sings', 'singing', 'sung'],
  pleaded: ['pleads', 'pleading'],
  begged: ['begs', 'begging'],
  testified: ['testifies', 'testifying'],
  elaborated: ['elaborates', 'elaborating'],
  clarified: ['clarifies', 'clarifying'],
  speculated: ['speculates', 'speculating'],
  surmised: ['surmises'],
  objected: ['objecting'],
  protested: ['protesting'],
  griped: ['gripes', 'griping'],
  grumbled: ['grumbles', 'grumbling'],
  muttered: ['mutters', 'muttering'],
  'summed up': ['sums up', 'summing up'],
  advised: ['advises', 'advising'],
  assailed: ['assails', 'assailing'],
  rebuked: ['rebukes', 'rebuking'],
  scolded: ['scolds', 'scolding'],
  touted: ['touts', 'touting'],
  bragged: ['brags', 'bragging'],
  lauded: ['lauds', 'lauding'],
  applauded: ['applauds', 'applauding'],
  thanked: ['thanking'],
  apologized: ['apologised', 'apologizes', 'apologises', 'apologizing', 'apologising'],
  declined: ['declines'],
  disputed: ['disputes', 'disputing'],
  rejected: ['rejects', 'rejecting'],
  refuted: ['refutes', 'refuting'],
  revealed: ['reveals', 'revealing'],
  disclosed: ['discloses', 'disclosing'],
  informed: ['informs', 'informing'],
  briefed: [],
  instructed: ['instructs', 'instructing'],
  implored: ['implores', 'imploring'],
  challenged: ['challenges', 'challenging'],
  questioned: ['questioning'],
  queried: [],
  inquired: ['inquires', 'enquired', 'enquires'],
  penned: ['penning'],
  retweeted: ['retweets', 'retweeting'],
  opined: ['opines', 'opining'],
  reasoned: [],
  theorized: ['theorised', 'theorizes', 'theorises'],
  hinted: ['hinting'],
  signaled: ['signalled', 'signaling', 'signalling'],
  mentioned: ['mentions', 'mentioning'],
  cheered: [],
  celebrated: ['celebrates', 'celebrating'],
  gushed: ['gushes', 'gushing'],
  raved: ['raving'],
  marveled: ['marvelled', 'marvels', 'marveling', 'marvelling'],
  sniped: ['snipes', 'sniping'],
  jabbed: ['jabbing'],
  taunted: ['taunts', 'taunting'],
  teased: ['teases', 'teasing'],
  needled: ['needling'],
  vented: ['venting'],
  raged: ['raging'],
  fumed: ['fuming'],
  seethed: ['seethes'],
  thundered: ['thundering'],
  roared: ['roaring'],
  bellowed: ['bellows'],
  sighed: [],
  decried: ['decries', 'decrying'],
  deplored: ['deplores', 'deploring'],
  bemoaned: ['bemoans', 'bemoaning'],
  regretted: [],
  expected: [],
  recommended: ['recommends', 'recommending'],
  proposed: ['proposes', 'proposing'],
  advocated: [],
  concurred: ['concurs'],
  acquiesced: [],
  emailed: [],
  texted: [],
  messaged: [],
  'put it': ['puts it', 'putting it'],
  worried: ['worries'],
  found: ['finds'],
  asserted: ['assert', 'asserts', 'asserting'],
  beamed: ['beams'],
  boomed: ['booms'],
  interjected: ['interjects', 'interjecting'],
  groused: ['grouses'],
  hollered: ['hollers'],
  lambasted: ['lambastes', 'lambasting'],
  implied: ['implies'],
  reflected: ['reflects'],
  'chimed in': ['chimes in', 'chiming in'],
  repeated: ['repeats'],
  'cut in': ['cuts in'],
  exhorted: ['exhorts', 'exhorting'],
  // Phrases that credit a source as "according to" does ("in the words of X", "as described by X").
  'according to': ['in the words of', 'as described by', 'as characterized by', 'as characterised by', 'as put by', 'as phrased by', 'per'],
};

/** Verbs whose quoted object is a name for something rather than words spoken. */
export const NAMING_CUES = new Set(['dubbed', 'labeled', 'branded', 'termed']);

const FORM_TO_CANONICAL = new Map<string, string>();
for (const [canonical, forms] of Object.entries(LEXICON)) {
  FORM_TO_CANONICAL.set(canonical, canonical);
  for (const f of forms) FORM_TO_CANONICAL.set(f, canonical);
}

const alternation = [...FORM_TO_CANONICAL.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/ /g, '\\s+'))
  .join('|');

/** Whole-word cue forms; global so callers can walk every occurrence. */
export const CUE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternation})(?![\\p{L}\\p{N}-])`, 'giu');

export function canonicalCue(written: string): string {
  return FORM_TO_CANONICAL.get(written.toLowerCase().replace(/\s+/g, ' ')) ?? written.toLowerCase();
}

export interface CueMatch {
  start: number;
  end: number;
  written: string;
  canonical: string;
}

/**
 * Bare forms of verbs that only report speech ("quip", "argue"). They are cues after a modal
 * ("could only quip:", "would argue"), where a noun cannot stand; "would continue", "would
 * call" are left out, since there they mostly do not report words.
 */
const BARE = new Map<string, string>();
for (const bare of `quip argue insist warn explain note stress declare reply respond answer counter retort complain joke
  boast brag vow pledge tweet admit acknowledge concede contend predict caution remark testify add assert exclaim
  muse lament`.split(/\s+/)) {
  // The canonical form is the one its third-person form maps to; a bare form the lexicon
  // already lists is matched everywhere and needs no modal.
  const third = /(?:ch|sh|ss|x|z)$/.test(bare) ? `${bare}es` : /[^aeiou]y$/.test(bare) ? bare.replace(/y$/, 'ies') : `${bare}s`;
  const canonical = FORM_TO_CANONICAL.get(third);
  if (canonical && !FORM_TO_CANONICAL.has(bare)) BARE.set(bare, canonical);
}
const AFTER_MODAL = new RegExp(
  String.raw`\b(?:could|would|will|can|may|might|should|must|did|does|do|didn't|doesn't|won't|wouldn't|couldn't)\s+(?:(?:only|just|not|also|then|later|simply|never|probably|certainly)\s+)?(${[...BARE.keys()].join('|')})(?![\p{L}-])`,
  'giu',
);

/**
 * Whether "state"/"states" is the noun, not the reporting verb. As a verb it opens what is
 * stated (that, a colon, a quotation, "in the white paper") or ends the tag; the bare "state"
 * needs a plural subject ("the Saudis state", "they state"). "Secretary of state", "the
 * sovereign states structurally", "member states that", "a nuclear weapons state" are nouns.
 */
function stateIsNoun(written: string, before: string, after: string): boolean {
  if (!/^(?:\s+(?:that|in|on|to|the|a|an|its|his|her|their|this)\b|\s*[:,.;"“]|\s*$)/iu.test(after)) return true;
  // A count or a kind of state; "Resolution 2231 states" is a numbered text.
  const kind = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|many|all|both|other|member|sovereign|southern|northern|eastern|western|swing|key|battleground|early|frontline|nuclear|arab|gulf|baltic|island|border|client|vassal|satellite|hostile|allied|neighbou?ring|independent|small|big|large|rogue)\s+$/i;
  if (!/[\p{Lu}][\p{L}.]*\s+\d+\s+$/u.test(before) && kind.test(before)) return true;
  // "many Asian states", "the European states", "Central Asian states": a people's adjective.
  if (/\b[\p{Lu}][\p{Ll}]+(?:an|ese|ic|ish)\s+$/u.test(before)) return true;
  if (!/^state$/i.test(written)) return false;
  if (/\b(?:a|an|each|every|one|this|that|any|no)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before)) return true;
  const plural = /(?:\b(?:they|we|I|you)|[\p{L}]{2}[^s’'\s]s|[\p{L}]ies|[\p{L}]men|people)\s+$/u.test(before) && !/(?:ous|us)\s+$/.test(before);
  return !plural;
}

/**
 * Third-person forms that are also plural nouns ("reports", "claims", "remarks"), read as nouns
 * after a determiner, a count or a possessive and adjectives: "the two lengthy investigative
 * reports", "his recent remarks". Only an adjective by its ending stands right before the
 * form, so "the company reports" and "the chief executive said" stay verbs.
 */
const NOUNABLE = /^(?:reports|claims|comments|remarks|notes|tweets|posts|charges|answers|replies|cautions|boasts|vows|pledges|promises|jokes|quips|counters|retorts)$/i;
const ADJECTIVES_BEFORE =
  /(?:\b(?:the|these|those|his|her|their|its|our|my|your|two|three|four|five|six|several|many|some|any|all|both|such|numerous|multiple|\d+)|[’']s?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:ive|al|ous|ic|ful|less|able|ible|ary|ory|ent|ant|ed|ier|iest)\s+$/u;

/**
 * The commonest reporting verbs, for reading a word beside a name as its verb ("said NYMEX
 * Chairman William Bradt", "Baldrige said", "said, per a translator"); the lexicon's wider net
 * holds forms that are nouns too ("notes", "states").
 */
export const REPORTING_VERB = String.raw`(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|explained|noted|stated|declared|insisted|argued|warned)`;
const REPORTING_VERB_THEN_COMMA = new RegExp(String.raw`\b${REPORTING_VERB},\s*$`, 'i');

/**
 * `"…," per the party's bylaws`: "per" credits a source only after a comma or a closing mark, or
 * opening the sentence, and before a determiner or a name ("10 dlrs per share" does not).
 * `Guccifer said, per a translator, that …`: set off right after a reporting verb it names the
 * channel, not the source.
 */
function perCreditsASource(before: string, after: string): boolean {
  if (!/(?:^|[,”"]|[.!?]\s)\s*$/u.test(before.slice(-3))) return false;
  if (REPORTING_VERB_THEN_COMMA.test(before.slice(-16))) return false;
  return /^\s+(?:the|a|an|his|her|its|their|\p{Lu})/u.test(after) && !/^\s+(?:share|cent|capita|annum|se)\b/i.test(after);
}

/** Every cue in `s` (offsets relative to `s`). */
export function findCues(s: string): CueMatch[] {
  const out: CueMatch[] = [];
  AFTER_MODAL.lastIndex = 0;
  for (let m = AFTER_MODAL.exec(s); m; m = AFTER_MODAL.exec(s)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, written: m[1]!, canonical: BARE.get(m[1]!.toLowerCase())! });
  }
  CUE_PATTERN.lastIndex = 0;
  for (let m = CUE_PATTERN.exec(s); m; m = CUE_PATTERN.exec(s)) {
    // "United States", "Washington Post", "The Times Reports": a capitalised form inside a
    // run of capitalised words is part of a name, not a verb.
    if (/^\p{Lu}/u.test(m[0]) && /[\p{Lu}][\p{L}.'’-]*\s+$/u.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
    const canonical = canonicalCue(m[0]);
    // "went on to say", "went on:", "went on about" report speech; "goes on recess", "went on
    // television" do not.
    // A tag closing a quotation (`“…,” she went on.`) is speech too.
    const tagAfterQuote = /^\s*[.;]/.test(s.slice(m.index + m[0].length)) && /(?:^|[,!?]['’]?["”])\s*(?:\S+\s+){0,3}$/u.test(s.slice(0, m.index));
    // "began" and "started" report speech only as the tag closing a quotation (`“…,” Hannity
    // started.`); "the company started production" does not.
    if ((canonical === 'began' || canonical === 'started') && !tagAfterQuote) continue;
    if (canonical === 'went on' && !tagAfterQuote && !/^\s*(?:to\s|about\s|[,:]|["“])/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (/^states?$/i.test(m[0]) && stateIsNoun(m[0], s.slice(Math.max(0, m.index - 30), m.index), s.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (NOUNABLE.test(m[0]) && ADJECTIVES_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "the then projected 8.35 billion dlr total": a verb form after an article and a time
    // adverb is an adjective.
    if (/\b(?:the|a|an|its|their|his|her)\s+(?:then|now|once|previously|originally|initially|newly)\s+$/i.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "the price its customers would be asked to pay": one who is asked to do something is
    // requested, not speaking.
    if (canonical === 'asked' && /\b(?:be|been|being|is|are|was|were)\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index)) && /^\s+to\s/i.test(s.slice(m.index + m[0].length))) continue;
    if (/^per$/i.test(m[0]) && !perCreditsASource(s.slice(0, m.index), s.slice(m.index + m[0].length))) continue;
    // "he agreed to purchase stocks", "agreed to the deal": to agree to something reports no words.
    if (canonical === 'agreed' && /^\s+to\s/i.test(s.slice(m.index + m[0].length))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, written: m[0], canonical });
  }
  return out.sort((a, b) => a.start - b.start);
}
