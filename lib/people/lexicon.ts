// Word lists for reading names and roles in English news. Lower-case keys; matching lower-cases tokens.
// The name lists derived from open data (given names, surname-first family names, places) are in
// given-names.ts and read through names.ts.

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Honorifics and titles that come directly before a name. */
export const HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. sen sen. rep rep. gov gov.
  lt lt. gen gen. col col. maj maj. capt capt. cmdr cmdr. adm adm. sgt sgt. cpl cpl. pvt pvt. insp insp. supt supt.
  det det. hon hon. pres pres. atty atty. sheikh king queen prince princess pope cardinal bishop archbishop rabbi
  imam brig brig. gen. lt.-gen maj.-gen brig.-gen cdr cdr. sec sec. amb amb. judge justice mayor ayatollah emir
  sultan sheik dame mx honourable honorable the-honourable`);

/** Honorifics that say nothing about a role ("Mr. Xie"): never a roleInText on their own. */
export const COURTESY = set('mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady mx hon hon. honourable honorable');

/** Words naming a post. Before a name they form a title chain ("Defense Minister Li Shangfu"). */
export const OFFICE_TITLES = set(`
  president vice prime minister secretary undersecretary under-secretary ambassador envoy senator congressman
  congresswoman representative governor lieutenant mayor chancellor premier chairman chairwoman chair chairperson
  speaker leader whip spokesperson spokesman spokeswoman spokespeople press attorney general judge justice
  magistrate commissioner councillor councilor councilman councilwoman council member deputy assistant associate
  acting interim former ex chief head director admiral colonel major captain commander sergeant corporal private
  marshal brigadier officer inspector superintendent sheriff constable detective trooper adviser advisor counsel
  counselor consul diplomat official administrator comptroller treasurer auditor prosecutor solicitor delegate
  legislator lawmaker assemblyman assemblywoman assemblymember alderman emir king queen prince princess sultan
  president-elect crown foreign defense defence interior finance treasury state trade economy health education
  energy labor labour commerce agriculture transport transportation homeland security intelligence national
  climate environment culture immigration home army navy air force marine police fire district county city
  federal supreme court circuit house senate majority minority pentagon white chief-of-staff staff cabinet first
  lady surgeon solicitor-general attorney-general secretary-general director-general ceo founder co-founder
  professor coach manager executive analyst economist researcher scientist author editor reporter correspondent
  columnist activist lawyer candidate nominee hopeful owner partner fellow strategist pollster consultant
  producer singer actor actress star player striker goalkeeper quarterback pitcher forward midfielder defender
  champion designer artist writer novelist historian commandant negotiator advocate mp mep`);

/**
 * Nouns that describe a person by role, occupation or relation: the head of a role phrase
 * ("the Pentagon's top policy adviser", "Kyiv resident", "her advocate").
 */
export const ROLE_NOUNS = set(`
  president vice-president minister secretary undersecretary under-secretary ambassador envoy senator congressman
  congresswoman representative rep governor mayor chancellor premier chairman chairwoman chair chairperson speaker
  leader whip spokesperson spokesman spokeswoman judge justice magistrate commissioner councillor councilor
  councilman councilwoman alderman assemblyman assemblywoman assemblymember legislator lawmaker mp mep delegate
  deputy assistant associate chief head director director-general secretary-general solicitor-general
  attorney-general chief-of-staff admiral colonel major captain commander sergeant corporal private marshal
  brigadier general lieutenant commandant officer inspector superintendent sheriff constable detective trooper
  adviser advisor aide counsel counselor consul diplomat official administrator comptroller treasurer auditor
  prosecutor solicitor attorney lawyer advocate barrister negotiator coordinator co-ordinator lead emir king queen
  prince princess sultan monarch president-elect nominee candidate hopeful challenger contender incumbent rival
  predecessor successor founder co-founder owner ceo executive manager partner investor billionaire millionaire
  businessman businesswoman entrepreneur tycoon magnate banker analyst economist strategist expert researcher
  scientist scholar academic professor lecturer fellow historian author writer novelist poet editor reporter
  journalist correspondent columnist commentator anchor host presenter producer director actor actress star
  co-star creator filmmaker singer musician rapper comedian artist designer photographer model athlete player
  coach champion striker goalkeeper quarterback pitcher midfielder defender boxer swimmer runner activist
  campaigner organizer organiser pollster consultant lobbyist resident citizen student teacher doctor nurse
  surgeon engineer farmer driver worker employee staffer volunteer victim witness survivor suspect defendant
  plaintiff mother father son daughter wife husband brother sister widow widower grandmother grandfather uncle
  aunt cousin niece nephew friend colleague neighbor neighbour priest pastor rabbi imam cleric bishop
  archbishop cardinal pope monk nun chef vendor shopkeeper owner member soldier veteran pilot agent operative
  militant commander-in-chief whistleblower dissident protester protestor refugee migrant mother-in-law
  spokesperson administrator`);

/** Adjectives and modifiers that may stand inside a role phrase before its head noun. */
export const ROLE_MODIFIERS = set(`
  former ex then top senior junior chief deputy acting interim special longtime long-time political high
  principal permanent general executive assistant associate foreign domestic national international regional
  local federal state city county district municipal provincial supreme press policy security military legal
  veteran prominent leading retired outgoing incoming current first second third vice co lead presidential
  parliamentary legislative opposition ruling independent conservative liberal democratic republican exiled
  jailed imprisoned detained late young elderly chief-executive managing technical medical economic trade
  defense defence foreign-policy digital public private global divisional field`);

/** Determiners that may open a role phrase ("the Pentagon's top policy adviser", "her advocate"). */
export const ROLE_DETERMINERS = set('the a an his her their its our my your');

/** Titles and role words that mark a public post (for `official`); kept for other modules. */
export const OFFICIAL_WORDS = set(`
  president vice-president prime minister secretary undersecretary ambassador envoy senator sen sen.
  congressman congresswoman representative rep rep. governor gov gov. mayor chancellor premier spokesperson
  spokesman spokeswoman attorney-general judge justice magistrate commissioner councillor councilor councilman
  councilwoman admiral adm adm. colonel col col. general gen gen. lieutenant lt lt. major maj maj. captain capt
  capt. commander sergeant sgt sgt. marshal brigadier officer inspector superintendent sheriff constable
  detective trooper consul diplomat official administrator comptroller treasurer prosecutor legislator lawmaker
  assemblyman assemblywoman assemblymember alderman delegate emir king queen sultan president-elect speaker whip
  secretary-general director-general solicitor-general surgeon police army navy military ministry department
  pentagon embassy government parliament congress senate legislature cabinet mp mep state federal agency
  attorney chief-of-staff deputy`);

/** Tokens that never belong to a person's name: organisations, events, calendar, media. */
export const NOT_NAME = set(`
  january february march april june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec center centre institute
  institution university college school academy department ministry agency bureau office committee commission
  council party company corp corp. inc inc. ltd llc plc group bank fund foundation association union league
  club team news times post journal press tribune gazette herald daily weekly magazine review street st. avenue
  road square tower building plaza palace senate congress parliament assembly court republic kingdom states
  airport station hospital church cathedral mosque temple museum stadium arena embassy government
  administration army navy forces force police pentagon kremlin democrats republicans democratic republican
  god christmas easter ramadan covid covid-19 coronavirus internet twitter facebook google apple amazon
  microsoft youtube instagram tiktok whatsapp telegram reuters associated ap afp bbc cnn nbc abc cbs fox msnbc npr
  nasa fbi cia nato un eu usa u.s. u.k. uk program programme project act bill law treaty agreement accord plan
  initiative award awards prize cup championship championships games olympics series festival conference
  summit forum war world global international national federal media network channel online co co. holdings
  partners capital securities technologies technology systems services industries airlines airways motors
  energy oil gas power health care medical clinic lab laboratory library zoo mall market markets exchange index
  dow nasdaq region province district authority authorities guild show convention strip resources affairs
  relations defenders corps brigade battalion regiment division command guard guards movement front alliance
  coalition federation confederation organization organisation society trust board directorate secretariat
  initiative observatory watch centre unit units police station commission's agency's doctrine policy
  recession depression revolution era age dynasty empire declaration constitution amendment resolution
  report study survey poll census budget fc united city rovers wanderers athletic hotspur service services
  system systems schools area productions studios entertainment records pictures films electric dynamics
  medicine therapeutics pharmaceuticals pharma biotech sciences labs robotics endowment democrat liberal
  conservative labour tory tories socialist communist green greens lakers`);

/** Place words: after a name word they make a place, not a person ("Gaza Strip", "Capitol Hill"). Soft: a
 * titled or otherwise well-attested name may still end in one ("Fiona Hill"). */
export const PLACE_WORDS = set(`
  hill hills park lake river bay beach valley island islands ocean sea gulf coast village town city county
  mountain mountains peninsula desert canyon falls springs heights harbor harbour port creek sound strait
  cape point forest woods field fields garden gardens hall house bank`);

/** Particles inside names ("Ursula von der Leyen", "Osama bin Laden"). */
export const NAME_PARTICLES = set('de del della der den di da dos das do du la le van von ter ten bin bint ibn al el abu y zu af av');

/** Name suffixes. */
export const NAME_SUFFIXES = set('jr jr. sr sr. ii iii iv');

/** Subject pronouns and what they can refer to. */
export const PRONOUNS: Record<string, 'he' | 'she' | 'they' | 'it' | 'i' | 'we'> = {
  he: 'he', she: 'she', they: 'they', it: 'it', i: 'i', we: 'we',
};

/** Words that start a sentence but are not names even when capitalised. */
export const FUNCTION_WORDS = set(`
  the a an and but or nor for so yet if when while after before as at by in on of to from with without this that
  these those there here it its he she they we i you his her their our my your what who whom whose which where
  why how all some many most more few no not yes one two three also still even just only then now today
  yesterday tomorrow last next first new because although though since until unless despite during about over
  under between among into through across against like such each every both either neither any much other
  another do does did am is are was were be been being has have had will would can could should may might must shall let
  please thank thanks mr mrs ms dr according meanwhile however instead indeed perhaps maybe well oh hey yeah ok
  okay sure never always often sometimes once again already soon later earlier asked said says told read more
  photo image video watch listen click share advertisement via upon within whether whatever whoever wherever
  whenever elsewhere afterward afterwards moreover furthermore nevertheless nonetheless otherwise therefore thus
  hence besides beyond below above behind beside near toward towards around along amid amongst outside inside
  per plus minus versus vs vs. unlike regarding concerning including excluding following given speaking asked
  subscribe sign log follow contact copyright related latest popular loading comment comments reply`);

/** Reporting verbs that follow a speaker's name ("Kahl said"): evidence that a name is a person's. */
export const SPEECH_VERBS = set(`
  said says told added noted argued asked explained wrote stated insisted warned claimed recalled declared
  replied responded announced acknowledged admitted conceded confirmed denied testified urged suggested
  concluded continued stressed emphasized emphasised remarked observed tweeted posted quipped countered
  answered complained lamented predicted cautioned affirmed reiterated estimated believes believed thinks
  thought says:`);

/** Verbs of a "who" clause or of a following predicate that describe a role ("who heads the administration"). */
export const ROLE_VERBS: Record<string, string> = {
  heads: 'head', headed: 'head', leads: 'leader', led: 'leader', chairs: 'chair', chaired: 'chair', runs: 'head',
  ran: 'head', directs: 'director', directed: 'director', oversees: 'head', oversaw: 'head', represents: 'representative',
  represented: 'representative', commands: 'commander', commanded: 'commander', governs: 'governor',
};

/** Demonyms: modifiers of a role ("Israeli Prime Minister"), never a person's name on their own. */
export const DEMONYMS = set(`
  afghan albanian algerian american angolan argentine argentinian armenian australian austrian azerbaijani
  bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian
  cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian
  egyptian emirati english eritrean estonian ethiopian european filipino finnish french georgian german ghanaian
  greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian
  ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese libyan
  lithuanian luxembourgish macedonian malagasy malaysian malian maltese mexican moldovan mongolian montenegrin
  moroccan mozambican namibian nepalese nicaraguan nigerian nigerien norwegian omani pakistani palestinian
  panamanian paraguayan peruvian philippine polish portuguese qatari romanian russian rwandan saudi scottish
  senegalese serbian singaporean slovak slovenian somali african sudanese spanish swedish swiss syrian taiwanese
  tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh
  yemeni zambian zimbabwean arab kurdish persian soviet western eastern asian latin jewish muslim christian`);

/**
 * Organisations and bodies whose posts are public (government, legislature, judiciary, military, police,
 * diplomacy, public agencies, intergovernmental organisations, party leadership). Matched as whole words
 * (or word pairs) inside a role phrase.
 */
export const PUBLIC_BODIES = set(`
  government ministry department agency bureau administration cabinet pentagon congress senate house parliament
  assembly legislature council commission court courts judiciary police army navy military marines corps
  armed embassy consulate mission treasury fed reserve un nato eu imf wto who icc icj osce asean opec interpol
  fbi cia nsa dhs doj irs sec epa cdc fda nasa kremlin knesset duma bundestag politburo regime authority
  municipality prefecture province state federal public customs ministry's department's government's
  pentagon's kremlin's administration's party white-house hawks guard`);
