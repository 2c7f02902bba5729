// People detection: patterns of English news writing that the first version missed. Invented sentences.
import { describe, expect, it } from 'vitest';
import { detectPeople, type PeopleResult } from '../../lib/people/detect';
import { storyFromPlainText } from '../../lib/text/story-text';

const run = (text: string): PeopleResult => detectPeople(storyFromPlainText(text));
const names = (text: string) => run(text).people.map((p) => p.name).sort();
const person = (text: string, name: string) => run(text).people.find((p) => p.name === name);

describe('nicknames inside names', () => {
  it.each([
    ['Walter “Bulldog” Pemberton, 68, a retired fire captain, led the parade.', 'Walter Pemberton', 'Walter “Bulldog” Pemberton'],
    ['The award went to guard Tamsin "Tee" Oduya, who scored 30.', 'Tamsin Oduya', 'Tamsin "Tee" Oduya'],
    ['Sergeant Nikolai ‘Nik’ Brandauer said little.', 'Nikolai Brandauer', 'Nikolai ‘Nik’ Brandauer'],
  ])('%s', (text, name, mention) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.mentions[0]!.text).toBe(mention);
  });

  it('the nickname alone later refers to the person, the surname too', () => {
    const text = 'Walter “Bulldog” Pemberton, 68, led the parade. “Bulldog never stops,” a neighbour said. Pemberton waved.';
    const r = run(text);
    expect(r.people.map((p) => p.name)).toEqual(['Walter Pemberton']);
    expect(r.people[0]!.mentions.map((m) => m.text)).toEqual(['Walter “Bulldog” Pemberton', 'Bulldog', 'Pemberton']);
  });

  it('a quoted title between two names is not a nickname', () => {
    const r = run('Director Ana Lutz screened “Night Harbor” Tuesday for critics.');
    expect(r.people.map((p) => p.name)).toEqual(['Ana Lutz']);
  });
});

describe('titles', () => {
  it.each([
    ['Cllr Deborah Ainsworth-Pike, who chairs the council’s housing committee, said no.', 'Deborah Ainsworth-Pike', true],
    ['Petty Officer Samuel Okoro died in 2011.', 'Samuel Okoro', true],
    ['Warrant Officer Ines Calder gave evidence.', 'Ines Calder', true],
    ['“We will vote no,” said Rep. Bill Tennant, R-Okla.', 'Bill Tennant', true],
    ['Superintendent Dr. Lorna Beech presented the plan.', 'Lorna Beech', true],
  ])('%s', (text, name, official) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.official).toBe(official);
    expect(p!.roleInText).not.toMatch(/^(?:Dr|Mr|Mrs|Ms)\.?$|\s(?:Dr|Mr|Mrs|Ms)\.?$/);
  });

  it('a trailing courtesy title is not part of the role', () => {
    expect(person('Superintendent Dr. Lorna Beech presented the plan.', 'Lorna Beech')!.roleInText).toBe('Superintendent');
  });

  it('a party tag after a comma at the end of the sentence is read', () => {
    expect(person('“We will vote no,” said Rep. Bill Tennant, R-Okla.', 'Bill Tennant')!.roleInText).toBe('Rep., R-Okla.');
  });
});

