/**
 * Punctuation typed with stand-in characters, read as what it stands for. Every replacement
 * keeps the text's length and each character's offset, so spans found in the result point at
 * the same places in the article as written.
 */

/**
 * Two apostrophes standing for a double quotation mark: the LexisNexis and Factiva convention
 * (`''People turn to Facebook …,'' Ms. White said.`) and old wire copy. An opening pair becomes a
 * space and an opening mark, a closing pair a closing mark and a space, so the quotation's
 * characters stay exactly where they were. A pair between two letters ("the company''s") is an
 * escaped apostrophe and stays.
 */
const DOUBLED_APOSTROPHES = /'''|''/g;

function markFor(text: string, i: number, quoting: boolean): string | null {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 2 < text.length ? text[i + 2]! : ' ';
  if (/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) return null;
  const opens = /[\s([{—–\-/]/.test(prev) && !/\s/.test(next);
  const closes = !/\s/.test(prev) && /[\s.,;:!?)\]}—–\-…]/.test(next);
  if (opens && !closes) return ' “';
  if (closes && !opens) return '” ';
  // No side of its own ("coalitions, '' said", a space typed before the closing pair): the
  // pair closes the quotation that is open, else opens one. A straight mark here would leave
  // the pairing to mix it with the curly marks around it, which it cannot.
  return quoting ? '” ' : ' “';
}

function readDoubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  let quoting = false;
  const read = (mark: string): string => {
    if (mark.includes('“')) quoting = true;
    if (mark.includes('”')) quoting = false;
    return mark;
  };
  return text.replace(DOUBLED_APOSTROPHES, (run, at: number) => {
    if (run.length === 2) {
      const mark = markFor(text, at, quoting);
      return mark === null ? run : read(mark);
    }
    // "with 'We'll bomb the S out of them,''' said": a single mark closing inside a double one;
    // "'''Tis" opens both. The pair is the one on the outer side.
    const closing = markFor(text, at + 1, quoting);
    if (closing?.startsWith('”')) return `'${read(closing)}`;
    const opening = markFor(text, at, quoting);
    return opening?.endsWith('“') ? `${read(opening)}'` : run;
  });
}

/**
 * The horizontal bar (U+2015) is set as a dash by some outlets ("― Adriana Rodarte", "taxes ― as
 * was true ― Trump boasted"), and typewriter copy writes two hyphens between spaces ("Ora Media
 * -- the production company … -- told me") or one; reading all three as an em dash lets every rule that
 * knows dashes see them. Two hyphens become the dash and a space.
 */
export function readTypedMarks(written: string): string {
  let text = written;
  // Most articles have none of these; the checks spare them three passes over the text.
  if (text.includes('\u2015')) text = text.replace(/\u2015/g, '\u2014');
  if (text.includes('--')) text = text.replace(/(?<=\s)--(?=\s)/g, '\u2014 ');
  // "For much of the performance - with sleeves rolled … - Mr. Biden assured": a hyphen between
  // spaces is a dash typed on a keyboard without one (the New York Times copy in PolNeAR). Not
  // inside Reuters' bracketed company names ("<Societa Meridionale Finanziaria Spa - SME>").
  if (text.includes(' - ')) text = text.replace(/(?<=[^\S\n]|^)(?<!<[^<>\n]*)-(?=[^\S\n])(?![^<>\n]*>)/gm, '\u2014');
  return readDoubledApostrophes(text);
}