/** Word pairs naming public bodies ("White House", "central bank"). */
export const PUBLIC_BODY_PAIRS = set(`
  white|house state|department national|security central|bank united|nations european|union european|commission
  security|council air|force coast|guard federal|reserve world|bank african|union downing|street city|hall
  national|guard border|patrol communist|party foreign|office home|office justice|department defense|department
  defence|ministry foreign|ministry regional|administration`);

/** Heads of role phrases that are public posts by themselves. */
export const OFFICIAL_HEADS = set(`
  president vice-president minister secretary undersecretary under-secretary ambassador envoy senator sen
  congressman congresswoman rep governor gov mayor premier chancellor judge justice magistrate commissioner
  councillor councilor councilman councilwoman alderman assemblyman assemblywoman assemblymember legislator
  lawmaker mp mep prosecutor sheriff constable trooper detective inspector superintendent diplomat consul
  admiral adm colonel col general gen lieutenant lt major maj captain capt commander cmdr sergeant sgt corporal
  cpl pvt marshal brigadier brig commandant emir king queen sultan monarch speaker whip director-general
  secretary-general solicitor-general attorney-general chief-of-staff comptroller treasurer auditor
  administrator delegate official officials`);

/** Heads that are public posts only with a public body or a nation in the phrase ("Fed Chair", "FBI Director"). */
export const CONDITIONAL_HEADS = set(`
  chair chairman chairwoman chairperson chief head director leader spokesperson spokesman spokeswoman adviser
  advisor aide assistant deputy counsel counselor lawyer attorney advocate negotiator coordinator co-ordinator
  representative member officer lead agent representative executive secretary`);

