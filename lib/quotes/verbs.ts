// Word lists for reading attributions in English news: reporting verbs in all their forms, the nouns
// that head a speaker phrase ("a senior official", "the ministry", "a Pentagon statement"), and the
// words that mark a quoted phrase as a term or a title rather than someone's words.

/** Reporting verbs: lemma → forms (base, 3rd person, past, participle, -ing). */
const LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted', 'posting'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  request: ['requests', 'requested', 'requesting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  answer: ['answers', 'answered', 'answering'],
  reply: ['replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  state: ['states', 'stated', 'stating'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  claim: ['claims', 'claimed', 'claiming'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  maintain: ['maintains', 'maintained', 'maintaining'],
  note: ['notes', 'noted', 'noting'],
  observe: ['observes', 'observed', 'observing'],
  remark: ['remarked', 'remarking'],
  comment: ['commented', 'commenting'],
  continue: ['continued', 'continues', 'continuing'],
  conclude: ['concluded', 'concludes', 'concluding'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  agree: ['agreed', 'agrees', 'agreeing'],
  disagree: ['disagreed', 'disagrees', 'disagreeing'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  promise: ['promised', 'promising'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  pledge: ['pledges', 'pledged', 'pledging'],
  threaten: ['threatened', 'threatens', 'threatening'],
  demand: ['demanded', 'demanding'],
  call: ['call', 'calls', 'called', 'calling'],
  describe: ['describe', 'described', 'describes', 'describing'],
  characterize: ['characterized', 'characterizes', 'characterised', 'characterises', 'characterizing', 'characterising'],
  boast: ['boasted', 'boasts', 'boasting'],
  brag: ['bragged', 'brags', 'bragging'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  lament: ['lamented', 'laments', 'lamenting'],
  criticize: ['criticized', 'criticised', 'criticizes', 'criticises', 'criticizing', 'criticising'],
  accuse: ['accused', 'accuses', 'accusing'],
  charge: ['charged'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  affirm: ['affirmed', 'affirms', 'affirming'],
  emphasize: ['emphasize', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising'],
  stress: ['stressed', 'stresses', 'stressing'],
  underscore: ['underscored', 'underscores', 'underscoring'],
  underline: ['underlined', 'underlines'],
  point: ['pointed'],
  report: ['reported'],
  reveal: ['revealed', 'reveals', 'revealing'],
  disclose: ['disclosed', 'discloses'],
  testify: ['testified', 'testifies', 'testify', 'testifying'],
  tout: ['touted', 'touts', 'touting'],
  quip: ['quipped', 'quips', 'quipping'],
  joke: ['joked', 'jokes', 'joking'],
  shout: ['shouted', 'shouts', 'shouting'],
  yell: ['yelled', 'yells', 'yelling'],
  scream: ['screamed', 'screaming'],
  cry: ['cried'],
  chant: ['chanted', 'chanting', 'chant', 'chants'],
  whisper: ['whispered', 'whispering'],
  exclaim: ['exclaimed', 'exclaiming'],
  mutter: ['muttered', 'muttering'],
  utter: ['uttered', 'utters', 'uttering'],
  // speech tags that say how it was said ("Trump simpered", "she deadpanned")
  simper: ['simpered'],
  gush: ['gushed'],
  fume: ['fumed'],
  scoff: ['scoffed'],
  sneer: ['sneered'],
  marvel: ['marvelled', 'marveled'],
  grumble: ['grumbled'],
  vent: ['vented'],
  groan: ['groaned'],
  deadpan: ['deadpanned'],
  intone: ['intoned'],
  chide: ['chided'],
  scold: ['scolded'],
  sniff: ['sniffed'],
  rant: ['ranted'],
  recite: ['recited', 'recites', 'reciting'],
  sigh: ['sighed'],
  laugh: ['laughed'],
  snap: ['snapped'],
  retort: ['retorted'],
  counter: ['countered', 'counters', 'countering'],
  rebut: ['rebutted'],
  object: ['objected'],
  protest: ['protested'],
  plead: ['pleaded', 'pled'],
  beg: ['begged'],
  advise: ['advised', 'advises'],
  caution: ['cautioned', 'cautions', 'cautioning'],
  recommend: ['recommended', 'recommends'],
  propose: ['proposed', 'proposes'],
  proclaim: ['proclaimed', 'proclaims', 'proclaiming'],
  mention: ['mentioned'],
  indicate: ['indicated', 'indicates'],
  signal: ['signaled', 'signalled', 'signals'],
  hint: ['hinted'],
  insinuate: ['insinuated', 'insinuating'],
  imply: ['implied'],
  speculate: ['speculated'],
  wonder: ['wondered', 'wonders'],
  muse: ['mused'],
  recount: ['recounted', 'recounts', 'recounting'],
  summarize: ['summarized', 'summarised'],
  instruct: ['instructed'],
  inform: ['informed'],
  assure: ['assured', 'assures', 'assuring'],
  reassure: ['reassured'],
  reiterate: ['reiterated', 'reiterates', 'reiterating'],
  repeat: ['repeated'],
  echo: ['echoed'],
  clarify: ['clarified'],
  elaborate: ['elaborated'],
  opine: ['opined'],
  blog: ['blogged'],
  text: ['texted'],
  email: ['emailed', 'e-mailed'],
  chime: ['chimed'],
  interject: ['interjected'],
  go: ['went'],
  put: ['put'],
  sum: ['summed'],
  quote: ['quoted'],
  denounce: ['denounced', 'denounces', 'denouncing'],
  condemn: ['condemned', 'condemns', 'condemning'],
  slam: ['slammed', 'slams', 'slamming'],
  blast: ['blasted', 'blasts'],
  praise: ['praised', 'praises', 'praising'],
  hail: ['hailed', 'hails'],
  dismiss: ['dismissed', 'dismisses', 'dismissing'],
  reject: ['rejected', 'rejects', 'rejecting'],
  decry: ['decried', 'decries'],
  label: ['labeled', 'labelled', 'labels'],
  brand: ['branded', 'brands'],
  dub: ['dubbed', 'dubs'],
  deem: ['deemed'],
  assail: ['assailed'],
  attack: ['attacked'],
  mock: ['mocked'],
  refer: ['referred', 'referring'],
  thank: ['thanked'],
  apologize: ['apologized', 'apologised'],
  concur: ['concurred'],
  lash: ['lashed'],
  fire: ['fired'],
  hit: ['hit'],
  rail: ['railed'],
  speak: ['spoke', 'speak', 'speaks'],
  remind: ['reminded'],
  liken: ['likened', 'likens', 'likening'],
  laud: ['lauded', 'lauds', 'lauding'],
  applaud: ['applauded', 'applauds'],
  exhort: ['exhorted', 'exhorts'],
  compare: ['compared', 'compares', 'comparing'],
  find: ['found', 'finds'],
  show: ['showed', 'shows'],
};

/** Every reporting-verb form, lower case, mapped to its lemma. */
export const REPORTING_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries(LEMMAS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);

/** Verbs that report speech only with their particle ("went on", "pointed out", "summed up"). */
export const PARTICLE_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['went', ['on']],
  ['put', ['it']],
  ['summed', ['up']],
  ['pointed', ['out']],
  ['chimed', ['in']],
  ['lashed', ['out']],
  ['fired', ['back']],
  ['hit', ['back', 'out']],
  ['spoke', ['of', 'about']],
  ['speaks', ['of', 'about']],
  ['referred', ['to']],
  ['referring', ['to']],
  ['railed', ['against']],
]);

/**
 * Lemmas strong enough to report indirect speech ("X said that ..."): verbs of saying, not of
 * judging or naming.
 */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'write', 'warn', 'insist', 'argue', 'explain', 'claim', 'contend', 'maintain', 'note',
  'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'suggest', 'predict', 'announce', 'declare', 'state',
  'assert', 'stress', 'emphasize', 'testify', 'allege', 'report', 'reveal', 'tweet', 'respond', 'reply',
  'recall', 'observe', 'reiterate', 'concede', 'caution', 'vow', 'pledge', 'promise', 'complain', 'boast',
]);

/** Forms whose base or -s form is also a common noun ("a report", "his claims"). */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set([
  'call', 'calls', 'tweet', 'tweets', 'post', 'notes', 'claims', 'states', 'remarks', 'answers', 'replies',
  'warning', 'chant', 'chants', 'label', 'labels', 'brands', 'hit', 'put', 'counters', 'promises', 'reports',
  'requests', 'demands', 'signals', 'stresses', 'attacks', 'text', 'say', 'tell', 'add', 'ask', 'write',
  'urge', 'vow', 'vows', 'hails', 'jokes', 'thanks', 'cries', 'fire',
]);

/** Nouns that report speech ("in a statement", "a ministry statement said"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'release', 'communique', 'communiqué', 'letter', 'memo', 'tweet', 'post',
  'interview', 'speech', 'remarks', 'testimony', 'email', 'e-mail', 'filing', 'report', 'briefing', 'notice',
  'announcement', 'message', 'note', 'submission', 'ruling', 'decision', 'order', 'complaint', 'lawsuit',
  'indictment', 'proclamation', 'declaration', 'document', 'documents', 'readout', 'transcript', 'motion',
  'petition', 'study', 'survey', 'analysis', 'editorial', 'op-ed', 'column', 'book', 'memoir', 'essay',
  'blog', 'website', 'press', 'kit', 'guidance', 'assessment', 'warning', 'advisory', 'summary',
  'investigation', 'inquiry', 'probe', 'review', 'audit', 'poll', 'research', 'data', 'figures', 'records',
]);

/** Nouns for a person who speaks for an organisation: their words are the organisation's. */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons', 'spokesmen', 'spokeswomen',
]);

