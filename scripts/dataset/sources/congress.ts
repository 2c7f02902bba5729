// congress-legislators: current members of Congress (dated terms), Presidents and Vice Presidents (dated
// terms), and former members (no term dates: only the last chamber and state).
import { parse as parseYaml } from 'yaml';
import { US_STATES } from '../../../lib/dataset/countries';
import { readCsvObjects } from '../csv';
import { clean, join, parseDate, readText, type SourceContext, type SrcPerson, type SrcRole } from '../model';

interface YName {
  first?: string;
  middle?: string;
  last?: string;
  suffix?: string;
  nickname?: string;
  official_full?: string;
}
interface YTerm {
  type?: string;
  start?: string;
  end?: string;
  state?: string;
  district?: number;
  party?: string;
  how?: string;
}
interface YPerson {
  id?: { bioguide?: string; wikidata?: string; wikipedia?: string };
  name?: YName;
  other_names?: { first?: string; last?: string; middle?: string }[];
  bio?: { birthday?: string };
  terms?: YTerm[];
}

const FILE_DATE = '2026-06-15';

export function namesFrom(n: YName): { name: string; aliases: string[]; surname: string | null } {
  const first = clean(n.first);
  const last = clean(n.last);
  const middle = clean(n.middle);
  const nick = clean(n.nickname);
  const full = clean(n.official_full);
  const aliases = new Set<string>();
  // Without an official full name, middle names as initials tell namesakes apart ("George H. W. Bush").
  const initials = middle
    .split(/\s+/)
    .filter(Boolean)
    .map((m) => (m.endsWith('.') ? m : `${m[0]}.`))
    .join(' ');
  const name = full || [nick || first, initials, last].filter(Boolean).join(' ');
  if (first && last) {
    aliases.add(`${first} ${last}`);
    if (middle) aliases.add(`${first} ${middle} ${last}`);
  }
  if (nick && last) aliases.add(`${nick} ${last}`);
  aliases.delete(name);
  return { name, aliases: [...aliases], surname: last || null };
}

function stateName(code: string | undefined): string {
  return US_STATES[(code ?? '').toLowerCase()] ?? (code ?? '');
}

function termTitle(t: YTerm): { title: string; organization: string | null } | null {
  if (t.type === 'sen') return { title: `U.S. Senator from ${stateName(t.state)}`, organization: 'U.S. Senate' };
  if (t.type === 'rep') {
    const d = t.district ? `${t.state}-${t.district}` : t.district === 0 ? `${t.state} at-large` : `${t.state}`;
    return { title: `U.S. Representative for ${stateName(t.state)} (${d})`, organization: 'U.S. House of Representatives' };
  }
  if (t.type === 'prez') return { title: 'President of the United States', organization: null };
  if (t.type === 'viceprez') return { title: 'Vice President of the United States', organization: null };
  return null;
}

