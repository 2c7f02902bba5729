// People detection on invented news sentences: one table per case of the issue.
import { describe, expect, it } from 'vitest';
import { detectPeople, type PeopleResult } from '../../lib/people/detect';
import { storyFromPlainText } from '../../lib/text/story-text';
import type { NameGazetteer } from '../../lib/context';

const run = (text: string, gazetteer: NameGazetteer | null = null): PeopleResult => detectPeople(storyFromPlainText(text), { gazetteer });
const names = (text: string) => run(text).people.map((p) => p.name).sort();
const person = (text: string, name: string) => run(text).people.find((p) => p.name === name);

describe('names after titles and honorifics', () => {
  it.each([
    ['Chinese Defense Minister Li Shangfu has been sanctioned since 2018.', 'Li Shangfu', 'Chinese Defense Minister'],
    ['“The talks lasted an hour,” Pentagon spokesperson Lieutenant Colonel Martin Meiners said.', 'Martin Meiners', 'Pentagon spokesperson Lieutenant Colonel'],
    ['Secretary of State Nora Blenkin traveled to Lima last month.', 'Nora Blenkin', 'Secretary of State'],
    ['Sen. Maria Lopez voted against the bill.', 'Maria Lopez', 'Sen.'],
    ['Rep. Tom Hardwick said the vote would be close.', 'Tom Hardwick', 'Rep.'],
    ['Gen. Anna Kowalski inspected the base on Friday.', 'Anna Kowalski', 'Gen.'],
    ['Lt. Col. Dmitri Sorokin told lawmakers it was his duty.', 'Dmitri Sorokin', 'Lt. Col.'],
    ['The meeting was chaired by Fed Chair Janet Pellman on Wednesday.', 'Janet Pellman', 'Fed Chair'],
    ['“We are ready,” fisheries bureau spokesman Nazario Belmonte said.', 'Nazario Belmonte', 'fisheries bureau spokesman'],
    ['The case was heard by Durban high court judge Sipho Mthembu on Monday.', 'Sipho Mthembu', 'Durban high court judge'],
    ['Another diplomat, former special envoy to Ukraine Kurt Vollmer, changed his account.', 'Kurt Vollmer', 'former special envoy to Ukraine'],
  ])('%s', (text, name, role) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.roleInText).toBe(role);
    expect(p!.official).toBe(true);
  });

  it('keeps the title out of the name and the mention', () => {
    const text = 'U.S. Treasury Secretary Janet Yellow visited Beijing.';
    const p = person(text, 'Janet Yellow')!;
    expect(p.mentions).toHaveLength(1);
    expect(text.slice(p.mentions[0]!.start, p.mentions[0]!.end)).toBe('Janet Yellow');
  });

  it('a titled surname alone is a person: "President Obrek", "Mr. Okafor"', () => {
    expect(names('President Obrek signed the order. Later, Mr. Okafor declined to comment.')).toEqual(['Obrek', 'Okafor']);
    expect(person('President Obrek signed the order.', 'Obrek')!.official).toBe(true);
    expect(person('Mr. Okafor declined to comment.', 'Okafor')!.official).toBe(false);
  });
});

