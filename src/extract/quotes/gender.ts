/**
 * Grammatical gender of a person mention, for resolving "he" and "she". Written by hand, no
 * data download: honorifics and gendered role nouns, plus common given names in English-language
 * news (politics, business, world leaders). A name it does not know is "unknown" and stays
 * compatible with either pronoun.
 */

export type Gender = 'm' | 'f' | 'unknown';

const MALE = new Set(
  `aaron abdul abdullah abraham adam adrian ahmad ahmed al alan albert alberto alejandro alex alexander alexei alexey alfred ali allen alvin amir andre andrea andrei andres andrew andrey andy angelo anthony antonio arnold arthur ashton austin barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan byron calvin cameron carl carlos carter cecil chad charles charlie chris christian christopher chuck clarence claude clay clifford clint cody colin cory craig curtis dale dan daniel danny darrell darren dave david dean dennis derek devin dick diego dmitry dmitri don donald doug douglas duncan dustin dwight earl ed eddie edgar eduardo edward edwin elijah eliot elliot elon emmanuel enrique eric erik ernest ethan eugene evan felipe fernando francis francisco frank franklin fred frederick gabriel gary gavin gene geoffrey george gerald gerard gilbert glenn gordon graham grant greg gregory gus guy hakeem hal hank hans harold harry harvey hassan hector henry herbert herman howard hugh hugo hunter ian igor isaac ivan jack jackson jacob jake james jamie jared jason javier jay jeb jeff jefferson jeffrey jeremy jerome jerry jesse jesus jim jimmy jo joe joel john johnny jon jonah jonathan jordan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kim_m kirk kurt kyle lamar lance larry lawrence lee leo leon leonard leroy lester lewis lincoln lindsey_m lloyd logan lou louis luis luke lyndon malcolm manuel marc marco marcus mario mark marshall martin marvin matt matthew maurice max michael miguel mike mitch mitchell mitt mohammed mohammad muhammad moses nathan neil nelson newt nicholas nick nigel noah norman oliver omar orrin oscar owen pablo pat_m patrick paul pedro pete peter phil philip phillip pierre rafael ralph ramon randall randy raul ray raymond reggie reince reuben ricardo rich richard rick ricky rob robert roberto robin_m rod rodney roger roland ron ronald ronny ross roy ruben rudy rudolph russ russell ryan sam samuel saul scott sean sergei sergey seth shane shaun sherrod silvio simon stanley stephen steve steven stuart ted terrence terry_m thad theodore thomas tim timothy todd tom tommy tony travis trent trey troy tyler vernon victor vincent vladimir wade walter warren wayne wesley will william willie xi yuri zach zachary`.split(
    /\s+/,
  ),
);

// "chris" and "lee" are in both lists (Christopher or Christine; Lee Epstein is a woman): a known given name of either gender.
const FEMALE = new Set(
  `abby chris lee abigail ada adriana agnes aileen alexandra alexis alice alicia alison allison amanda amber amy ana andrea_f angela angelina angie ann anna anne annie april ashley audrey barbara beatrice becky belinda betsy betty beverly bonnie brenda brianna bridget brigid brittany camila candice cara carla carly carmen carol caroline carolyn catherine cathy cecile celeste charlotte chelsea cheryl chloe christina christine cindy claire clara claudia colleen connie courtney crystal cynthia daisy dana danielle darlene dawn debbie deborah debra denise diana diane dianne dolores donna dora doris dorothy edith eileen elaine eleanor elena elise eliza elizabeth ella ellen emily emma erica erin esther eva evelyn faith felicia fiona florence frances gabrielle gail gina ginger giselle gloria grace gretchen gwen hannah harriet hazel heather heidi helen hillary holly hope huma irene iris isabel ivana ivanka jackie jacqueline jan jane janet janice jasmine jean jeanne jennifer jenny jessica jill jo_f joan joanna joanne jodi joni josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie kay kayla kelly kellyanne kelsey kim_f kimberly kirsten krista kristen kristin laura lauren leah lena leslie lillian linda lisa lois loretta lori lorraine louise lucy lydia lynn madeleine madison maggie malia mandy marcia margaret maria marian marie marilyn marina marion marla marsha martha mary maureen maxine megan meghan megyn melania melanie melissa meredith mia michele michelle mildred mindy miranda molly monica nancy naomi natalie nicole nikki nina nora norma olivia paige pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta robin_f rosa rose rosemary roxanne ruby ruth sally samantha sandra sara sarah sasha shannon sharon sheila shirley sonia sophia stacey stacy stella stephanie sue susan suzanne sylvia tamara tammy tanya teresa theresa tiffany tina tracy tulsi ursula valerie vanessa vera veronica victoria virginia wanda wendy whitney yvonne zoe`.split(
    /\s+/,
  ),
);

const MALE_ROLE = /\b(?:mr|sir|lord|king|prince|emperor|pope|father|brother|son|husband|boyfriend|congressman|assemblyman|councilman|spokesman|chairman|businessman|sheikh|ayatollah|rabbi|imam|duke|baron|uncle|nephew|grandfather|dad)\b\.?/i;
const FEMALE_ROLE = /\b(?:mrs|ms|miss|madam|madame|dame|lady|queen|princess|empress|mother|sister|daughter|wife|girlfriend|congresswoman|assemblywoman|councilwoman|spokeswoman|chairwoman|businesswoman|duchess|baroness|aunt|niece|grandmother|mom|first\s+lady)\b\.?/i;

/** The gender an honorific opening a mention gives ("Mr. Clinton", "Mrs. Clinton"), else unknown. */
export function honorificGender(mention: string): Gender {
  if (/^(?:Mr|Sir)\b\.?\s/.test(mention)) return 'm';
  if (/^(?:Mrs|Ms|Miss)\b\.?\s/.test(mention)) return 'f';
  return 'unknown';
}

/** Gender of a given name, by itself. */
export function givenNameGender(first: string): Gender {
  const f = first.toLowerCase().replace(/[^a-z]/g, '');
  if (!f) return 'unknown';
  const m = MALE.has(f);
  const w = FEMALE.has(f);
  if (m && !w) return 'm';
  if (w && !m) return 'f';
  return 'unknown';
}

/** Gender of a person from their name and the role words the article gives them. */
export function personGender(name: string, role: string | null): Gender {
  const r = role ?? '';
  if (MALE_ROLE.test(r)) return 'm';
  if (FEMALE_ROLE.test(r)) return 'f';
  const toks = name.split(/\s+/);
  if (toks.length >= 2) return givenNameGender(toks[0]!);
  return 'unknown';
}

/** Is `name` a given name this list knows (so a run starting with it is a person)? */
export function isKnownGivenName(first: string): boolean {
  const f = first.toLowerCase().replace(/[^a-z]/g, '');
  return MALE.has(f) || FEMALE.has(f);
}

export function pronounGender(p: string): Gender {
  const l = p.toLowerCase();
  if (l === 'he' || l === 'him' || l === 'his') return 'm';
  if (l === 'she' || l === 'her' || l === 'hers') return 'f';
  return 'unknown';
}
