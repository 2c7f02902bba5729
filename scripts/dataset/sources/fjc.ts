// Federal Judicial Center: Article III federal judges (export of 2023-07), one row per appointment.
import { readCsvObjects } from '../csv';
import { clean, join, parseDate, readText, type SourceContext, type SrcPerson, type SrcRole } from '../model';

const SRC = 'fjc';
const AS_OF = '2023-06-30';

export function readFjc(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'fjc-judges');
  const rep = ctx.report.source(SRC);
  const judges = readCsvObjects(readText(join(dir, 'fjc_judges_2023-07.csv.gz')));
  const service = readCsvObjects(readText(join(dir, 'fjc_federal_judicial_service_2023-07.csv.gz')));
  const other = readCsvObjects(readText(join(dir, 'fjc_other_federal_judicial_service_2023-07.csv.gz')));
  rep.rows += judges.rows.length + service.rows.length + other.rows.length;
  if (judges.malformed + service.malformed) ctx.report.skip(SRC, 'malformed CSV row', judges.malformed + service.malformed);
  // Non-Article III service is free text ("U.S. Magistrate Judge, …, 1990-2002"): not turned into roles.
  if (other.rows.length) ctx.report.skip(SRC, 'other (non-Article III) service: free text, not parsed', other.rows.length + other.malformed);
  const byNid = new Map<string, SrcPerson>();
  for (const r of judges.rows) {
    const last = clean(r['Last Name']);
    const first = clean(r['First Name']);
    if (!r.nid || !last || !first) {
      ctx.report.skip(SRC, 'judge without id or name');
      continue;
    }
    const middle = clean(r['Middle Name']);
    const suffix = clean(r.Suffix);
    const name = [first, middle, last, suffix].filter(Boolean).join(' ');
    const by = +(r['Birth Year'] ?? '') || null;
    const dy = +(r['Death Year'] ?? '') || null;
    byNid.set(r.nid, {
      key: `${SRC}:${r.nid}`,
      source: SRC,
      qid: null,
      name,
      aliases: middle ? [`${first} ${last}`] : [],
      surname: last,
      country: 'United States',
      birth: by,
      death: dy,
      roles: [],
    });
  }
  for (const r of service.rows) {
    const p = byNid.get(r.nid ?? '');
    if (!p) {
      ctx.report.skip(SRC, 'appointment of an unknown judge');
      continue;
    }
    const court = clean(r.CourtName);
    const title = clean(r.AppointmentTitle) || 'Judge';
    const start = parseDate(r.CommissionDate) ?? parseDate(r.RecessAppointmentDate);
    const end = parseDate(r['Termination Date']);
    const senior = parseDate(r['Senior Status Date']);
    if (!court || !start) {
      ctx.report.skip(SRC, 'appointment without court or commission date');
      continue;
    }
    if (end && end < start) {
      ctx.report.skip(SRC, 'termination before commission (contradictory row)');
      continue;
    }
    const mk = (t: string, s: string, e: string | null): SrcRole => ({
      title: t,
      organization: court,
      jurisdiction: 'United States',
      start: s,
      startKind: 'exact',
      end: e,
      endKind: e ? 'exact' : 'unknown',
      seen: e ?? AS_OF,
      open: !e,
      source: SRC,
    });
    if (senior && senior >= start && (!end || senior <= end)) {
      p.roles.push(mk(title, start, senior));
      p.roles.push(mk(`Senior ${title}`, senior, end));
    } else p.roles.push(mk(title, start, end));
    const cb = parseDate(r.ServiceasChiefJudgeBegin);
    const ce = parseDate(r.ServiceasChiefJudgeEnd);
    if (cb) {
      const chief = mk('Chief Judge', cb, ce);
      if (!ce && end) Object.assign(chief, { end, endKind: 'upperBound', open: false, seen: null });
      p.roles.push(chief);
    }
  }
  const out = [...byNid.values()].filter((p) => p.roles.length);
  for (const p of out) {
    rep.people++;
    rep.roles += p.roles.length;
  }
  return out;
}
