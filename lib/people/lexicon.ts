// Word lists for reading names and roles in English news. Lower-case keys; matching lower-cases tokens.

/** Honorifics and titles that come directly before a name. */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'rev', 'rev.', 'fr', 'fr.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'lt', 'lt.', 'gen', 'gen.', 'col', 'col.',
  'maj', 'maj.', 'capt', 'capt.', 'cmdr', 'cmdr.', 'adm', 'adm.', 'sgt', 'sgt.', 'cpl', 'cpl.', 'pvt', 'pvt.',
  'insp', 'insp.', 'supt', 'supt.', 'det', 'det.', 'hon', 'hon.', 'pres', 'pres.', 'atty', 'atty.', 'sheikh',
  'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam',
]);

/** Words naming a post. Before a name they form a title chain ("Defense Minister Li Shangfu"). */
export const OFFICE_TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'undersecretary', 'under-secretary', 'ambassador',
  'envoy', 'senator', 'congressman', 'congresswoman', 'representative', 'governor', 'lieutenant', 'mayor',
  'chancellor', 'premier', 'chairman', 'chairwoman', 'chair', 'chairperson', 'speaker', 'leader', 'whip',
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'press', 'attorney', 'general', 'judge', 'justice',
  'magistrate', 'commissioner', 'councillor', 'councilor', 'councilman', 'councilwoman', 'council', 'member',
  'deputy', 'assistant', 'associate', 'acting', 'interim', 'former', 'ex', 'chief', 'head', 'director', 'admiral',
  'colonel', 'major', 'captain', 'commander', 'sergeant', 'corporal', 'private', 'marshal', 'brigadier',
  'officer', 'inspector', 'superintendent', 'sheriff', 'constable', 'detective', 'trooper', 'adviser', 'advisor',
  'counsel', 'counselor', 'consul', 'diplomat', 'official', 'administrator', 'comptroller', 'treasurer', 'auditor',
  'prosecutor', 'solicitor', 'delegate', 'legislator', 'lawmaker', 'assemblyman', 'assemblywoman',
  'assemblymember', 'alderman', 'emir', 'king', 'queen', 'prince', 'princess', 'sultan', 'president-elect',
  'crown', 'foreign', 'defense', 'defence', 'interior', 'finance', 'treasury', 'state', 'trade', 'economy',
  'health', 'education', 'energy', 'justice', 'labor', 'labour', 'commerce', 'agriculture', 'transport',
  'transportation', 'homeland', 'security', 'intelligence', 'national', 'climate', 'environment', 'culture',
  'immigration', 'home', 'army', 'navy', 'air', 'force', 'marine', 'police', 'fire', 'district', 'county',
  'city', 'state', 'federal', 'supreme', 'court', 'circuit', 'house', 'senate', 'majority', 'minority',
  'pentagon', 'white', 'chief-of-staff', 'staff', 'cabinet', 'first', 'lady', 'surgeon', 'solicitor-general',
  'attorney-general', 'secretary-general', 'director-general', 'ceo', 'founder', 'co-founder', 'professor',
  'coach', 'manager', 'executive', 'analyst', 'economist', 'researcher', 'scientist', 'author', 'editor',
  'reporter', 'correspondent', 'columnist', 'activist', 'lawyer', 'attorney', 'candidate', 'nominee', 'hopeful',
  'owner', 'partner', 'fellow', 'strategist', 'pollster', 'consultant', 'producer', 'singer', 'actor',
  'actress', 'star', 'player', 'striker', 'goalkeeper', 'quarterback', 'pitcher', 'forward', 'midfielder',
  'defender', 'champion', 'designer', 'artist', 'writer', 'novelist', 'historian', 'spokesperson',
]);

/** Titles and role words that mark a public post (for `official`). */
export const OFFICIAL_WORDS = new Set([
  'president', 'vice-president', 'prime', 'minister', 'secretary', 'undersecretary', 'ambassador', 'envoy',
  'senator', 'sen', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep', 'rep.', 'governor', 'gov',
  'gov.', 'mayor', 'chancellor', 'premier', 'spokesperson', 'spokesman', 'spokeswoman', 'attorney-general',
  'judge', 'justice', 'magistrate', 'commissioner', 'councillor', 'councilor', 'councilman', 'councilwoman',
  'admiral', 'adm', 'adm.', 'colonel', 'col', 'col.', 'general', 'gen', 'gen.', 'lieutenant', 'lt', 'lt.',
  'major', 'maj', 'maj.', 'captain', 'capt', 'capt.', 'commander', 'sergeant', 'sgt', 'sgt.', 'marshal',
  'brigadier', 'officer', 'inspector', 'superintendent', 'sheriff', 'constable', 'detective', 'trooper',
  'consul', 'diplomat', 'official', 'administrator', 'comptroller', 'treasurer', 'prosecutor', 'legislator',
  'lawmaker', 'assemblyman', 'assemblywoman', 'assemblymember', 'alderman', 'delegate', 'emir', 'king',
  'queen', 'sultan', 'president-elect', 'speaker', 'whip', 'secretary-general', 'director-general',
  'solicitor-general', 'surgeon', 'police', 'army', 'navy', 'military', 'ministry', 'department',
  'pentagon', 'embassy', 'government', 'parliament', 'congress', 'senate', 'legislature', 'cabinet',
  'mp', 'mep', 'state', 'federal', 'agency', 'envoy', 'attorney', 'chief-of-staff', 'deputy',
]);

