import { describe, expect, it } from 'vitest';
import { fold, looseKey, nameKey, nameTokens, nameVariants, surnameKeys, VariantKind } from '../../lib/dataset/normalize';

describe('nameKey', () => {
  it.each([
    ['Lloyd Austin', 'lloyd austin'],
    ['LLOYD  AUSTIN', 'lloyd austin'],
    ['Mr. Lloyd J. Austin III', 'lloyd j austin'],
    ['Sen. Elizabeth Warren', 'elizabeth warren'],
    ['Lt. Col. Alexander Vindman', 'alexander vindman'],
    ['Ayman al-Ṣafadī', 'ayman al safadi'],
    ['Elinor Hammarskjöld', 'elinor hammarskjold'],
    ['Lech Wałęsa', 'lech walesa'],
    ['Jens Stoltenberg, Jr.', 'jens stoltenberg'],
    ["Beto O'Rourke", 'beto orourke'],
    ['Beto O’Rourke', 'beto orourke'],
    ['Duduzile Zuma-Sambudla', 'duduzile zuma sambudla'],
    ['George H.W. Bush', 'george h w bush'],
  ])('%s → %s', (name, key) => expect(nameKey(name)).toBe(key));

  it('keeps a lone title word rather than returning nothing', () => {
    expect(nameTokens('President')).toEqual(['president']);
  });

  it('folds without NFKD on ASCII and with it otherwise, identically', () => {
    expect(fold('Jose Marti')).toBe(fold('José Martí'));
  });
});

describe('looseKey (transliteration variants)', () => {
  it.each([
    [['Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenskyi', 'Zelenskij', 'Zelenskii']],
    [['Serhiy', 'Sergii', 'Sergey', 'Sergei', 'Serhii']],
    [['Haniyeh', 'Haniya', 'Haniyah', 'Hanieh', 'HANIYYAH']],
    [['Andrii', 'Andriy', 'Andrey', 'Andrij']],
    [['Yevgeny', 'Evgeniy', 'Evgeny']],
    [['Oleh', 'Oleg']],
  ])('%j share one skeleton', (forms) => {
    const keys = new Set(forms.map((f) => looseKey(nameKey(f))));
    expect(keys.size).toBe(1);
  });

  it('keeps different names apart', () => {
    expect(looseKey('volodymyr zelenskyy')).not.toBe(looseKey('volodymyr zelnik'));
    expect(looseKey('barack obama')).not.toBe(looseKey('michelle obama'));
  });
});

describe('nameVariants', () => {
  const keys = (name: string, surname?: string) => Object.fromEntries(nameVariants(name, surname));

  it('drops middle names and writes them as initials', () => {
    const k = keys('George Herbert Walker Bush');
    expect(k['george herbert walker bush']).toBe(VariantKind.Full);
    expect(k['george bush']).toBe(VariantKind.Short);
    expect(k['george h w bush']).toBe(VariantKind.Short);
  });

  it('uses a known multi-word surname', () => {
    const k = keys('Claudia Sheinbaum Pardo', 'Sheinbaum');
    expect(k['claudia sheinbaum']).toBe(VariantKind.Short);
    expect(k['sheinbaum claudia']).toBe(VariantKind.Reversed);
  });

  it('gives the other order for surname-first names', () => {
    const k = keys('Xie Feng', 'Xie');
    expect(k['xie feng']).toBe(VariantKind.Full);
    expect(k['feng xie']).toBe(VariantKind.Reversed);
  });

  it('drops the Arabic article', () => {
    expect(keys('Ayman al-Ṣafadī')['ayman safadi']).toBe(VariantKind.Full);
  });

  it('gives surnames for the surname index', () => {
    expect(surnameKeys('Lloyd Austin')).toEqual(['austin']);
    expect(surnameKeys('Xie Feng', 'Xie', true)).toEqual(['xie']);
    expect(surnameKeys('Li Shangfu', null, true).sort()).toEqual(['li', 'shangfu']);
  });
});