describe('appositives and other role phrases', () => {
  it.each([
    ['Mei Lin, director of the Asia program at the Harbor Institute, said the talks were slow.', 'Mei Lin', 'director of the Asia program at the Harbor Institute', false],
    ['“It was a signal,” said Colin Kale, the Pentagon’s top policy adviser.', 'Colin Kale', 'the Pentagon’s top policy adviser', true],
    ['Yevgen Zorin, 74, a Kyiv resident who saw the attack, said he ran.', 'Yevgen Zorin', 'a Kyiv resident who saw the attack', false],
    ['The damage was confirmed by Mykola Kalenko, who heads the regional administration.', 'Mykola Kalenko', 'who heads the regional administration', true],
    ['Trump said his nominee for commerce secretary, Howard Lutzner, had told him so.', 'Howard Lutzner', 'his nominee for commerce secretary', false],
    ['The UN undersecretary general for legal affairs, Elin Hammarby, told the court on Monday.', 'Elin Hammarby', 'The UN undersecretary general for legal affairs', true],
    ['“Nothing changed,” said Hank Shelton, who was a political advisor to the mayor in Boston but is not working for him now.', 'Hank Shelton', 'a political advisor to the mayor in Boston', false],
    ['State Sen. Michael Dorn (R-Warren) said the speech failed.', 'Michael Dorn', 'State Sen. (R-Warren)', true],
    ['Sen. Elaine Warwick of Massachusetts accused the company of fraud.', 'Elaine Warwick', 'Sen. of Massachusetts', true],
    ['It will call Sarah-Jane Trent, executive director of Voices for Justice (owned by Paul Osullivan), on Tuesday.', 'Paul Osullivan', 'owner of Voices for Justice', false],
    ['Kyiv’s allies, including France’s Emmanuel Macron, condemned the strike.', 'Emmanuel Macron', 'France’s', true],
    ['Palestinian chief negotiator Saeb Erekat said they would act.', 'Saeb Erekat', 'Palestinian chief negotiator', true],
    ['“Parasite” director Bong Joon Ho said backstage that nobody knew.', 'Bong Joon Ho', '“Parasite” director', false],
    ['The campaign did not appeal to Julie Grahame, Washington State Department of Health public information officer, she said.', 'Julie Grahame', 'Washington State Department of Health public information officer', true],
    // the description of the organisation that closes the role goes with it
    ['“It is meant to frighten tourists,” said Lotfi Azzam, Tunisia country director for Amnesty International, a rights group.', 'Lotfi Azzam', 'Tunisia country director for Amnesty International, a rights group', false],
    ['No rain has fallen since 1905, said Scott Strenhold, PG&E’s principal meteorologist.', 'Scott Strenhold', 'PG&E’s principal meteorologist', false],
    ['But Acting U.S. Attorney for the District of Massachusetts Joshua Levine said the case is open.', 'Joshua Levine', 'Acting U.S. Attorney for the District of Massachusetts', true],
    ['“I thought a lot,” Pakistan-based developer Ammar Askari wrote in a blog post.', 'Ammar Askari', 'Pakistan-based developer', false],
    ['“We were there,” said Hayley Walsham, a lecturer from Nottingham.', 'Hayley Walsham', 'a lecturer from Nottingham', false],
    ['“The market is high,” said Rusmik Ozaki, Head of Fundamental Research at Kotak Securities.', 'Rusmik Ozaki', 'Head of Fundamental Research at Kotak Securities', false],
    ['“Buy,” said Juan Perales, senior foreign exchange trader and strategist at Tempus Inc.', 'Juan Perales', 'senior foreign exchange trader and strategist at Tempus Inc', false],
    ['Her co-star Billy Crane won an award last week.', 'Billy Crane', 'Her co-star', false],
    ['Marta Quill — the former mayor of Springfield — said the plan would fail.', 'Marta Quill', 'the former mayor of Springfield', true],
    ['President of the Senate, Bukola Sarani, Senator Dino Melaye and Senator Ben Murray-Bruce have sued the police chief.', 'Bukola Sarani', 'President of the Senate', true],
    ['Rodger Novak, a former industry executive who is now CEO of a gene-editing start-up, said so.', 'Rodger Novak', 'a former industry executive who is now CEO of a gene-editing start-up', false],
  ])('%s', (text, name, role, official) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.roleInText).toBe(role);
    expect(p!.official).toBe(official);
  });

  it('takes the fullest role of the full-name mentions', () => {
    const p = person('Ukraine President Volodymyr Zelenko spoke. President Zelenko later left. Zelenko said more.', 'Volodymyr Zelenko')!;
    expect(p.roleInText).toBe('Ukraine President');
    expect(p.mentions).toHaveLength(3);
  });

  it('an appositive after a possessive belongs to the other noun', () => {
    const p = person('The trial of former president Jacob Zumba’s daughter, an MP, began on Monday.', 'Jacob Zumba')!;
    expect(p.roleInText).toBe('former president');
  });
});

