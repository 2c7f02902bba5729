// Grammatical gender of the people of a story, as the story shows it: honorifics (Mr., Ms.), gendered
// role words (spokeswoman, actress), the pronouns that follow a mention, and common given names.
// Used only to pick between candidate antecedents of "he" and "she"; unknown is a valid answer.

export type Gender = 'm' | 'f';

export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'sheikh', 'emir', 'father', 'fr', 'fr.', 'brother', 'monsieur', 'herr', 'señor', 'senor', 'signor', 'don', 'duke', 'earl', 'baron', 'count', 'sultan', 'pope', 'cardinal']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'madam', 'madame', 'mme', 'mme.', 'sister', 'frau', 'señora', 'senora', 'signora', 'duchess', 'countess', 'baroness', 'mother']);

export const MALE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'spokesman', 'congressman', 'chairman', 'businessman', 'councilman', 'assemblyman', 'alderman', 'anchorman',
  'father', 'husband', 'son', 'brother', 'uncle', 'nephew', 'grandfather', 'king', 'prince', 'actor', 'boyfriend',
  'widower', 'sportsman', 'policeman', 'fireman', 'cameraman', 'frontman', 'statesman', 'nobleman', 'monk',
]);
export const FEMALE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'spokeswoman', 'congresswoman', 'chairwoman', 'businesswoman', 'councilwoman', 'assemblywoman', 'anchorwoman',
  'mother', 'wife', 'daughter', 'sister', 'aunt', 'niece', 'grandmother', 'queen', 'princess', 'actress',
  'girlfriend', 'widow', 'sportswoman', 'policewoman', 'stateswoman', 'nun', 'lady', 'duchess', 'heiress',
  'waitress', 'hostess', 'stewardess', 'first lady', 'mom', 'mum',
]);

// Common given names whose gender is nearly always the same. A name missing here stays unknown.
const MALE = (
  'aaron adam adrian ahmed alan albert alejandro alex alexander alexei alfred ali andre andrea_ andrew andrei ' +
  'angus anthony antonio antony arnold arthur barack ben benjamin bernard bernie bill billy ' +
  'bob bobby boris brad bradley brandon brett brian bruce bryan carl carlos cedric charles charlie chris ' +
  'christian christopher chuck clarence claude clint colin conor craig dale dan daniel danny darren dave ' +
  'david dennis derek dmitry dominic don donald doug douglas duncan dwight earl ed eddie edward edwin elijah ' +
  'elon emmanuel enrique eric erik ernest ethan eugene evan felipe fernando francis francisco frank franklin ' +
  'fred frederick friedrich gabriel gary gavin geoffrey george gerald gerhard gilbert glenn gordon graham ' +
  'greg gregory guillermo gustavo hank hans harold harry harvey hector helmut henry herbert howard hugh hugo ' +
  'ian ibrahim igor isaac ivan jack jacob jake james jamie jared jason javier jay jeff jeffrey jeremy jerome ' +
  'jerry jesse jim jimmy joachim joe joel johan john johnny jon jonathan jorge jose joseph josh joshua juan ' +
  'julian justin karl keith ken kenneth kevin kim_ kirk kurt kyle lance larry lawrence lee_ leo leon leonard ' +
  'lewis lindsey_ lloyd louis lucas luis luke malcolm manuel marc marco marcus mario mark martin matt ' +
  'matthew max michael miguel mike mikhail mitch mitchell mohamed mohammad mohammed muhammad nathan neil ' +
  'nicholas nick nicolas nigel noah norman oliver omar oscar owen pablo patrick paul pedro pete peter phil ' +
  'philip pierre rafael ralph ramon randy raul ray raymond reginald ricardo richard rick rob robert roberto ' +
  'rodrigo roger roland ron ronald ross roy rudy rupert russell ryan salman sam samuel scott sean sebastian ' +
  'sergei sergey seth shane simon stanley stefan stephen steve steven stuart ted terry theodore thomas tim ' +
  'timothy todd tom tommy tony travis trevor tyler victor vincent vladimir walter warren_ wayne ' +
  'wesley william willie xavier yuri zachary hamid hassan hussein khalid mahmoud mustafa ' +
  'nabil osama rashid tariq yasser youssef narendra rahul'
).split(/\s+/).filter((w) => w && !w.endsWith('_'));

const FEMALE = (
  'abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana andrea angela ' +
  'angelina anita ann anna anne annie annalena april ashley audrey barbara beatriz becky beth betty beverly ' +
  'brenda bridget brittany camila carla carmen carol caroline carolyn catherine cathy charlotte chelsea cheryl ' +
  'christina christine cindy claire claudia colleen cristina cynthia daisy dana danielle dawn debbie deborah ' +
  'debra denise diana diane donna doris dorothy edith elaine eleanor elena elisabeth elise ' +
  'eliza elizabeth ella ellen emily emma erica erin esther eva evelyn fatima fiona frances gabriela gail ' +
  'gillian gina gloria grace gretchen gwen hannah harriet heather heidi helen helena hillary holly ' +
  'ilhan ingrid irene isabel isabella jacqueline jane janet janice jasmine jean jeanne jennifer ' +
  'jenny jessica jill jo joan joanna joanne jocelyn josephine joy joyce judith judy julia julie june ' +
  'kamala karen kate katherine kathleen kathryn kathy katie kayla kelly_ kim_ kirsten kristen kristin kristina ' +
  'laura lauren leah linda lindsay lisa liz lois lori lorraine louise lucy lydia lynn madeleine madison ' +
  'maggie margaret margarita maria marie marina marion marjorie marsha martha mary maxine megan ' +
  'melania melissa meryl mia michele michelle mildred miriam molly monica nadia nancy naomi natalie natasha ' +
  'nicola nicole nikki nina nora norma olga olivia pamela patricia patty paula pauline peggy penny phoebe ' +
  'priscilla rachel rebecca regina renee rita roberta robin_ rosa rosalind rose ruth sabrina sally samantha ' +
  'sandra sara sarah sharon sheila shirley silvia sonia sophia sophie stacey stella stephanie susan suzanne ' +
  'svetlana sylvia tamara tammy tanya teresa theresa tiffany tina tracy ursula valerie vanessa ' +
  'veronica victoria viktoria virginia vivian wanda wendy whitney yolanda yvonne zoe dianne kristi'
).split(/\s+/).filter((w) => w && !w.endsWith('_'));

const NAME_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...MALE.map((n) => [n, 'm'] as const),
  ...FEMALE.map((n) => [n, 'f'] as const),
]);

/** The usual gender of a given name (lower case), or null. */
export function genderOfGivenName(name: string): Gender | null {
  return NAME_GENDER.get(name.toLowerCase()) ?? null;
}

export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
