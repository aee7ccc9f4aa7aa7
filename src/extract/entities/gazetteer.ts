/**
 * The built-in known-actor list: countries (with demonyms and capitals), major organisations,
 * news agencies and a few people that recur in geopolitical wire copy. Compact on purpose:
 * `canonical|alias|alias…` per line. A user alias file (corpus/entities.yaml) is consulted
 * first and can add or override any name.
 */
import type { EntityKind } from '../../model/extraction.js';

export interface GazetteerEntry {
  canonical: string;
  kind: EntityKind;
  /** For capitals: the country the city stands for when it acts ("Moscow said"). */
  country?: string;
  /** News agencies and outlets: the channel a report came through, not an actor in it. */
  media?: boolean;
  /** For people: the name a later bare mention uses ("Shoigu", "Kim"). */
  surname?: string;
}

/** canonical | demonym adjectives… ; capital */
const COUNTRIES = `
Russia|Russian|Russians|Russian Federation;Moscow
North Korea|North Korean|North Koreans|DPRK|D.P.R.K.|Democratic People's Republic of Korea|N. Korea|N.Korea;Pyongyang
South Korea|South Korean|South Koreans|ROK|Republic of Korea|S. Korea;Seoul
United States|U.S.|US|USA|U.S.A.|America|American|Americans|United States of America;Washington
Ukraine|Ukrainian|Ukrainians;Kyiv|Kiev
China|Chinese|People's Republic of China|PRC;Beijing
Japan|Japanese;Tokyo
United Kingdom|UK|U.K.|Britain|British|Great Britain;London
France|French;Paris
Germany|German|Germans|West Germany|West German;Berlin|Bonn
Italy|Italian;Rome
Spain|Spanish;Madrid
Canada|Canadian;Ottawa
Mexico|Mexican;Mexico City
Brazil|Brazilian;Brasilia
Argentina|Argentine|Argentinian;Buenos Aires
India|Indian;New Delhi
Pakistan|Pakistani;Islamabad
Iran|Iranian|Iranians;Tehran
Iraq|Iraqi|Iraqis;Baghdad
Israel|Israeli|Israelis;Jerusalem
Syria|Syrian|Syrians;Damascus
Turkey|Turkish|Turkiye;Ankara
Egypt|Egyptian|Egyptians;Cairo
Saudi Arabia|Saudi|Saudis;Riyadh
Kuwait|Kuwaiti;Kuwait City
Qatar|Qatari;Doha
United Arab Emirates|UAE|Emirati;Abu Dhabi
Libya|Libyan|Libyans;Tripoli
Yemen|Yemeni|Yemenis;Sanaa
Lebanon|Lebanese;Beirut
Jordan|Jordanian;Amman
Afghanistan|Afghan|Afghans;Kabul
Belarus|Belarusian;Minsk
Poland|Polish;Warsaw
Georgia|Georgian;Tbilisi
Kazakhstan|Kazakh;Astana
Mongolia|Mongolian;Ulaanbaatar
Vietnam|Vietnamese;Hanoi
Taiwan|Taiwanese;Taipei
Philippines|Philippine|Filipino;Manila
Indonesia|Indonesian;Jakarta
Malaysia|Malaysian;Kuala Lumpur
Singapore|Singaporean
Thailand|Thai;Bangkok
Australia|Australian;Canberra
New Zealand;Wellington
South Africa|South African;Pretoria
Nigeria|Nigerian;Abuja
Venezuela|Venezuelan;Caracas
Cuba|Cuban;Havana
Netherlands|Dutch|Holland;Amsterdam|The Hague
Belgium|Belgian;Brussels
Switzerland|Swiss;Bern
Sweden|Swedish;Stockholm
Norway|Norwegian;Oslo
Denmark|Danish;Copenhagen
Finland|Finnish;Helsinki
Austria|Austrian;Vienna
Greece|Greek;Athens
Portugal|Portuguese;Lisbon
Ireland|Irish;Dublin
Hungary|Hungarian;Budapest
Czech Republic|Czech|Czechia;Prague
Romania|Romanian;Bucharest
Bulgaria|Bulgarian;Sofia
Serbia|Serbian;Belgrade
Moldova|Moldovan;Chisinau
Armenia|Armenian;Yerevan
Azerbaijan|Azerbaijani;Baku
Ecuador|Ecuadorean|Ecuadorian;Quito
Colombia|Colombian;Bogota
Chile|Chilean;Santiago
Peru|Peruvian;Lima
Bolivia|Bolivian
Algeria|Algerian;Algiers
Morocco|Moroccan;Rabat
Tunisia|Tunisian;Tunis
Sudan|Sudanese;Khartoum
Ethiopia|Ethiopian;Addis Ababa
Kenya|Kenyan;Nairobi
Zimbabwe|Zimbabwean;Harare
Zambia|Zambian;Lusaka
Ghana|Ghanaian;Accra
Ivory Coast|Ivorian|Cote d'Ivoire;Abidjan
Bangladesh|Bangladeshi;Dhaka
Sri Lanka|Sri Lankan;Colombo
Myanmar|Burma|Burmese;Naypyidaw|Rangoon
Soviet Union|Soviet|USSR|U.S.S.R.|Union of Soviet Socialist Republics
Hong Kong
Laos|Lao;Vientiane
Cambodia|Cambodian|Cambodians;Phnom Penh
Nepal|Nepalese|Nepali;Kathmandu
Palestine|Palestinian|Palestinians|State of Palestine
Democratic Republic of the Congo|DR Congo|DRC;Kinshasa
Congo|Congolese;Brazzaville
Uganda|Ugandan;Kampala
Tanzania|Tanzanian;Dodoma
Angola|Angolan;Luanda
Mozambique|Mozambican;Maputo
Namibia|Namibian;Windhoek
Botswana;Gaborone
Senegal|Senegalese;Dakar
Mali|Malian;Bamako
Niger|Nigerien;Niamey
Cameroon|Cameroonian;Yaounde
Guinea|Guinean;Conakry
Equatorial Guinea|Equatorial Guinean;Malabo
Somalia|Somali;Mogadishu
Eritrea|Eritrean;Asmara
Rwanda|Rwandan;Kigali
Madagascar|Malagasy;Antananarivo
Uzbekistan|Uzbek;Tashkent
Kyrgyzstan|Kyrgyz;Bishkek
Tajikistan|Tajik;Dushanbe
Turkmenistan|Turkmen;Ashgabat
Oman|Omani;Muscat
Bahrain|Bahraini;Manama
Cyprus|Cypriot;Nicosia
Malta|Maltese;Valletta
Iceland|Icelandic;Reykjavik
Luxembourg
Slovakia|Slovak;Bratislava
Slovenia|Slovenian;Ljubljana
Croatia|Croatian;Zagreb
Bosnia and Herzegovina|Bosnia|Bosnian;Sarajevo
Albania|Albanian;Tirana
North Macedonia|Macedonia|Macedonian;Skopje
Montenegro;Podgorica
Estonia|Estonian;Tallinn
Latvia|Latvian;Riga
Lithuania|Lithuanian;Vilnius
Uruguay|Uruguayan;Montevideo
Paraguay|Paraguayan;Asuncion
Nicaragua|Nicaraguan;Managua
Honduras|Honduran;Tegucigalpa
Guatemala|Guatemalan
El Salvador|Salvadoran;San Salvador
Costa Rica|Costa Rican;San Jose
Panama|Panamanian
Dominican Republic|Dominican;Santo Domingo
Haiti|Haitian;Port-au-Prince
Jamaica|Jamaican;Kingston
Brunei
East Timor|Timor-Leste;Dili
Papua New Guinea
Fiji|Fijian;Suva
Yugoslavia|Yugoslav
Czechoslovakia|Czechoslovak
East Germany|East German;East Berlin
`;

