import { describe, expect, it } from 'vitest';
import { findQuoteSpans, quoteText } from '../../lib/quotes/marks';
import { paragraphSpans } from '../../lib/text/story-text';

/** Top-level (and, with nested, inner) quoted texts of a plain text. */
function quoted(text: string, nested = false): string[] {
  return findQuoteSpans(text, paragraphSpans(text))
    .filter((q) => nested || q.depth === 0)
    .map((q) => quoteText(text, q));
}

describe('findQuoteSpans: mark pairing', () => {
  it.each([
    ['curly double', 'He said “we will win” today.', ['we will win']],
    ['straight double', 'He said "we will win" today.', ['we will win']],
    ['curly single as primary', 'He said ‘we will win’ today.', ['we will win']],
    ['guillemets', 'Il a dit « nous gagnerons » hier.', [' nous gagnerons '.trim()]],
    ['reversed guillemets', 'Er sagte »wir gewinnen« gestern.', ['wir gewinnen']],
    ['single guillemets', 'He said ‹we will win› today.', ['we will win']],
    ['German low-9', 'Er sagte „wir gewinnen“ gestern.', ['wir gewinnen']],
    ['two apostrophes as a double mark', "''This isn't tax reform,'' said an economist.", ["This isn't tax reform,"]],
    ['backquotes and apostrophes', "He said ``we will win'' today.", ['we will win']],
    ['a curly double opener closed by two right single marks', '“It was an attempt to mislead voters,’’ Ann Holt, a fact-checker, told the BBC.', ['It was an attempt to mislead voters,']],
    ['two quotes closed by ’’ in one paragraph', 'It warned that “voters are entitled to know.’’ It added that it has no “role in regulating content.’’', ['voters are entitled to know.', 'role in regulating content.']],
    ['‘‘ … ’’ as a double pair', 'He said ‘‘we will win’’ today.', ['we will win']],
    ['a closing mark typed at a paragraph’s start opens the quote', '” … what I learned is that words matter,” he said.', ['… what I learned is that words matter,']],
    ['’’ closing a nested single and the double', '“He told me ‘never again.’’ Then he left.', ['He told me ‘never again.’']],
    ['two quotes in a sentence', '“One,” she said, “two.”', ['One,', 'two.']],
    ['mistyped straight closer', 'There was “no evidence" yet of a bomb, he said.', ['no evidence']],
    ['mistyped curly opener', 'They chanted ”lock her up” all night.', ['lock her up']],
    ['straight opener, curly closer', '"And I asked, on whose authority?” said Hill.', ['And I asked, on whose authority?']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text).map((s) => s.trim())).toEqual(expected);
  });

  it.each([
    ['contractions and possessives', "Don't tell Xi's aides it's O'Rourke's plan.", []],
    ['rock ’n’ roll and the ’90s', "It was rock 'n' roll in the '90s and ’80s.", []],
    ['plural possessive', "The countries' leaders met the players’ union.", []],
    ['feet and inches', 'He is 5\'10" tall and bought a 12" pipe.', []],
    ['apostrophes around a real quote', "He said 'the farmers' union won't back it' on Monday.", ["the farmers' union won't back it"]],
  ])('no quote in %s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('keeps a nested quote inside its outer quote', () => {
    const text = '“He told me ‘never again’ and left,” she said.';
    expect(quoted(text)).toEqual(['He told me ‘never again’ and left,']);
    expect(quoted(text, true)).toContain('never again');
  });

  it('closes the outer quote when a nested quote is never closed', () => {
    const text = '“They say: ‘If you don’t want crises, get out. You are not a Pacific power,” Kahl said.';
    expect(quoted(text)).toEqual(['They say: ‘If you don’t want crises, get out. You are not a Pacific power,']);
  });

  it('joins a quote running over paragraphs (no closing mark, next paragraph opens with one)', () => {
    const text = '“The first part goes here.\n\n“And the second part ends it,” she said.';
    const spans = findQuoteSpans(text, paragraphSpans(text)).filter((q) => q.depth === 0);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.parts).toHaveLength(2);
    expect(quoteText(text, spans[0]!)).toBe('The first part goes here. And the second part ends it,');
  });

  it('ends an unclosed quote at its paragraph when the next one does not continue it', () => {
    const text = 'She said “this never ends\n\nA new paragraph.';
    const spans = findQuoteSpans(text, paragraphSpans(text));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.close).toBe(-1);
    expect(quoteText(text, spans[0]!)).toBe('this never ends');
  });

  it('treats a straight mark left open around curly quotes as a block marker', () => {
    const text = '"The crowd chanted “U-S-A!” and she shouted “That is right,” he wrote.\n\nNext.';
    expect(quoted(text)).toEqual(['U-S-A!', 'That is right,']);
  });

  it('cuts an unclosed quote at a complete quotation that follows it', () => {
    const text = 'He warned they will “face every consequence, before adding: "We must not let rioters prevail."';
    expect(quoted(text)).toEqual(['face every consequence, before adding:', 'We must not let rioters prevail.']);
  });

  it('drops a single mark left open at the end of a paragraph', () => {
    expect(quoted("The '80s sound and the bands' own 'style\n\nNext.")).toEqual([]);
  });

  it('records the span of the content, without the marks', () => {
    const text = 'He said “hello” there.';
    const [q] = findQuoteSpans(text, paragraphSpans(text));
    expect(text.slice(q!.start, q!.end)).toBe('hello');
    expect(text[q!.open]).toBe('“');
    expect(text[q!.close]).toBe('”');
  });
});