function readYaml(ctx: SourceContext, file: string, source: string): SrcPerson[] {
  let docs: YPerson[];
  try {
    docs = parseYaml(readText(file)) as YPerson[];
  } catch (e) {
    ctx.report.skip(source, `unreadable YAML (${(e as Error).message.slice(0, 60)})`);
    return [];
  }
  if (!Array.isArray(docs)) {
    ctx.report.skip(source, 'YAML is not a list');
    return [];
  }
  const out: SrcPerson[] = [];
  for (const d of docs) {
    ctx.report.source(source).rows++;
    const n = d?.name;
    if (!n || !(n.last || n.official_full) || !Array.isArray(d.terms)) {
      ctx.report.skip(source, 'no name or terms');
      continue;
    }
    const { name, aliases, surname } = namesFrom(n);
    for (const o of d.other_names ?? []) if (o.last) aliases.push(clean(`${o.first ?? n.first ?? ''} ${o.last}`));
    const roles: SrcRole[] = [];
    const terms = [...d.terms].sort((a, b) => String(a.start).localeCompare(String(b.start)));
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const tt = termTitle(t);
      const start = parseDate(t.start);
      const end = parseDate(t.end);
      if (!tt || !start) {
        ctx.report.skip(source, 'term without type or start');
        continue;
      }
      // A term ending after the file's date is a scheduled end, not a departure: the member is current.
      const current = !end || end > FILE_DATE;
      const prev = roles[roles.length - 1];
      if (prev && prev.title === tt.title && prev.end && start <= addDays(prev.end, 3)) {
        prev.end = current ? null : end;
        prev.endKind = current ? 'unknown' : 'exact';
        prev.open = current;
        prev.seen = current ? FILE_DATE : end;
        continue;
      }
      roles.push({
        title: tt.title,
        organization: tt.organization,
        jurisdiction: 'United States',
        start,
        startKind: 'exact',
        end: current ? null : end,
        endKind: current ? 'unknown' : 'exact',
        seen: current ? FILE_DATE : end,
        open: current,
        source,
      });
    }
    const wd = d.id?.wikidata && /^Q\d+$/.test(d.id.wikidata) ? d.id.wikidata : null;
    const birth = parseDate(d.bio?.birthday ?? '');
    out.push({
      key: `${source}:${d.id?.bioguide ?? name}`,
      source,
      qid: wd,
      enwiki: d.id?.wikipedia ?? null,
      name,
      aliases,
      surname,
      country: 'United States',
      birth: birth ? +birth.slice(0, 4) : null,
      roles,
      ids: d.id?.bioguide ? { bioguide: d.id.bioguide } : undefined,
    });
    ctx.report.source(source).people++;
    ctx.report.source(source).roles += roles.length;
  }
  return out;
}

export function readCongress(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'congress-legislators');
  const out = [
    ...readYaml(ctx, join(dir, 'legislators-current.yaml'), 'congress'),
    ...readYaml(ctx, join(dir, 'executive.yaml'), 'congress-executive'),
  ];
  // Former members: no term dates. Their last chamber is a role with unknown start and an end no later
  // than the file's date (they are former members by then).
  const src = 'congress-historical';
  const t = readCsvObjects(readText(join(dir, 'legislators-historical.csv')));
  ctx.report.source(src).rows += t.rows.length;
  if (t.malformed) ctx.report.skip(src, 'malformed CSV row', t.malformed);
  for (const r of t.rows) {
    const last = clean(r.last_name);
    const first = clean(r.first_name);
    if (!last || !first) {
      ctx.report.skip(src, 'no name');
      continue;
    }
    const { name, aliases, surname } = namesFrom({
      first,
      last,
      middle: r.middle_name,
      nickname: r.nickname,
      official_full: r.full_name,
    });
    const tt = termTitle({ type: r.type, state: r.state, district: r.district ? +r.district : undefined });
    if (!tt) {
      ctx.report.skip(src, 'unknown chamber');
      continue;
    }
    const birth = parseDate(r.birthday);
    out.push({
      key: `${src}:${r.bioguide_id || name + r.birthday}`,
      source: src,
      qid: null,
      enwiki: r.wikipedia_id || null,
      name,
      aliases,
      surname,
      country: 'United States',
      birth: birth ? +birth.slice(0, 4) : null,
      roles: [
        {
          title: tt.title,
          organization: tt.organization,
          jurisdiction: 'United States',
          start: null,
          startKind: 'exact',
          end: FILE_DATE,
          endKind: 'upperBound',
          seen: null,
          open: false,
          source: src,
        },
      ],
      ids: r.bioguide_id ? { bioguide: r.bioguide_id } : undefined,
    });
    ctx.report.source(src).people++;
    ctx.report.source(src).roles++;
  }
  return out;
}

export function addDays(d: string, n: number): string {
  if (d.length < 10) return d;
  const t = new Date(`${d}T00:00:00Z`).getTime() + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