/**
 * Places that recur in the corpora and would otherwise pass for names of people: US states
 * (datelines, "a Michigan Democrat"), major cities, the DPRK's own cities, and "Korea", which
 * KCNA uses for the nation ("powerful Juche Korea").
 */
const PLACES = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska
Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming
Puerto Rico|Los Angeles|Chicago|Houston|San Francisco|Dallas|Detroit|Philadelphia|Toronto|Montreal|Vancouver
Sydney|Melbourne|Frankfurt|Munich|Hamburg|Zurich|Geneva|Milan|Osaka|Shanghai|Bombay|Mumbai|Istanbul
St Petersburg|Leningrad|Kaliningrad|Khabarovsk|Novosibirsk|Busan|Pusan|Incheon|Inchon|Panmunjom|Jeju
Kaesong|Wonsan|Hamhung|Nampho|Sinuiju|Chongjin|Rason|Korea
`;

/** canonical|alias… ; kind flags (o = organisation, m = media, p = person:surname, l = place) */
const OTHERS = `
United Nations|UN|U.N.;o
UN Security Council|U.N. Security Council|United Nations Security Council|UNSC;o
European Union|EU|E.U.;o
European Community|EC|EEC|European Economic Community;o
NATO|North Atlantic Treaty Organization;o
Organization of Petroleum Exporting Countries|OPEC;o
International Monetary Fund|IMF;o
World Bank;o
World Trade Organization|WTO;o
General Agreement on Tariffs and Trade|GATT;o
Group of Seven|G7|G-7;o
Federal Reserve|Fed|Federal Reserve Board;o
Bundesbank;o
Bank of Japan;o
Bank of England;o
European Central Bank|ECB;o
International Atomic Energy Agency|IAEA;o
Security Council of Russia|Russian Security Council|Russia's Security Council;o
Kremlin;o
Pentagon;o
White House;o
State Department|U.S. State Department|US State Department;o
Congress|U.S. Congress;o
Senate|U.S. Senate;o
Workers' Party of Korea|Workers’ Party of Korea|Workers' Party|Workers’ Party|WPK|Korean Workers' Party;o
United Russia|United Russia party;o
Korean People's Army|KPA;o
National Intelligence Service|NIS;o
Hamas;o
Hezbollah;o
Taliban;o
Islamic State|ISIS|ISIL;o
Wagner Group|Wagner;o
Korean Central News Agency|KCNA;om
Yonhap|Yonhap News Agency;om
TASS|Tass;om
RIA Novosti|RIA;om
Interfax;om
Reuters;om
Associated Press|AP;om
Agence France-Presse|AFP;om
Xinhua|Xinhua News Agency;om
Rodong Sinmun;om
Kyodo|Kyodo News;om
Bloomberg;om
VK|VKontakte;om
Telegram;om
Twitter;om
Facebook;om
YouTube;om
Weibo;om
Sergei Shoigu|Sergey Shoigu|Shoigu;p:Shoigu
Kim Jong Un|Kim Jong-un|Kim Jong-Un|Kim Jongun;p:Kim
Kim Yo Jong|Kim Yo-jong;p
Kim Il Sung|Kim Il-sung;p
Kim Jong Il|Kim Jong-il;p
Vladimir Putin|Putin;p:Putin
Dmitry Medvedev|Dmitri Medvedev|Medvedev;p:Medvedev
Sergei Lavrov|Sergey Lavrov|Lavrov;p:Lavrov
Andrei Belousov|Andrey Belousov|Belousov;p:Belousov
Valery Gerasimov|Gerasimov;p:Gerasimov
Dmitry Peskov|Peskov;p:Peskov
Choe Son Hui|Choe Son-hui;p:Choe
Donald Trump|Trump;p:Trump
Joe Biden|Biden;p:Biden
Marco Rubio|Rubio;p:Rubio
Volodymyr Zelensky|Volodymyr Zelenskyy|Zelensky|Zelenskyy;p:Zelensky
Yoon Suk Yeol|Yoon Suk-yeol|Yoon;p:Yoon
Lee Jae-myung|Lee Jae Myung;p:Lee
Xi Jinping|Xi;p:Xi
Ronald Reagan|Reagan;p:Reagan
Mikhail Gorbachev|Gorbachev;p:Gorbachev
Kursk|Kursk region|Kursk Oblast;l
Vladivostok;l
Korean Peninsula|Korean peninsula;l
Crimea;l
Donbas|Donbass;l
Gaza|Gaza Strip;l
West Bank;l
Persian Gulf;l
Taiwan Strait;l
Sea of Japan|East Sea;l
Yellow Sea;l
Black Sea;l
Wall Street;l
`;

export const TITLE_WORDS = new Set(
  `president vice prime minister deputy secretary general chairman chairwoman chair leader premier chancellor
  king queen prince emperor ambassador envoy spokesman spokeswoman spokesperson governor senator representative
  director chief commander gen lt col colonel lieutenant major admiral marshal sergeant capt captain
  foreign defence defense interior finance economy trade security state first party supreme council
  mr mrs ms dr sir lord rev head official officials ceo executive founder mayor judge justice
  speaker former acting counselor adviser advisor aide minister's comrade comrades manager prosecutor professor prof
  pope sheikh emir sultan princess duke duchess bishop archbishop cardinal lady madame mme dame rabbi imam ayatollah
  pastor sens reps messrs democrat democrats republican republicans socialist socialists communist communists
  conservative conservatives liberal liberals tory tories`.split(/\s+/).filter(Boolean),
);

export interface Gazetteer {
  /** normalised alias → entry */
  byKey: Map<string, GazetteerEntry>;
  /** Keys known only as acronyms ("un", "us", "ria"): "Un" in "Kim Jong Un" or "Pak Ryong Un" is not the UN. */
  capsOnly?: Set<string>;
}

/** An acronym as written: two or more letters, no lower case ("UN", "U.S.", "ROK"). */
export function isAcronym(name: string): boolean {
  return !/[a-z]/.test(name) && name.replace(/[^A-Z]/g, '').length >= 2;
}

/** Whether text written so may be the gazetteer's name under this key. */
export function matchesCase(gazetteer: Gazetteer, key: string, written: string): boolean {
  return !gazetteer.capsOnly?.has(key) || isAcronym(written);
}

/** Lower case, curly apostrophes straightened, hyphens as spaces, dots dropped. */
export function normaliseName(name: string): string {
  const lower = name.toLowerCase();
  // Most names need nothing more; the replacements below are the slow part.
  if (!/[’‘`.-]|\s\s|[\t\n]|^\s|\s$/.test(lower)) return lower;
  return lower
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/-/g, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let builtin: Gazetteer | null = null;