/** Lower-case heads of an organisation phrase ("Russia's foreign ministry", "the Philippine government"). */
export const ORG_HEADS_LOWER: ReadonlySet<string> = new Set([
  'ministry', 'government', 'department', 'office', 'embassy', 'consulate', 'agency', 'party', 'campaign',
  'administration', 'military', 'army', 'navy', 'police', 'court', 'committee', 'council', 'bureau',
  'company', 'firm', 'authority', 'commission', 'parliament', 'cabinet', 'league', 'union', 'bank', 'fund',
  'group', 'coalition', 'alliance', 'organization', 'organisation', 'association', 'foundation', 'institute',
  'university', 'network', 'newspaper', 'channel', 'broadcaster', 'junta', 'regime', 'kremlin',
  'presidency', 'secretariat', 'board', 'panel', 'tribunal', 'legislature', 'senate',
  'congress', 'assembly', 'delegation', 'mission', 'team', 'club', 'airline', 'carrier', 'manufacturer',
  'maker', 'retailer', 'insurer', 'operator', 'regulator', 'watchdog', 'service', 'corporation', 'center',
  'centre', 'forces', 'force', 'guard', 'command', 'staff', 'caucus', 'house', 'chamber', 'fed',
]);

/** Capitalised words that make a capitalised run an organisation's name. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'committee', 'council', 'bureau', 'agency', 'commission', 'party',
  'festival', 'embassy', 'consulate', 'court', 'parliament', 'senate', 'congress', 'assembly', 'pentagon', 'kremlin',
  'union', 'nations', 'organization', 'organisation', 'association', 'institute', 'institution', 'center',
  'centre', 'university', 'college', 'foundation', 'bank', 'fund', 'reserve', 'corp', 'corporation', 'inc',
  'company', 'co', 'group', 'police', 'army', 'navy', 'force', 'forces', 'guard', 'service', 'services',
  'authority', 'administration', 'campaign', 'league', 'federation', 'board', 'network', 'times', 'post',
  'journal', 'news', 'press', 'tribune', 'media', 'club', 'cabinet', 'government', 'secretariat',
  'directorate', 'command', 'coalition', 'alliance', 'movement', 'front', 'society', 'trust', 'tribunal',
  'caucus', 'delegation', 'mission', 'fed', 'treasury', 'house', 'hall', 'commons', 'lords', 'council',
  'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'holdings', 'partners', 'capital', 'airlines', 'motors',
  'laboratories', 'labs', 'systems', 'technologies', 'communications', 'industries', 'insurance', 'securities',
  'commissioner', 'prosecutors', 'reuters', 'bloomberg', 'whitehall', 'downing', 'legislature', 'chamber',
  'watch', 'international', 'initiative', 'project', 'program', 'programme', 'team', 'clinic', 'hospital',
  'school', 'academy', 'observatory', 'unit', 'corps', 'marines', 'politburo', 'synod', 'vatican', 'fbi',
]);

/** Nouns for members of a body: "lawmakers on the committee" speak as the committee. */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'lawmakers', 'legislators', 'members', 'senators', 'representatives', 'congressmen', 'congresswomen',
  'commissioners', 'councillors', 'councilors', 'delegates', 'judges', 'justices', 'directors', 'trustees',
  'ministers', 'mps', 'meps', 'leaders', 'negotiators', 'lawyers', 'attorneys', 'prosecutors', 'investigators',
]);

