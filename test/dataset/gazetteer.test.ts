import { describe, expect, it } from 'vitest';
import { createGazetteer, gazetteerFromData } from '../../lib/dataset';
import { datasetOf, person, role } from './fixtures';

const ds = datasetOf([
  person('Q1', 'Li Shangfu', 'China', [role('Minister of National Defence', 'China', '2023-03-12', '2023-10-24')]),
  person('Q2', 'Xie Feng', 'China', [role('Ambassador to the United States', 'China', '2023-06-30', null)], { surname: 'Xie', surnameFirst: true }),
  person('Q3', 'Lloyd James Austin III', 'United States', [role('Secretary of Defense', 'United States', '2021-01-22', '2025-01-20')], { aliases: ['Lloyd Austin'] }),
]);

describe('gazetteer', () => {
  const g = createGazetteer(ds);

  it('knows full names and short forms, normalised', () => {
    expect(g.hasName('Li Shangfu')).toBe(true);
    expect(g.hasName('XIE FENG')).toBe(true);
    expect(g.hasName('Lloyd Austin')).toBe(true);
    expect(g.hasName('Lloyd J. Austin')).toBe(true);
  });

  it('does not know single words or other names', () => {
    expect(g.hasName('Austin')).toBe(false);
    expect(g.hasName('Yun Sun')).toBe(false);
    expect(g.hasName('Supreme Court')).toBe(false);
  });

  it('travels to a content script as plain JSON', () => {
    const data = JSON.parse(JSON.stringify(g.data()));
    const tab = gazetteerFromData(data);
    expect(tab?.hasName('Li Shangfu')).toBe(true);
    expect(tab?.hasName('Yun Sun')).toBe(false);
    expect(gazetteerFromData({ ...data, version: 2 })).toBeNull();
    expect(gazetteerFromData({ ...data, data: 'abc' })).toBeNull();
    expect(gazetteerFromData(null)).toBeNull();
  });
});