describe('name shapes', () => {
  it.each([
    ['initials', 'J.D. Vantage said he would run again.', 'J.D. Vantage'],
    ['middle initial', '“The perceived enmity hurt,” said Robert M. Danforth, a senior fellow at a think tank.', 'Robert M. Danforth'],
    ['two initials', 'President George H.W. Bashford held back loan guarantees.', 'George H.W. Bashford'],
    ['particles van der', 'Pieter van der Berg, a Dutch diplomat, met the delegation.', 'Pieter van der Berg'],
    ['particles de la', 'Carla de la Cruz, a lawyer, said the ruling was wrong.', 'Carla de la Cruz'],
    ['particle von', 'Commission President Ursula von der Leyen arrived.', 'Ursula von der Leyen'],
    ['bin', 'Crown Prince Mohammed bin Salman met the envoy.', 'Mohammed bin Salman'],
    ['al- prefix', 'Foreign Minister Omar al-Rashid spoke first.', 'Omar al-Rashid'],
    ['hyphenated Korean given name', 'Justice Minister Han Dong-hoon resigned.', 'Han Dong-hoon'],
    ['hyphenated surname', 'Duduzile Zumba-Sambudla pleaded not guilty. “I am innocent,” Zumba-Sambudla said.', 'Duduzile Zumba-Sambudla'],
    ['hyphenated given name', 'Sarah-Jane Trent, executive director of the group, said so.', 'Sarah-Jane Trent'],
    ['apostrophe', 'Liam O’Rourke, a county commissioner, said he would not run.', 'Liam O’Rourke'],
    ['straight apostrophe', "Mayor Sean O'Malley said the city was ready.", "Sean O'Malley"],
    ['diacritics', 'José Núñez, 61, said the market burned.', 'José Núñez'],
    ['diacritics, surname mention', '“It is clear,” said Elinor Hammarskjöld. Hammarskjöld added more.', 'Elinor Hammarskjöld'],
    ['possessive stripped', 'Beijing snubbed U.S. Defense Secretary Lloyd Austin’s efforts.', 'Lloyd Austin'],
    ['surname-first Chinese name', 'Lu Jianwang and Chen Jinping were charged on Monday.', 'Lu Jianwang'],
    ['soft hyphen inside a name', 'Aside from Russian President Vladi\u00admir Putin, few leaders object.', 'Vladimir Putin'],
  ])('%s: %s', (_case, text, name) => {
    expect(names(text)).toContain(name);
  });

  it('a possessive mention covers the name only', () => {
    const text = 'Officials met Defense Secretary Lloyd Austin’s aides.';
    const p = person(text, 'Lloyd Austin')!;
    expect(text.slice(p.mentions[0]!.start, p.mentions[0]!.end)).toBe('Lloyd Austin');
  });
});