/** Heads of an unnamed source ("a senior official", "two people familiar with the matter"). */
export const UNNAMED_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'aide', 'aides', 'diplomat', 'diplomats', 'person', 'people',
  'resident', 'residents', 'witness', 'witnesses', 'analyst', 'analysts', 'expert', 'experts', 'observer',
  'observers', 'insider', 'insiders', 'officer', 'officers', 'member', 'members', 'staffer', 'staffers',
  'adviser', 'advisers', 'advisor', 'advisors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'executive',
  'executives', 'employee', 'employees', 'worker', 'workers', 'voter', 'voters', 'critic', 'critics',
  'supporter', 'supporters', 'protester', 'protesters', 'activist', 'activists', 'authorities', 'police',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'investigator', 'investigators', 'prosecutor',
  'prosecutors', 'economist', 'economists', 'doctor', 'doctors', 'scientist', 'scientists', 'researcher',
  'researchers', 'student', 'students', 'parent', 'parents', 'teacher', 'teachers', 'leader', 'leaders',
  'organizer', 'organizers', 'organiser', 'organisers', 'spokesperson', 'spokesman', 'spokeswoman', 'one',
  'others', 'someone', 'somebody', 'man', 'woman', 'men', 'women', 'customer', 'customers', 'victim',
  'victims', 'survivor', 'survivors', 'veteran', 'veterans', 'farmer', 'farmers', 'owner', 'owners',
  'trader', 'traders', 'investor', 'investors', 'strategist', 'strategists', 'pollster', 'pollsters',
  'manager', 'managers', 'negotiator', 'negotiators', 'commander', 'commanders', 'soldier', 'soldiers',
  'fan', 'fans', 'audience', 'crowd', 'crowds', 'democrats', 'republicans', 'colleagues', 'friends',
  'neighbor', 'neighbors', 'neighbour', 'neighbours', 'relative', 'relatives', 'family', 'user', 'users',
  'followers', 'defenders', 'opponents', 'rivals', 'allies', 'partner', 'partners', 'delegate', 'delegates',
  'senator', 'senators', 'representative', 'representatives', 'minister', 'ministers', 'judge', 'judges',
]);

