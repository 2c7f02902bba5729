// Attribution patterns of English news that the first version got wrong. Invented sentences; people
// come from people detection unless given.
import { describe, expect, it } from 'vitest';
import { peopleFrom, quotesOf, quoteWith, type PersonSpec } from './helpers';
import { storyFromPlainText } from '../../lib/text/story-text';
import { detectQuotes } from '../../lib/quotes/detect';

describe('the subject of the cue, not a later clause', () => {
  it('“Critics called the plan …, but the mayor disagreed”: the critics (unnamed), not the mayor', () => {
    const r = quotesOf('Mayor Dana Rooke unveiled the budget on Monday.\n\nCritics called the plan “a waste of money and time,” but the mayor disagreed.');
    const q = quoteWith(r, 'waste of money');
    expect(q.speaker).toBeNull();
    expect(q.cue).toBe('called');
    expect(q.speakerDescription ?? '').toMatch(/critics/i);
  });

  it('an unnamed official who asked not to be named “called” it: a short attributed quote', () => {
    const r = quotesOf('The airport deal was signed on Friday.\n\nAn official who asked not to be named called the price “optimistic at best.”');
    const q = quoteWith(r, 'optimistic at best');
    expect(q.speaker).toBeNull();
    expect(q.cue).toBe('called');
    expect(q.speakerDescription ?? '').toMatch(/official/i);
  });

  it('a spokesperson “said in a statement that the agency …”: the spokesperson’s body, never “the agency”', () => {
    const unnamed = quoteWith(quotesOf('Prices rose again in May.\n\nA spokesperson for the Harbor Transit Authority said in a statement that the agency “remains committed to fair fares.”'), 'committed to fair fares');
    expect(unnamed.cue).toBe('said');
    expect(unnamed.speaker).toBe('Harbor Transit Authority');
    expect(unnamed.speakerKind).toBe('organization');
    // a named spokesperson speaks as a person (GUIDELINES: a person's words go to the person)
    const named = quoteWith(quotesOf('Prices rose again in May.\n\nJordan Pike, a spokesperson for the Harbor Transit Authority, said in a statement that the agency “remains committed to fair fares.”'), 'committed to fair fares');
    expect(named.speaker).toBe('Jordan Pike');
  });

  it('“X said the plan had “…””: a partial quote after reported speech is X’s', () => {
    const q = quoteWith(quotesOf('Prices rose again in May.\n\nDana Whitcombe said the plan had “serious flaws that nobody fixed.”'), 'serious flaws');
    expect(q.speaker).toBe('Dana Whitcombe');
    expect(q.cue).toBe('said');
  });

  it('a relative clause: “among them X, a retired alderman, who called him …”', () => {
    const r = quotesOf('Dozens of people wrote letters on his behalf, among them Walter Grieve, a retired alderman, who called him “the kindest boss I ever had” and said more.');
    expect(quoteWith(r, 'kindest boss').speaker).toBe('Walter Grieve');
  });
});

describe('titled names in apposition', () => {
  it('“…,” said the bill’s lead sponsor, Rep. X (R-Pa.), whose district …; the next quote continues', () => {
    const r = quotesOf('“A year ago, we were told to trust the system,” said the bill’s lead sponsor, Rep. Nora Quimby (R-Pa.), whose district lies nearby. “The system failed us.”');
    expect(quoteWith(r, 'trust the system').speaker).toBe('Nora Quimby');
    expect(quoteWith(r, 'failed us').speaker).toBe('Nora Quimby');
  });

  it('“The committee chairman, Rep. X (R-Mo.), voted … but said he would “…”', () => {
    const r = quotesOf('“Nobody here is against safety,” said Rep. Al Brant, R-Texas.\n\nThe committee chairman, Rep. Hugh Pellow (R-Mo.), voted for the measure but said he would “keep talking with the railroads” before the vote.');
    expect(quoteWith(r, 'keep talking').speaker).toBe('Hugh Pellow');
  });
});

describe('organisations', () => {
  it('a union whose name has a plural possessive: “the Dock Workers’ Union”', () => {
    const r = quotesOf('A spokeswoman for the Dock Workers’ Union said members had been sent home, adding: “Workers should not pay for this.”');
    const q = quoteWith(r, 'should not pay');
    expect(q.speaker).toBe('Dock Workers’ Union');
    expect(q.speakerKind).toBe('organization');
  });
});

