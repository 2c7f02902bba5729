// Quotes: a speaker set off by a long description whose closing comma is missing before the reporting verb
// ("“…,” X, a physical oceanographer at the University of Y told Reuters."). Invented sentences.
import { describe, expect, it } from 'vitest';
import { quotesOf, quoteWith } from './helpers';
import { detectPeople } from '../../lib/people/detect';
import { storyFromPlainText } from '../../lib/text/story-text';

describe('a description not closed before the verb', () => {
  it.each([
    ['“The currents carry it north,” Lotte de Wilde, a physical oceanographer at the University of Tasmania in Hobart told reporters.', 'The currents carry it north', 'Lotte de Wilde', 'a physical oceanographer at the University of Tasmania in Hobart'],
    ['“We are tired of being ignored,” Corey Blaine, a 29-year-old member of the county’s farming community said.', 'We are tired', 'Corey Blaine', 'a 29-year-old member of the county’s farming community'],
  ])('%s', (text, fragment, speaker, role) => {
    expect(quoteWith(quotesOf(text), fragment).speaker).toBe(speaker);
    const p = detectPeople(storyFromPlainText(text)).people.find((x) => x.name === speaker);
    expect(p?.roleInText).toBe(role);
  });

  it('a parenthetical "a spokesman said," does not make the name before it the speaker', () => {
    const r = quotesOf('Dale Morrow, a spokesman said, had already resigned. “It was his choice,” the spokesman added.');
    expect(quoteWith(r, 'his choice').speaker).not.toBe('Dale Morrow');
  });
});
