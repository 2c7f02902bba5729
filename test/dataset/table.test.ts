// Person-date pairs checked by hand against the sources (the rows are quoted in `src`), run against the
// committed compiled asset (public/dataset/officials.txt). Needs nothing from ../shared.
import { describe, expect, it } from 'vitest';
import { createLookup } from '../../lib/dataset';
import { loadDataset } from '../../scripts/lib/dataset';

interface Row {
  name: string;
  date: string;
  role: string | null;
  ctx?: string[];
  /** Expected: QID (or null = no answer), a title pattern, and optional detail. */
  id?: string | null;
  title?: RegExp;
  jurisdiction?: string;
  start?: string;
  end?: string;
  endKind?: string;
  fit?: string;
  stillHeld?: boolean | null;
  flag?: RegExp;
  src: string;
}

const ROWS: Row[] = [
  { name: 'Lloyd Austin', date: '2023-07-13', role: 'U.S. Defense Secretary', id: 'Q941013', title: /^Secretary of Defen[cs]e$/, start: '2021-01-22', end: '2025-01-20', endKind: 'upperBound', stillHeld: false, src: 'peppercat tenures: in office since 2021-01-22, last listed 2025-01-17, delisted 2025-01-20' },
  { name: 'Lloyd Austin', date: '2012-06-01', role: 'Gen.', id: 'Q941013', title: /Vice Chief of Staff of the Army/, src: 'everywhere-leaders: Vice Chief of Staff of the Army 2012-01-31 → 2013-03-08' },
  { name: 'Antony Blinken', date: '2014-01-01', role: 'deputy national security adviser', id: 'Q7821917', title: /^Deputy National Security Advisor$/, src: 'everywhere-leaders 2013-01-20 → 2015-01-09' },
  { name: 'Antony Blinken', date: '2016-06-01', role: 'Deputy Secretary of State', id: 'Q7821917', title: /^Deputy Secretary of State$/, start: '2015-01-09', src: 'pocom secr-2015-blin 2015-01-09 → 2017-01-19; leaders → 2017-01-20' },
  { name: 'Antony Blinken', date: '2023-07-13', role: 'Secretary of State', id: 'Q7821917', title: /^Secretary of State$/, start: '2021-01-26', end: '2025-01-20', endKind: 'exact', src: 'pocom secr-2021-blin 2021-01-26 → 2025-01-20' },
  { name: 'Janet Yellen', date: '2016-12-14', role: 'Fed Chair', id: 'Q263725', title: /^Chair of the Federal Reserve$/, end: '2018-02-03', src: 'everywhere-leaders Chair of the Federal Reserve 2014-02-03 → 2018-02-03' },
  { name: 'Janet Yellen', date: '2023-07-13', role: 'U.S. Treasury Secretary', id: 'Q263725', title: /^Secretary of the Treasury$/, fit: 'held', src: 'tenures 2021-01-26 → delisted 2025-01-20' },
  { name: 'Mike Pompeo', date: '2017-06-01', role: 'CIA Director', id: 'Q473239', title: /Director of the CIA|Central Intelligence/, src: 'everywhere-leaders Director of the CIA 2017-01-23 → 2018-03-13' },
  { name: 'Mike Pompeo', date: '2019-11-20', role: 'US Secretary of State', id: 'Q473239', title: /^Secretary of State$/, start: '2018-04-26', end: '2021-01-20', src: 'pocom secr-2018-pomp 2018-04-26 → 2021-01-20' },
  { name: 'Marco Rubio', date: '2025-06-01', role: 'Secretary of State', id: 'Q324546', title: /^Secretary of State$/, start: '2025-01-21', stillHeld: true, src: 'pocom: Rubio from 2025-01-21, no end' },
  { name: 'Xie Feng', date: '2023-07-13', role: 'Chinese Ambassador', title: /^Ambassador to the United States$/, jurisdiction: 'China', start: '2023-06-30', stillHeld: true, src: 'factbook ch.json ambassador_to_US: since 30 June 2023, listed at the end' },
  { name: 'Li Shangfu', date: '2023-07-13', role: 'Chinese Defense Minister', id: 'Q19825651', title: /Minister of National Defen[cs]e/, end: '2023-10-25', endKind: 'upperBound', src: 'tenures China 2023-03-12, delisted 2023-10-25' },
  { name: 'Volodymyr Zelenskiy', date: '2019-11-20', role: 'Ukraine President', id: 'Q3874799', title: /^President$/, jurisdiction: 'Ukraine', src: 'everywhere-leaders President of Ukraine since 2019-05-20 (spelled Zelenskyy)' },
  { name: 'Volodymyr Zelensky', date: '2026-05-24', role: 'Ukrainian President', id: 'Q3874799', title: /^President$/, stillHeld: true, src: 'factbook up.json chief of state listed to 2026-05-17' },
  { name: 'Benjamin Netanyahu', date: '2015-03-18', role: 'Israeli prime minister', id: 'Q43723', title: /^Prime Minister$/, start: '2009-03-31', end: '2021-06-13', src: 'everywhere-leaders 2009-03-31 → 2021-06-13' },
  { name: 'Benjamin Netanyahu', date: '2022-01-01', role: 'former Israeli prime minister', id: 'Q43723', title: /^Prime Minister$/, fit: 'former', src: 'not in office 2021-06-13 → 2022-12-29' },
  { name: 'Benjamin Netanyahu', date: '2025-05-03', role: 'Israeli Prime Minister', id: 'Q43723', title: /^Prime Minister$/, start: '2022-12-29', src: 'tenures / factbook since 2022-12-29' },
  { name: 'Israel Katz', date: '2024-03-01', role: 'Israeli Foreign Minister', id: 'Q487304', title: /^Minister of Foreign Affairs$/, end: '2024-11-05', endKind: 'upperBound', src: 'tenures 2024-01-01, delisted 2024-11-05' },
  { name: 'Israel Katz', date: '2025-05-03', role: 'Israeli Defence Minister', id: 'Q487304', title: /^Minister of Defen[cs]e$/, start: '2024-11-05', src: 'tenures since 2024-11-05' },
  { name: 'Marcelo Ebrard', date: '2020-06-01', role: 'Mexican Foreign Secretary', id: 'Q1396586', title: /^Secretary of Foreign Affairs$/, src: 'everywhere-leaders since 2018-12-01; tenures delisted 2023-06-17' },
  { name: 'Marcelo Ebrard', date: '2025-02-11', role: 'Economy Minister', ctx: ['Mexico'], id: 'Q1396586', title: /^Secretary of Economy$/, src: 'tenures Mexico Secretary of Economy since 2024-10-01' },
  { name: 'Claudia Sheinbaum', date: '2020-01-01', role: 'Mexico City mayor', id: 'Q5771800', title: /Head of Mexico City government/, src: 'everywhere-leaders since 2018-12-05' },
  { name: 'Claudia Sheinbaum', date: '2025-02-11', role: 'President', ctx: ['Mexico'], id: 'Q5771800', title: /^President$/, jurisdiction: 'Mexico', start: '2024-10-01', src: 'tenures / factbook since 2024-10-01' },
  { name: 'Kaja Kallas', date: '2022-06-01', role: 'Estonian Prime Minister', id: 'Q11869065', title: /^Prime Minister$/, jurisdiction: 'Estonia', src: 'everywhere-leaders since 2021-01-26' },
  { name: 'Kaja Kallas', date: '2025-01-15', role: 'EU foreign policy chief', id: 'Q11869065', title: /^High Representative for Foreign Affairs/, src: 'tenures European Union since 2024-12-01' },
  { name: 'Donald Trump', date: '2019-11-20', role: 'President', id: 'Q22686', title: /^President of the United States$/, end: '2021-01-20', src: 'executive.yaml prez 2017-01-20 → 2021-01-20' },
  { name: 'Donald Trump', date: '2025-02-11', role: 'United States President', id: 'Q22686', title: /^President of the United States$/, start: '2025-01-20', stillHeld: true, src: 'executive.yaml prez from 2025-01-20' },
  { name: 'Joe Biden', date: '2010-06-01', role: 'Vice President', id: 'Q6279', title: /^Vice President of the United States$/, src: 'executive.yaml viceprez 2009-01-20 → 2017-01-20' },
  { name: 'Joe Biden', date: '2022-06-01', role: 'President', id: 'Q6279', title: /^President of the United States$/, end: '2025-01-20', src: 'executive.yaml prez 2021-01-20 → 2025-01-20' },
  { name: 'George Bush', date: '1990-06-01', role: 'President', title: /^President of the United States$/, start: '1989-01-20', src: 'executive.yaml: George Herbert Walker Bush prez 1989-01-20 → 1993-01-20 (namesake of his son)' },
  { name: 'George Bush', date: '2005-06-01', role: 'President', id: 'Q207', title: /^President of the United States$/, start: '2001-01-20', src: 'executive.yaml: George Walker Bush prez 2001-01-20 → 2009-01-20' },
  { name: 'Elizabeth Warren', date: '2020-02-19', role: 'Sen.', id: 'Q434706', title: /^U\.S\. Senator from Massachusetts$/, src: 'legislators-current: sen MA from 2013-01-03' },
  { name: 'Bernie Sanders', date: '2020-02-19', role: 'Sen.', id: 'Q359442', title: /^U\.S\. Senator from Vermont$/, src: 'legislators-current: Bernard Sanders (nickname Bernie), sen VT from 2007' },
  { name: 'Mike Gallagher', date: '2023-04-26', role: 'Rep.', id: 'Q27842981', title: /^U\.S\. Representative for Wisconsin/, end: '2024-04-19', endKind: 'exact', src: 'openstates us retired: WI-8 2017-01-03 → 2024-04-19' },
  { name: 'Chris Christie', date: '2015-01-14', role: 'Gov.', id: 'Q63879', title: /^Governor of New Jersey$/, src: 'everywhere-leaders 2010-01-19 → 2018-01-16' },
  { name: 'Gordon Sondland', date: '2019-11-20', role: 'ambassador to the European Union', id: 'Q5585845', title: /European Union/, end: '2020-02-07', src: 'everywhere-leaders 2018-07-09 → 2020-02-07; pocom eu-2018-sond' },
  { name: 'Martin Indyk', date: '1996-01-01', role: 'U.S. ambassador to Israel', title: /Ambassador to Israel/, start: '1995-04-10', end: '1997-09-27', src: 'pocom il-1995-indy-01: started 1995-04-10, ended 1997-09-27' },
  { name: 'Martin Indyk', date: '1998-06-01', role: 'Assistant Secretary of State', title: /^Assistant Secretary of State for Near Eastern Affairs$/, src: 'pocom affa-1997-indy 1997-10-14 → 1999-11-16' },
  { name: 'Josh Earnest', date: '2015-03-18', role: 'White House press secretary', id: 'Q6288836', title: /Press Secretary/, src: 'everywhere-leaders 2014-06-20 → 2017-01-20' },
  { name: 'Christopher Wray', date: '2019-01-01', role: 'FBI Director', id: 'Q30148517', title: /^Director of the (FBI|Federal Bureau of Investigation)$/, start: '2017-08-02', src: 'everywhere-leaders since 2017-08-02; his successor nominated 2025-01-20 "vice Christopher A. Wray"' },
  { name: 'Jacob Zuma', date: '2012-01-01', role: 'South African President', id: 'Q57282', title: /^President$/, jurisdiction: 'South Africa', src: 'everywhere-leaders 2009-05-09 → 2018-02-14' },
  { name: 'Jacob Zuma', date: '2025-11-10', role: 'former president', id: 'Q57282', title: /^President$/, fit: 'former', stillHeld: false, src: 'left office 2018-02-14' },
  { name: 'Cyril Ramaphosa', date: '2016-01-01', role: 'Deputy President', ctx: ['South Africa'], id: 'Q1148669', title: /^Deputy President$/, src: 'everywhere-leaders Deputy President 2014-05-26 → 2018-02-15' },
  { name: 'Cyril Ramaphosa', date: '2020-01-01', role: 'President', ctx: ['South Africa'], id: 'Q1148669', title: /^President$/, start: '2018-02-15', src: 'everywhere-leaders President since 2018-02-15' },
  { name: 'Emmanuel Macron', date: '2015-06-01', role: 'French economy minister', id: 'Q3052772', title: /^Minister of Economy, Industry and Digital$/, src: 'everywhere-leaders 2014-08-26 → 2016-08-30' },
  { name: 'Emmanuel Macron', date: '2020-01-01', role: 'French President', id: 'Q3052772', title: /^President$/, jurisdiction: 'France', src: 'everywhere-leaders since 2017-05-14' },
  { name: 'Vladimir Putin', date: '2015-03-18', role: 'Russian President', id: 'Q7747', title: /^President$/, jurisdiction: 'Russia', flag: /sanctions list \(RUSSIA-EO14024\)/, src: 'everywhere-current since 2012-05-07; OFAC SDN PUTIN, Vladimir Vladimirovich (RUSSIA-EO14024)' },
  { name: 'Ayman Safadi', date: '2019-11-20', role: 'Jordanian Foreign Minister', id: 'Q28336737', title: /^Minister of Foreign Affairs$/, src: 'everywhere-leaders since 2017-01-15' },
  { name: 'Friedrich Merz', date: '2026-01-01', role: 'German Chancellor', title: /^Chancellor$/, jurisdiction: 'Germany', start: '2025-05-06', src: 'factbook gm.json head of government since 6 May 2025' },
  { name: 'Mahmoud Abbas', date: '2015-03-18', role: 'Palestinian Authority President', id: 'Q127998', title: /^President$/, jurisdiction: 'Palestine', src: 'everywhere-current President of Palestine since 2005-05-08' },
  { name: 'Kurt Volker', date: '2009-01-01', role: 'U.S. ambassador to NATO', id: 'Q6447103', title: /NATO|North Atlantic/, src: 'everywhere-leaders Permanent Representative to NATO 2008-07-02 → 2009-05-15; pocom nato-2008-volk' },
  { name: 'Vitali Klitschko', date: '2023-01-01', role: 'Kyiv mayor', id: 'Q31919', title: /Kyiv/, src: 'tenures Head of Kyiv City since 2014' },
  { name: 'Ron Paul', date: '2010-01-01', role: 'Rep.', title: /^U\.S\. Representative for Texas/, fit: 'possible', src: 'legislators-historical (no term dates): last term rep TX-14' },
  // Namesakes and people the sources do not hold.
  { name: 'Fiona Hill', date: '2017-01-01', role: 'Downing Street chief of staff', id: 'Q25999601', title: /Downing Street Chief of Staff/, src: 'everywhere-leaders United Kingdom 2016-07-14 → 2017-06-09' },
  { name: 'Fiona Hill', date: '2019-11-20', role: 'former White House Russia adviser', id: null, src: 'the NSC Fiona Hill is in no source; the Downing Street one is a namesake' },
  { name: 'Eugene Vindman', date: '2025-06-01', role: 'Rep.', title: /^U\.S\. Representative for Virginia/, src: 'legislators-current: Eugene Simon Vindman, rep VA-7 from 2025-01-03' },
  { name: 'Alexander Vindman', date: '2019-11-20', role: 'Lt. Col.', ctx: ['White', 'House'], id: null, src: 'not in the sources (his twin Eugene is)' },
  { name: 'Martin Meiners', date: '2023-07-13', role: 'Pentagon spokesperson Lieutenant Colonel', id: null, src: 'not in the sources (plum 2025 lists a Regina Meiners)' },
  { name: 'Austin', date: '2023-07-13', role: 'U.S. Defense Secretary', id: 'Q941013', title: /Secretary of Defen[cs]e/, src: 'surname only, singled out by date and role' },
  { name: 'Austin', date: '2023-07-13', role: null, id: null, src: 'surname only without context: no answer' },
];

