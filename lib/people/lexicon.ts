// Word lists for reading names and roles in English news. Lower-case keys; matching lower-cases tokens.
// The name lists derived from open data (given names, surname-first family names, places) are in
// given-names.ts and read through names.ts.

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Honorifics and titles that come directly before a name. */
export const HONORIFICS = set(`
  mr mrs ms miss dr prof sir dame lord lady rev fr sen rep gov lt gen col maj capt cmdr adm sgt cpl pvt insp
  supt det hon pres atty sheikh king queen prince princess pope cardinal bishop archbishop rabbi imam brig cdr
  sec amb judge justice mayor ayatollah emir sultan sheik mx honourable honorable cllr shri sri smt shrimati
  kumari alhaji alhaja baroness viscount viscountess countess duchess marquess mzee frau herr sayyid cr
  dato dato’ dato' datuk datin seri puan sheikha shaikha shaikh mme mlle sra srta rt engr barr oba coun ald
  hajiya hajia pak ibu koro whaea aling comr`);

/** Abbreviations whose period does not end a sentence ("Sen.", "Lt.", "Mr.", "St."). */
export const TITLE_ABBREVS = set('mr mrs ms dr prof rev fr sen rep gov lt gen col maj capt cmdr cdr adm sgt cpl pvt insp supt det hon pres atty brig sec amb st no cllr asst dep smt cr engr barr coun ald sra srta rt comr');

/** Honorifics that say nothing about a role ("Mr. Xie"): never a roleInText on their own. */
export const COURTESY = set(`mr mrs ms miss dr prof sir dame lord lady mx hon honourable honorable shri sri smt shrimati kumari alhaji
  alhaja baroness viscount viscountess countess duchess marquess mzee frau herr sayyid dato dato’ dato' datuk datin seri
  puan mme mlle sra srta rt engr barr hajiya hajia pak ibu koro whaea aling`);



/** Adjectives and modifiers that may stand inside a role phrase before its head noun. */
export const ROLE_MODIFIERS = set(`
  former ex then top senior junior chief deputy acting interim special longtime long-time political high
  principal permanent general executive assistant associate foreign domestic national international regional
  local federal state city county district municipal provincial supreme press policy presiding security military legal
  veteran prominent leading retired outgoing incoming current first second third vice co lead presidential
  parliamentary legislative opposition ruling independent conservative liberal democratic republican exiled
  jailed imprisoned detained late young elderly chief-executive managing technical medical economic trade
  defense defence foreign-policy digital public private global divisional field asst dep`);

/** Determiners that may open a role phrase ("the Pentagon's top policy adviser", "her advocate"). */
export const ROLE_DETERMINERS = set('the a an his her their its our my your');


/** Tokens that never belong to a person's name: organisations, events, calendar, media. */
export const NOT_NAME = set(`
  january february march april june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday center centre institute institution university college school academy
  department ministry agency bureau office committee commission council party company corp inc ltd llc plc
  group bank fund foundation association union league club team news times post journal press tribune gazette
  herald daily weekly magazine review street avenue road square tower building plaza palace senate congress
  parliament assembly court republic kingdom states airport station hospital church stadium arena embassy
  government administration army navy forces force police pentagon kremlin democrats republicans democratic
  republican reuters associated fox program act bill law agreement award awards cup championship games series
  conference forum war world global international national federal media network channel partners capital
  services industries airlines energy health market region province district authority authorities guild show
  convention strip resources affairs relations defenders corps guard alliance coalition federation organization
  organisation board policy united city service system schools area democrat liberal conservative labour tory
  socialist communist green co securities true false mostly library museum gallery studies research initiative productions studios entertainment pictures medicine therapeutics pharmaceuticals sciences labs technologies systems motors engineering construction
  logistics consulting solutions festival enterprises holdings contractors developers properties ventures airways brewery magistrates
  justices facebook twitter google apple amazon microsoft youtube instagram rovers wanderers rangers athletic albion hotspur
  argyle thistle academicals fc afc rfc`);

/** Post-nominal letters, exactly as written after a name ("Simon Ashworth KC", "Sarah Whitlock MP"): not part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'CH', 'FRS', 'PhD', 'MD', 'JP', 'DL', 'MP', 'MSP', 'MS', 'MLA', 'MEP', 'TD', 'MPP', 'MHA', 'MNA', 'AM']);
/** Post-nominals that are a seat in a legislature: a public post ("Sarah Whitlock MP"). */
export const SEAT_POST_NOMINALS: ReadonlySet<string> = new Set(['MP', 'MSP', 'MS', 'MLA', 'MEP', 'TD', 'MPP', 'MHA', 'MNA', 'AM']);