describe('not people', () => {
  it.each([
    ['organisation with Center', 'Yun Sun works at the Stimson Center in Washington, the Stimson Center said.', ['Yun Sun']],
    ['the Pentagon', 'The Pentagon said the talks would resume. A Pentagon statement followed.', []],
    ['a building named after a person', 'Protesters gathered outside Trump Tower on Sunday.', []],
    ['a city and state', 'The company moved to Austin, Texas, last year.', []],
    ['sentence-initial capitals', 'Fresh economic forecasts showed growth. Police Department buildings were damaged.', []],
    ['months and days', 'On Wednesday Sunday Times readers voted. In March June Hollis arrived.', []],
    ['a headline in title case', 'Storm Hits Coastal Towns Overnight\n\nThe storm hit overnight, officials said.', []],
    ['quoted work titles', 'The film “Once Upon A Time in Hollywood” and “Marriage Story” won prizes.', []],
    ['a nickname in quotes', 'He calls the rival “Mini Mike” in every speech.', []],
    ['place names', 'Missiles struck the city of Bila Tserkva and the Gaza Strip.', []],
    ['a vessel with an appositive', 'The coast guard said the BRP Datu Cabaylo, a civilian patrol vessel, was hit. The Datu Cabaylo sailed on.', []],
    ['a team with a plural who-clause', 'The Los Angeles Lakers, who have won 12 of 13, beat the Thunder. The Lakers said so.', []],
    ['nationality words', 'Arab Israeli voters and Chinese Americans turned out.', []],
    ['a title without a name', 'The Palestinian Ambassador to the Netherlands spoke. The High Commissioner for Human Rights said so.', []],
    ['hyphenated compounds', 'Russian-occupied Crimea and Kremlin-installed authorities were hit.', []],
    ['the pronoun I before a capital', 'We both survived, she and I. My apartment was destroyed.', []],
    ['credit lines', 'The bank raised rates.\n\nReporting by Howard Schnell; Editing by David Chancey and Paul Simmo', []],
    ['contributor lines', 'The bank raised rates.\n\nAssociated Press writers Alan Frame and Zeke Millar contributed to this report.', []],
    ['author bio', 'The bank raised rates, officials said.\n\nSteven Mufford covers the White House. Since joining The Post, he has covered economics.', []],
  ])('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('coreference', () => {
  it('links surname, first-name and titled mentions to the full name', () => {
    const text = 'Yun Sun, director of the China program at a think tank, said it was unusual. “It is rare,” Sun said. Later Yun added a remark, and Ms. Sun left.';
    const r = run(text);
    expect(r.people.map((p) => p.name)).toEqual(['Yun Sun']);
    expect(r.people[0]!.mentions.map((m) => m.text)).toEqual(['Yun Sun', 'Sun', 'Yun', 'Sun']);
  });

  it('links a surname that is also a city to the person, but not "Austin, Texas"', () => {
    const text = 'U.S. Defense Secretary Lloyd Austin arrived. Beijing refused to meet Austin. He later flew to Austin, Texas.';
    const p = person(text, 'Lloyd Austin')!;
    expect(p.mentions.map((m) => m.text)).toEqual(['Lloyd Austin', 'Austin']);
  });

  it('surname-first names answer to their first word, inside hyphenated compounds too', () => {
    const text = 'Chinese Defense Minister Li Shangfu was sanctioned. Sun said Beijing wanted a meeting with Lloyd Austin first. “The Li-Austin meeting matters,” she said. Li did not comment.';
    const r = run(text);
    const li = r.people.find((p) => p.name === 'Li Shangfu')!;
    const austin = r.people.find((p) => p.name === 'Lloyd Austin')!;
    expect(li.mentions.map((m) => m.text)).toEqual(['Li Shangfu', 'Li', 'Li']);
    expect(austin.mentions.map((m) => m.text)).toEqual(['Lloyd Austin', 'Austin']);
    expect(text.slice(li.mentions[1]!.start, li.mentions[1]!.end + 7)).toBe('Li-Austin');
  });

  it('Korean, Vietnamese and Hungarian-order names link by family name', () => {
    const r = run('Justice Minister Han Dong-hoon resigned. Nguyen Van Thanh, a trade official, said he agreed with Han. Nguyen left. Orban Viktor, a lawmaker, arrived. Orban spoke.');
    const by = (n: string) => r.people.find((p) => p.name === n)!;
    expect(by('Han Dong-hoon').mentions).toHaveLength(2);
    expect(by('Nguyen Van Thanh').mentions).toHaveLength(2);
    expect(by('Orban Viktor').mentions).toHaveLength(2);
  });

  it('two people sharing a surname stay apart', () => {
    const text = 'Doherty backed U.S. Rep. Ron Pauling in 2008. Pauling’s son, U.S. Sen. Rand Pauling of Kentucky, may run. Rand Pauling said no.';
    const r = run(text);
    const ron = r.people.find((p) => p.name === 'Ron Pauling')!;
    const rand = r.people.find((p) => p.name === 'Rand Pauling')!;
    expect(ron.mentions.map((m) => m.text)).toEqual(['Ron Pauling', 'Pauling']);
    expect(rand.mentions.map((m) => m.text)).toEqual(['Rand Pauling', 'Rand Pauling']);
    expect(rand.roleInText).toBe('U.S. Sen. of Kentucky');
  });

  it('a shortened full name joins the fuller one ("Michael Bloomfield" ~ "Michael R. Bloomfield")', () => {
    const r = run('Billionaire Michael R. Bloomfield spoke. Critics quoted “The Wit and Wisdom of Michael Bloomfield.” Bloomfield denied it.');
    expect(r.people.map((p) => p.name)).toEqual(['Michael R. Bloomfield']);
    expect(r.people[0]!.mentions).toHaveLength(3);
  });

  it('a surname with a particle answers alone ("De Nardo")', () => {
    const r = run('The cast includes Robert De Nardo and Al Pacetti. De Nardo, whose role was cut, spoke.');
    expect(r.people.map((p) => p.name)).toEqual(['Robert De Nardo', 'Al Pacetti']);
    expect(r.people[0]!.mentions).toHaveLength(2);
  });

  it('a coordinated given name shares the family name ("Bill and Hillary Clinton")', () => {
    const r = run('“It is a risk,” said Paul Begala, a longtime advisor to Bill and Hillary Clinton.');
    expect(r.people.map((p) => p.name).sort()).toEqual(['Bill Clinton', 'Hillary Clinton', 'Paul Begala']);
  });

  it('a titled surname spelled a little differently joins the person ("President Zelensky")', () => {
    const r = run('Ukraine President Volodymyr Zelenskiy spoke. “President Zelensky will do it,” Holmes testified.');
    expect(r.people.map((p) => p.name)).toEqual(['Volodymyr Zelenskiy']);
    expect(r.people[0]!.mentions).toHaveLength(2);
  });

  it('personAt and resolveName answer for every mention', () => {
    const text = 'Chinese Ambassador Xie Feng met Ely Ratner, an assistant secretary of defense. Xie said the talks went well.';
    const r = run(text);
    const xie = r.people.find((p) => p.name === 'Xie Feng')!;
    for (const m of xie.mentions) {
      expect(r.personAt(m.start)).toBe(xie);
      expect(r.personAt(m.end - 1)).toBe(xie);
    }
    expect(r.personAt(0)).toBeNull();
    expect(r.resolveName('Xie', text.length)).toBe(xie);
    expect(r.resolveName('Mr. Xie', 0)).toBe(xie);
    expect(r.resolveName('Xie Feng', 0)).toBe(xie);
    expect(r.resolveName('Ratner', 0)?.name).toBe('Ely Ratner');
    expect(r.resolveName('Nobody', 0)).toBeNull();
  });
});

describe('official', () => {
  it.each([
    ['Israeli Prime Minister Benjamin Netanel said so.', 'Benjamin Netanel', true],
    ['“It is over,” said Avi Bellman, senior fellow at the right-wing Kohelet Forum in Israel.', 'Avi Bellman', false],
    ['“Rates will rise,” said Aaron Kohl, interest rate strategist at BMO Capital Markets.', 'Aaron Kohl', false],
    ['“No,” said Martin Indra, executive vice president of the Brookings Institution and a former U.S. ambassador to Israel.', 'Martin Indra', true],
    ['Joshua Simms, a lawyer for the US State Department, argued there was no requirement.', 'Joshua Simms', true],
    ['The plan was led by the president’s lawyer Rudy Gianni.', 'Rudy Gianni', false],
    ['Nokukhanya Jelani, President Cyril Ramos’s special adviser on legal affairs, argued the case.', 'Nokukhanya Jelani', true],
    ['Requests were made, led by chairman Mike Gallant, R-Wis., to the bureau.', 'Mike Gallant', true],
    ['Trump’s nominee for trade representative, Jamie Greerson, was not confirmed.', 'Jamie Greerson', false],
    ['“It was terrible,” said Kyiv resident Svitlana Onofrienko, 55.', 'Svitlana Onofrienko', false],
    ['Kaja Kallberg, the European Union’s foreign policy chief, said ministers would meet.', 'Kaja Kallberg', true],
    ['The first witness was Hawks head Major-Gen Gopaul Govindan, who led the inquiry.', 'Gopaul Govindan', true],
    ['Earlier, state advocate Yuri Gangadeen said the case was strong.', 'Yuri Gangadeen', true],
    ['“We will see,” said her advocate Dali Mpofana.', 'Dali Mpofana', false],
    ['The BBC’s North America editor Jon Sopwith said the president was calm.', 'Jon Sopwith', false],
  ])('%s', (text, name, official) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.official).toBe(official);
  });
});

describe('gazetteer', () => {
  const text = 'The delegation included Zorvan Quell on Tuesday.';
  it('is not needed for well-attested names, and alone turns a bare capitalised pair into a person', () => {
    expect(names(text)).toEqual([]);
    const gz: NameGazetteer = { hasName: (n) => n === 'Zorvan Quell' };
    expect(run(text, gz).people.map((p) => p.name)).toEqual(['Zorvan Quell']);
  });
});