/** Heads of a definite description of a person ("the president", "the former mayor"). */
export const PERSON_ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'ambassador', 'envoy', 'senator', 'congressman', 'congresswoman', 'governor',
  'mayor', 'secretary', 'chancellor', 'premier', 'chairman', 'chairwoman', 'chair', 'chief', 'leader',
  'director', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'candidate', 'nominee', 'billionaire',
  'businessman', 'businesswoman', 'tycoon', 'mogul', 'magnate', 'actor', 'actress', 'singer', 'star',
  'rapper', 'author', 'novelist', 'writer', 'ceo', 'founder', 'coach', 'manager', 'general', 'admiral',
  'commander', 'colonel', 'judge', 'justice', 'prosecutor', 'lawyer', 'attorney', 'counsel', 'diplomat',
  'spokesman', 'spokeswoman', 'spokesperson', 'economist', 'professor', 'scholar', 'historian', 'analyst',
  'adviser', 'advisor', 'official', 'officer', 'speaker', 'lawmaker', 'legislator', 'representative',
  'republican', 'democrat', 'incumbent', 'challenger', 'frontrunner', 'front-runner', 'nominee',
  'president-elect', 'vice', 'host', 'anchor', 'commentator', 'veteran', 'activist', 'witness',
  'entrepreneur', 'investor', 'executive', 'owner', 'player', 'striker', 'captain', 'champion', 'director',
  'filmmaker', 'producer', 'artist', 'musician', 'comedian', 'chef', 'doctor', 'physician', 'scientist',
  'researcher', 'strategist', 'pollster', 'consultant', 'mother', 'father', 'wife', 'husband', 'daughter',
  'son', 'sister', 'brother', 'widow', 'pontiff', 'monarch', 'sheikh', 'emir', 'ayatollah', 'cleric',
  'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'pastor', 'priest', 'reverend', 'sheriff', 'detective',
  'inspector', 'superintendent', 'commissioner', 'treasurer', 'comptroller', 'auditor', 'clerk',
  'superstar', 'legend', 'veteran', 'founder', 'ex-president', 'premier', 'dictator', 'strongman', 'autocrat',
]);

