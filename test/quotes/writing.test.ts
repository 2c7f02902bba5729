// Quotes: kinds of news writing the first sets did not have (a post named after the quote, pull quotes,
// reported speech before a pronoun, chants, non-English words). Invented sentences.
import { describe, expect, it } from 'vitest';
import { quotesOf, quoteWith } from './helpers';

describe('speakers named after their words', () => {
  it('a post in the lead that the next paragraph names', () => {
    const r = quotesOf(
      'LIMA, June 3 – Peru signed a mining accord on Tuesday, a deal the country’s deputy energy minister described as “a new chapter” for the region.\n\n' +
        'The accord, signed in Lima by Deputy Minister of Energy and Mines Rosa Quispe Mamani and a visiting delegation, covers copper.',
    );
    expect(quoteWith(r, 'a new chapter').speaker).toBe('Rosa Quispe Mamani');
  });
});

describe('pronouns after reported speech', () => {
  it('“X said Y would …” then “…,” he said: the one who said it, not the subject of what was said', () => {
    const r = quotesOf('Coach Aldo Ferraz praised the squad.\n\nFerraz said Tatu would start on Saturday. “If his knee is fine, he plays,” he said.', [
      { name: 'Aldo Ferraz', forms: ['Aldo Ferraz', 'Ferraz'] },
      { name: 'Tatu' },
    ]);
    expect(quoteWith(r, 'he plays').speaker).toBe('Aldo Ferraz');
  });
});

describe('pull quotes and captions', () => {
  it('a paragraph repeating part of a quotation is a pull quote, kept once', () => {
    const r = quotesOf(
      '“The reef was a forest when I was a boy. For me it is a question of grief, not science,” Ned Harlow says.\n\n“For me it is a question of grief, not science.”\n\nHarlow still dives every week.',
    );
    expect(r.quotes.map((q) => q.text)).toEqual(['The reef was a forest when I was a boy. For me it is a question of grief, not science,']);
  });

  it('a short pull quote of a few words repeating a quotation is kept once, with the body’s speaker', () => {
    const r = quotesOf(
      'The chief executive, Lena Marsh, said the sale was the only way. “We had no other buyer,” Marsh said.\n\n“Not for sale.”\n\nThe union disagreed. “Not for sale,” Tomas Brandl said, holding up a sign.',
    );
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We had no other buyer,', 'Lena Marsh'],
      ['Not for sale,', 'Tomas Brandl'],
    ]);
  });

  it('a short quotation alone in a paragraph that repeats nothing stays', () => {
    const r = quotesOf('Ana Ruiz read the letter twice. “It is final,” she said.\n\n“We will not sell.”\n\nShe tore it up.');
    expect(r.quotes.map((q) => q.text)).toEqual(['It is final,', 'We will not sell.']);
  });

  it('a quotation in a caption credited “(Courtesy of …)” is not the story’s', () => {
    const r = quotesOf('Rosa Diaz at the station in 1985. “Radio is a porch,” she liked to say. (Courtesy of the Diaz family)\n\nRosa Diaz, who founded the station, died Saturday. She was 88.');
    expect(r.quotes).toEqual([]);
  });
});

describe('speakers after a school title or an honorific', () => {
  it.each([
    ['“We need the late bus back,” said Principal Marisol Okafor.', 'We need', 'Marisol Okafor'],
    ['“It helps,” Sophomore Kayla Brandt said.', 'It helps', 'Kayla Brandt'],
    ['“The road is gone,” said Hilltop Ward MCA Peter Mwangi Kamau.', 'The road', 'Peter Mwangi Kamau'],
    ['Cr Linda Papadakis spoke first. “We will fix it,” Cr Papadakis said.', 'We will', 'Linda Papadakis'],
  ])('%s', (text, fragment, speaker) => {
    expect(quoteWith(quotesOf(text), fragment).speaker).toBe(speaker);
  });
});

describe('speakers named by the first of two family names', () => {
  it('“…,” Iturra said, after "Tomás Iturra Vial"', () => {
    const r = quotesOf('The regional delegate, Tomás Iturra Vial, disagreed. “The trucks are coming,” Iturra said.\n\nRosa Elena Cárdenas Ortiz runs the water board. Cárdenas said the well had failed. “We have nothing,” she said.');
    expect(quoteWith(r, 'The trucks').speaker).toBe('Tomás Iturra Vial');
    expect(quoteWith(r, 'We have nothing').speaker).toBe('Rosa Elena Cárdenas Ortiz');
  });
});

describe('a relative with the same family name', () => {
  it('“…,” she says after the bare family name goes to the subject, not her late husband', () => {
    const r = quotesOf('Margit Ebersberger runs the mill outside town.\n\nHer late husband, Anton Ebersberger, built it in 1970.\n\nEbersberger still opens it at six. “The river decides,” she says.');
    expect(quoteWith(r, 'The river').speaker).toBe('Margit Ebersberger');
  });
});