describe('places are not people', () => {
  it.each([
    ['Most commuters to Lower Manhattan arrive by train. Manhattan traffic is lighter, and Manhattan shops are busier.'],
    ['Residents of Upper Darby voted. Darby was quiet and Darby shops were shut.'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('role phrases', () => {
  it.each([
    // appositives whose head is not in the word lists
    ['Tobias Wren, the chief theatre critic of the Lakeside Courier, called it a triumph.', 'Tobias Wren', 'the chief theatre critic of the Lakeside Courier', false],
    ['Nadia Ferro, a plasterer from Brookfield who works in the city three days a week, told me the toll hurts.', 'Nadia Ferro', 'a plasterer from Brookfield who works in the city three days a week', false],
    ['Jonah Pell, 17, a sophomore at Eastfield High School, told the board he was worried.', 'Jonah Pell', 'a sophomore at Eastfield High School', false],
    ['Odette Vance, now 80, a retired fire captain who led the rescue, said little.', 'Odette Vance', 'a retired fire captain who led the rescue', true],
    // a place with its state or country inside the phrase
    ['“It is faster,” said Hal Prentiss, who has driven a school bus from Camden, N.J., for nine years.', 'Hal Prentiss', 'who has driven a school bus from Camden, N.J., for nine years', false],
    ['Gil Moreau, a geologist with the Geological Survey in St. Paul, said the ground moved.', 'Gil Moreau', 'a geologist with the Geological Survey in St. Paul', false],
    // a title phrase is preferred to a who-clause that describes an act
    ['Governor Ted Armitage, who promised to cut taxes, may yet veto it.', 'Ted Armitage', 'Governor', true],
    ['The book is by Sen. Mara Quell, who spent a decade on it.', 'Mara Quell', 'Sen.', true],
    // … while a private person's description goes on into it
    ['“It burned,” said Kyiv resident Olha Marchenko, 55, who had worked at the market for years.', 'Olha Marchenko', 'Kyiv resident, who had worked at the market for years', false],
    ['The league leader was forward Dana Whitt.', 'Dana Whitt', 'forward', false],
    // a clause after an adverbial is no description
    ['Partly because of Ray Kessing, the Fed sees three rate hikes this year.', 'Ray Kessing', null, false],
    ['The company’s only officer was Hale’s brother-in-law, Ron Baxley, who pleaded guilty last year.', 'Ron Baxley', 'Hale’s brother-in-law', false],
    // ... but a who-clause that gives a post is kept with the title
    ['Cllr Martha Gale, who chairs the council’s planning committee, said no.', 'Martha Gale', 'Cllr, who chairs the council’s planning committee', true],
    // a gerund after a preposition inside an appositive before the name
    ['Peru’s deputy minister of mining, Rosa Quispe, struck a similar note.', 'Rosa Quispe', 'Peru’s deputy minister of mining', true],
    // a role phrase set off before a titled name
    ['“It is time,” said the bill’s lead sponsor, Sen. Ada Mertz (D-Ore.), whose state was hit.', 'Ada Mertz', 'the bill’s lead sponsor, Sen. (D-Ore.)', true],
    // an organisation after a titled name
    ['Fire Chief Omar Dunning of the Westvale Volunteer Fire Department said crews were out.', 'Omar Dunning', 'Fire Chief of the Westvale Volunteer Fire Department', true],
    // a title with its portfolio coordinated by "and"
    ['The plan was drawn up by Parks and Recreation Director Lou Brandt.', 'Lou Brandt', 'Parks and Recreation Director', true],
    // the second appositive describes the organisation of the first
    ['“It will hurt,” said Rhea Collins, the president of the Widget Makers Guild, a trade group whose members build most widgets.', 'Rhea Collins', 'the president of the Widget Makers Guild, a trade group whose members build most widgets', false],
    // the role is in the predicate of the sentence that introduces the name
    ['Anton Beltrami is a marine biologist at the Coastal Research Station in Maine. He dives daily.', 'Anton Beltrami', 'a marine biologist at the Coastal Research Station in Maine', false],
    ['Talulah Moana directs fisheries policy at Fiji’s agriculture ministry. Moana spoke first.', 'Talulah Moana', 'directs fisheries policy at Fiji’s agriculture ministry', true],
    ['Brennan Oakes runs a charter boat company out of Key West, Florida. Oakes has seen it all.', 'Brennan Oakes', 'runs a charter boat company out of Key West, Florida', false],
  ] as [string, string, string | null, boolean][])('%s', (text, name, role, official) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.roleInText).toBe(role);
    expect(p!.official).toBe(official);
  });

  it('a title shared by coordinated names goes to each of them', () => {
    const r = run('Council members Ivy Brennan and Omar Latif voted no. Brennan said so.');
    for (const n of ['Ivy Brennan', 'Omar Latif']) {
      const p = r.people.find((x) => x.name === n)!;
      expect(p, n).toBeDefined();
      expect(p.roleInText).toBe('Council members');
      expect(p.official).toBe(true);
    }
  });

  it('a single given name in a kinship appositive is a person', () => {
    const r = run('Among those who spoke were Dana and Luke Ferris, whose son, Milo, died in 2022.');
    const milo = r.people.find((p) => p.name === 'Milo');
    expect(milo, r.people.map((p) => p.name).join(', ')).toBeDefined();
    expect(milo!.roleInText).toBe('son');
  });

  it('an appositive opened by an article and followed by a reporting verb is evidence of a person', () => {
    expect(names('Several students spoke. Quill Ashgrove, a junior at Northside High, said the rule was unfair.')).toEqual(['Quill Ashgrove']);
  });
});

describe('official by the body the role names', () => {
  it.each([
    ['Assistant U.S. Attorney Ray Dolan asked for ten years.', 'Ray Dolan', true],
    ['Marlow County Emergency Management Director Jo Pratt gave the update.', 'Jo Pratt', true],
    ['Borough Manager Kent Ruiz said bids would go out.', 'Kent Ruiz', true],
    ['Ian Fox, a hydrologist with the National Weather Service, said the river would fall.', 'Ian Fox', true],
    ['Ian Fox, a hydrologist with the Ridgeway Institute, said the river would fall.', 'Ian Fox', false],
    // "the board", "the trust": the organisation the story named before
    ['The Eastbrook Unified School District board delayed the vote. Board member Paula Reyes asked about cost.', 'Paula Reyes', true],
    ['The review criticised Westmoor NHS Foundation Trust. The trust’s chief executive, Alan Pike, apologised.', 'Alan Pike', true],
    ['Acme Widgets Inc. will cut jobs. The company’s chief executive, Alan Pike, apologised.', 'Alan Pike', false],
    ['The Harbor Arts Foundation board met. Board member Paula Reyes asked about cost.', 'Paula Reyes', false],
  ])('%s', (text, name, official) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.official).toBe(official);
  });
});

describe('verbs are not role modifiers', () => {
  it('“She then found forward X”: the role is the position only', () => {
    const r = run('Kara Voss scored twice. She then found forward Lena Moritz for a layup. Moritz scored.');
    expect(r.people.find((p) => p.name === 'Lena Moritz')?.roleInText).toBe('forward');
  });
});

describe('false roles and officials found on real pages (invented here)', () => {
  it('a list after a name is no appositive', () => {
    expect(person('A row involving Dana Moyer, her former label and a couple of big name politicians looks like it is ending.', 'Dana Moyer')?.roleInText ?? null).toBeNull();
  });

  it('an irregular past verb before a title is not part of it', () => {
    expect(person('Leeds have sent striker Ollie Brandt to Spain for treatment.', 'Ollie Brandt')!.roleInText).toBe('striker');
  });

  it('a person’s own appositive beats a plural title shared with others', () => {
    const r = run('Last month, biologists Hanna Lind and Mara Oyelowo won the prize. Lind, a structural biologist at Lakeside University, spoke first.');
    expect(r.people.find((p) => p.name === 'Hanna Lind')!.roleInText).toBe('a structural biologist at Lakeside University');
  });

  it('a union leader is not an official, whatever state he is from', () => {
    const p = person('Trump attacked Ray Dutton on Twitter. Dutton is an Indiana steel union leader who disputed the jobs figure.', 'Ray Dutton');
    expect(p?.official).toBe(false);
  });
});

describe('more title and appositive shapes', () => {
  it('“New York City Mayor X”: the whole title', () => {
    expect(person('New York City Mayor Eli Brandauer said the island would be used.', 'Eli Brandauer')!.roleInText).toBe('New York City Mayor');
  });

  it('“X, now a professor at …”', () => {
    expect(person('“It is exaggerated,” says Ines Marchetti, now a professor at the Helmholtz Centre in Germany.', 'Ines Marchetti')!.roleInText).toBe('a professor at the Helmholtz Centre in Germany');
  });
});

describe('quotation bylines', () => {
  it('“…” ― Name: the name after the dash is a person', () => {
    expect(names('“He represents our greatest shame.” ― Marisol Quenteras\n\n“We are not afraid.” ― Tobin Achterhof')).toEqual(['Marisol Quenteras', 'Tobin Achterhof']);
  });
});

describe('officials: bodies named in the role', () => {
  it.each([
    ['“Be provocative,” said Jed Sanford, president of Chapter & Verse, an ad agency.', 'Jed Sanford', false],
    ['“The state has the money,” said Indiana State Teachers Association President Kent Gamble.', 'Kent Gamble', false],
    ['The goal came from England captain Harry Kline in the 80th minute.', 'Harry Kline', false],
    ['Dan Scully, a scholar at a think tank, spoke. Scully, who consults with administration officials, said no.', 'Dan Scully', false],
    ['The talks were led by President of Iran Hamid Rostami on Monday.', 'Hamid Rostami', true],
    ['The letter was signed by Army Captain Lena Ward.', 'Lena Ward', true],
  ])('%s', (text, name, official) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.official).toBe(official);
  });
});

