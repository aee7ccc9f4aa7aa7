import { TITLE_WORDS } from './gazetteer.js';

/**
 * The closed word lists entity recognition reasons with. Kept apart from the recogniser so
 * the rules read as rules and the lists can be reviewed on their own.
 */

/** Capitalised words that are not names on their own (sentence starters, calendar words, …). */
export const STOP = new Set(
  `the a an in on at of to for by from with as and or but nor so yet if when while after before during since until
  this that these those there here it its he she they we i you his her their our my your them him us
  last next earlier later meanwhile however also still even only then now today yesterday tomorrow
  some many most several few all both each every other another such no not one two three four five six seven eight nine ten
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  state media officials official analysts analyst observers experts reports report sources source according
  key looking global historical strengthening mutual economic cultural support cold era
  new old first second third final further major minor chief senior top deputy former ahead amid against
  under over about between among within without what which who whom whose why how where
  mr mrs ms dr gen lt col sen rep gov said says told added stated would could should will shall can must
  inc corp co ltd plc lp llc pct mln bln dlrs vs
  north south east west northern southern eastern western central`.split(/\s+/).filter(Boolean),
);

/** Words a name ends in when it names an organisation ("State Affairs Commission", "Bank of Japan"). */
export const ORG_SUFFIX = new Set(
  `party agency ministry council bank corp corporation inc co ltd plc company group association union committee
  organization organisation institute army navy force forces department office commission authority service
  university fund board exchange news times post airlines airways motors industries holdings partners bancorp
  trust systems technologies international federation assembly parliament court command guard front movement
  alliance coalition league brigade battalion regiment division bureau secretariat cabinet government senate
  congress church foundation society club team media network broadcasting television radio press
  academy confederation staff subcommittee presidium directorate administration forum guild duma flotilla fleet
  headquarters
  squadron corps institution tribunal mission journal magazine gazette herald tribune review daily chronicle
  telegraph courier inquirer`.split(/\s+/).filter(Boolean),
);

/** Legal forms of companies ("Imperial Oil Ltd", "Dresdner Bank AG"): the canonical name drops them. */
export const LEGAL_FORMS = new Set(`inc corp co ltd limited plc lp llc ag sa nv ab gmbh spa bhd pty kk cie oy oyj asa bv srl sarl pte kgaa ltda pc`.split(/\s+/));

/** Words of company names that are nobody's name ("Imperial Oil", "Gull Air", "Nippon Life"). */
const COMPANY_WORDS = new Set(
  `oil gas steel air airline lines shipping securities financial insurance assurance life mining metals petroleum
  petrochemical petrochemicals chemical chemicals electric electronics energy resources capital holding investments
  enterprises properties realty foods stores supermarkets pharmaceuticals pharmaceutical telecom communications
  manufacturing laboratories brewery bancshares savings associates associate industrie industrier coal grain sugar
  cement textile textiles tobacco shipbuilding aerospace aircraft express freight cargo trucking semiconductor
  semiconductors computer computers software instruments tools machinery equipment commodities brothers bros credit realtors products engineering acquisition acquisitions`.split(/\s+/),
);

/**
 * Places of work and institutions KCNA and the wires name ("Sinphung Farm", "Pyongyang Bag
 * Factory", "Okryu Restaurant"): organisations, not people.
 */
const FACILITIES = new Set(
  `farm factory mill works complex mine plant restaurant hotel hospital school college troupe ensemble orchestra
  bookshop shop store smeltery manufactory shipyard dockyard clinic kindergarten centre center museum library
  theatre theater laboratory station camp gallery branch nursery zoo studio`.split(/\s+/),
);

/** Words a place name ends in ("Mansu Hill", "Pyongyang International Airport", "Nampho Municipality"). */
const PLACE_HEADS = new Set(
  `stadium hall cemetery park square street avenue road bridge dam reservoir lake hill mountain peak falls volcano
  temple pavilion plain rock airport port harbour harbor beach canyon grove district municipality town village canal
  pass tower monument palace county city province site area basin house prefecture canton governorate
  arch mausoleum memorial statue statues gate`.split(/\s+/),
);

/** First words of Romance-language company names ("Banca Commerciale Italiana", "Credit Lyonnais"). */
export const ORG_FIRST_WORDS = new Set(`banca banco banque compagnie compania societe credit credito`.split(/\s+/));

/** A media outlet's kind just before its name ("the news magazine Der Spiegel", "the newspaper Minju Joson"). */
export const MEDIA_BEFORE = /\b(?:newspaper|magazine|weekly|daily|journal|paper|broadcaster|agency)\s+$/;

/** Heads that are also surnames ("Christopher Hill", "Wilbur Mills"): a title or "said" makes the name a person's. */
export const WEAK_HEADS = new Set(`mill mills hall hill park rock temple grove lake tower house`.split(/\s+/));

