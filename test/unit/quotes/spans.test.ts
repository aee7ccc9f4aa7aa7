import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import { maskedSentenceBefore } from '../../../src/extract/quotes/windows.js';

const run = (text: string) => extractQuotes({ id: 'a', text });

describe('quotation spans', () => {
  it('finds curly single- and multi-sentence quotations, text exactly between the marks', () => {
    // Seed article 004.
    const text =
      '“Our relations are now based on a solid legal foundation, an alliance treaty,” Medvedev stated in a post on the Russian social media platform VK. “We assume that we will continue to base our ties on this foundation, steadfastly fulfilling the obligations arising from this treaty.”';
    const qs = run(text);
    expect(qs.map((q) => q.text)).toEqual([
      'Our relations are now based on a solid legal foundation, an alliance treaty,',
      'We assume that we will continue to base our ties on this foundation, steadfastly fulfilling the obligations arising from this treaty.',
    ]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads a straight mark typed for an apostrophe inside a word as no quotation mark', () => {
    // Reuters-21578 230 and 17199: the wire typed `country"s` and `don"t`.
    const text =
      'Details of the plan are to be presented to the country"s 12-bank advisory committee, Business Day said. "We don"t believe that there is going to be a problem," Ongpin said. Bankers said this shortfall in Qatar"s revenue has led to a new spate of payments delays.';
    const qs = run(text);
    expect(qs.map((q) => q.text)).toEqual(['We don"t believe that there is going to be a problem,']);
    expect(qs[0]?.speaker).toBe('Ongpin');
  });

  it("reads two apostrophes as a quotation mark, as LexisNexis copy types it, offsets kept", () => {
    // PolNeAR train, New York Times 2015-11-15 (LexisNexis text).
    const text =
      "Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, said on Saturday.\n\n''People turn to Facebook to check on loved ones and get updates, which is why we created Safety Check,'' Ms. White said.";
    const [q, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      text: 'People turn to Facebook to check on loved ones and get updates, which is why we created Safety Check,',
      speaker: 'Anna Richardson White',
      speakerMention: 'Ms. White',
    });
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it("leaves two apostrophes between letters alone: an escaped apostrophe, not a mark", () => {
    // Reuters-21578 9458: "the company''s" in the wire text.
    const text = "The funds will go toward modernization of the company''s painting operations at its Springfield plant, the company''s chairman said.";
    expect(run(text)).toEqual([]);
  });

  it("closes the open quotation at two apostrophes typed with a space on each side", () => {
    // PolNeAR train, New York Times 2016-03-15: "coalitions, '' said" — the typist's space
    // before the closing pair used to leave it unpaired and swallow the next quotation.
    const text =
      "''The reason he has been so successful is that he built very strong left-right coalitions, '' said Mr. Gunnels, who now works on Mr. Sanders's presidential campaign. ''He doesn't see himself as on the left.''";
    const qs = run(text);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['The reason he has been so successful is that he built very strong left-right coalitions, ', 'Gunnels'],
      ["He doesn't see himself as on the left.", 'Gunnels'],
    ]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('pairs straight quotes across the single newlines of hard-wrapped wire copy', () => {
    // Reuters-21578 style: straight marks, lines wrapped inside the quotation.
    const text =
      'Lawson said, "We are satisfied that the\nexchange rate is at about the right level," adding that no\nfurther cut was planned.';
    const [q] = run(text);
    expect(q?.text).toBe('We are satisfied that the\nexchange rate is at about the right level,');
    expect(q?.speaker).toBe('Lawson');
  });

  it('splits a quotation running over paragraphs into pieces that share the speaker', () => {
    const text =
      'Kim Yo Jong said in a press statement: "The ROK should not mistake our patience for weakness.\n\n"Any further provocation will be met with a resolute response," she added.';
    const qs = run(text);
    expect(qs).toHaveLength(2);
    expect(qs[0]!.text).toBe('The ROK should not mistake our patience for weakness.');
    expect(qs[1]!.text).toBe('Any further provocation will be met with a resolute response,');
    expect(qs.every((q) => q.speaker === 'Kim Yo Jong')).toBe(true);
  });

  it('keeps nested single quotes inside the quotation', () => {
    const text = '“Mostly he promotes ignorance and ‘oh so much’ hate,” said Esther Tapia.';
    const [q] = run(text);
    expect(q?.text).toBe('Mostly he promotes ignorance and ‘oh so much’ hate,');
    expect(q?.speaker).toBe('Esther Tapia');
  });

  it('recovers from a closing mark typed at the start of a line', () => {
    const text = '”Fear. I am truly afraid that he will win.” ― Francisco Herrero\n“The most unqualified child to ever run for president.” ― Azucena Gonzalez';
    const qs = run(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Francisco Herrero', 'Azucena Gonzalez']);
  });

  it('keeps nested double marks inside the quotation when the paragraph closes both', () => {
    // PolNeAR dev, Huffington Post 2016-09-27: the bar (U+2015) signs each reader's line.
    const text =
      '“Mr. Donald Trump’s strategy tonight was to be a bully.” ― Veronica Cruz\n“As a young, Hispanic woman....I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte';
    const qs = run(text);
    expect(qs[1]!.text).toBe('As a young, Hispanic woman....I’d rather live in what he calls “hell” than live in a world where he is president.');
    expect(qs.map((q) => q.speaker)).toEqual(['Veronica Cruz', 'Adriana Rodarte']);
  });

  it('passes over a second opening mark the paragraph never closes twice', () => {
    const [q] = run('He called it “a disgrace and “a shame,” Smith said.');
    expect(q?.text).toBe('a disgrace and “a shame,');
  });

  it('returns nothing for text without quotation marks', () => {
    expect(run('Pyongyang, October 11, 2025 – Medvedev met Kim Jong-un.')).toEqual([]);
  });
});

describe('feet and inches', () => {
  it('do not close a quotation at the inch mark ("he’s like 6’2”,” Rubio said")', () => {
    // PolNeAR train, Western Journalism 2016-03-03.
    const qs = run(
      'Rubio’s comments came on Sunday, The Hill reported. “He’s always calling me ‘Little Marco.’ I admit, he’s taller than me; he’s like 6’2”,” Rubio said Sunday in Virginia as the crowd roared. “Which is why I don’t understand why his hands are the size of someone who is 5’2”. You know what they say about men with small hands?”',
    );
    expect(qs.map((q) => [q.text.slice(-12), q.speaker])).toEqual([
      ['s like 6’2”,', 'Rubio'],
      ['small hands?', 'Rubio'],
    ]);
  });

  it('reads a curly quotation opening the paragraph after a straight block quote as its own, with its own tag', () => {
    // PolNeAR dev, Breitbart 2016-10-02: the writer quotes The Washington Post in straight
    // marks, and the paragraph after opens with the Post's own curly quotation of Melanie.
    const text =
      '"Melanie thought the whole thing was outrageous. She was anxious, sure. Enraged, definitely. But certainly not homicidal, and certainly not in need of a hospital stay.\n\n' +
      '“It never crossed my mind that I’m losing it,” she said several months after her release, and a big reason for this conviction was the rise of Donald Trump.';
    const q = run(text).find((x) => x.text.startsWith('It never'));
    expect(q?.speakerMention).toBe('she');
  });

  it('ends the sentence before at a quotation closed by a full stop, when the line break after it is single', () => {
    // Reuters-21578 3891, as the wire lays it out (a line break and an indent, no blank line).
    const text =
      'Governor Henry Bellmon yesterday issued an executive order removing Empie from office "by reason of his incompetence, malfeasance and neglect of duty."\n    Bellmon said Empie held or controlled more than 50,000 shares of stock. He said';
    expect(maskedSentenceBefore(text, text.indexOf('He said'), 0)?.text).toBe('Bellmon said Empie held or controlled more than 50,000 shares of stock.');
  });
});