describe('officials: who-clauses', () => {
  it.each([
    ['Jerome Hurst, who replaced Karl Wenz as chancellor shortly afterwards, spoke.', 'Jerome Hurst', true],
    ['Jason Bassey, who advises Attorney-General Gail Brandt on security, said so.', 'Jason Bassey', true],
    ['Jason Bassey, who advises the company on tax, said so.', 'Jason Bassey', false],
  ])('%s', (text, name, official) => {
    expect(person(text, name)?.official).toBe(official);
  });
});

describe('officials: coordinated posts and school titles', () => {
  it.each([
    ['“We can meet it,” said Ken Lowell, Vizio’s co-founder and vice president.', 'Ken Lowell', false],
    ['Interim Supt. Ramona Cortez closed the schools.', 'Ramona Cortez', true],
  ])('%s', (text, name, official) => {
    expect(person(text, name)?.official).toBe(official);
  });

  it('“LAPD Asst. Chief X”: the abbreviation stays in the title', () => {
    expect(person('The call included LAPD Asst. Chief Earl Pace, according to interviews.', 'Earl Pace')!.roleInText).toBe('LAPD Asst. Chief');
  });
});

describe('captions and whose-clauses', () => {
  it('the photographer of a caption is not a person of the story', () => {
    expect(names('Nia Brooks, 15, lands a jump on Monday. (Gazette photo by Tom Rusk)\n\nNia Brooks said the park was overdue.')).toEqual(['Nia Brooks']);
  });

  it('a whose-clause is a role', () => {
    expect(person('Parents were divided. Greg Hallett, whose two children attend Lincoln, said he worried.', 'Greg Hallett')!.roleInText).toBe('whose two children attend Lincoln');
  });
});