describe('a speaker described at the quotation and named afterwards', () => {
  it('“…,” says the woman across the table … The woman, NAME, 66,', () => {
    const r = quotesOf('On a Monday night, a retired nurse holds up a card and waits.\n\n“Bough,” says the woman across the kitchen table. “No. Bow?” She laughs.\n\nThe woman, Irene Tallchief, 66, a former welder from Harlowton, has been coming for a year.');
    expect(quoteWith(r, 'Bough').speaker).toBe('Irene Tallchief');
    expect(quoteWith(r, 'No. Bow?').speaker).toBe('Irene Tallchief');
  });

  it('no name given with the same description: the speaker stays unnamed', () => {
    const r = quotesOf('“Move along,” says the guard at the gate.\n\nThe gate, built in 1910, is locked at night. Ruth Amsel, a neighbour, said it was always so.');
    expect(quoteWith(r, 'Move along').speaker).toBeNull();
  });
});

describe('a person quoted under another name of theirs', () => {
  it('a stage name and the legal name given with "born"', () => {
    const r = quotesOf('Singer Juniper Vale has cancelled her show. Vale, born Jennifer Ann Valenzuela in Tucson, wrote the song in 2019.\n\n“I am sorry,” Valenzuela said.');
    expect(quoteWith(r, 'I am sorry').speaker).toBe('Juniper Vale');
  });

  it('“Don” and the given name', () => {
    const r = quotesOf('Efraín Olivares, 81, worked in the valley for 40 years.\n\n“It always came back,” Don Efraín said.');
    expect(quoteWith(r, 'It always').speaker).toBe('Efraín Olivares');
  });
});

describe('speakers of partial quotations and anaphors', () => {
  it('“the 45-year-old said” is the person the story gave that age', () => {
    const r = quotesOf('Hana Kobel, 45, runs the ferry across the sound.\n\n“We sail every day unless the ice is too thick,” the 45-year-old said.');
    expect(quoteWith(r, 'We sail').speaker).toBe('Hana Kobel');
  });

  it('a partial quotation after a participle of telling: the subject of the clause', () => {
    const r = quotesOf('Marta Ruiz addressed the crowd on Tuesday, telling them that she “will not defend this decision to anyone.”');
    expect(quoteWith(r, 'will not defend').speaker).toBe('Marta Ruiz');
  });

  it('a role noun before the name opens the subject', () => {
    const r = quotesOf('Labor backbencher Greta Moss has broken ranks with the government, telling a packed meeting that she “won’t stand up and defend” the cut.');
    expect(quoteWith(r, 'stand up').speaker).toBe('Greta Moss');
  });
});

describe('“the firm said” after a company set in apposition', () => {
  it('“the contractor, NAME,” … the firm said it “…”', () => {
    const r = quotesOf('Work stopped after the contractor, Hollins Civil, pulled its crew off the site.\n\nIn a statement sent on Wednesday, the firm said it “remains ready to return as soon as it is paid in full.”');
    expect(quoteWith(r, 'remains ready').speaker).toBe('Hollins Civil');
  });

  it('“NAME, a building firm,” … the company said', () => {
    const r = quotesOf('The tower was built by Karsten Bau, a building firm based in Kiel.\n\n“We followed every rule that applied at the time,” the company said.');
    expect(quoteWith(r, 'We followed').speaker).toBe('Karsten Bau');
  });

  it('no company named: the firm stays unnamed', () => {
    const r = quotesOf('On Wednesday, the firm said it “remains ready to return as soon as it is paid in full.”');
    expect(quoteWith(r, 'remains ready').speaker).toBeNull();
  });
});

