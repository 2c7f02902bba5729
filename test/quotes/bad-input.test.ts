// Bad input: no exception, bounded (linear) time, at worst fewer quotes. The time bounds are
// generous on purpose (a loaded CI machine must not make them flaky); a quadratic step would blow
// through them by orders of magnitude.
import { describe, expect, it } from 'vitest';
import { storyFromPlainText } from '../../lib/text/story-text';
import { detectQuotes } from '../../lib/quotes/detect';
import { findQuoteSpans } from '../../lib/quotes/marks';
import { peopleFrom } from './helpers';

const PEOPLE = [{ name: 'John Smith', forms: ['John Smith', 'Smith'] }, { name: 'Mary Jones', forms: ['Mary Jones', 'Jones'] }];

function timed(text: string) {
  const story = storyFromPlainText(text);
  const people = peopleFrom(story.text, PEOPLE);
  const t = performance.now();
  const r = detectQuotes(story, people);
  return { ...r, ms: performance.now() - t };
}

const MB = 1_000_000;
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

describe('bad input', () => {
  it.each([
    ['a 1 MB paragraph of attributed quotes', repeatTo('Smith said the plan was “a disaster for the whole country,” and Jones told reporters, "We will fight it." ', MB), 3000],
    ['a 1 MB paragraph with no punctuation', repeatTo('word ', MB), 2000],
    ['a 1 MB paragraph of "he said"', repeatTo('“We will win this,” he said. ', MB), 3000],
    ['ten thousand opening marks', '“'.repeat(10_000), 500],
    ['ten thousand unbalanced mixed marks', repeatTo('“a ‘b “c « d ‹ e „ f ', 10_000 * 3), 1000],
    ['ten thousand straight marks', repeatTo('"a ', 30_000), 1000],
    ['a 1 MB paragraph full of apostrophes', repeatTo("don't Xi's rock 'n' roll the '90s 5'10\" countries' ", MB), 2000],
    ['right-to-left text', repeatTo('قال المتحدث «هذا أمر مهم جدا للجميع» في بيان. ', 200_000), 1500],
    ['thousands of commas before a cue', '“We will win,” ' + 'a, '.repeat(100_000) + 'said Smith.', 1000],
    ['a 1 MB paragraph of names and cues', repeatTo('John Smith said “yes, we will.” Mary Jones said “no, we will not.” ', MB), 3000],
    ['a 1 MB paragraph of kin, documents and relative clauses', repeatTo('Her husband added: “we will.” The report, written by John Smith, found “no link.” Voters who backed her said “fine.” ', MB), 3000],
  ])('%s: no exception, bounded time', (_name, text, boundMs) => {
    const r = timed(text);
    expect(r.ms).toBeLessThan(boundMs);
    for (const q of r.quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(q.confidence).toBeGreaterThan(0);
    }
  });

  it('still attributes quotes in a huge paragraph', () => {
    const r = timed(repeatTo('John Smith said “yes, we will.” Mary Jones said “no, we will not.” ', 200_000));
    expect(r.quotes.length).toBeGreaterThan(1000);
    expect(r.quotes[0]!.speaker).toBe('John Smith');
    expect(r.quotes[1]!.speaker).toBe('Mary Jones');
  });

  it('grows linearly: ten times the marks costs about ten times as much, not a hundred', () => {
    const small = repeatTo('“Yes,” said Smith, “no.” ', 50_000);
    const big = repeatTo('“Yes,” said Smith, “no.” ', 500_000);
    timed(small); // warm up
    const a = Math.max(timed(small).ms, 5);
    const b = timed(big).ms;
    expect(b / a).toBeLessThan(40);
  });

  it('finds quotes in unbalanced text without throwing', () => {
    const text = 'He said “one” and “two and ‘three. She said »four« and ”five” and "six.\n\nNext “paragraph” here.';
    expect(() => findQuoteSpans(text, storyFromPlainText(text).paragraphs)).not.toThrow();
    const spans = findQuoteSpans(text, storyFromPlainText(text).paragraphs).filter((q) => q.depth === 0);
    expect(spans.map((q) => text.slice(q.start, q.end))).toContain('one');
    expect(spans.map((q) => text.slice(q.start, q.end))).toContain('paragraph');
  });

  it('handles empty and whitespace-only stories', () => {
    for (const t of ['', '   ', '\n\n\n', '“', '”', '"', "'"]) expect(timed(t).quotes).toEqual([]);
  });
});