describe('pronouns', () => {
  it('“X’s answer was short. “…,” he said”: the possessor', () => {
    const r = quotesOf('Forward Tia Brook scored 20 points.\n\nAsked about the draw, coach Dermot Quinlan’s answer was short. “Whoever it is, we will be ready,” he said.');
    expect(quoteWith(r, 'Whoever it is').speaker).toBe('Dermot Quinlan');
  });

  it('singular “they” for a person who uses they/them pronouns', () => {
    const r = quotesOf('Several students spoke. Robin Achebe-Moss, a junior who uses they/them pronouns, said the rule would “punish everyone.”\n\n“Nobody asked us before they wrote this,” they said.');
    expect(quoteWith(r, 'Nobody asked us').speaker).toBe('Robin Achebe-Moss');
  });

  it('“Her husband added:” finds the husband the story named', () => {
    const r = quotesOf('Among the families were Anna and Piotr Kowal, whose son died in 2021.\n\nMrs Kowal said the staff ignored her. ‘I knew something was wrong,’ she said.\n\nHer husband added: ‘Nobody has ever said sorry.’');
    expect(quoteWith(r, 'said sorry').speaker).toBe('Piotr Kowal');
  });
});

describe('the wording of a document goes to its named author', () => {
  const text =
    'A maternity unit ‘repeatedly failed’ mothers, according to an independent review published on Thursday.\n\n' +
    'The report, written by the consultant midwife Dr Ruth Calloway, found a ‘culture of defensiveness’ on the ward.\n\n' +
    'The review found that warnings were ‘not passed on to the board’.';
  const specs: PersonSpec[] = [{ name: 'Ruth Calloway', forms: ['Dr Ruth Calloway', 'Ruth Calloway', 'Calloway'] }];
  it.each([['repeatedly failed'], ['culture of defensiveness'], ['not passed on']])('%s', (frag) => {
    expect(quoteWith(quotesOf(text, specs), frag).speaker).toBe('Ruth Calloway');
  });

  it('a document with no named author stays unnamed', () => {
    const r = quotesOf('The review found that warnings were ‘not passed on to the board’ in 2019.');
    expect(quoteWith(r, 'not passed on').speaker).toBeNull();
  });
});

describe('a subordinate clause between the quote and its attribution', () => {
  it('“…” while they were in power, X said', () => {
    const r = quotesOf('Lotte Brahm, a rights researcher, spoke on Monday. “The party is responsible for this, because they were careless” while they were in power, Brahm said.');
    expect(quoteWith(r, 'party is responsible').speaker).toBe('Lotte Brahm');
  });
});

describe('a description in an attribution', () => {
  it('“…,” says the mother of four: not a mother named paragraphs before', () => {
    const text =
      'Halima Juma is a mother of two. She sells fruit near the bus station.\n\n' +
      'The lights went up in 2017.\n\nTraders say sales have grown since then.\n\n' +
      'According to Neema Said, 34, sales doubled. “We feel safe in places where there is light,” says the mother of four who sells food near the terminal.';
    expect(quoteWith(quotesOf(text), 'feel safe').speaker).not.toBe('Halima Juma');
  });
});

describe('exclamations, nicknames and bylines', () => {
  it('“…!” X’s niece, state Del. Y "Nick" Z (D-Town), shouted: the attribution after an exclamation', () => {
    const r = quotesOf('"This is a big year for our senator, Roy Pell!" Pell\'s niece, state Del. Marta "Tia" Quell (D-Newport), shouted to the crowd. "The nation is watching."');
    expect(quoteWith(r, 'big year').speaker).toBe('Marta Quell');
    expect(quoteWith(r, 'nation is watching').speaker).toBe('Marta Quell');
    expect(r.quotes.some((q) => q.text === 'Tia')).toBe(false);
  });

  it('“…” ― Name: a byline after a dash names the speaker', () => {
    const r = quotesOf('Readers wrote in.\n\n“He represents our greatest shame and I cannot vote for him.” ― Marisol Quenteras');
    expect(quoteWith(r, 'greatest shame').speaker).toBe('Marisol Quenteras');
  });
});

describe('captions', () => {
  it('a quotation in a photo caption left in the story is not the story’s', () => {
    const r = quotesOf('Nia Brooks, 15, lands a jump on Monday. "At last," she said. (Gazette photo by Tom Rusk)\n\nThe council voted 5-2 for the park. "We listened," Mayor Ann Holt said.');
    expect(r.quotes.map((q) => q.text)).toEqual(['We listened,']);
  });
});