/** Words before a quoted phrase that make it a term, a name or a title, not someone's words. */
export const TERM_CUES: ReadonlySet<string> = new Set([
  'so-called', 'word', 'words', 'term', 'terms', 'phrase', 'phrases', 'slogan', 'slogans', 'label', 'labels',
  'titled', 'entitled', 'nicknamed', 'dubbed', 'named', 'known', 'hashtag', 'motto', 'headline', 'headlined',
  'banner', 'sign', 'signs', 'placard', 'placards', 'caption', 'captioned', 'album', 'song', 'film', 'movie',
  'book', 'novel', 'show', 'series', 'programme', 'program', 'operation', 'codenamed', 'code-named',
  'brand', 'branded', 'trademark', 'nickname', 'moniker', 'acronym', 'catchphrase', 'mantra', 'rubric',
  'category', 'categories', 'dubbing', 'naming', 'tagline', 'episode', 'documentary', 'play',
  'musical', 'opera', 'exhibit', 'exhibition', 'podcast', 'column', 'essay', 'article', 'poem', 'painting',
]);

/** Nouns for what someone said: "Trump's claim that “…”", "his promise to “…”". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'statement', 'statements', 'assertion', 'comment', 'comments', 'remark', 'remarks', 'words',
  'promise', 'pledge', 'vow', 'warning', 'allegation', 'allegations', 'accusation', 'accusations', 'argument',
  'insistence', 'description', 'characterization', 'tweet', 'tweets', 'boast', 'complaint', 'suggestion',
  'prediction', 'declaration', 'admission', 'denial', 'insult', 'insults', 'charge', 'charges', 'quip', 'joke',
  'call', 'demand', 'threat', 'assessment', 'verdict', 'message', 'response', 'answer', 'reply', 'retort',
]);

/** Subject pronouns. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);

/** Auxiliaries, negation and adverbs that may stand between a subject and its reporting verb. */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'should',
  'may', 'might', 'must', 'shall', 'can', 'did', 'does', 'do', 'also', 'later', 'then', 'again', 'once',
  'previously', 'recently', 'further', 'repeatedly', 'not', 'never', 'just', 'still', 'already', 'often',
  'sometimes', 'earlier', 'first', 'separately', 'subsequently', 'finally', 'initially', 'immediately',
  'as', 'quoted', 'n’t', "n't", 'had', 'even', 'now', 'today', 'yesterday', 'tonight', 'last', 'once',
  'since', 'long', 'both', 'all', 'himself', 'herself', 'themselves', 'itself', 'too', 'however',
  'nonetheless', 'nevertheless', 'meanwhile', 'instead', 'in', 'turn', 'well',
]);

