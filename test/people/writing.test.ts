// People detection: kinds of English news writing from around the world (surname-first and initialled
// names, honorifics, bodies that look like names). Invented sentences.
import { describe, expect, it } from 'vitest';
import { detectPeople, type PeopleResult } from '../../lib/people/detect';
import { storyFromPlainText } from '../../lib/text/story-text';

const run = (text: string): PeopleResult => detectPeople(storyFromPlainText(text));
const names = (text: string) => run(text).people.map((p) => p.name).sort();
const person = (text: string, name: string) => run(text).people.find((p) => p.name === name);

describe('names written family name first', () => {
  it('a four-part name after the portfolio words of a title', () => {
    const text = 'The accord was signed by Deputy Minister of Planning and Investment Le Thi Kim Oanh on Friday. Oanh said it was fair.';
    const p = person(text, 'Le Thi Kim Oanh');
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.official).toBe(true);
    expect(p!.roleInText).toBe('Deputy Minister of Planning and Investment');
    expect(p!.mentions.map((m) => m.text)).toEqual(['Le Thi Kim Oanh', 'Oanh']);
  });

  it.each([
    ['Do Thu Trang, a lawyer with the rights group, said the rules were vague. Trang asked for time.', 'Do Thu Trang'],
    ['The report was written by Do Van Hieu, a hydrologist, and two colleagues.', 'Do Van Hieu'],
  ])('a capitalised function word opening a name: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('a function word opening a question is not a name', () => {
    expect(names('Do Western investors care? Many said they did.')).toEqual([]);
  });
});

describe('honorifics of South Asia and West Africa', () => {
  it('Smt., Shri and Alhaji are titles, not names', () => {
    const text = 'Party treasurer Smt. Latha Venkatesh said the rally was peaceful. Shri Ravi Kumar agreed, and Alhaji Sani Bello left early.';
    expect(names(text)).toEqual(['Latha Venkatesh', 'Ravi Kumar', 'Sani Bello']);
  });

  it('an MLA is an official, and the initials stay in the name', () => {
    const text = 'The seat fell vacant after the death of Congress MLA T. Narasimhaiah in March. His son was nominated.';
    const p = person(text, 'T. Narasimhaiah');
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.official).toBe(true);
  });
});

describe('bodies that look like names', () => {
  it.each([
    ['Brian Foss, chief executive of Sydney-based Meridian Rare Metals, said prices would rise. Shares in Meridian Rare Metals fell.', 'Brian Foss'],
    ['Sarah Talbot, a ranger at the Department of Parks and Heritage Victoria, counted the birds.', 'Sarah Talbot'],
    ['Forest Service Battalion Chief Nora Quill said the fire had slowed, according to Forest Service.', 'Nora Quill'],
    ['Miners protested in Cao Bang province on Monday, said Tran Van Hung, a union official.', 'Tran Van Hung'],
  ])('%s', (text, only) => {
    expect(names(text)).toEqual([only]);
  });

  it('a name that modifies a role noun after "the" is a club or a body', () => {
    const text = 'The deal collapsed when Sporting Lusitano asked for more. The chairman met the Lusitano president, Jorge Abreu, in Porto. Lusitano agreed on Monday.';
    expect(names(text)).toEqual(['Jorge Abreu']);
  });

  it('rating labels in title case are not people', () => {
    expect(names('Our ratings: True, Mostly True, Half True, Mostly False, False.')).toEqual([]);
  });
});