describe('wire-copy patterns', () => {
  it('“…,’’ X, chief executive of Y, told the BBC: a quote closed by two single marks ends there', () => {
    const r = quotesOf('“It was an attempt to mislead voters,’’ Ann Holt, chief executive of a fact-checking charity, told the BBC.');
    const q = quoteWith(r, 'mislead voters');
    expect(q.text).toBe('It was an attempt to mislead voters,');
    expect(q.speaker).toBe('Ann Holt');
    expect(q.cue).toBe('told');
  });

  it('a capitalised sentence adverb is not the subject: “Critically, however, it pointed out …”', () => {
    const r = quotesOf('The Electoral Commission issued a statement on Monday. Critically, however, it pointed out that it has no “role in regulating what parties post online.”');
    expect(quoteWith(r, 'role in regulating').speaker).not.toBe('Critically');
  });

  it('“X issued a statement warning that “…””: the participle after a statement noun is the cue', () => {
    const r = quotesOf('The Electoral Commission issued a statement warning that “voters are entitled to know who is behind a campaign.”');
    const q = quoteWith(r, 'entitled to know');
    expect(q.speaker).toBe('Electoral Commission');
    expect(q.cue).toBe('warning');
  });

  it('“The agency warns …” right after the agency was named: that organisation', () => {
    const r = quotesOf('The outlook was drawn up by the Storm Prediction Center. The agency warns that “all hazards will be possible, including strong tornadoes.”');
    expect(quoteWith(r, 'all hazards').speaker).toBe('Storm Prediction Center');
    expect(quoteWith(r, 'all hazards').speakerKind).toBe('organization');
  });

  it('“…” and “…,” X said: the first quotation shares the attribution of the second', () => {
    const r = quotesOf('The outages have been “terribly disruptive” and “we will not gamble with public safety,” company chief executive Andy Vesey said.', [{ name: 'Andy Vesey' }]);
    expect(quoteWith(r, 'terribly disruptive').speaker).toBe('Andy Vesey');
    expect(quoteWith(r, 'not gamble').speaker).toBe('Andy Vesey');
  });

  it('“the 34-year-old” with no age given before: the person the sentence before names', () => {
    const r = quotesOf('Police arrested Dana Whitfield on Friday. “I did nothing wrong,” the 34-year-old told reporters.', [{ name: 'Dana Whitfield' }]);
    expect(quoteWith(r, 'nothing wrong').speaker).toBe('Dana Whitfield');
  });

  it('… or two sentences back, past a sentence that names nobody', () => {
    const r = quotesOf('Talks with Jose Almeida’s agents went on into the night. The Portuguese coach had been out of work for a year.\n\nThe 56-year-old said: “I am excited to be joining this club.”', [{ name: 'Jose Almeida' }]);
    expect(quoteWith(r, 'excited to be joining').speaker).toBe('Jose Almeida');
  });

  it('an age epithet never goes to someone the story gave another age', () => {
    const r = quotesOf('Dana Whitfield, 34, hugged her lawyer. “She did nothing wrong,” the 61-year-old said.', [{ name: 'Dana Whitfield' }]);
    expect(quoteWith(r, 'nothing wrong').speaker).toBeNull();
  });

  it('a quote-first lede: the story’s opening quotation is the person the next paragraph opens with', () => {
    const r = quotesOf('“We lost everything in twenty minutes.”\n\nMaria Santos, 54, has sold chilies at the market for thirty years. On Tuesday she watched it burn.', [{ name: 'Maria Santos' }]);
    const q = quoteWith(r, 'lost everything');
    expect(q.speaker).toBe('Maria Santos');
    expect(q.confidence).toBeLessThan(0.8);
  });

  it('… but not when the next paragraph opens with something else', () => {
    const r = quotesOf('“We lost everything in twenty minutes.”\n\nThe fire started at dawn near the fish stalls, according to the fire service.\n\nMaria Santos, 54, has sold chilies there for years.', [{ name: 'Maria Santos' }]);
    expect(quoteWith(r, 'lost everything').speaker).not.toBe('Maria Santos');
  });

  it.each([
    ['the club', 'Harbourside United rejected a second bid for the striker on Monday. “He is not for sale at any price,” the club said.', 'Harbourside United'],
    ['the lender', 'Acme Lending cut its rates on Monday. “Borrowers will see the change at once,” the lender said.', 'Acme Lending'],
    ['the carmaker', 'Shares in Tesla fell. Tesla cut prices again. “Demand remains strong,” the carmaker said.', 'Tesla'],
  ])('“%s said” right after that body was named: the body', (_n, text, org) => {
    const q = quotesOf(text).quotes[0]!;
    expect(q.speaker).toBe(org);
    expect(q.speakerKind).toBe('organization');
  });

  it('… but a common noun opening the sentence before is no body: “Prices rose … the lender said”', () => {
    expect(quotesOf('Prices rose again in March. “We expect more of the same,” the lender said.').quotes[0]!.speaker).toBeNull();
  });

  it('“the Spanish club said” is never an organisation called “Spanish club”', () => {
    expect(quotesOf('The deal collapsed on Monday. “We have reached our limit,” the Spanish club said.').quotes[0]!.speaker).toBeNull();
  });

  it('“…,” they said / it said after a sentence about a named body: that body', () => {
    expect(quotesOf('Big Machine have twice denied doing anything wrong.\n\n“At no point did we say she could not perform,” they said.').quotes[0]!.speaker).toBe('Big Machine');
    expect(quotesOf('Northwind Airways cancelled 40 flights on Friday. “Safety comes first,” it said.').quotes[0]!.speaker).toBe('Northwind Airways');
    expect(quotesOf('Prices rose again in March. “We expect more of the same,” they said.').quotes[0]!.speaker).toBeNull();
  });

  it('a run-in heading in capitals is not a speaker; an organisation in capitals is', () => {
    const r = quotesOf('CONGRESS HAS INVESTIGATED HIM — His advice earned him a hearing for saying green coffee was a “magic weight loss cure for every body type.”\n\nTHE UNITED NATIONS said “the talks will resume on Monday in Geneva.”');
    expect(quoteWith(r, 'magic weight loss').speaker).not.toBe('CONGRESS HAS INVESTIGATED HIM');
    expect(quoteWith(r, 'talks will resume').speaker).toBe('UNITED NATIONS');
  });

  it('“the US President said”: the post with its country is the person the story gave it', () => {
    const r = quotesOf('Dana Whitfield, the US President, met allies on Tuesday.\n\nAfter the meeting, the US President said: “We were not there when they needed us, and that will change.”', [{ name: 'Dana Whitfield', role: 'the US President' }]);
    expect(quoteWith(r, 'not there').speaker).toBe('Dana Whitfield');
  });

  it('a dateline in capitals is no speaker: “KABUL, Afghanistan (AP) — …”', () => {
    const r = quotesOf('KABUL, Afghanistan (AP) — A candidate ran for office, once describing himself as its “revolutionary president of the whole country.”');
    expect(quoteWith(r, 'revolutionary president').speaker).not.toBe('KABUL');
  });

  it('“the California Republican said”: the politician just named', () => {
    const r = quotesOf('The man once had “a brief and inconsequential meeting” with Rep. Ed Royce, the California Republican said in a statement.', [{ name: 'Ed Royce' }]);
    expect(quoteWith(r, 'inconsequential').speaker).toBe('Ed Royce');
  });

  it('“the Conservative MP said” of a person named with no role: the description is their role, and a public post', () => {
    const text = 'Jane Whitfield opened the debate on Tuesday.\n\n“Rural people are being cut off one timetable at a time,” the Conservative MP said.\n\nDan Ortiz spoke next. “It is a disgrace,” the California Republican said.';
    const story = storyFromPlainText(text);
    const people = peopleFrom(story.text, [{ name: 'Jane Whitfield' }, { name: 'Dan Ortiz' }]);
    detectQuotes(story, people);
    const [jane, dan] = people.people;
    expect(jane!.roleInText).toBe('the Conservative MP');
    expect(jane!.official).toBe(true);
    expect(dan!.roleInText).toBe('the California Republican');
    expect(dan!.official).toBe(false);
  });

  it('a description is a role only where it plainly refers back: not “the singer’s manager”, not after two names', () => {
    const text = 'Ana Ruiz spoke on Monday. “Nothing to add,” the singer’s manager said.\n\nMaria Gomez and Li Wei met on Sunday. “It went well,” the minister said.';
    const story = storyFromPlainText(text);
    const people = peopleFrom(story.text, [{ name: 'Ana Ruiz' }, { name: 'Maria Gomez' }, { name: 'Li Wei' }]);
    detectQuotes(story, people);
    for (const p of people.people) expect(p.roleInText, p.name).toBeNull();
  });

  it('“Trump’s lawyer said” is never Trump himself', () => {
    const r = quotesOf('Donald Trump spoke on Monday.\n\n“We will win this case,” Trump’s lawyer said.', [{ name: 'Donald Trump' }]);
    expect(quoteWith(r, 'win this case').speaker).toBeNull();
  });

  it('a description never replaces the role the story gave the person', () => {
    const text = 'Jane Whitfield, a retired nurse, spoke at the meeting.\n\n“Nobody asked us,” the former councillor said.';
    const story = storyFromPlainText(text);
    const people = peopleFrom(story.text, [{ name: 'Jane Whitfield', role: 'a retired nurse' }]);
    detectQuotes(story, people);
    expect(people.people[0]!.roleInText).toBe('a retired nurse');
  });

  it('a plural common noun opening the sentence is no organisation: “Countries … will contract”', () => {
    const r = quotesOf('Countries accounting for a third of global output will contract next year, suggesting that 2023 “will feel like a recession” to many people, he said.');
    expect(quoteWith(r, 'feel like a recession').speaker).not.toBe('Countries');
  });

  it('“the group said” with no organisation named close by stays unnamed', () => {
    const r = quotesOf('Residents gathered outside the town hall on Monday.\n\n“We will fight this plan all the way,” the group said.');
    expect(quoteWith(r, 'fight this plan').speaker).toBeNull();
  });
});