/** Words of NOT_NAME that are also common family names: after a given name they need less evidence ("Dana Fox said"). */
export const WORD_SURNAMES = set('fox green law');

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

/** Words that start a sentence but are not names even when capitalised. */
export const FUNCTION_WORDS = set(`
  the a an and but or nor for so yet if when while after before as at by in on of to from with without this
  that these those there here it its he she they we i you his her their our my your what who whom whose which
  where why how all some many most more few no not yes one two three also still even just only then now today
  yesterday tomorrow last next first new because although though since until unless despite during about over
  under between among into through across against like such each every both either neither any much other
  another do does did am is are was were be been being has have had will would can could should may might must
  shall let mr mrs ms dr according meanwhile however instead indeed perhaps maybe well oh never always often
  sometimes once again already soon later earlier asked said says told read more photo image video watch listen
  click share advertisement via upon within whether elsewhere afterward afterwards otherwise therefore thus
  beyond below above behind beside near toward towards around along amid outside inside per unlike regarding
  including following given speaking asked`);

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
  advises: 'adviser', advised: 'adviser', manages: 'manager', managed: 'manager', prosecuting: 'prosecutor',
  defending: 'counsel', mitigating: 'counsel',
  teaches: 'teacher', lectures: 'lecturer', coaches: 'coach', edits: 'editor', hosts: 'host', 'co-hosts': 'host',
  presents: 'presenter', coordinates: 'coordinator', owns: 'owner', 'co-owns': 'owner', founded: 'founder', 'co-founded': 'founder',
};

/** Demonyms: modifiers of a role ("Israeli Prime Minister"), never a person's name on their own. */
export const DEMONYMS = set(`
  afghan african albanian algerian american arab argentine armenian asian australian austrian azerbaijani
  bangladeshi belarusian belgian bosnian brazilian british bulgarian burmese cambodian canadian chilean chinese
  colombian congolese croatian cuban czech danish dutch egyptian emirati english ethiopian european filipino
  finnish french georgian german ghanaian greek haitian hungarian indian indonesian iranian iraqi irish israeli
  italian japanese jewish jordanian kenyan korean kurdish kuwaiti latin lebanese libyan lithuanian malaysian
  mexican moroccan muslim christian nigerian norwegian pakistani palestinian persian peruvian philippine polish
  portuguese qatari romanian russian saudi scottish serbian singaporean slovak somali soviet spanish sudanese
  swedish swiss syrian taiwanese thai tunisian turkish ugandan ukrainian venezuelan vietnamese welsh western
  eastern yemeni zimbabwean`);

/** Abbreviations that stand for a nation or a union of nations before a title ("US President", "EU envoy"). */
export const NATION_ABBREVS: ReadonlySet<string> = new Set(['u.s', 'us', 'u.k', 'uk', 'u.n', 'un', 'eu', 'e.u']);

/**
 * Organisations and bodies whose posts are public (government, legislature, judiciary, military, police,
 * diplomacy, public agencies, intergovernmental organisations, party leadership). Matched as whole words
 * (or word pairs) inside a role phrase.
 */
export const PUBLIC_BODIES = set(`
  government ministry department agency bureau administration cabinet pentagon congress senate house parliament
  assembly legislature council commission court courts judiciary police army navy military marines corps
  armed embassy consulate mission treasury fed reserve un nato eu imf wto icc icj osce asean opec interpol
  fbi cia nsa nsc dhs doj irs sec epa cdc fda nasa kremlin knesset duma bundestag politburo regime authority
  municipality prefecture province state federal public customs district security nations european force
  downing border office ministry's department's government's county borough township municipal nhs national
  pentagon's kremlin's administration's party white-house hawks guard city town village nation ntsb faa fema nhtsa ftc fcc usda nih atf dea tsa osha nrc nws noaa`);
/** Heads of role phrases that are public posts by themselves (abbreviations without their period). */
export const OFFICIAL_HEADS = set(`
  president vice-president minister secretary undersecretary under-secretary ambassador envoy senator sen
  congressman congresswoman rep governor gov mayor premier chancellor judge justice magistrate commissioner
  councillor councilor councilman councilwoman alderman assemblyman assemblywoman assemblymember legislator
  lawmaker mp mep mla mlc msp mpp mca cr backbencher frontbencher reeve coroner ombudsman ombudsperson selectman selectwoman
  sarpanch coun ald alderwoman headman headwoman peer prosecutor sheriff constable trooper detective inspector superintendent diplomat consul
  admiral adm colonel col general gen lieutenant lt major maj captain capt commander cmdr sergeant sgt corporal
  cpl pvt det insp marshal brigadier brig commandant emir king queen sultan monarch speaker whip director-general cllr supt
  ensign commodore airman seaman regent comr
  secretary-general solicitor-general attorney-general chief-of-staff comptroller treasurer auditor
  administrator delegate official officials soldier`);