/** Words ending in -ly that are not adverbs. */
export const LY_NOUNS: ReadonlySet<string> = new Set([
  'family', 'assembly', 'ally', 'rally', 'supply', 'reply', 'fly', 'belly', 'bully', 'jelly', 'holy', 'italy',
  'july', 'lily', 'sally', 'emily', 'kelly', 'molly', 'polly', 'billy', 'willy', 'anomaly', 'monopoly',
  'homily', 'folly', 'gully', 'tally', 'doily', 'melancholy',
]);

/** Prepositions: a name right after one is not the subject of the clause. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'for', 'at', 'from', 'in', 'on', 'with', 'to', 'by', 'under', 'about', 'against', 'including', 'like',
  'between', 'among', 'into', 'onto', 'over', 'after', 'before', 'during', 'toward', 'towards', 'without',
  'within', 'via', 'through', 'upon', 'than', 'behind', 'beside', 'near', 'across', 'around', 'despite',
  'unlike', 'per', 'amid', 'alongside', 'regarding', 'concerning', 'versus', 'vs',
]);

/** Determiners and possessives: a word right after one is a noun, not a verb. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'some', 'any', 'every', 'each', 'no', 'another', 'such',
]);

/** Words that open a subordinate or relative clause (a subject never runs across one). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'because', 'if', 'although', 'though',
  'since', 'unless', 'whether', 'but', 'or', 'so', 'than', 'whereas', 'until', 'after', 'before', 'as',
  'once', 'what', 'how', 'why', 'nor', 'yet',
]);

// The forms the first version recognised. isReportingVerb keeps answering from this list so modules
// outside lib/quotes (people detection reads it for appositives) see no change from this branch.
const LEGACY_FORMS = new Set(
  (
    'say says said saying tell tells told telling add adds added adding write writes wrote written writing tweet ' +
    'tweets tweeted tweeting posted urge urges urged urging request requests requested requesting warn warns warned ' +
    'warning insist insists insisted insisting argue argues argued arguing explain explains explained explaining ' +
    'recall recalls recalled recalling ask asks asked asking answer answers answered answering reply replies ' +
    'replied replying respond responds responded responding states stated stating declare declares declared ' +
    'declaring announce announces announced announcing claim claims claimed claiming contend contends contended ' +
    'contending maintains maintained note notes noted noting observes observed remark remarks remarked commented ' +
    'comments continued continues continuing concluded concludes acknowledge acknowledges acknowledged ' +
    'acknowledging admit admits admitted admitting concede concedes conceded conceding confirm confirms confirmed ' +
    'confirming deny denies denied denying agreed agrees suggest suggests suggested suggesting predict predicts ' +
    'predicted promise promises promised promising vow vows vowed vowing pledge pledges pledged threatened ' +
    'threatens demand demands demanded demanding called described describes describing characterized ' +
    'characterizes characterised boasted boasts complain complains complained complaining lamented laments ' +
    'criticized criticised criticizes accused accuses charged allege alleges alleged assert asserts asserted ' +
    'affirmed affirms emphasize emphasized emphasised emphasizes stress stresses stressed stressing underscored ' +
    'underscores pointed report reports reported reporting revealed reveals disclosed testified testifies testify ' +
    'touted touts quipped quips quip joked jokes shouted shouts shouting yelled yells screamed cried chanted ' +
    'chanting whispered exclaimed muttered sighed laughed smiled snapped retorted countered counters rebutted ' +
    'objected protested pleaded pled begged advised advises cautioned cautions recommended recommends proposed ' +
    'proclaimed mentioned indicated indicates signaled signalled hinted insinuated speculated wondered wonders ' +
    'mused thinks thought believes believed recounted recounts summarized summarised instructed ordered informed ' +
    'assured assures reassured reiterated reiterates repeated echoed clarified elaborated specified estimated ' +
    'calculated posited hypothesized opined editorialized blogged texted emailed e-mailed messaged chimed ' +
    'interjected interrupted began went put summed reads read quoted cited'
  ).split(' '),
);

/** True for a reporting-verb form of the first version's list (kept stable for other modules). */
export function isReportingVerb(word: string): boolean {
  return LEGACY_FORMS.has(word.toLowerCase());
}
