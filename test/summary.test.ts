import { describe, expect, it } from 'vitest';
import { categoryCounts, speakerGroups, unquotedPeople } from '../lib/summary';
import { annotations } from './fixtures/annotations';

describe('speakerGroups', () => {
  it('groups quotes by speaker, most quoted first, unnamed sources last', () => {
    const g = speakerGroups(annotations());
    expect(g.map((x) => [x.name, x.quotes.length, x.kind])).toEqual([
      ['Ada Brook', 2, 'person'],
      ['Ben Ortiz', 1, 'person'],
      ['Water Authority', 1, 'organization'],
      ['Unnamed or unclear source', 1, 'unnamed'],
    ]);
    expect(g[0]!.person?.key).toBe('p0');
  });
});

describe('categoryCounts and unquotedPeople', () => {
  it('counts each category', () => {
    expect(categoryCounts(annotations())).toEqual({ quotes: 5, officials: 2, people: 2, reported: 0 });
  });
  it('lists people who are mentioned but not quoted', () => {
    const u = unquotedPeople(annotations());
    expect(u.officials.map((p) => p.name)).toEqual(['Cy Lamb']);
    expect(u.others.map((p) => p.name)).toEqual(['Dee Park']);
  });
});
