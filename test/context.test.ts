import { describe, expect, it } from 'vitest';
import { applyMatches, contextQueries } from '../lib/context';
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
    ['an analyst at Harbor Securities', false],
    ['a research fellow at the Tidewater Institute', false],
    ['Democratic vice presidential nominee', true],
    ['His father', true],
    [null, true],
  ] as const)('a namesake in the dataset does not make official a person presented as private: %s', (role, official) => {
    const a = annotations();
    const i = a.people.findIndex((p) => p.name === 'Dee Park');
    a.people[i]!.official = false;
    a.people[i]!.roleInText = role;
    applyMatches(a, a.people.map((_, j) => (j === i ? ctx('held') : null)));
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
