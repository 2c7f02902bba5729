// People detection: patterns of English news writing that the first version missed. Invented sentences.
import { describe, expect, it } from 'vitest';
import { detectPeople, type PeopleResult } from '../../lib/people/detect';
import { storyFromPlainText } from '../../lib/text/story-text';

const run = (text: string): PeopleResult => detectPeople(storyFromPlainText(text));
const names = (text: string) => run(text).people.map((p) => p.name).sort();
const person = (text: string, name: string) => run(text).people.find((p) => p.name === name);

describe('nicknames inside names', () => {
  it.each([
    ['Walter “Bulldog” Pemberton, 68, a retired fire captain, led the parade.', 'Walter Pemberton', 'Walter “Bulldog” Pemberton'],
    ['The award went to guard Tamsin "Tee" Oduya, who scored 30.', 'Tamsin Oduya', 'Tamsin "Tee" Oduya'],
    ['Sergeant Nikolai ‘Nik’ Brandauer said little.', 'Nikolai Brandauer', 'Nikolai ‘Nik’ Brandauer'],
  ])('%s', (text, name, mention) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.mentions[0]!.text).toBe(mention);
  });

  it('the nickname alone later refers to the person, the surname too', () => {
    const text = 'Walter “Bulldog” Pemberton, 68, led the parade. “Bulldog never stops,” a neighbour said. Pemberton waved.';
    const r = run(text);
    expect(r.people.map((p) => p.name)).toEqual(['Walter Pemberton']);
    expect(r.people[0]!.mentions.map((m) => m.text)).toEqual(['Walter “Bulldog” Pemberton', 'Bulldog', 'Pemberton']);
  });

  it('a quoted title between two names is not a nickname', () => {
    const r = run('Director Ana Lutz screened “Night Harbor” Tuesday for critics.');
    expect(r.people.map((p) => p.name)).toEqual(['Ana Lutz']);
  });
});

describe('titles', () => {
  it.each([
    ['Cllr Deborah Ainsworth-Pike, who chairs the council’s housing committee, said no.', 'Deborah Ainsworth-Pike', true],
    ['Petty Officer Samuel Okoro died in 2011.', 'Samuel Okoro', true],
    ['Warrant Officer Ines Calder gave evidence.', 'Ines Calder', true],
    ['“We will vote no,” said Rep. Bill Tennant, R-Okla.', 'Bill Tennant', true],
    ['Superintendent Dr. Lorna Beech presented the plan.', 'Lorna Beech', true],
  ])('%s', (text, name, official) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.official).toBe(official);
    expect(p!.roleInText).not.toMatch(/^(?:Dr|Mr|Mrs|Ms)\.?$|\s(?:Dr|Mr|Mrs|Ms)\.?$/);
  });

  it('a trailing courtesy title is not part of the role', () => {
    expect(person('Superintendent Dr. Lorna Beech presented the plan.', 'Lorna Beech')!.roleInText).toBe('Superintendent');
  });

  it('a party tag after a comma at the end of the sentence is read', () => {
    expect(person('“We will vote no,” said Rep. Bill Tennant, R-Okla.', 'Bill Tennant')!.roleInText).toBe('Rep., R-Okla.');
  });
});

describe('places are not people', () => {
  it.each([
    ['Most commuters to Lower Manhattan arrive by train. Manhattan traffic is lighter, and Manhattan shops are busier.'],
    ['Residents of Upper Darby voted. Darby was quiet and Darby shops were shut.'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
