// npm run build:lexicon [-- --data DIR]
// Derives the compact name lexicons of lib/people/given-names.ts from the open data in ../shared/data
// (each source's PROVENANCE.md gives its licence): given names of office-holders and judges, English
// given names and their nicknames, the family names of people whose names are written family name
// first (Chinese, Korean, Vietnamese, Cambodian…), and country and US state names. Deterministic: same data, same output.
//
// A name is counted once per distinct person per source; the given-name list keeps the names seen
// for at least MIN_PEOPLE people (or listed by the English nickname table), so it stays small enough
// for the content script.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as WORDS from '../../lib/people/lexicon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const dataDir = args.includes('--data') ? path.resolve(args[args.indexOf('--data') + 1]!) : path.resolve(root, '../shared/data');
const OUT = path.join(root, 'lib/people/given-names.ts');

/** Given names kept: seen for at least this many distinct people across the sources. */
const MIN_PEOPLE = 8;
/** English given names (the nickname table) kept when seen for at least this many people. */
const ENGLISH_MIN_PEOPLE = 4;
/** Surname-first family names kept: seen for at least this many people (the sources hold few of them). */
const MIN_SURNAME = 1;
/** Countries whose names the sources write family name first. */
const SURNAME_FIRST_COUNTRY = /^(?:China|Taiwan|North Korea|South Korea|Korea, (?:North|South)|Vietnam|Cambodia)$/;

/**
 * Given names that are also everyday capitalised words of news text (months, virtues, common nouns):
 * left out so that "May Day" or "Will Trump…" do not read as names. Titles and places are handled by
 * the detector's own word lists.
 */
const NOT_GIVEN = new Set(
  ('may june april august will hope faith joy sunny summer winter autumn spring honor honour liberty ' +
    'justice major general king prince princess duke earl baron queen lord lady sir dame admiral ' +
    'president marshal bishop pope north south east west china india israel jordan georgia virginia carolina ' +
    'florida dakota austin houston dallas paris london berlin sydney victoria madison washington lincoln ' +
    'jackson kennedy trump white black brown green gray grey young long little rich strong love star ' +
    'sky storm rain river lake ocean state city court house senate council party union army navy ' +
    'god christ christmas easter sunday monday tuesday wednesday thursday friday saturday new old ' +
    'page rule price chase cash fair free early late best bright charge vacant acting represented interim ' +
    'appointed territorial notification sterling crystal charity honey pleasant prudence ' +
    'caretaker presidents prefect job odd skip slim lane mart clinton davis harris carter monroe nguyen ' +
    'mr mrs ms dr st jr sr ii iii iv de la le da di van von der den bin al el ibn abu').split(' '),
);

function readText(file: string): string {
  const buf = fs.readFileSync(file);
  return (file.endsWith('.gz') ? zlib.gunzipSync(buf) : buf).toString('utf8');
}

/** RFC 4180 CSV rows (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function csvRecords(file: string): Record<string, string>[] {
  const p = path.join(dataDir, file);
  if (!fs.existsSync(p)) {
    console.warn(`build-lexicon: ${file} not found; skipped`);
    return [];
  }
  const [head, ...rows] = parseCsv(readText(p));
  if (!head) return [];
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/** Lower-cases and strips diacritics; keeps letters, inner hyphens and apostrophes. */
function key(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'");
}

const isNameShape = (w: string) => /^[a-z][a-z-]*[a-z]$/.test(w) && w.length >= 2 && w.length <= 14 && !/--|''/.test(w);

// given name -> set of person keys that carry it
const given = new Map<string, Set<string>>();
const english = new Set<string>();
const surnameFirst = new Map<string, Set<string>>();