describe('given names that are also function words', () => {
  it('“Will Moy, chief executive of …”: a two-word name opened by “Will” before an appositive', () => {
    const p = person('“It was wrong,” Will Moy, chief executive of a fact-checking charity, told the BBC. Moy said more.', 'Will Moy');
    expect(p).toBeDefined();
    expect(p!.roleInText).toBe('chief executive of a fact-checking charity');
    expect(p!.mentions.map((m) => m.text)).toEqual(['Will Moy', 'Moy']);
  });

  it('“Will” opening a question is not a name: “Will Parliament agree?”', () => {
    expect(names('Will Parliament agree to the plan, or will it delay? Nobody knows.')).toEqual([]);
  });
});

describe('officials of public and intergovernmental bodies', () => {
  it.each([
    ['Professor Dana Oyelaran, Chief Executive Officer of the Port Authority of Kingsport, said the port was ready.', 'Dana Oyelaran', true],
    ['Ramona Achterberg, the Chief Education Officer, agreed with the plan.', 'Ramona Achterberg', true],
    ['Anton Beste, the Acting Chief Medical Officer, spoke next.', 'Anton Beste', true],
    ['IMF chief economist Pierre Gourlay said growth would slow.', 'Pierre Gourlay', true],
    ['Goldman Sachs chief economist Jan Hatzler said growth would slow.', 'Jan Hatzler', false],
    ['Mara Quist, chief executive of Quist Foods, said sales were up.', 'Mara Quist', false],
    ['Dr. Lena Ortiz, the company’s chief medical officer, said the trial went well.', 'Lena Ortiz', false],
    // an occupation of a level of government is a public post; a company's or a school's is not
    ['Arnel Dalisay, the district engineer, inspected the dike.', 'Arnel Dalisay', true],
    ['State epidemiologist Karen Voss said cases were falling.', 'Karen Voss', true],
    ['Tom Berner, a software engineer, said the app was slow.', 'Tom Berner', false],
    ['Ruth Calder, a county resident, said the road was unsafe.', 'Ruth Calder', false],
    // a supporters' group of a public body is no public body
    ['Karen Hill, president of Friends of the Riverside Public Library, said the cuts hurt.', 'Karen Hill', false],
    ['Jo Mondale, director of the Riverside Public Library, said the cuts hurt.', 'Jo Mondale', true],
  ])('%s', (text, name, official) => {
    const p = person(text, name);
    expect(p, `people: ${names(text).join(', ')}`).toBeDefined();
    expect(p!.official).toBe(official);
  });
});

describe('a bare spokesperson speaks for the body the sentences around name', () => {
  it('a company’s: not official', () => {
    const p = person('Evergy, the utility, said it was reviewing the order. “We will work with the commission,” spokeswoman Gina Penzig said in an email.', 'Gina Penzig');
    expect(p!.official).toBe(false);
  });
  it('a public body’s, or none named: official', () => {
    expect(person('The Pentagon said on Monday the drills would continue. “We remain ready,” spokeswoman Jane Roe said.', 'Jane Roe')!.official).toBe(true);
    expect(person('The plan will be reviewed, spokesman Tom Bell said.', 'Tom Bell')!.official).toBe(true);
  });
});
