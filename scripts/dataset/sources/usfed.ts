// Snapshot lists of US federal appointees: the Plum Book (2012, 2016) and OPM's PLUM export (2025), and the
// leadership tables of the United States Government Manual (package of 2025-01-13). Their roles are
// "listed in <year>" (endKind 'snapshot'); the 2025 PLUM rows that carry begin/vacate dates are dated.
import { readCsvObjects } from '../csv';
import { clean, join, parseDate, readText, titleCase, type SourceContext, type SrcPerson, type SrcRole } from '../model';
import { fold } from '../../../lib/dataset/normalize';

function tidy(s: string): string {
  const t = clean(s);
  if (!t) return t;
  // Fully capitalised strings are re-cased; mixed-case ones are kept.
  return t === t.toUpperCase() && /[A-Z]{3}/.test(t) ? titleCase(t, true) : t;
}

/** Splits "Gen. Daniel B. Allyn", "Brian H. Fletcher, Acting", "Susan M. Collins (eff. 7–1–22)". */
export function splitGovName(raw: string): { name: string; acting: boolean; since: string | null; titleInName: string | null } | null {
  let s = clean(raw);
  if (!s || /vacan/i.test(s)) return null;
  let since: string | null = null;
  s = s.replace(/\(eff\.?\s*([^)]*)\)/i, (_m, d: string) => {
    since = parseDate(d.trim());
    return '';
  });
  const acting = /,\s*Acting\b|\(Acting\)/i.test(s);
  s = s.replace(/,\s*Acting\b|\(Acting\)/gi, '');
  s = s.replace(/,\s*(USA|USAF|USN|USMC|USCG|USSF|Ret\.?|M\.?D\.?|Ph\.?D\.?|Esq\.?|J\.?D\.?)\b/g, '');
  s = s.replace(/\([^)]*\)/g, '');
  s = clean(s.replace(/^(Gen|Lt\.? Gen|Maj\.? Gen|Brig\.? Gen|Adm|Vice Adm|Rear Adm|Col|Lt\.? Col|Capt|Dr|Hon|Mr|Mrs|Ms)\.?\s+/i, ''));
  // "Under Secretary for Policy Colin H. Kahl": a title written before the name.
  let titleInName: string | null = null;
  const toks = s.split(' ');
  const ROLE = /^(Justice|Secretary|Under|Deputy|Assistant|Director|Administrator|Chairman|Chair|Commissioner|Attorney|General|Chief|Counselor|Ambassador|Representative|Senator|Adviser|Advisor|Member|President|Vice|Librarian|Archivist|Comptroller|Inspector|Surgeon|Treasurer|Solicitor)$/;
  let cut = -1;
  for (let i = 0; i < toks.length - 2; i++) if (ROLE.test(toks[i]!) || (cut >= 0 && /^(of|for|the|and|on|to)$/.test(toks[i]!))) cut = i;
  if (cut >= 0) {
    let j = cut + 1;
    while (j < toks.length - 2 && /^[A-Z][a-z]+$/.test(toks[j]!) && /^(Policy|Defense|State|Affairs|Management|Security|Intelligence|Acquisition)$/.test(toks[j]!)) j++;
    titleInName = toks.slice(0, j).join(' ');
    s = toks.slice(j).join(' ');
  }
  if (s.split(' ').length < 2 || /[0-9]/.test(s)) return null;
  return { name: s, acting, since, titleInName };
}

function singular(h: string): string {
  const t = tidy(h).replace(/^(the )/i, '');
  return t
    .replace(/ies$/, 'y')
    .replace(/(Secretarie|Director|Officer|Administrator|Commissioner|President|Member|Governor|Counsel|Chief|Judge|Justice|Head|Manager|Leader|Trustee|Advisor|Adviser)s$/, '$1');
}