/** Heads that take a title-holder as possessor and stay public ("President Ramaphosa's special adviser"). */
export const STAFF_HEADS = set('adviser advisor aide assistant spokesperson spokesman spokeswoman deputy counselor chief-of-staff');

/** Heads that mark a private person whatever else the phrase says. */
export const PRIVATE_HEADS = set(`
  analyst economist strategist expert researcher scientist scholar academic professor lecturer fellow historian
  author writer novelist poet editor reporter journalist correspondent columnist commentator anchor host
  presenter producer actor actress star co-star creator filmmaker singer musician rapper comedian artist
  designer photographer model athlete player coach champion striker goalkeeper quarterback pitcher midfielder
  defender boxer activist campaigner organizer organiser pollster consultant lobbyist resident citizen student
  teacher doctor nurse engineer farmer driver worker employee volunteer victim witness survivor suspect
  defendant plaintiff mother father son daughter wife husband brother sister widow friend colleague neighbor
  neighbour priest pastor rabbi imam cleric chef vendor founder co-founder owner ceo investor billionaire
  millionaire businessman businesswoman entrepreneur tycoon magnate banker nominee candidate hopeful challenger
  contender rival president-elect whistleblower dissident protester protestor refugee migrant`);

/** Words that mark a private organisation inside a role phrase ("president of the Brookings Institution"). */
export const PRIVATE_BODIES = set(`
  institution institute foundation company corporation corp inc ltd llc plc group association club university
  college school think-tank firm bank markets capital partners holdings fund studio studios network newspaper
  magazine forum centre center program programme`);