/** Tokens that never belong to a person's name (organisations, places, calendar). */
export const NOT_NAME = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'center', 'centre', 'institute',
  'university', 'college', 'school', 'department', 'ministry', 'agency', 'bureau', 'office', 'committee',
  'commission', 'council', 'party', 'company', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'llc', 'group', 'bank',
  'fund', 'foundation', 'association', 'union', 'league', 'club', 'team', 'news', 'times', 'post', 'journal',
  'press', 'street', 'st.', 'avenue', 'road', 'square', 'tower', 'building', 'hall', 'house', 'senate',
  'congress', 'parliament', 'court', 'county', 'city', 'state', 'states', 'republic', 'kingdom', 'united',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'river', 'lake', 'mountain',
  'island', 'islands', 'ocean', 'sea', 'bay', 'airport', 'station', 'hospital', 'church', 'museum', 'park',
  'embassy', 'government', 'administration', 'army', 'navy', 'forces', 'force', 'police', 'pentagon',
  'kremlin', 'democrats', 'republicans', 'democratic', 'republican', 'god', 'christmas', 'easter', 'ramadan',
  'covid', 'covid-19', 'coronavirus', 'internet', 'twitter', 'facebook', 'google', 'apple', 'amazon',
  'microsoft', 'youtube', 'instagram', 'tiktok', 'reuters', 'associated', 'ap', 'afp', 'bbc', 'cnn', 'nbc',
  'abc', 'cbs', 'fox', 'msnbc', 'npr', 'nasa', 'fbi', 'cia', 'nato', 'un', 'eu', 'usa', 'u.s.', 'u.k.', 'uk',
  'us', 'program', 'programme', 'project', 'act', 'bill', 'law', 'treaty', 'agreement', 'plan', 'initiative',
  'award', 'prize', 'cup', 'championship', 'games', 'olympics', 'series', 'festival', 'conference', 'summit',
  'forum', 'war', 'world', 'global', 'international', 'national', 'federal', 'media', 'network', 'channel',
  'magazine', 'review', 'herald', 'tribune', 'gazette', 'daily', 'weekly', 'online', 'inc', 'co', 'co.',
  'holdings', 'partners', 'capital', 'securities', 'technologies', 'technology', 'systems', 'services',
  'airlines', 'motors', 'energy', 'oil', 'gas', 'power', 'health', 'care', 'medical', 'clinic', 'lab',
  'laboratory', 'library', 'zoo', 'stadium', 'arena', 'mall', 'market', 'exchange', 'index', 'dow',
  'nasdaq', 'region', 'province', 'district', 'valley', 'beach', 'hill', 'hills', 'coast', 'village', 'town',
]);

/** Particles inside names ("Ursula von der Leyen", "Osama bin Laden"). */
export const NAME_PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le', 'van', 'von', 'ter',
  'bin', 'bint', 'ibn', 'al', 'el', 'abu', 'y', 'zu', 'af', 'av', 'st.',
]);

/** Name suffixes. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Subject pronouns and what they can refer to. */
export const PRONOUNS: Record<string, 'he' | 'she' | 'they' | 'it' | 'i' | 'we'> = {
  he: 'he', she: 'she', they: 'they', it: 'it', i: 'i', we: 'we',
};

/** Words that start a sentence but are not names even when capitalised. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'if', 'when', 'while', 'after', 'before',
  'as', 'at', 'by', 'in', 'on', 'of', 'to', 'from', 'with', 'without', 'this', 'that', 'these', 'those',
  'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'your', 'what', 'who', 'which', 'where', 'why', 'how', 'all', 'some', 'many', 'most', 'more', 'few',
  'no', 'not', 'yes', 'one', 'two', 'three', 'also', 'still', 'even', 'just', 'only', 'then', 'now',
  'today', 'yesterday', 'tomorrow', 'last', 'next', 'first', 'new', 'because', 'although', 'though',
  'since', 'until', 'unless', 'despite', 'during', 'about', 'over', 'under', 'between', 'among', 'into',
  'through', 'across', 'against', 'like', 'such', 'each', 'every', 'both', 'either', 'neither', 'any',
  'much', 'other', 'another', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'let', 'please',
  'thank', 'thanks', 'mr', 'mrs', 'ms', 'dr', 'according', 'meanwhile', 'however', 'instead', 'indeed',
  'perhaps', 'maybe', 'well', 'oh', 'hey', 'yeah', 'ok', 'okay', 'sure', 'never', 'always', 'often',
  'sometimes', 'once', 'again', 'already', 'soon', 'later', 'earlier', 'asked', 'said', 'says', 'told',
  'read', 'more', 'photo', 'image', 'video', 'watch', 'listen', 'click', 'share', 'advertisement',
]);
