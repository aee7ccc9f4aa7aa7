/**
 * The outlet or channel a statement was relayed through ("TASS", "VK", "state media"), read
 * from the writer's words around the quotation. It is kept apart from the speaker: Shoigu
 * speaks, TASS carries it.
 */

const NAME = String.raw`((?:[\p{Lu}][\p{L}\p{N}'’&.-]*|of|de)(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’&.-]*|of|de)){0,4})`;

const KNOWN_PLATFORMS =
  /\bon\s+(?:the\s+)?(?:(?:Russian\s+)?(?:social\s+(?:media|network)\s+(?:platform|site|network)|messaging\s+app|platform)\s+)?(Twitter|X|Telegram|VK|VKontakte|Facebook|Instagram|Truth\s+Social|Weibo|YouTube|TikTok|WeChat|Threads|Bluesky)\b/u;

const PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){0,2}(?:post|message|video|statement|interview|comments?|remarks|speech|article|broadcast|report|dispatch|commentary|editorial)\s+(?:on|to|with|carried\s+by|published\s+by|released\s+(?:by|through)|posted\s+on|aired\s+(?:on|by)|broadcast\s+(?:on|by)|issued\s+(?:by|through)|run\s+by|for)\s+(?:the\s+)?(?:(?:Russian\s+|Chinese\s+|state\s+)?(?:social\s+(?:media|network)\s+(?:platform|site)|messaging\s+app|news\s+agency|newspaper|broadcaster|daily|website|channel)\s+)?${NAME}`,
    'u',
  ),
  new RegExp(String.raw`\b(?:carried|published|released|broadcast|aired|reported)\s+by\s+(?:the\s+)?(?:(?:state|official|state-run)\s+)?(?:news\s+agency\s+)?${NAME}`, 'u'),
  new RegExp(String.raw`\bquoted\s+by\s+(?:the\s+)?(?:news\s+agency\s+)?${NAME}`, 'u'),
  new RegExp(String.raw`\binterview\s+with\s+(?:the\s+)?${NAME}`, 'u'),
  new RegExp(String.raw`\btold\s+(?:the\s+)?${NAME}`, 'u'),
  new RegExp(String.raw`\b(?:,\s*|^)(?:the\s+)?${NAME}\s+(?:news\s+agency\s+)?reported\b`, 'u'),
  new RegExp(String.raw`\breported\s+(?:the\s+)?(?:news\s+agency\s+)?${NAME}`, 'u'),
  new RegExp(String.raw`\baccording\s+to\s+(?:the\s+)?(?:(?:state|official|state-run)\s+)?(?:news\s+agency\s+)?${NAME}`, 'u'),
];

/** "Tass quoted Shevardnadze as saying", "the Al-Anbaa newspaper quoted him as saying". */
const QUOTED_BY_OUTLET = new RegExp(String.raw`(?:^|[\s,;])(?:[Tt]he\s+)?${NAME}\s+(newspaper\s+|daily\s+|news\s+agency\s+|radio\s+|television\s+|weekly\s+)?quoted\s`, 'u');

/** "The daily al-Riyadh reported Prince Sultan … as saying", "the newspaper Asahi quoted Nakasone as saying": the kind of outlet before its name. */
const NAMED_OUTLET_QUOTED = /(?:^|[\s,;])(?:[Tt]he\s+)?(?:newspaper|daily|weekly|magazine|news\s+agency|radio|television)\s+((?:al-|el-)?[\p{Lu}][\p{L}\p{N}'’&.-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’&.-]*){0,3})\s+(?:quoted|reported|cited)\s[^.;]*?\bas\s+saying\b/u;

const STATE_MEDIA = /\b(?:told|to|according\s+to|quoted\s+by|(?:carried|reported)\s+by|in\s+remarks\s+to)\s+((?:state|official|state-run|local|Russian|Chinese|North\s+Korean|South\s+Korean)\s+(?:media|television|TV|news\s+agency|radio|newspaper))\b/u;

/** Names that look like outlets rather than people: agencies, broadcasters, papers, platforms. */
const OUTLET_HINT =
  /^(?:Reuters|AP|AFP|TASS|Tass|RIA(?:\s+Novosti)?|Interfax|Xinhua|Yonhap|KCNA|KRT|Rodong\s+Sinmun|CNN|BBC|NBC|ABC|CBS|Fox(?:\s+News)?|MSNBC|NPR|Bloomberg|Sputnik|RT|Kyodo|NHK|Al\s+Jazeera|VK|Telegram|Twitter|X|Facebook|YouTube)$|\b(?:News|Times|Post|Journal|Agency|Press|Herald|Tribune|Telegraph|Guardian|Gazette|Radio|Television|TV|Broadcasting|Network|Daily|Izvestia|Kommersant|Sinmun|Channel|Magazine|Wire)\b/u;

function tidy(name: string): string {
  return name.replace(/[’']s$/u, '').replace(/[.,;:]+$/, '').trim();
}

/** The relaying outlet named in `clause` (the writer's words around one quotation), if any. */
export function findVia(clause: string): string | null {
  const flat = clause.replace(/\s+/g, ' ');
  const sm = STATE_MEDIA.exec(flat);
  if (sm) return sm[1]!;
  const named = NAMED_OUTLET_QUOTED.exec(flat);
  if (named) return tidy(named[1]!) || named[1]!;
  const quoting = QUOTED_BY_OUTLET.exec(flat);
  if (quoting && tidy(quoting[1]!) && !/^(?:The|A|An)$/.test(tidy(quoting[1]!)) && (quoting[2] || OUTLET_HINT.test(tidy(quoting[1]!)))) return tidy(quoting[1]!);
  const platform = KNOWN_PLATFORMS.exec(flat);
  for (const re of PATTERNS) {
    const m = re.exec(flat);
    if (!m) continue;
    const name = tidy(m[1]!);
    if (!name) continue;
    // "told reporters" and "according to Smith" are people, not channels.
    if (OUTLET_HINT.test(name)) return name;
  }
  if (platform) return platform[1]!.replace(/\s+/g, ' ');
  return null;
}

export function looksLikeOutlet(name: string): boolean {
  return OUTLET_HINT.test(name);
}