/** Heads that are public posts only with a public body or a nation in the phrase ("Fed Chair", "FBI Director"). */
export const CONDITIONAL_HEADS = set(`
  chair chairman chairwoman chairperson chief head director leader spokesperson spokesman spokeswoman adviser boss
  advisor aide assistant deputy counsel counselor lawyer attorney advocate negotiator coordinator co-ordinator
  representative member officer lead agent representative executive secretary manager counterpart investigator collector
  clerk supervisor trustee warden controller`);

/** Heads that take a title-holder as possessor and stay public ("President Ramaphosa's special adviser"). */
export const STAFF_HEADS = set('adviser advisor aide assistant spokesperson spokesman spokeswoman deputy counselor chief-of-staff');

/** Heads that mark a private person whatever else the phrase says. */
export const PRIVATE_HEADS = set(`
  analyst economist strategist expert researcher scientist scholar academic professor lecturer fellow historian
  author writer novelist editor reporter journalist correspondent columnist commentator anchor host presenter
  producer actor actress star co-star creator filmmaker singer musician artist designer photographer model
  athlete player coach champion defender activist campaigner organizer pollster consultant lobbyist resident
  citizen student teacher doctor nurse engineer farmer driver worker employee volunteer victim witness survivor
  suspect defendant mother father son daughter wife husband brother sister friend colleague neighbor priest
  pastor rabbi imam cleric founder co-founder owner ceo investor billionaire businessman businesswoman
  entrepreneur banker nominee candidate hopeful challenger contender rival president-elect whistleblower
  protester refugee migrant midwife critic forward guard midfielder striker goalkeeper goalie quarterback pitcher
  shortstop outfielder infielder linebacker fullback sprinter swimmer golfer jockey skier teammate neighbour
  vendor influencer diver fisherman trader grandmother grandfather
  contractor plumber electrician mechanic shopkeeper cashier chef principal freshman sophomore junior senior
  elder rider rapper songwriter drummer dj fan tenant landlord landlady passenger commuter motorist cyclist pensioner
  retiree homeowner villager labourer laborer miner herder granddaughter grandson stepdaughter stepson heir heiress
  shareholder`);

/** Words that mark a private organisation inside a role phrase ("president of the Brookings Institution"). */
export const PRIVATE_BODIES = set(`
  institution institute foundation company corporation corp inc ltd llc plc group association club university
  college school think-tank firm bank markets capital partners holdings fund studio studios network newspaper
  magazine forum centre center program programme guild trade-group lobby league`);

/**
 * Nouns that describe a person by role, occupation or relation: the head of a role phrase
 * ("the Pentagon's top policy adviser", "Kyiv resident", "her advocate").
 */
export const ROLE_NOUNS = new Set([
  ...OFFICIAL_HEADS, ...CONDITIONAL_HEADS, ...PRIVATE_HEADS, ...set(`
  archbishop associate aunt barrister bishop cardinal commander-in-chief cousin grandfather grandmother icon incumbent
  legend manager militant monk nephew niece nun operative partner pilot pope predecessor prince princess private
  ringleader shopkeeper soldier solicitor staffer successor surgeon uncle veteran widower`),
]);

/** Words of a post's title: role nouns and the words that name a portfolio or body inside a title
 * ("Defense Secretary", "White House press secretary", "Prime Minister"). */
export const OFFICE_TITLES = new Set([
  ...ROLE_NOUNS, ...ROLE_MODIFIERS, ...set(`
  agriculture air army cabinet circuit climate commerce council court crown culture economy education energy
  environment finance fire force health home homeland house immigration intelligence interior labor labour
  lady majority marine minority navy pentagon police prime senate staff transport transportation treasury white
  petty warrant rear flight squadron wing pro tem tempore`),
]);

/** Portfolio words of public posts and departments ("Parks and Recreation", "Emergency Management"). */
export const PORTFOLIO = set(`
  parks recreation housing human services works planning development safety wildlife fisheries fish game
  veterans affairs infrastructure water resources natural tourism sport sports youth families children social
  welfare science technology innovation industry mines mining lands forestry conservation emergency management
  community communities arts heritage roads highways aviation revenue budget employment workforce skills
  pensions equality corrections prisons immigration citizenship investment environment climate energy
  education finance economy agriculture food rural urban regional local government trade justice culture
  sanitation zoning transit elections`);
