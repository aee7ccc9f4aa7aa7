/** Reads TimeML (.tml) files: plain text of <TEXT> with TIMEX3 offsets, and the creation time. */

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : (ENTITIES[e] ?? ''),
  );
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

export function parseTimeML(xml: string, id: string): TimeMLDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dctValue = dctTag ? attrs(dctTag[1]!).value ?? null : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { start: number; a: Record<string, string> } | null = null;
  let last = 0;
  for (const m of body.matchAll(/<(\/?)(\w+)([^>]*)>/g)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') open = { start: text.length, a: attrs(m[3]!) };
    else if (open) {
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: open.a.type ?? '', value: open.a.value ?? '' });
      open = null;
    }
  }
  text += decode(body.slice(last));
  return { id, dct, text, timexes };
}
