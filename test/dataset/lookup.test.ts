import { describe, expect, it } from 'vitest';
import type { LookupQuery } from '../../lib/context';
import { createLookup } from '../../lib/dataset';
import { datasetOf, person, role } from './fixtures';

// Hand-made namesakes: two John Smiths (a US senator and a British minister), two Fiona Greens of different
// countries, a father and son, a sanctioned namesake, transliterations and nicknames.
const ds = datasetOf([
  person('Q10', 'John Smith', 'United States', [role('U.S. Senator from Ohio', 'United States', '2009-01-03', '2021-01-03', { organization: 'U.S. Senate' })], { surname: 'Smith' }),
  person('Q11', 'John Smith', 'United Kingdom', [role('Minister of Transport', 'United Kingdom', '2015-05-11', '2019-07-24')], { surname: 'Smith' }),
  person('Q20', 'Fiona Green', 'United Kingdom', [role('Downing Street Chief of Staff', 'United Kingdom', '2016-07-14', '2017-06-09')]),
  person('Q30', 'Volodymyr Zelenskyy', 'Ukraine', [role('President', 'Ukraine', '2019-05-20', null, { open: true, seen: '2025-01-31' })], { surname: 'Zelenskyy' }),
  person('Q40', 'Bernard Sanders', 'United States', [role('U.S. Senator from Vermont', 'United States', '2007-01-03', null, { open: true, seen: '2025-01-31', organization: 'U.S. Senate' })], { aliases: ['Bernie Sanders'], surname: 'Sanders' }),
  person('Q50', 'George H. W. Bush', 'United States', [role('President of the United States', 'United States', '1989-01-20', '1993-01-20'), role('Vice President of the United States', 'United States', '1981-01-20', '1989-01-20')], { aliases: ['George Herbert Walker Bush'], surname: 'Bush' }),
  person('Q51', 'George W. Bush', 'United States', [role('President of the United States', 'United States', '2001-01-20', '2009-01-20'), role('Governor of Texas', 'United States', '1995-01-17', '2000-12-21')], { aliases: ['George Walker Bush'], surname: 'Bush' }),
  person('Q60', 'Ali Hassan', 'Iran', [role('Minister of Oil', 'Iran', '2013-08-15', '2017-08-20')], { sanctions: ['IRAN-EO13876'] }),
  person('ws0000001', 'Ali Hassan', 'Syria', [], { sanctions: ['SYRIA'] }),
  person('Q70', 'Xie Feng', 'China', [role('Ambassador to the United States', 'China', '2023-06-30', null, { open: true, seen: '2025-01-31' })], { surname: 'Xie', surnameFirst: true }),
  person('Q80', 'Anna Later', 'United States', [role('Secretary of Commerce', 'United States', '2024-01-01', null, { open: true, seen: '2025-01-31' })]),
  person('Q90', 'Carl Snapshot', 'Chile', [role('Minister of Finance', 'Chile', '2019-06', '2019-06', { endKind: 'snapshot', source: 'test-snap' })]),
]);
const L = createLookup(ds);
const q = (name: string, date: string | null, roleInText: string | null = null, context: string[] = [], aliases: string[] = []): LookupQuery => ({ name, aliases, date, roleInText, context });

describe('namesakes', () => {
  it('tells two John Smiths apart by the role phrase and the story', () => {
    expect(L.lookup(q('John Smith', '2017-03-01', 'Sen.', ['Ohio']))?.id).toBe('Q10');
    expect(L.lookup(q('John Smith', '2017-03-01', 'British transport minister'))?.id).toBe('Q11');
    expect(L.lookup(q('John Smith', '2017-03-01', null, ['U.S.', 'Senate']))?.id).toBe('Q10');
  });

  it('says when the story presents its person by a private occupation (a namesake is then no official)', () => {
    expect(L.lookup(q('Xie Feng', '2024-01-02', 'an analyst at Harbor Securities', ['China']))?.privateInText).toBe(true);
    expect(L.lookup(q('Xie Feng', '2024-01-02', 'Chinese Ambassador'))?.privateInText).toBeUndefined();
  });

  it('gives no answer when nothing tells them apart', () => {
    expect(L.lookup(q('John Smith', '2017-03-01'))).toBeNull();
  });

  it('uses the date: only one of them held office then', () => {
    expect(L.lookup(q('John Smith', '2012-01-01', 'senator'))?.id).toBe('Q10');
  });

  it('rejects a unique name whose country contradicts the story', () => {
    expect(L.lookup(q('Fiona Green', '2019-11-20', 'former White House Russia adviser'))).toBeNull();
    expect(L.lookup(q('Fiona Green', '2017-01-01', 'Downing Street chief of staff'))?.id).toBe('Q20');
  });

  it('tells father and son apart by initials and by date', () => {
    expect(L.lookup(q('George H.W. Bush', '2015-03-18', 'President'))?.id).toBe('Q50');
    expect(L.lookup(q('George W. Bush', '2015-03-18', 'President'))?.id).toBe('Q51');
    expect(L.lookup(q('George Bush', '1990-06-01', 'President'))?.id).toBe('Q50');
    expect(L.lookup(q('George Bush', '2005-06-01', 'President'))?.id).toBe('Q51');
  });

  it('does not answer with someone known only from a post taken years later', () => {
    expect(L.lookup(q('Anna Later', '2015-01-01', 'State Department official'))).toBeNull();
    expect(L.lookup(q('Anna Later', '2024-06-01', 'Commerce Secretary'))?.roleAtDateFit).toBe('held');
  });
});

