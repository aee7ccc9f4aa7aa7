/**
 * The character-level clean-up every input gets before any structure is read from it.
 * Quotation marks, dashes and spacing inside lines are deliberately left as written: quotes
 * are cited verbatim, so "smartening" or straightening them would falsify the source.
 */

// C0 controls other than tab and newline, DEL and C1 controls: wire-service artefacts
// (Reuters' &#2;/&#3; markers) that no reader wants and that break PDF text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

export function normaliseText(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\r') || /[\u2028\u2029\u0085]/.test(text)) text = text.replace(LINE_BREAKS, '\n');
  if (CONTROL.test(text)) {
    CONTROL.lastIndex = 0;
    text = text.replace(CONTROL, '');
  }
  // NFC so that the same name typed on two keyboards compares and hashes equal.
  return text.normalize('NFC');
}

/** Paragraph list to the one output shape: trimmed, non-empty, separated by exactly one blank line. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const kept: string[] = [];
  for (const p of paragraphs) {
    const t = p.trim();
    if (t) kept.push(t);
  }
  return kept.join('\n\n');
}
