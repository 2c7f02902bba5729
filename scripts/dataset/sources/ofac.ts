// US Treasury OFAC SDN list: sanctioned individuals, their aliases, programmes and nationalities. A flag,
// never a role: OFAC's "title" is what it recorded at designation, so it is not turned into a role.
import { canonicalCountry } from '../../../lib/dataset/countries';
import { parseCsv, readCsvObjects } from '../csv';
import { clean, join, readText, titleCase, type SourceContext, type SrcPerson } from '../model';

const SRC = 'ofac';

/** "HANIYEH, Ismail" → "Ismail Haniyeh" (surname "Haniyeh"). */
export function ofacName(raw: string): { name: string; surname: string | null } | null {
  const s = clean(raw);
  if (!s) return null;
  const i = s.indexOf(',');
  const recase = (t: string) => t.replace(/\p{Lu}[\p{Lu}'’]+/gu, (w) => titleCase(w));
  if (i < 0) return { name: recase(s), surname: null };
  const sur = recase(clean(s.slice(0, i)));
  const given = clean(s.slice(i + 1));
  if (!sur || !given) return null;
  return { name: `${given} ${sur}`, surname: sur };
}

function countriesOf(text: string): string[] {
  const out = new Set<string>();
  for (const part of text.split(/[;|]/)) {
    const last = clean(part.replace(/\.$/, '')).split(',').pop() ?? '';
    const c = canonicalCountry(clean(last));
    if (c) out.add(c);
  }
  return [...out];
}

export function readOfac(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'ofac-sdn');
  const rep = ctx.report.source(SRC);
  const t = readCsvObjects(readText(join(dir, 'ofac_sdn_individuals_with_aliases_2024-05-03.csv.gz')));
  rep.rows += t.rows.length;
  if (t.malformed) ctx.report.skip(SRC, 'malformed CSV row', t.malformed);
  // The primary list: cross-check that each derived individual is an individual there.
  const types = new Map<string, string>();
  for (const row of parseCsv(readText(join(dir, 'sdn_2024-05-03.csv.gz')))) if (row[0]) types.set(row[0].trim(), (row[2] ?? '').trim());
  // Later alternate names (to 2025-12) for the same entries.
  const alt = new Map<string, string[]>();
  let altOrphans = 0;
  for (const row of parseCsv(readText(join(dir, 'alt_2025-12.csv.gz')))) {
    const ent = (row[0] ?? '').trim();
    const n = clean(row[3]);
    if (!ent || !n) continue;
    if (!types.has(ent)) {
      altOrphans++;
      continue;
    }
    (alt.get(ent) ?? alt.set(ent, []).get(ent)!).push(n);
  }
  if (altOrphans) ctx.report.skip(SRC, 'alt.csv name of an entry designated after 2024-05-03 (no primary record)', altOrphans);
  const out: SrcPerson[] = [];
  for (const r of t.rows) {
    const ent = r.ent_num ?? '';
    const nm = ofacName(r.name ?? '');
    if (!ent || !nm) {
      ctx.report.skip(SRC, 'no entry number or name');
      continue;
    }
    if (types.has(ent) && types.get(ent) !== 'individual') {
      ctx.report.skip(SRC, 'not an individual in sdn.csv (contradictory row)');
      continue;
    }
    const aliases = new Set<string>();
    for (const a of (r.aliases ?? '').split('|')) {
      const n = ofacName(a.replace(/^(aka|fka|nka):/, ''));
      if (n && n.name.split(' ').length >= 2) aliases.add(n.name);
    }
    for (const a of alt.get(ent) ?? []) {
      const n = ofacName(a);
      if (n && n.name.split(' ').length >= 2) aliases.add(n.name);
    }
    aliases.delete(nm.name);
    const programs = (r.program ?? '')
      .split(/\]\s*\[/)
      .map((p) => p.replace(/[[\]]/g, '').trim())
      .filter(Boolean);
    const nationality = [...new Set([...countriesOf(r.nationality ?? ''), ...countriesOf(r.pob ?? '')])];
    const dob = /(\d{4})/.exec(r.dob ?? '');
    out.push({
      key: `${SRC}:${ent}`,
      source: SRC,
      qid: null,
      name: nm.name,
      aliases: [...aliases].slice(0, 12),
      surname: nm.surname,
      country: nationality[0] ?? null,
      birth: dob ? +dob[1]! : null,
      roles: [],
      sanctions: programs.length ? programs : ['SDN'],
      nationality,
    });
    rep.people++;
  }
  return out;
}