describe('hand-checked person-date pairs on the committed asset', () => {
  const ds = loadDataset();
  it('the asset loads and is large enough', () => {
    expect(ds).not.toBeNull();
    expect(ds!.size).toBeGreaterThanOrEqual(40000);
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });
  const lookup = ds ? createLookup(ds) : null;
  it.each(ROWS.map((r) => [`${r.name} @ ${r.date}`, r] as const))('%s', (_label, r) => {
    const c = lookup!.lookup({ name: r.name, aliases: [], date: r.date, roleInText: r.role, context: r.ctx ?? [] });
    if (r.id === null) {
      expect(c, r.src).toBeNull();
      return;
    }
    expect(c, r.src).not.toBeNull();
    if (r.id) expect(c!.id, r.src).toBe(r.id);
    const role = c!.roleAtDate;
    if (r.title) expect(role?.title, r.src).toMatch(r.title);
    if (r.jurisdiction) expect(role?.jurisdiction, r.src).toBe(r.jurisdiction);
    if (r.start) expect(role?.start, r.src).toBe(r.start);
    if (r.end) expect(role?.end, r.src).toBe(r.end);
    if (r.endKind) expect(role?.endKind, r.src).toBe(r.endKind);
    if (r.fit) expect(c!.roleAtDateFit, r.src).toBe(r.fit);
    if (r.stillHeld !== undefined) expect(c!.stillHeld, r.src).toBe(r.stillHeld);
    if (r.flag) expect(c!.flags.map((f) => f.label).join(' '), r.src).toMatch(r.flag);
    else expect(c!.flags.filter((f) => f.kind === 'sanctions'), r.src).toEqual([]);
  });
});
