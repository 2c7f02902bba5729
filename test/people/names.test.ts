// The packed name lexicons and the keys names are compared under; soft hyphens in tokens.
import { describe, expect, it } from 'vitest';
import { isGivenName, isPlace, isSurnameFirst, nameKey } from '../../lib/people/names';
import { GIVEN_NAMES_PACKED } from '../../lib/people/given-names';
import { stripInvisible, tokenize } from '../../lib/text/tokens';
import { roleIsOfficial } from '../../lib/people/roles';

describe('name lexicons', () => {
  it.each(['Janet', 'Lloyd', 'Volodymyr', 'Emmanuel', 'Claudia', 'Mahmoud', 'Sarah-Jane', 'JOHN'])('%s is a given name', (w) => {
    expect(isGivenName(w)).toBe(true);
  });
  it.each(['Pentagon', 'Minister', 'High', 'Foreign', 'Said', 'May', 'Will', 'Center', 'Chinese', 'Zzyzx'])('%s is not a given name', (w) => {
    expect(isGivenName(w)).toBe(false);
  });
  it.each([['Xie', true], ['Li', true], ['Zhang', true], ['Moon', true], ['Smith', false], ['He', false]])('surname-first %s: %s', (w, yes) => {
    expect(isSurnameFirst(w)).toBe(yes);
  });
  it.each([['Texas', true], ['New York', true], ['Albania', true], ['south africa', true], ['Stimson', false], ['Austin', false]])('place %s: %s', (w, yes) => {
    expect(isPlace(w)).toBe(yes);
  });
  it('is compact', () => {
    expect(GIVEN_NAMES_PACKED.length).toBeLessThan(20_000);
  });
});

describe('name keys', () => {
  it.each([
    ['Hammarskjöld', 'hammarskjold'],
    ['O’Rourke', "o'rourke"],
    ['Vladi\u00admir', 'vladimir'],
    ['NÚÑEZ', 'nunez'],
    ['Dong‑hoon', 'dong-hoon'],
  ])('%s → %s', (w, k) => {
    expect(nameKey(w)).toBe(k);
  });
});

describe('tokens', () => {
  it('keeps soft hyphens and zero-width characters inside a word', () => {
    const t = tokenize('Netan\u00adyahu and Vladi\u200bmir met.');
    expect(t.map((x) => x.text)).toEqual(['Netan\u00adyahu', 'and', 'Vladi\u200bmir', 'met', '.']);
    expect(stripInvisible(t[0]!.text)).toBe('Netanyahu');
  });
  it('keeps initials, abbreviations, apostrophes and hyphens inside a word', () => {
    expect(tokenize('J.D. Vance, U.S. envoy O’Rourke-Smith’s aide').map((x) => x.text)).toEqual(['J.D.', 'Vance', ',', 'U.S.', 'envoy', 'O’Rourke-Smith’s', 'aide']);
  });
});

describe('official from a role phrase', () => {
  it.each([
    ['Chinese Defense Minister', true],
    ['an assistant secretary of defense', true],
    ['Pentagon spokesperson Lieutenant Colonel', true],
    ['director of the China program at the Stimson Center', false],
    ['climate envoy', true],
    ['the Pentagon’s top policy adviser', true],
    ['former Justice', true],
    ['Gov.', true],
    ['U.S. Rep.', true],
    ['FBI Director', true],
    ['State Department official', true],
    ['Former National Security Council official', true],
    ['a senior fellow at the Council on Foreign Relations', false],
    ['Mayor', true],
    ['president-elect', false],
    ['his nominee for commerce secretary', false],
    ['Christie’s primary rival for the GOP nomination for governor', false],
    ['executive director of Forensics for Justice', false],
    ['the BBC’s North America editor', false],
    ['interest rate strategist at BMO Capital Markets', false],
    ['Kyiv resident', false],
    ['a Kyiv resident who witnessed the attack', false],
    ['who heads the regional administration', true],
    // the relative pronoun "who" is not the World Health Organization
    ['who runs a café near the terminal', false],
    ['a director at the WHO', true],
    ['France’s', true],
    ['chairman, R-Wis.', true],
    ['company CEO', false],
    ['Apple’s chief executive', false],
    ['team captain', false],
    ['Labour Party leader', true],
    ['civil rights leader', false],
  ])('%s → %s', (role, official) => {
    expect(roleIsOfficial(role)).toBe(official);
  });
});
