import { describe, expect, it } from 'vitest';
import { applyMatches, contextQueries } from '../lib/context';
import { presentedAsPrivate } from '../lib/people/roles';
import type { PersonContext } from '../lib/types';
import { annotations } from './fixtures/annotations';

const ctx = (fit: PersonContext['roleAtDateFit']): PersonContext => ({
  id: 'Q1', name: 'Dee Park', description: null, country: null,
  roleAtDate: { title: 'Governor', organization: null, jurisdiction: 'Somestate', start: '2017-01-01', end: null, endKind: 'unknown', source: 'test' },
  stillHeld: true, roleNow: null, verified: '2026-01-01', flags: [], roleAtDateFit: fit,
});

describe('applyMatches', () => {
  it.each([
    ['held', '2024-01-02', true],
    ['later', '2024-01-02', false],
    ['former', '2024-01-02', false],
    ['held', null, false],
  ] as const)('a role that fits as %s on %s makes an official: %s', (fit, date, official) => {
    const a = annotations();
    a.article.published = date;
    const i = a.people.findIndex((p) => p.name === 'Dee Park');
    applyMatches(a, a.people.map((_, j) => (j === i ? ctx(fit) : null)));
    expect(a.people[i]!.official).toBe(official);
    expect(a.people[i]!.id).toBe('Q1');
    expect(a.people[i]!.role).toBe('Governor');
  });

  it.each([
    [true, false],
    [false, true],
    [undefined, true],
  ] as const)('a namesake in the dataset does not make official a person the lookup says the story presents as private (%s)', (privateInText, official) => {
    const a = annotations();
    const i = a.people.findIndex((p) => p.name === 'Dee Park');
    a.people[i]!.official = false;
    applyMatches(a, a.people.map((_, j) => (j === i ? { ...ctx('held'), privateInText } : null)));
    expect(a.people[i]!.official).toBe(official);
  });

  it('gives quotes their speaker’s dataset id', () => {
    const a = annotations();
    applyMatches(a, [{ ...ctx('held'), id: 'Q7' }]);
    expect(a.quotes.filter((q) => q.speakerKey === 'p0').every((q) => q.speakerId === 'Q7')).toBe(true);
    expect(a.quotes.find((q) => q.speakerKey === 'p1')!.speakerId).toBeNull();
  });
});

describe('contextQueries', () => {
  it('asks one query per person with the article date and story context', () => {
    const a = annotations();
    const qs = contextQueries(a);
    expect(qs.map((q) => q.name)).toEqual(a.people.map((p) => p.name));
    expect(qs[0]!.date).toBe('2024-01-02');
    expect(qs[0]!.context).toContain('Harbor');
  });
});

describe('presentedAsPrivate', () => {
  it.each([
    ['an analyst at Harbor Securities', true],
    ['a research fellow at the Tidewater Institute', true],
    ['Democratic vice presidential nominee', false],
    ['His father', false],
    ['Governor', false],
    [null, false],
  ] as const)('%s → %s', (role, expected) => {
    expect(presentedAsPrivate(role)).toBe(expected);
  });
});