function addGiven(name: string | undefined, person: string) {
  if (!name) return;
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (/\.$/.test(first) || /^[A-Z]\.?$/.test(first)) return; // an initial
  const k = key(first.replace(/[,."()]/g, ''));
  if (!isNameShape(k)) return;
  let s = given.get(k);
  if (!s) given.set(k, (s = new Set()));
  s.add(person);
}

function addSurnameFirst(name: string, person: string) {
  const k = key(name);
  if (!/^[a-z]{1,6}$/.test(k)) return;
  let s = surnameFirst.get(k);
  if (!s) surnameFirst.set(k, (s = new Set()));
  s.add(person);
}

// English given names and their nicknames.
for (const r of csvRecords('nicknames/names.csv')) {
  for (const n of [r.name1, r.name2]) {
    const k = key(n ?? '');
    if (isNameShape(k)) english.add(k);
  }
}

// US Congress, historical and current.
for (const r of csvRecords('congress-legislators/legislators-historical.csv')) {
  const person = `cl:${r.bioguide_id || r.full_name || `${r.last_name}${r.first_name}`}`;
  addGiven(r.first_name, person);
  addGiven(r.nickname, person);
}
{
  const p = path.join(dataDir, 'congress-legislators/legislators-current.yaml');
  if (fs.existsSync(p)) {
    let n = 0;
    for (const line of readText(p).split('\n')) {
      const m = /^\s+(first|nickname):\s*(.+)$/.exec(line);
      if (m) addGiven(m[2]!.replace(/^['"]|['"]$/g, ''), `clc:${m[1] === 'first' ? ++n : n}`);
    }
  }
}

// US state legislators, governors, mayors.
for (const r of csvRecords('openstates-people/openstates_people.csv.gz')) addGiven(r.given_name || r.name, `os:${r.ocd_id}`);

// State Department principal officers and ambassadors.
for (const r of csvRecords('pocom/pocom_people.csv')) addGiven(r.forename, `pc:${r.person_id}`);

// US federal political appointees (Plum Book 2012 and 2016, the 2025 OPM export: names of incumbents), a
// younger set of names than the other sources hold
for (const r of csvRecords('us-plum-book/opm_plum_export_2025.csv.gz')) if (r.IncumbentFirstName) addGiven(r.IncumbentFirstName, `pb:${r.IncumbentFirstName} ${r.IncumbentLastName}`.toLowerCase());
for (const file of ['us-plum-book/plumbook_2012_positions.csv.gz', 'us-plum-book/plumbook_2016_positions.csv.gz']) {
  for (const r of csvRecords(file)) {
    const n = (r.name_of_incumbent ?? '').trim();
    if (n && !/^vacant$/i.test(n)) addGiven(n.includes(',') ? n.split(',')[1]!.trim() : n, `pb:${n}`.toLowerCase());
  }
}

// Federal judges.
for (const r of csvRecords('fjc-judges/fjc_judges_2023-07.csv.gz')) addGiven(r['First Name'], `fj:${r.nid}`);

// CIA world leaders (2019): surname in CAPITALS; in the countries that write the family name first, a
// name that opens with its CAPS surname gives a surname-first family name.
for (const r of csvRecords('cia-world-leaders-2019/cia_world_leaders_2019-06.csv.gz')) {
  const name = r.name ?? '';
  const person = `cia:${name}`;
  const toks = name.split(/\s+/).filter(Boolean);
  if (!toks.length) continue;
  const capsFirst = /^[A-Z][A-Z'-]+$/.test(toks[0]!) && toks.length > 1 && !/^[A-Z][A-Z'-]+$/.test(toks[toks.length - 1]!);
  if (capsFirst && !r.first_name) {
    if (SURNAME_FIRST_COUNTRY.test(r.country ?? '')) addSurnameFirst(toks[0]!, person);
  } else addGiven(r.first_name, person);
}

// World Factbook heads of state and government and ambassadors (2020–2026).
for (const r of csvRecords('world-factbook/factbook_leaders_ambassadors_tenures_2020-11_2026-05.csv')) {
  const name = (r.name ?? '').replace(/^-\s*/, '');
  const person = `wf:${name}`;
  if (r.name_order === 'surname_first' && r.surname && name.toLowerCase().startsWith(r.surname.toLowerCase() + ' ')) {
    if (SURNAME_FIRST_COUNTRY.test(r.country ?? '')) addSurnameFirst(r.surname, person);
  }
  else if (r.name_order === 'given_first') addGiven(name, person);
}

// Wikidata labels of office-holders of these countries are written family name first too.
for (const file of ['peppercat-wikidata/everywhere-leaders_2022-03-05.csv.gz', 'peppercat-wikidata/peppercat_tenures_2021-11_2025-01.csv.gz']) {
  for (const r of csvRecords(file)) {
    const country = r.catalog ?? r.country ?? '';
    const toks = (r.person ?? '').split(/\s+/).filter(Boolean);
    if (SURNAME_FIRST_COUNTRY.test(country) && toks.length >= 2 && toks.length <= 3) addSurnameFirst(toks[0]!, `wd:${r.personID || r.wikidata_id || r.person}`);
  }
}

const surnameFirstKeys = () => new Set([...surnameFirst].filter(([, s]) => s.size >= MIN_SURNAME).map(([k]) => k));

// Wikidata office-holders worldwide (Peppercat): the first word is the given name unless the name is
// written surname first (its first word is a known surname-first family name).
{
  const sf = surnameFirstKeys();
  const wikidata = (file: string, col: string, idCol: string) => {
    for (const r of csvRecords(file)) {
      const name = r[col] ?? '';
      const first = key(name.split(/\s+/)[0] ?? '');
      if (sf.has(first)) continue;
      addGiven(name, `wd:${r[idCol] || name}`);
    }
  };
  wikidata('peppercat-wikidata/everywhere-leaders_2022-03-05.csv.gz', 'person', 'personID');
  wikidata('peppercat-wikidata/everywhere-current_2023-01-30.csv.gz', 'person', 'personID');
  wikidata('peppercat-wikidata/peppercat_tenures_2021-11_2025-01.csv.gz', 'person', 'wikidata_id');
  wikidata('peppercat-wikidata/world_igo_bio_2023-01-10.csv.gz', 'name', 'id');
}

/** The detector's own word lists (titles, role nouns, function words…) are never given names, bar a few. */
const WORD_LISTS = [WORDS.FUNCTION_WORDS, WORDS.ROLE_NOUNS, WORDS.OFFICE_TITLES, WORDS.NOT_NAME, WORDS.ROLE_MODIFIERS, WORDS.DEMONYMS, WORDS.PUBLIC_BODIES, WORDS.HONORIFICS, WORDS.PLACE_WORDS, WORDS.SPEECH_VERBS];
const STILL_GIVEN = new Set(['bill', 'christian']);
const isListWord = (k: string) => !STILL_GIVEN.has(k) && WORD_LISTS.some((l) => l.has(k));
const givenList = [...given]
  .filter(([k, s]) => !NOT_GIVEN.has(k) && !isListWord(k) && (s.size >= MIN_PEOPLE || (english.has(k) && s.size >= ENGLISH_MIN_PEOPLE)))
  .map(([k]) => k)
  .sort();
/** Surname-first family names that are also English words ("He said", "No one"): left out. */
const NOT_SURNAME = new Set('an no you say law he oh im won do ha in on so go to'.split(' '));
const givenSet = new Set(givenList);
// a word already known as a given name ("Paul", "Kim") is evidence enough as it is
const surnameList = [...surnameFirstKeys()].filter((k) => !NOT_GIVEN.has(k) && !NOT_SURNAME.has(k) && !givenSet.has(k)).sort();

/** Front-coded packing: each entry is (shared prefix length as a digit or letter) + suffix, ' '-joined. */
function pack(words: string[]): string {
  let prev = '';
  const out: string[] = [];
  for (const w of words) {
    let p = 0;
    while (p < prev.length && p < w.length && p < 9 && prev[p] === w[p]) p++;
    out.push(`${p}${w.slice(p)}`);
    prev = w;
  }
  return out.join(' ');
}

// Places a name can be "of" or belong to: countries (World Factbook, CIA), US states, common short forms.
const US_STATES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|' +
  'indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|' +
  'montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|' +
  'oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|' +
  'west virginia|wisconsin|wyoming';
const SHORT_FORMS = 'britain|great britain|england|scotland|wales|america|us|u.s.|uk|u.k.|korea|congo|palestine|gaza|europe|africa|asia|taiwan|kosovo|crimea|burma|czech republic|ivory coast|vatican';
const places = new Set<string>();
const addPlace = (p: string) => {
  const k = key(p.replace(/\s*\(.*$/, '').replace(/^the /i, '').trim());
  if (/^[a-z][a-z .'-]{0,30}[a-z.]$/.test(k) && !k.includes('.json')) places.add(k);
};
US_STATES.split('|').forEach(addPlace);
SHORT_FORMS.split('|').forEach(addPlace);
// countries with an ambassador to or from the US (so not uninhabited or minor territories)
for (const r of csvRecords('world-factbook/factbook_leaders_ambassadors_tenures_2020-11_2026-05.csv')) {
  if (r.country && r.country !== 'none' && /ambassador/.test(r.role ?? '')) addPlace(r.country);
}
// every country of the CIA 2019 list too: some (Iran, North Korea, Syria) have no ambassador to or from the US
for (const r of csvRecords('cia-world-leaders-2019/cia_world_leaders_2019-06.csv.gz')) {
  const c = r.country ?? '';
  const m = /^(.*), (.*)$/.exec(c);
  addPlace(m ? (/^the$/i.test(m[2]!) ? m[1]! : `${m[2]} ${m[1]}`) : c);
}
const placeList = [...places].sort();

const packedGiven = pack(givenList);
const packedSurname = pack(surnameList);
const packedPlaces = placeList.join('|');
const gz = (s: string) => zlib.gzipSync(Buffer.from(s), { level: 9 }).length;

const src = `// Generated by scripts/people/build-lexicon.ts (npm run build:lexicon) from the open data in
// shared/data: congress-legislators (CC0), openstates-people (CC0), pocom (public domain), fjc-judges
// (public domain), us-plum-book (public domain), cia-world-leaders-2019 (public domain), world-factbook (CC0),
// peppercat-wikidata (Wikidata, CC0) and carltonnorthern/nicknames (Apache-2.0, ODU WS-DL). Do not edit.
//
// Front-coded, lower-case, diacritics removed: each entry is the length of the prefix it shares with
// the entry before it (one digit) and the rest of the word; entries are separated by spaces.

/** ${givenList.length} given names. */
export const GIVEN_NAMES_PACKED =
  ${JSON.stringify(packedGiven)};

/** ${placeList.length} countries, US states and their common short forms, '|'-separated. */
export const PLACES_PACKED =
  ${JSON.stringify(packedPlaces)};

/** ${surnameList.length} family names written first (Chinese, Korean, Vietnamese, Cambodian…). */
export const SURNAME_FIRST_PACKED =
  ${JSON.stringify(packedSurname)};
`;
fs.writeFileSync(OUT, src);
console.log(
  `build-lexicon: ${givenList.length} given names (${gz(packedGiven)} B gzipped), ` +
    `${surnameList.length} surname-first family names (${gz(packedSurname)} B gzipped), ` +
    `${placeList.length} places (${gz(packedPlaces)} B gzipped) -> ${path.relative(root, OUT)}`,
);
