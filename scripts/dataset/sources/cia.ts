// CIA "Chiefs of State and Cabinet Members of Foreign Governments", one snapshot of about 2019-06:
// no dates, so every role is "listed in 2019" (endKind 'snapshot').
import { readCsvObjects } from '../csv';
import { countryOf } from '../jurisdictions';
import { clean, join, readText, titleCase, type SourceContext, type SrcPerson } from '../model';
import { fold } from '../../../lib/dataset/normalize';

const SRC = 'cia-2019';
const WHEN = '2019-06';

export function readCia(ctx: SourceContext): SrcPerson[] {
  const rep = ctx.report.source(SRC);
  const t = readCsvObjects(readText(join(ctx.dir, 'cia-world-leaders-2019', 'cia_world_leaders_2019-06.csv.gz')));
  rep.rows += t.rows.length;
  if (t.malformed) ctx.report.skip(SRC, 'malformed CSV row', t.malformed);
  const byKey = new Map<string, SrcPerson>();
  for (const r of t.rows) {
    const raw = clean(r.name);
    let title = clean(r.title);
    const acting = /\((Acting|Interim)\)/i.exec(raw);
    const caps = clean(r.last_name_caps).replace(/\s*\((Acting|Interim)\)/i, '');
    if (!raw || !caps || !title || /vacant/i.test(raw)) {
      ctx.report.skip(SRC, 'no named holder');
      continue;
    }
    // "Edi RAMA" → "Edi Rama": the capitalised part is the surname.
    const surname = caps.replace(/\p{Lu}[\p{Lu}'’]+/gu, (w) => titleCase(w));
    const given = clean(r.first_name);
    const rawClean = raw.replace(/\s*\((Acting|Interim)\)/i, '');
    const surnameFirst = rawClean.startsWith(caps.split(' ')[0]!) && !!given && rawClean.indexOf(given) > 0;
    const name = surnameFirst ? `${surname} ${given}` : clean(`${given} ${surname}`);
    if (acting) title = `${title} (${acting[1]})`;
    const country = clean(r.country);
    const key = `${SRC}:${fold(name)}|${country}`;
    let p = byKey.get(key);
    if (!p) {
      p = { key, source: SRC, qid: null, name, aliases: [], surname, surnameFirst, country: countryOf(country) ?? country, roles: [] };
      byKey.set(key, p);
    }
    p.roles.push({
      title,
      organization: null,
      jurisdiction: country,
      start: WHEN,
      startKind: 'exact',
      end: WHEN,
      endKind: 'snapshot',
      seen: WHEN,
      open: false,
      source: SRC,
    });
  }
  const out = [...byKey.values()];
  for (const p of out) {
    rep.people++;
    rep.roles += p.roles.length;
  }
  return out;
}
