import { describe, expect, it } from 'vitest';
import { cardModel, flagText, formatDate, personFacts, roleWhen } from '../lib/summary';
import { annotations, person } from './fixtures/annotations';
import { context, formerMinister, role, sanctioned, snapshotListed } from './fixtures/context';

describe('formatDate', () => {
  it.each([
    ['2023-03-12', '12 Mar 2023'],
    ['2023-03', 'Mar 2023'],
    ['2023', '2023'],
    ['2023-13', '2023-13'],
    ['soon', 'soon'],
  ])('%s → %s (never more precise than given)', (iso, out) => expect(formatDate(iso)).toBe(out));
});

describe('roleWhen', () => {
  it.each([
    [role({ start: '2023-03-12', end: '2023-10-24', endKind: 'exact' }), 'from 12 Mar 2023 to 24 Oct 2023'],
    [role({ start: '2023-03-12', end: null, endKind: 'exact' }), 'since 12 Mar 2023'],
    [role({ start: '2018-05', end: '2022-11-30', endKind: 'upperBound' }), 'from May 2018; ended by 30 Nov 2022'],
    [role({ start: null, end: '2022-11-30', endKind: 'upperBound' }), 'ended by 30 Nov 2022'],
    [role({ start: null, end: '2019-06-04', endKind: 'snapshot' }), 'listed in 2019'],
    [role({ start: '2016-12', end: null, endKind: 'snapshot' }), 'listed in 2016'],
    [role({ start: null, end: null, endKind: 'snapshot' }), 'listed in an undated snapshot'],
    [role({ start: '2021-05-03', end: null, endKind: 'unknown' }), 'since 3 May 2021 (end not recorded)'],
    [role({ start: null, end: null, endKind: 'unknown' }), null],
  ])('%# %o', (r, out) => expect(roleWhen(r)).toBe(out));
});

describe('personFacts', () => {
  it('gives the article role, the role at the article date with dates and source, and the role now', () => {
    const p = person('p0', 'Ada Brook', true, { roleInText: 'Defence Minister', context: formerMinister });
    expect(personFacts(p, '2023-06-01')).toEqual([
      { kind: 'article', label: 'In the article', text: 'Defence Minister', when: null, source: null },
      { kind: 'at-date', label: 'On 1 Jun 2023', text: 'Minister of Defence, Ruritania', when: 'from 12 Mar 2023 to 24 Oct 2023', source: 'Wikidata' },
      { kind: 'now', label: 'Now', text: 'Ambassador to Freedonia', when: 'since Feb 2024 (end not recorded)', source: 'CIA World Factbook' },
    ]);
  });

  it('says whether the role is still held when there is no other role now, with the date it was checked', () => {
    const held = person('p0', 'A', true, { context: context({ stillHeld: true }) });
    expect(personFacts(held, null).map((l) => [l.label, l.text, l.when])).toEqual([
      ['In the dataset', 'Harbor Commissioner', 'since 3 May 2021 (end not recorded)'],
      ['Now', 'Still holds this role', 'as of 31 Jan 2025'],
    ]);
    const unknown = person('p0', 'A', true, { context: context({ stillHeld: null }) });
    expect(personFacts(unknown, null).map((l) => l.kind)).toEqual(['at-date']);
  });

  it('shows a snapshot listing as "listed in <year>" and invents no dates', () => {
    const lines = personFacts(person('p0', 'A', true, { context: snapshotListed }), '2019-08-01');
    expect(lines[0]).toMatchObject({ text: 'Central Bank Governor', when: 'listed in 2019', source: 'CIA World Leaders' });
    expect(lines.map((l) => l.kind)).toEqual(['at-date']);
  });

  it('shows sanctions as context, never as a role', () => {
    const lines = personFacts(person('p0', 'A', true, { context: sanctioned }), '2020-01-01');
    const flag = lines.find((l) => l.kind === 'flag')!;
    expect(flag).toMatchObject({ label: 'Context', text: 'On the US Treasury sanctions list (RUSSIA-EO14024)', source: 'US Treasury OFAC' });
    expect(lines.filter((l) => l.kind === 'at-date' || l.kind === 'now').map((l) => l.text).join(' ')).not.toMatch(/sanction/i);
    expect(flagText({ kind: 'sanctions', label: '', source: 'EU' })).toBe('On a sanctions list');
  });

  it('has only the article role for a person the dataset does not know', () => {
    expect(personFacts(person('p0', 'A', false, { roleInText: 'a fisherman' }), null)).toEqual([{ kind: 'article', label: 'In the article', text: 'a fisherman', when: null, source: null }]);
    expect(personFacts(person('p0', 'A', false), null)).toEqual([]);
  });
});

describe('cardModel', () => {
  it('describes a quote: its speaker, cue, position and the speaker facts', () => {
    const a = annotations();
    a.people[0]!.context = formerMinister;
    const c = cardModel(a, 'q2')!;
    expect(c).toMatchObject({ kind: 'quote', heading: 'Ada Brook', tag: 'Official', quote: 'It will be finished by spring.', cue: 'said', position: 'Quote 3 of 5' });
    expect(c.facts.map((f) => f.kind)).toEqual(['article', 'at-date', 'now']);
    expect(c.facts[1]!.label).toBe('On 2 Jan 2024');
  });

  it('names organisations and unnamed sources for what they are', () => {
    const a = annotations();
    expect(cardModel(a, 'q3')).toMatchObject({ heading: 'Water Authority', tag: 'Organisation', facts: [] });
    expect(cardModel(a, 'q4')).toMatchObject({ heading: 'an official', tag: 'Unnamed source' });
    expect(cardModel(annotations({ quotes: [{ ...a.quotes[4]!, speakerDescription: null }] }), 'q4')).toMatchObject({ heading: 'Source not identified' });
  });

  it('describes a person with how often they are quoted', () => {
    const a = annotations();
    expect(cardModel(a, 'p0')).toMatchObject({ kind: 'person', heading: 'Ada Brook', tag: 'Official', position: 'Quoted 2 times in this article' });
    expect(cardModel(a, 'p3')).toMatchObject({ tag: 'Other person', position: 'Mentioned, not quoted' });
    expect(cardModel(a, 'zz')).toBeNull();
  });

  it('shortens a long quote on a word boundary', () => {
    const long = 'word '.repeat(60).trim();
    const a = annotations();
    a.quotes[0] = { ...a.quotes[0]!, text: long };
    const q = cardModel(a, 'q0')!.quote!;
    expect(q.length).toBeLessThanOrEqual(160);
    expect(q.endsWith('word…')).toBe(true);
  });
});
