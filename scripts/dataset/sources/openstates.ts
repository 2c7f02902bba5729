// Open States people: US state legislators (current and retired), governors and other statewide officers,
// mayors, and (under "us") members of Congress, with dated roles.
import { US_STATES } from '../../../lib/dataset/countries';
import { readCsvObjects } from '../csv';
import { clean, join, parseDate, readText, titleCase, type SourceContext, type SrcPerson, type SrcRole } from '../model';

const SRC = 'openstates';
const FILE_DATE = '2026-08-05';
const ASSEMBLY = new Set(['ca', 'ny', 'nv', 'wi', 'nj']);
const DELEGATES = new Set(['md', 'va', 'wv']);

function place(jurisdiction: string): string | null {
  const m = /place:([^/]+)/.exec(jurisdiction);
  return m ? titleCase(m[1]!.replace(/_/g, ' ')) : null;
}

function title(type: string, state: string, district: string, jurisdiction: string): { title: string; organization: string | null } | null {
  const st = US_STATES[state] ?? state.toUpperCase();
  const d = district ? ` (district ${district})` : '';
  if (state === 'us') {
    if (type === 'upper') return { title: `U.S. Senator from ${district}`, organization: 'U.S. Senate' };
    if (type === 'lower') {
      const code = district.split('-')[0]!.toLowerCase();
      const name = US_STATES[code] ?? code.toUpperCase();
      return { title: `U.S. Representative for ${name} (${district})`, organization: 'U.S. House of Representatives' };
    }
    return null;
  }
  switch (type) {
    case 'upper':
      return { title: `${st} State Senator${d}`, organization: null };
    case 'lower':
      return {
        title: ASSEMBLY.has(state) ? `${st} Assemblymember${d}` : DELEGATES.has(state) ? `${st} Delegate${d}` : `${st} State Representative${d}`,
        organization: null,
      };
    case 'legislature':
      return { title: state === 'dc' ? `Council Member, District of Columbia${d}` : `${st} State Senator${d}`, organization: null };
    case 'mayor': {
      const p = place(jurisdiction);
      return p ? { title: `Mayor of ${p}, ${st}`, organization: null } : null;
    }
    case 'governor':
      return { title: `Governor of ${st}`, organization: null };
    case 'lt_governor':
      return { title: `Lieutenant Governor of ${st}`, organization: null };
    default:
      return type ? { title: `${titleCase(type, true)} of ${st}`, organization: null } : null;
  }
}

export function readOpenStates(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'openstates-people');
  const rep = ctx.report.source(SRC);
  const people = readCsvObjects(readText(join(dir, 'openstates_people.csv.gz')));
  const roles = readCsvObjects(readText(join(dir, 'openstates_roles.csv.gz')));
  rep.rows += people.rows.length + roles.rows.length;
  if (people.malformed + roles.malformed) ctx.report.skip(SRC, 'malformed CSV row', people.malformed + roles.malformed);
  const byId = new Map<string, SrcPerson & { folder: string }>();
  for (const r of people.rows) {
    const name = clean(r.name);
    if (!r.ocd_id || !name) {
      ctx.report.skip(SRC, 'person without id or name');
      continue;
    }
    const aliases = new Set<string>();
    const given = clean(r.given_name);
    const family = clean(r.family_name);
    if (given && family) aliases.add(`${given} ${family}`);
    for (const o of (r.other_names ?? '').split('|')) {
      const n = clean(o);
      // Initials-only forms ("A. Galvin", "Galvin, A.") cannot tell people apart: left out.
      if (!n || n.includes(',') || /^\p{L}\.?(\s|$)/u.test(n) || n.split(' ').length < 2) continue;
      aliases.add(n);
    }
    aliases.delete(name);
    const birth = parseDate(r.birth_date);
    const death = parseDate(r.death_date);
    byId.set(r.ocd_id, {
      key: `${SRC}:${r.ocd_id.replace('ocd-person/', '')}`,
      source: SRC,
      qid: /^Q\d+$/.test(r.wikidata ?? '') ? r.wikidata! : null,
      name,
      aliases: [...aliases],
      surname: family || null,
      country: 'United States',
      birth: birth ? +birth.slice(0, 4) : null,
      death: death ? +death.slice(0, 4) : null,
      roles: [],
      folder: r.folder ?? '',
    });
  }
  for (const r of roles.rows) {
    const p = byId.get(r.ocd_id ?? '');
    if (!p) {
      ctx.report.skip(SRC, 'role of an unknown person');
      continue;
    }
    const t = title(r.type ?? '', r.state ?? '', clean(r.district), r.jurisdiction ?? '');
    if (!t) {
      ctx.report.skip(SRC, 'role type not understood');
      continue;
    }
    const start = parseDate(r.start_date);
    let end = parseDate(r.end_date);
    if (start && end && end < start) {
      ctx.report.skip(SRC, 'end before start (contradictory row)');
      continue;
    }
    // An end after the file's date is the end of the current term (or a 2100 placeholder): current.
    const scheduled = !!end && end > FILE_DATE;
    if (scheduled) end = null;
    const retired = p.folder === 'retired';
    const x: SrcRole = {
      title: t.title,
      organization: t.organization,
      jurisdiction: r.state === 'us' ? 'United States' : US_STATES[r.state ?? ''] ?? null,
      start,
      startKind: 'exact',
      end: end ?? (retired ? FILE_DATE : null),
      endKind: end ? 'exact' : retired ? 'upperBound' : 'unknown',
      seen: end ?? (retired ? null : FILE_DATE),
      open: !end && !retired,
      source: SRC,
    };
    p.roles.push(x);
  }
  const out: SrcPerson[] = [];
  for (const p of byId.values()) {
    if (!p.roles.length) {
      ctx.report.skip(SRC, 'person without roles');
      continue;
    }
    const { folder: _f, ...rest } = p;
    out.push(rest);
    rep.people++;
    rep.roles += p.roles.length;
  }
  return out;
}