describe('surname-only and first-name mentions', () => {
  it('answers a surname when the date and role phrase single one person out', () => {
    const c = L.lookup(q('Xie', '2023-07-13', 'Chinese Ambassador'));
    expect(c?.id).toBe('Q70');
    expect(c?.match?.by).toBe('surname');
  });

  it('does not answer a surname without context, or with ambiguous context', () => {
    expect(L.lookup(q('Smith', '2017-03-01'))).toBeNull();
    expect(L.lookup(q('Bush', '2015-03-18', 'President'))).toBeNull(); // both former presidents
  });

  it('answers a surname with a country alone when one person holds office there', () => {
    expect(L.lookup(q('Zelenskiy', '2022-03-01', 'Ukraine’s'))?.id).toBe('Q30');
  });

  it('does not answer a first name', () => {
    expect(L.lookup(q('Volodymyr', '2022-03-01', 'President'))).toBeNull();
  });
});

describe('name variants', () => {
  it('matches transliterations', () => {
    for (const n of ['Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy']) {
      const c = L.lookup(q(n, '2022-03-01', 'Ukrainian President'));
      expect(c?.id, n).toBe('Q30');
    }
    expect(L.lookup(q('Volodymyr Zelenskiy', '2022-03-01', 'President'))?.match?.by).toBe('transliteration');
  });

  it('matches nicknames both ways', () => {
    expect(L.lookup(q('Bernie Sanders', '2020-01-01', 'Sen.'))?.id).toBe('Q40');
    expect(L.lookup(q('Bernard Sanders', '2020-01-01', 'Sen.'))?.id).toBe('Q40');
  });

  it('matches surname-first and surname-last orders', () => {
    expect(L.lookup(q('Feng Xie', '2023-07-13', 'ambassador'))?.id).toBe('Q70');
  });

  it('matches with middle initials and titles in the name', () => {
    expect(L.lookup(q('George Herbert Walker Bush', '1990-01-01', null))?.id).toBe('Q50');
  });
});

describe('roles and flags', () => {
  it('returns the role at the date, whether it still holds, and the check date', () => {
    const c = L.lookup(q('Volodymyr Zelenskyy', '2022-03-01', 'President'));
    expect(c?.roleAtDate?.title).toBe('President');
    expect(c?.stillHeld).toBe(true);
    expect(c?.verified).toBe('2025-01-31');
    const s = L.lookup(q('John Smith', '2017-03-01', 'Sen.', ['Ohio']));
    expect(s?.stillHeld).toBe(false);
    expect(s?.roleAtDate?.end).toBe('2021-01-03');
  });

  it('shows snapshot roles as listings', () => {
    const c = L.lookup(q('Carl Snapshot', '2019-09-01', 'Chilean finance minister'));
    expect(c?.roleAtDate?.endKind).toBe('snapshot');
    expect(c?.roleAtDate?.listed).toBe('listed in 2019');
    expect(c?.roleAtDateFit).toBe('listed');
    expect(c?.stillHeld).toBeNull();
  });

  it('shows sanctions as a flag of the matched person, never as a role, and never for a namesake guess', () => {
    const iran = L.lookup(q('Ali Hassan', '2015-01-01', 'Iranian oil minister'));
    expect(iran?.id).toBe('Q60');
    expect(iran?.flags.map((f) => f.label)).toEqual(['on the US Treasury sanctions list (IRAN-EO13876)']);
    expect(iran?.roleAtDate?.title).toBe('Minister of Oil');
    // The Syrian namesake is on the list only: named only when the story says Syrian.
    const syria = L.lookup(q('Ali Hassan', '2015-01-01', 'a Syrian businessman'));
    expect(syria?.id).toBe('ws0000001');
    expect(syria?.roleAtDate).toBeNull();
    expect(syria?.flags[0]?.label).toContain('SYRIA');
    expect(L.lookup(q('Ali Hassan', '2015-01-01', 'a shopkeeper', ['Canada']))).toBeNull();
  });
});