export function readPlum(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'us-plum-book');
  const out: SrcPerson[] = [];
  const editions = [
    { src: 'plum-2012', file: 'plumbook_2012_positions.csv.gz', when: '2012-12' },
    { src: 'plum-2016', file: 'plumbook_2016_positions.csv.gz', when: '2016-12' },
    { src: 'plum-2025', file: 'opm_plum_export_2025.csv.gz', when: '2025' },
  ];
  for (const ed of editions) {
    const rep = ctx.report.source(ed.src);
    const t = readCsvObjects(readText(join(dir, ed.file)));
    rep.rows += t.rows.length;
    if (t.malformed) ctx.report.skip(ed.src, 'malformed CSV row', t.malformed);
    const byKey = new Map<string, SrcPerson>();
    for (const r of t.rows) {
      let name: string;
      let title: string;
      let agency: string;
      let org: string;
      let begin: string | null = null;
      let vacate: string | null = null;
      if (ed.src === 'plum-2025') {
        if (r.PositionStatus !== 'Filled') {
          ctx.report.skip(ed.src, 'vacant position');
          continue;
        }
        name = clean(`${tidy(r.IncumbentFirstName ?? '')} ${tidy(r.IncumbentLastName ?? '')}`);
        title = tidy(r.PositionTitle ?? '');
        agency = tidy(r.AgencyName ?? '');
        org = tidy(r.OrganizationName ?? '');
        begin = parseDate(r.IncumbentBeginDate);
        vacate = parseDate(r.IncumbentVacateDate);
      } else {
        const inc = clean(r.name_of_incumbent);
        if (!inc || /^(vacant|career incumbent)$/i.test(inc)) {
          ctx.report.skip(ed.src, inc ? `"${inc}" (no named incumbent)` : 'no incumbent');
          continue;
        }
        name = inc;
        title = tidy(r.title ?? '');
        agency = tidy(r.agcy_name ?? '');
        org = tidy(r.org_name ?? '');
      }
      if (name.split(' ').length < 2 || !title) {
        ctx.report.skip(ed.src, 'no full name or title');
        continue;
      }
      // Name names in title case when printed in capitals ("JANET YELLEN").
      name = name === name.toUpperCase() ? titleCase(name) : name;
      const organization = org && fold(org) !== fold(agency) && !fold(title).includes(fold(org)) ? `${org}, ${agency}` : agency;
      let x: SrcRole;
      if (begin && vacate && vacate >= begin) {
        x = { title, organization, jurisdiction: 'United States', start: begin, startKind: 'exact', end: vacate, endKind: 'exact', seen: vacate, open: false, source: ed.src };
      } else if (begin) {
        x = { title, organization, jurisdiction: 'United States', start: begin, startKind: 'exact', end: null, endKind: 'unknown', seen: '2025-06-29', open: false, source: ed.src };
      } else {
        x = { title, organization, jurisdiction: 'United States', start: ed.when, startKind: 'exact', end: ed.when, endKind: 'snapshot', seen: ed.when, open: false, source: ed.src };
      }
      const key = `${ed.src}:${fold(name)}|${fold(agency)}`;
      let p = byKey.get(key);
      if (!p) {
        p = { key, source: ed.src, qid: null, name, aliases: [], country: 'United States', roles: [] };
        byKey.set(key, p);
      }
      if (!p.roles.some((y) => y.title === x.title && y.organization === x.organization)) p.roles.push(x);
    }
    for (const p of byKey.values()) {
      out.push(p);
      rep.people++;
      rep.roles += p.roles.length;
    }
  }
  return out;
}

export function readGovMan(ctx: SourceContext): SrcPerson[] {
  const src = 'govman-2025';
  const rep = ctx.report.source(src);
  // The CSV beside GOVMAN-2025-01-13.zip flattens every <LeaderShipTable> row of its XML; it holds all the
  // names and titles the zip does, so the zip itself is not re-parsed.
  const t = readCsvObjects(readText(join(ctx.dir, 'us-government-manual', 'govman_2025-01-13_leadership.csv.gz')));
  rep.rows += t.rows.length;
  if (t.malformed) ctx.report.skip(src, 'malformed CSV row', t.malformed);
  const byKey = new Map<string, SrcPerson>();
  for (const r of t.rows) {
    const n = splitGovName(r.name ?? '');
    if (!n) {
      ctx.report.skip(src, 'vacancy or no parsable name');
      continue;
    }
    const agency = clean(r.agency);
    const header = clean(r.table_header);
    const section = clean(r.section);
    let title = tidy(r.title ?? '');
    let organization = agency;
    if (n.titleInName) {
      // Ex officio lists: title "Department of Defense", name "Under Secretary for Policy Colin H. Kahl".
      if (/^(Department|Office) of/.test(title)) {
        organization = title;
        title = n.titleInName;
      } else title = n.titleInName + (title ? `, ${title}` : '');
    }
    else if (section && title && !/\b(Secretary|Director|Administrator|Chair|Chairman|Commissioner|Counsel|Officer|Member|President|Governor|Chief|Deputy|Assistant|Judge|Justice|Inspector|Head|Librarian|Clerk|Sergeant|Architect|Chaplain|Parliamentarian|Treasurer)\b/i.test(title))
      title = `${singular(section)}, ${title}`;
    else if (!section && header && title && /\b(Presidents|Governors|Directors)\b/.test(header) && !/\b(President|Governor|Director|Chair)\b/i.test(title))
      title = `${singular(header.replace(/^Federal Reserve Bank Presidents$/, 'Federal Reserve Bank President'))}, ${title}`;
    else if (!title) title = section ? singular(section) : header && !/–|—/.test(header) ? singular(header) : '';
    if (!title || title.length > 160) {
      ctx.report.skip(src, 'no title');
      continue;
    }
    if (n.acting && !/^Acting /i.test(title)) title = `Acting ${title}`;
    const key = `${src}:${fold(n.name)}|${fold(agency)}`;
    let p = byKey.get(key);
    if (!p) {
      p = { key, source: src, qid: null, name: n.name, aliases: [], country: 'United States', roles: [] };
      byKey.set(key, p);
    }
    const x: SrcRole = n.since
      ? { title, organization, jurisdiction: 'United States', start: n.since, startKind: 'exact', end: null, endKind: 'unknown', seen: n.since, open: false, source: src }
      : { title, organization, jurisdiction: 'United States', start: '2025', startKind: 'exact', end: '2025', endKind: 'snapshot', seen: null, open: false, source: src };
    if (!p.roles.some((y) => y.title === x.title && y.organization === x.organization)) p.roles.push(x);
  }
  const out = [...byKey.values()];
  for (const p of out) {
    rep.people++;
    rep.roles += p.roles.length;
  }
  return out;
}