describe('speakers behind relative clauses, documents, nicknames and opening clauses', () => {
  it('“X, a candidate for county commissioner, who wrote on Facebook: …” is X', () => {
    const r = quotesOf('The video was shared by Randy Sturgill, a Republican candidate for county commissioner, who wrote on Facebook: “Wake up, Colorado. The water police are coming.”');
    expect(quoteWith(r, 'Wake up').speaker).toBe('Randy Sturgill');
  });

  it('“according to an affidavit written by X” and “a memo sent to members on Monday by Y” are X and Y', () => {
    const r = quotesOf('Det. Luis Ocampo led the case.\n\nAccording to an affidavit written by Ocampo, the truck was found with its “mirror freshly replaced and the bumper removed.”\n\nAccording to a memo sent to members on Monday by the County Commissioners Association of Pennsylvania, counties “should prepare for delays in state payments.”');
    expect(quoteWith(r, 'mirror freshly').speaker).toBe('Luis Ocampo');
    expect(quoteWith(r, 'prepare for delays').speaker).toBe('County Commissioners Association of Pennsylvania');
  });

  it('a nickname in quotation marks (“known universally as ‘Tank’”) is no quotation and does not hide the speaker', () => {
    const r = quotesOf('Club captain Danny Okoro, known universally as “Tank”, told reporters after the win: “We’re not worried. He is one of the lads.”');
    expect(r.quotes.map((q) => q.text)).not.toContain('Tank');
    expect(quoteWith(r, 'not worried').speaker).toBe('Danny Okoro');
  });

  it('“Asked whether he had spoken to the chairman, Vernon X, about the fee, Gareth Y smiled. “…”” is Gareth Y', () => {
    const r = quotesOf('Asked whether he had spoken to the chairman, Vernon Blakeley, about the fee, Gareth Pryce smiled. “I speak to the chairman every day. Sometimes he even listens.”');
    expect(quoteWith(r, 'every day').speaker).toBe('Gareth Pryce');
  });
});

describe('quote-first ledes of several paragraphs', () => {
  it('two quoted paragraphs, then “The woman speaking, Sutarmi, 54, …”: hers', () => {
    const r = quotesOf('“It all went. The rice, the chilies, the scales. Now I am standing in ash.”\n\n“If they tell us to wait a year, a lot of us will not be here in a year.”\n\nThe woman speaking, Sutarmi, 54, has sold chilies at the market since she was a teenager.\n\n“We lost everything,” Sutarmi said.');
    expect(quoteWith(r, 'It all went').speaker).toBe('Sutarmi');
    expect(quoteWith(r, 'wait a year').speaker).toBe('Sutarmi');
  });

  it('not a quotation a colon introduces, nor one deep in the story', () => {
    const r = quotesOf('Donors are few.\n\nThe Daily Ledger reports:\n\n“Just 24 percent of the contributors have given $200 or less, a sharp fall from four years ago.”\n\nMaria Lopez has had trouble at fundraisers before.');
    expect(quoteWith(r, '24 percent').speaker).not.toBe('Maria Lopez');
  });
});