/** Words before a place's name ("Mt Paektu", "Mount Kumgang", "North Hwanghae"): no one's given name. */
export const PLACE_PREFIXES = new Set(
  `mt mount lake cape north south east west northern southern eastern western`.split(/\s+/),
);

/** Heads of a country's formal name ("Socialist Republic of Vietnam", "Kingdom of Cambodia"). */
export const COUNTRY_HEADS = new Set(`republic republics kingdom emirates principality sultanate`.split(/\s+/));

/** The singular of a plural word ("guards" → "guard", "industries" → "industry"), or the word. */
export function singular(key: string): string {
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(key)) return key.slice(0, -2);
  if (key.endsWith('s') && !key.endsWith('ss')) return key.slice(0, -1);
  return key;
}

/** Whether a word heads an organisation name, in the singular or the plural ("Guards", "Industries"). */
export function isOrgHead(key: string): boolean {
  // "Sub-committee", "Stock-breeding Farm": a hyphenated word is headed by its last part.
  if (key.includes(' ')) return isOrgHead(key.slice(key.lastIndexOf(' ') + 1));
  // German and Scandinavian banks write the head into one word ("Landesbank", "Handelsbanken").
  if (/.bank(?:en)?$/.test(key)) return true;
  if (ORG_SUFFIX.has(key) || LEGAL_FORMS.has(key) || COMPANY_WORDS.has(key) || FACILITIES.has(key)) return true;
  if (!key.endsWith('s')) return false;
  const one = singular(key);
  return ORG_SUFFIX.has(one) || FACILITIES.has(one);
}

/** Whether a word heads a place name ("Hill", "Falls", "Airport"). */
export function isPlaceHead(key: string): boolean {
  return PLACE_HEADS.has(key) || (key.endsWith('s') && PLACE_HEADS.has(singular(key)));
}


/**
 * Words of STOP that describe rather than stand in for a name: inside a name they belong to it
 * ("State Affairs Commission", "Central Committee"), at its edge they are dropped.
 */
export const STOP_MODIFIERS = new Set(
  `state key global historical mutual economic cultural new old first second third final further major minor chief
  senior top deputy former north south east west northern southern eastern western central`.split(/\s+/).filter(Boolean),
);

/** Titles that are offices, not qualifiers: "<head> of <portfolio>" names an office ("Minister of Defence"). */
export const TITLE_HEADS = new Set(
  `president minister secretary chairman chairwoman chairperson chair director chief governor ambassador envoy
  commander head leader premier chancellor spokesman spokeswoman spokesperson speaker mayor marshal admiral
  king queen prince emperor manager prosecutor professor bishop`.split(/\s+/).filter(Boolean),
);

/**
 * Title words that only qualify another title ("Foreign Minister", "First Vice-Premier", "Party
 * Secretary"). On their own they are ordinary capitalised words: "First Boston", "State Duma",
 * "Party Founding".
 */
export const TITLE_QUALIFIERS = new Set(
  `vice deputy first foreign defence defense interior finance economy trade security state party supreme council
  executive acting former official officials chief`.split(/\s+/),
);

/** A title word, or a hyphenated one made of title words ("Vice-Minister", "Vice-Chairman"). */
export function isTitle(key: string): boolean {
  if (TITLE_WORDS.has(key)) return true;
  if (!key.includes(' ')) return false;
  for (const word of key.split(' ')) if (!TITLE_WORDS.has(word)) return false;
  return true;
}

/** A title that names an office ("Minister", "Vice-Minister"), not a qualifier ("Foreign"). */
export function isOfficeHead(key: string): boolean {
  return isTitle(key) && TITLE_HEADS.has(key.slice(key.lastIndexOf(' ') + 1));
}

/** A lower-case office with "of" just before a run: the run is the office's portfolio or body. */
export const TITLE_OF_BEFORE = new RegExp(String.raw`\b(?:${[...TITLE_HEADS].join('|')})\s+(?:of|for)\s+(?:the\s+)?$`, 'i');

/**
 * What an office can be "of": "Minister of Foreign Affairs", "Secretary of State", "Chancellor of
 * the Exchequer". The word ends the portfolio; capitalised words after it name the holder.
 */
export const PORTFOLIO_NOUNS = new Set(
  `affairs defence defense finance trade state treasury interior justice health agriculture education culture sports
  industry industries commerce labour labor energy transport transportation communications telecommunications
  environment science sciences technology exchequer planning economy development security fisheries forestry mines
  mining petroleum oil information tourism welfare housing construction railways railway posts navy army war
  unification reunification resources relations cooperation protection government operations policy strategy
  outreach research marketing sales legislative public staff`.split(/\s+/).filter(Boolean),
);

