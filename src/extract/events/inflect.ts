/**
 * Word forms for the taxonomy's lemmas: a verb lemma ("condemn") must find "condemned",
 * "condemns" and "condemning" in text, a noun ("sanction") its plural. Regular English rules
 * plus the irregular verbs news uses; nothing here knows about event types.
 */

export type VerbForm = 'past' | 'present' | 'base' | 'ing';

/** Past tense and past participle of irregular verbs (and of regular ones whose spelling rules we cannot guess). */
const IRREGULAR: Record<string, [string, string]> = {
  arise: ['arose', 'arisen'], bear: ['bore', 'borne'], beat: ['beat', 'beaten'], begin: ['began', 'begun'],
  bid: ['bid', 'bid'], bind: ['bound', 'bound'], blow: ['blew', 'blown'], break: ['broke', 'broken'],
  bring: ['brought', 'brought'], broadcast: ['broadcast', 'broadcast'], build: ['built', 'built'], burn: ['burned', 'burnt'],
  buy: ['bought', 'bought'], cast: ['cast', 'cast'], catch: ['caught', 'caught'], choose: ['chose', 'chosen'],
  come: ['came', 'come'], cut: ['cut', 'cut'], deal: ['dealt', 'dealt'], do: ['did', 'done'], draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'], fall: ['fell', 'fallen'], feed: ['fed', 'fed'], fight: ['fought', 'fought'],
  flee: ['fled', 'fled'], fly: ['flew', 'flown'], forbid: ['forbade', 'forbidden'], forgive: ['forgave', 'forgiven'],
  freeze: ['froze', 'frozen'], get: ['got', 'gotten'], give: ['gave', 'given'], go: ['went', 'gone'],
  hang: ['hanged', 'hung'], hit: ['hit', 'hit'], hold: ['held', 'held'], hurt: ['hurt', 'hurt'], keep: ['kept', 'kept'],
  know: ['knew', 'known'], lay: ['laid', 'laid'], lead: ['led', 'led'], leave: ['left', 'left'], lend: ['lent', 'lent'],
  let: ['let', 'let'], lose: ['lost', 'lost'], make: ['made', 'made'], meet: ['met', 'met'], mislead: ['misled', 'misled'],
  overrun: ['overran', 'overrun'], oversee: ['oversaw', 'overseen'], overthrow: ['overthrew', 'overthrown'],
  pay: ['paid', 'paid'], put: ['put', 'put'], quit: ['quit', 'quit'], rebuild: ['rebuilt', 'rebuilt'], ride: ['rode', 'ridden'],
  rise: ['rose', 'risen'], run: ['ran', 'run'], say: ['said', 'said'], see: ['saw', 'seen'], seek: ['sought', 'sought'],
  sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'], shake: ['shook', 'shaken'], shed: ['shed', 'shed'],
  shoot: ['shot', 'shot'], shut: ['shut', 'shut'], sink: ['sank', 'sunk'], slay: ['slew', 'slain'], speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'], split: ['split', 'split'], spread: ['spread', 'spread'], stand: ['stood', 'stood'],
  steal: ['stole', 'stolen'], strike: ['struck', 'struck'], swear: ['swore', 'sworn'], take: ['took', 'taken'],
  teach: ['taught', 'taught'], tear: ['tore', 'torn'], tell: ['told', 'told'], think: ['thought', 'thought'],
  throw: ['threw', 'thrown'], undertake: ['undertook', 'undertaken'], uphold: ['upheld', 'upheld'],
  upset: ['upset', 'upset'], wake: ['woke', 'woken'], wear: ['wore', 'worn'], win: ['won', 'won'],
  withdraw: ['withdrew', 'withdrawn'], withhold: ['withheld', 'withheld'], write: ['wrote', 'written'],
  // British and American spellings of a doubled final l.
  travel: ['travelled', 'traveled'], label: ['labelled', 'labeled'], cancel: ['cancelled', 'canceled'],
  signal: ['signalled', 'signaled'], model: ['modelled', 'modeled'], fuel: ['fuelled', 'fueled'],
};

/** Verbs of more than one syllable stressed on the last: the final consonant doubles ("expel" → "expelled"). */
const DOUBLES = new Set(
  `admit commit compel control deter dispel embed expel extol impel incur occur omit outstrip patrol permit propel
  rebel rebut recur refer regret repel submit transfer transmit acquit abet annul equip kidnap worship`.split(/\s+/),
);

/** Inflected forms of a verb lemma, the lemma itself first. */
export function inflect(lemma: string): { form: string; kind: VerbForm }[] {
  const w = lemma.toLowerCase();
  const out: { form: string; kind: VerbForm }[] = [{ form: w, kind: 'base' }];
  // One syllable ending consonant-vowel-consonant doubles (ban → banned); "visit" does not.
  const double = DOUBLES.has(w) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w);
  const irregular = IRREGULAR[w];
  if (irregular) out.push({ form: irregular[0], kind: 'past' }, { form: irregular[1], kind: 'past' });
  else if (w.endsWith('e')) out.push({ form: `${w}d`, kind: 'past' });
  else if (/[^aeiou]y$/.test(w)) out.push({ form: `${w.slice(0, -1)}ied`, kind: 'past' });
  else out.push({ form: double ? `${w}${w.slice(-1)}ed` : `${w}ed`, kind: 'past' });
  if (/(?:s|sh|ch|x|z|o)$/.test(w)) out.push({ form: `${w}es`, kind: 'present' });
  else if (/[^aeiou]y$/.test(w)) out.push({ form: `${w.slice(0, -1)}ies`, kind: 'present' });
  else out.push({ form: `${w}s`, kind: 'present' });
  if (w.endsWith('ie')) out.push({ form: `${w.slice(0, -2)}ying`, kind: 'ing' });
  else if (/[^e]e$/.test(w)) out.push({ form: `${w.slice(0, -1)}ing`, kind: 'ing' });
  else out.push({ form: double ? `${w}${w.slice(-1)}ing` : `${w}ing`, kind: 'ing' });
  return out;
}

/**
 * A noun's number-neutral key: "sanctions" and "sanction", "talks" and "talk", "casualties" and
 * "casualty" share one, so a taxonomy entry need not list both. Words that end in -ss or -us,
 * and short words, keep their s.
 */
export function nounKey(word: string): string {
  // Every word of every sentence is looked up: remember the answers (news vocabulary is bounded).
  let key = nounKeys.get(word);
  if (key === undefined) {
    if (nounKeys.size > 100_000) nounKeys.clear();
    key = computeNounKey(word);
    nounKeys.set(word, key);
  }
  return key;
}

const nounKeys = new Map<string, string>();

function computeNounKey(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || /(?:ss|us|is|ics)$/.test(w)) return w;
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
