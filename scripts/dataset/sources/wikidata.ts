// peppercat-wikidata: Wikidata "position held" statements as compiled by Peppercat.
//   everywhere-leaders (2022-03-05): dated holders since ~2000; an empty end = open at extraction
//   everywhere-current (2023-01-30): holders on that day
//   peppercat_tenures (2021-11 → 2025-01-31): listing intervals of every holder shown on the pages
//   world_igo_* (2023-01-10): heads of intergovernmental organisations, and birth/death dates
import { readCsvObjects } from '../csv';
import { countryOf } from '../jurisdictions';
import { clean, exists, join, parseDate, readText, type SourceContext, type SrcPerson, type SrcRole } from '../model';

const QID = /^Q\d+$/;

export function readWikidata(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'peppercat-wikidata');
  const people: SrcPerson[] = [];
  const byKey = new Map<string, SrcPerson>();
  const person = (source: string, qid: string | null, name: string, extraKey = ''): SrcPerson => {
    const key = qid ? `${source}:${qid}` : `${source}:${extraKey}`;
    let p = byKey.get(key);
    if (!p) {
      p = { key, source, qid, name, aliases: [], country: null, roles: [] };
      byKey.set(key, p);
      people.push(p);
    } else if (name && name !== p.name && !p.aliases.includes(name)) p.aliases.push(name);
    return p;
  };
  const enwikiAlias = (p: SrcPerson, enwiki: string) => {
    if (!enwiki) return;
    p.enwiki ??= enwiki.replace(/_/g, ' ');
    const base = enwiki.replace(/_/g, ' ').replace(/\s*\(.*\)$/, '');
    if (base && base !== p.name && !p.aliases.includes(base)) p.aliases.push(base);
  };
  const life = (p: SrcPerson, dob: string, dod: string) => {
    const b = parseDate(dob);
    const d = parseDate(dod);
    if (b) p.birth ??= +b.slice(0, 4);
    if (d) p.death ??= +d.slice(0, 4);
  };

  // Which (jurisdiction, position) pairs each later file covers: an open holder of 2022 that a later
  // file no longer lists for a position it does cover has left by that file's date.
  const currentHolders = new Map<string, Set<string>>();
  const tenureHolders = new Map<string, Set<string>>();

  // --- everywhere-current (read first, for the coverage map)
  const curSrc = 'wikidata-2023';
  const curFile = join(dir, 'everywhere-current_2023-01-30.csv.gz');
  const cur = readCsvObjects(readText(curFile));
  ctx.report.source(curSrc).rows += cur.rows.length;
  if (cur.malformed) ctx.report.skip(curSrc, 'malformed CSV row', cur.malformed);
  for (const r of cur.rows) {
    const pos = clean(r.position);
    const qid = r.personID!;
    if (!QID.test(qid) || !pos || !clean(r.person)) {
      ctx.report.skip(curSrc, 'no QID, person or position');
      continue;
    }
    const k = `${r.catalog}|${pos}`;
    (currentHolders.get(k) ?? currentHolders.set(k, new Set()).get(k)!).add(qid);
    const p = person(curSrc, qid, clean(r.person));
    enwikiAlias(p, r.enwiki ?? '');
    life(p, r.DOB ?? '', r.DOD ?? '');
    p.roles.push(role(pos, r.catalog!, parseDate(r.start), null, 'unknown', '2023-01-30', true, curSrc));
  }

  // --- tenures 2021-11 → 2025-01
  const tenSrc = 'wikidata-2025';
  const ten = readCsvObjects(readText(join(dir, 'peppercat_tenures_2021-11_2025-01.csv.gz')));
  ctx.report.source(tenSrc).rows += ten.rows.length;
  if (ten.malformed) ctx.report.skip(tenSrc, 'malformed CSV row', ten.malformed);
  for (const r of ten.rows) {
    const pos = clean(r.position);
    const name = clean(r.person);
    const qid = QID.test(r.wikidata_id ?? '') ? r.wikidata_id! : null;
    if (!pos || !name) {
      ctx.report.skip(tenSrc, 'no person or position');
      continue;
    }
    const first = parseDate(r.first_listed);
    const last = parseDate(r.last_listed);
    if (!first || !last || last < first) {
      ctx.report.skip(tenSrc, 'listing dates missing or reversed');
      continue;
    }
    if (qid) {
      const k = `${r.country}|${pos}`;
      (tenureHolders.get(k) ?? tenureHolders.set(k, new Set()).get(k)!).add(qid);
    }
    const p = person(tenSrc, qid, name, `${r.country}|${name}`);
    if (!qid) p.country = countryOf(r.country);
    enwikiAlias(p, r.enwiki ?? '');
    life(p, r.birth ?? '', '');
    const since = parseDate(r.in_office_since);
    const delisted = parseDate(r.delisted_on);
    const open = r.listed_at_snapshot_end === 'yes';
    const startOk = since && since <= first.slice(0, since.length) ? since : null;
    const x: SrcRole = {
      title: pos,
      organization: null,
      jurisdiction: r.country!,
      start: startOk ?? first,
      startKind: startOk ? 'exact' : 'upperBound',
      end: open ? null : delisted,
      endKind: open ? 'unknown' : delisted ? 'upperBound' : 'unknown',
      seen: last,
      open,
      source: tenSrc,
    };
    if (since && !startOk) ctx.report.count('wikidata-2025: in_office_since later than first listing (start shown as "in office by")');
    p.roles.push(x);
  }

  // --- everywhere-leaders 2022-03-05
  const ldSrc = 'wikidata-2022';
  const ld = readCsvObjects(readText(join(dir, 'everywhere-leaders_2022-03-05.csv.gz')));
  ctx.report.source(ldSrc).rows += ld.rows.length;
  if (ld.malformed) ctx.report.skip(ldSrc, 'malformed CSV row', ld.malformed);
  for (const r of ld.rows) {
    const pos = clean(r.position);
    const qid = r.personID!;
    if (!QID.test(qid) || !pos || !clean(r.person)) {
      ctx.report.skip(ldSrc, 'no QID, person or position');
      continue;
    }
    const start = parseDate(r.start);
    const end = parseDate(r.end);
    if (start && end && end < start.slice(0, end.length)) {
      ctx.report.skip(ldSrc, 'end before start (contradictory row)');
      continue;
    }
    const p = person(ldSrc, qid, clean(r.person));
    enwikiAlias(p, r.enwiki ?? '');
    life(p, r.DOB ?? '', r.DOD ?? '');
    let x: SrcRole;
    if (end) x = role(pos, r.catalog!, start, end, 'exact', end, false, ldSrc);
    else {
      x = role(pos, r.catalog!, start, null, 'unknown', '2022-03-05', true, ldSrc);
      const k = `${r.catalog}|${pos}`;
      const later = currentHolders.get(k);
      if (later && !later.has(qid) && !(tenureHolders.get(k)?.has(qid) ?? false)) {
        // Open in 2022, not among the position's holders on 2023-01-30 nor in the 2021–25 listings.
        x.open = false;
        x.end = '2023-01-30';
        x.endKind = 'upperBound';
        ctx.report.count('wikidata-2022: open role absent from the 2023 holders → ended by 2023-01-30 (upper bound)');
      }
    }
    p.roles.push(x);
  }

  // --- IGO heads 2023-01-10
  const igoSrc = 'wikidata-igo-2023';
  const bio = new Map<string, Record<string, string>>();
  const bioFile = join(dir, 'world_igo_bio_2023-01-10.csv.gz');
  if (exists(bioFile)) for (const r of readCsvObjects(readText(bioFile)).rows) bio.set(r.id!, r);
  for (const f of ['world_igo_holders21_2023-01-10.csv', 'world_igo_current_2023-01-10.csv']) {
    const t = readCsvObjects(readText(join(dir, f)));
    ctx.report.source(igoSrc).rows += t.rows.length;
    for (const r of t.rows) {
      const qid = r.personID!;
      const pos = clean(r.position);
      if (!QID.test(qid) || !pos) {
        ctx.report.skip(igoSrc, 'no QID or position');
        continue;
      }
      const p = person(igoSrc, qid, clean(r.person));
      const b = bio.get(qid);
      if (b) {
        life(p, b.dob ?? '', b.dod ?? '');
        enwikiAlias(p, b.enwiki ?? '');
      }
      const start = parseDate(r.start);
      const end = parseDate(r.end);
      const dup = p.roles.some((x) => x.title === pos && x.start === start);
      if (dup) continue; // the current file repeats holders21's open rows
      p.roles.push(
        end
          ? role(pos, null, start, end, 'exact', end, false, igoSrc)
          : role(pos, null, start, null, 'unknown', '2023-01-10', true, igoSrc),
      );
    }
  }
  for (const p of people) {
    if (!p.country) p.country = mainCountry(p.roles);
    ctx.report.source(p.source).people++;
    ctx.report.source(p.source).roles += p.roles.length;
  }
  return people;
}

function role(
  title: string,
  jurisdiction: string | null,
  start: string | null,
  end: string | null,
  endKind: SrcRole['endKind'],
  seen: string | null,
  open: boolean,
  source: string,
): SrcRole {
  return { title, organization: null, jurisdiction, start, startKind: 'exact', end, endKind, seen, open, source };
}

export function mainCountry(roles: SrcRole[]): string | null {
  const n = new Map<string, number>();
  for (const r of roles) {
    const c = countryOf(r.jurisdiction);
    if (c) n.set(c, (n.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let bn = 0;
  for (const [c, k] of [...n].sort()) if (k > bn) [best, bn] = [c, k];
  return best;
}