export function builtinGazetteer(): Gazetteer {
  if (builtin) return builtin;
  const byKey = new Map<string, GazetteerEntry>();
  const acronymKeys = new Set<string>();
  const writtenOtherwise = new Set<string>();
  const add = (alias: string, entry: GazetteerEntry) => {
    const key = normaliseName(alias);
    if (!key) return;
    if (!byKey.has(key)) byKey.set(key, entry);
    (isAcronym(alias) ? acronymKeys : writtenOtherwise).add(key);
  };
  for (const line of COUNTRIES.split('\n')) {
    if (!line.trim()) continue;
    const [names = '', capitals = ''] = line.split(';');
    const [canonical = '', ...aliases] = names.split('|');
    const entry: GazetteerEntry = { canonical, kind: 'country' };
    add(canonical, entry);
    for (const a of aliases) add(a, entry);
    for (const c of capitals.split('|').filter(Boolean)) add(c, { canonical: c, kind: 'place', country: canonical });
  }
  for (const name of PLACES.split(/[|\n]/)) {
    if (name.trim()) add(name.trim(), { canonical: name.trim(), kind: 'place' });
  }
  for (const line of OTHERS.split('\n')) {
    if (!line.trim()) continue;
    const [names = '', flags = ''] = line.split(';');
    const [canonical = '', ...aliases] = names.split('|');
    const [code = '', surname] = flags.split(':');
    const kind: EntityKind = code.startsWith('p') ? 'person' : code.startsWith('l') ? 'place' : 'organisation';
    const entry: GazetteerEntry = { canonical, kind };
    if (code.includes('m')) entry.media = true;
    if (surname) entry.surname = surname;
    add(canonical, entry);
    for (const a of aliases) add(a, entry);
  }
  builtin = { byKey, capsOnly: new Set([...acronymKeys].filter((k) => !writtenOtherwise.has(k))) };
  return builtin;
}