/** Named things that are not actors (treaties, wars, programmes, events, works): recognised and dropped. */
export const THING_SUFFIX = new Set(
  `agreement treaty pact accord act declaration resolution war program programme plan initiative operation
  doctrine charter convention protocol memorandum statement communique summit conference day anniversary era
  product system index unit units amendment flag rate rates policy depression recession crisis uprising cup championship championships games olympics
  tournament festival exhibition fair contest
  competition exercise exercises drill drills constitution law prize award medal order film opera idea theory
  meeting session plenum rally ceremony reception banquet seminar symposium lecture performance concert match year`.split(/\s+/).filter(Boolean),
);

export const GEO_WORDS = new Set(
  `asia europe africa america americas pacific atlantic arctic sea ocean river island islands peninsula mountains
  region province oblast state county city strait gulf bay coast valley desert zone`.split(/\s+/).filter(Boolean),
);

/** Words after a name that make it a person's even when it ends like a place's ("Christopher Hill said"). */
export const SPEECH_AFTER = /^\s*(?:said|says|told|added|stated)\b/;

/** Words before a name that make it a place ("in Sinpo", "the Saudi port of Ras Tannurah"). */
export const PLACE_CUE =
  /\b(?:in|at|near|from|to|into|outside|across|toward|towards|around)\s+$|\b(?:port|city|town|village|province|region|island|capital|district|county)\s+of\s+$/;

/** US state abbreviations of datelines and addresses ("Pine Bluff, Ark.", "Cos Cob, Mass"). */
export const US_STATE_ABBREVIATIONS = new Set(
  `ala ariz ark calif colo conn del fla ill ind kan ky md mass mich minn mo mont neb nev nh nj nm ny nc nd okla ore pa
  ri sc sd tenn tex vt va wva wis wyo`.split(/\s+/),
);

/** Hyphenated adjectives that end a name rather than belong to it ("New York-based", "state-owned"). */
export const ADJECTIVE_SUFFIX = /-(?:based|owned|led|run|born|controlled|backed|funded|made|held|listed|registered|linked|affiliated|style|type|class|level|era|bound|related|oriented|speaking|sponsored|area)$/;
/**
 * Words after a name that make it a person: "Wang Lei, a senior envoy", "Kim said", and KCNA's
 * lower-case office in apposition, "Kim Il Guk, minister of …", "Ri Chang Ho, deputy chief of …".
 */
export const PERSON_AFTER = new RegExp(
  String.raw`^\s*(?:,\s*(?:(?:a|the|who|an)\b|(?:(?:first|vice|deputy|general|chief|executive|senior|former|acting|assistant|managing|department|standing)[- ]+)*(?:${[...TITLE_HEADS].join('|')}|member|director|secretaries)\b)|said\b|says\b|told\b|added\b|stated\b|\(\d)`,
);

/**
 * Lower-case nouns right after a name that make the name a modifier, not a person: "Corporate
 * Affairs minister", "Imperial chairman", "Shearson Lehman companies", "Dow Jones stock".
 * Only nouns that cannot be a verb after a plural subject ("head", "lead" can).
 */
export const ATTRIBUTIVE_AFTER =
  /^[ \t]+(?:(?:joint|military|naval|large-scale|combined|annual|nuclear|strategic)[ \t]+){0,3}(?:minister|secretary|president|chairman|chairwoman|director|manager|governor|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|analyst|analysts|economist|economists|executive|executives|official|officials|leaders|members|lawmakers|shareholders|shares|stock|stocks|bonds|notes|index|subsidiary|unit|units|division|company|companies|group|administration|government|regime|troops|forces|exercises|drills|system|missile|missiles|plant|plants|project|program|programme|stake|product|products|line|business|operations|brand|common|preferred|debentures|merger|takeover|chief|board|holders)\b/;

/** Reuters marks companies: "<Ferrado Oy>", or a ticker after the name ("Union Carbide Corp <UK>"). */
export const TICKER_AFTER = /^\s*(?:<[A-Z0-9.]{1,12}>|>)/;

/** A vessel's type just before its name: "aircraft carrier Kitty Hawk", "tanker Arabian Sea". */
export const VESSEL_BEFORE = /\b(?:carrier|ship|vessel|tanker|destroyer|submarine|frigate|cruiser|freighter|warship|boat|ferry|liner|yacht|corvette|icebreaker|USS|HMS)\s+$/;
/** A lower-case title just before a run: the run names the title holder. */
export const TITLE_BEFORE = /\b(?:leader|president|minister|secretary|chairman|envoy|spokesman|spokeswoman|ambassador|general|commander|chief|premier|official|director|governor)\s+$/i;