describe('a quotation alone in its paragraph, its speaker named at the start of the next', () => {
  it.each([
    ['“We have been waiting for this bridge for thirty years.”\n\nThat is how Rosa Elwin, who runs the corner store, describes the mood in town.', 'Rosa Elwin'],
    ['“Nobody in this valley will ever forget that night.”\n\nSo says Piet Marais, 70, who has farmed here since 1979.', 'Piet Marais'],
    ['“The sea does not negotiate with anyone.”\n\nThose are the words of Ilse Brandt, a marine engineer in Kiel.', 'Ilse Brandt'],
  ])('%s', (text, speaker) => {
    expect(quotesOf(text).quotes[0]!.speaker).toBe(speaker);
  });

  it('a next paragraph that does not open by naming the speaker leaves it unattributed', () => {
    const r = quotesOf('“The sea does not negotiate with anyone.”\n\nThe slogan, painted on the harbour wall, was chosen by Ilse Brandt, a marine engineer.');
    expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('an event’s or a body’s organisers speak for it', () => {
  it('“the Kestrel Festival’s organizers said …” and “Kestrel’s organizers said …”', () => {
    const r = quotesOf('Paper Saints will headline the Kestrel Festival in Long Beach on Saturday.\n\nThe Kestrel Festival’s organizers said in a statement that they were “heartbroken by the news this week.”\n\nKestrel’s organizers said later that they were “working on a refund for every ticket holder.”');
    expect(quoteWith(r, 'heartbroken').speaker).toBe('Kestrel Festival');
    expect(quoteWith(r, 'working on').speaker).toBe('Kestrel Festival');
  });
});

describe('a department’s name with a list of portfolios', () => {
  it('“the Department for Transport, Housing and Local Growth said …” keeps the whole name', () => {
    const r = quotesOf('The Department for Transport, Housing and Local Growth said the fund was “the largest of its kind this decade and fully costed.”');
    expect(quoteWith(r, 'largest').speaker).toBe('Department for Transport, Housing and Local Growth');
  });

  it('a comma after a department that is not a list stays a comma', () => {
    const r = quotesOf('The Ministry of Defence, however, said the base would stay open “for as long as it is needed by the fleet.”');
    expect(quoteWith(r, 'for as long').speaker).toBe('Ministry of Defence');
  });
});

describe('a copula of manner before a colon (quality4)', () => {
  it.each([
    ['Asked whether the dam had been sabotaged, Halvorsen was blunt: “Nobody has shown me anything.”', 'Nobody has shown me anything'],
    ['Inspector Greta Halvorsen spoke first.\n\nHalvorsen was more cautious: “We are still testing the samples.”', 'We are still testing'],
  ])('%s', (text, quote) => {
    const r = quotesOf(text, [{ name: 'Greta Halvorsen', forms: ['Greta Halvorsen', 'Halvorsen'] }]);
    expect(quoteWith(r, quote).speaker).toBe('Greta Halvorsen');
  });

  it('a thing that was plain is not a speaker', () => {
    const r = quotesOf('The sign on the gate was plain: “No entry after dark.”', [{ name: 'Greta Halvorsen' }]);
    expect(quoteWith(r, 'No entry').speaker ?? null).toBeNull();
  });
});

describe('"the company", "the firm": the company the story just named (quality4)', () => {
  it('a company named with its industry word, then "the company said"', () => {
    const r = quotesOf('BUSAN — Daerim Marine Industries, the country’s third-largest shipyard, said on Monday that it would hire 900 welders.\n\n“We have never had a fuller order book,” the company said in a statement.');
    expect(quoteWith(r, 'fuller order book').speaker).toBe('Daerim Marine Industries');
  });

  it('a firm named in an analyst’s role, running on into its city', () => {
    const r = quotesOf('Ada Okafor, an analyst at Lagoon Bay Securities in Accra, said the bond was cheap. In a note, the firm called it “a bargain with a long fuse.”');
    expect(quoteWith(r, 'a bargain').speaker).toBe('Lagoon Bay Securities');
  });
});

describe('a document and its writer: "an email X sent" (quality4)', () => {
  it('the email’s words are its writer’s, not those of who read it out', () => {
    const r = quotesOf('Prosecutor Dale Marsh read from an email Owen Pritchard sent to donors. “Every cent reaches the families,” the email said. “We are friends helping friends.”');
    expect(quoteWith(r, 'Every cent').speaker).toBe('Owen Pritchard');
    expect(quoteWith(r, 'friends helping friends').speaker).toBe('Owen Pritchard');
  });

  it('"the letter X wrote"', () => {
    const r = quotesOf('Councillors were shown the letter Priya Nandakumar wrote in March. “The bridge will not survive another winter,” the letter said.');
    expect(quoteWith(r, 'bridge will not survive').speaker).toBe('Priya Nandakumar');
  });
});

describe('a pronoun after a sentence whose subject is a post (quality4)', () => {
  const people = [
    { name: 'Rawiri Kahuia', forms: ['Rawiri Kahuia', 'Kahuia'], role: 'District Mayor' },
    { name: 'Chris Hopkirk', forms: ['Chris Hopkirk', 'Hopkirk'], role: 'Prime Minister' },
  ];
  it('the post that is the main subject, not a name in its subordinate clause', () => {
    const r = quotesOf('District Mayor Rawiri Kahuia declared an emergency on Monday.\n\nAsked whether the town was readier than in 2023, when Prime Minister Chris Hopkirk declared a national emergency, the mayor paused. “Readier, yes. Ready, no,” he said.', people);
    expect(quoteWith(r, 'Readier, yes').speaker).toBe('Rawiri Kahuia');
  });

  it('a name set in apposition to the post is left to the usual reading', () => {
    const r = quotesOf('The prime minister, Chris Hopkirk, met District Mayor Rawiri Kahuia on Monday. The mayor, Mr. Kahuia, argues that help is late. “We need boats,” he said.', people);
    expect(quoteWith(r, 'We need boats').speaker).toBe('Rawiri Kahuia');
  });
});
