// POCOM (Office of the Historian): State Department principal officers, chiefs of mission and
// representatives to organisations, with dates. The CSVs are a flattening of the XML in pocom-xml.tar.gz.
import { readCsvObjects } from '../csv';
import { clean, join, parseDate, readText, type SourceContext, type SrcPerson, type SrcRole } from '../model';

const SRC = 'pocom';
/** The repository's date; chiefs of mission are current only to 2020-10. */
/** Principal officers are recorded to 2025-03 (PROVENANCE); chiefs of mission only to 2020-10. */
const PRINCIPALS_AS_OF = '2025-03';

export function shortMissionTitle(t: string): string {
  return clean(t)
    .replace(/Ambassador Extraordinary and Plenipotentiary/, 'Ambassador')
    .replace(/Envoy Extraordinary and Minister Plenipotentiary/, 'Minister')
    .replace(/^Representative of the U\.S\.A\./, 'U.S. Representative')
    .replace(/,? with the rank (and status )?of [A-Za-z ]+$/, '')
    .replace(/\s*\(([^)]*)\)$/, ' ($1)');
}

export function readPocom(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'pocom');
  const ppl = readCsvObjects(readText(join(dir, 'pocom_people.csv')));
  const apps = readCsvObjects(readText(join(dir, 'pocom_appointments.csv')));
  const rep = ctx.report.source(SRC);
  rep.rows += ppl.rows.length + apps.rows.length;
  if (ppl.malformed + apps.malformed) ctx.report.skip(SRC, 'malformed CSV row', ppl.malformed + apps.malformed);
  const byId = new Map<string, SrcPerson>();
  for (const r of ppl.rows) {
    const sur = clean(r.surname);
    const fore = clean(r.forename);
    if (!r.person_id || !sur) {
      ctx.report.skip(SRC, 'person without id or surname');
      continue;
    }
    const gen = clean(r.genname);
    const name = [fore, sur, gen].filter(Boolean).join(' ');
    byId.set(r.person_id, {
      key: `${SRC}:${r.person_id}`,
      source: SRC,
      qid: null,
      name,
      aliases: [],
      surname: sur,
      country: 'United States',
      birth: /^\d{4}$/.test(r.birth ?? '') ? +r.birth! : null,
      death: /^\d{4}$/.test(r.death ?? '') ? +r.death! : null,
      roles: [],
    });
  }
  for (const r of apps.rows) {
    const p = byId.get(r.person_id ?? '');
    if (!p) {
      ctx.report.skip(SRC, 'appointment of an unknown person');
      continue;
    }
    const title = shortMissionTitle(r.position_title ?? '');
    if (!title) {
      ctx.report.skip(SRC, 'appointment without title');
      continue;
    }
    const started = parseDate(r.started);
    const appointed = parseDate(r.appointed);
    const ended = parseDate(r.ended);
    const start = started ?? appointed;
    if (start && ended && ended < start.slice(0, ended.length)) {
      ctx.report.skip(SRC, 'ended before started (contradictory row)');
      continue;
    }
    const chief = r.kind !== 'principal';
    const between = /^Left post between/.test(r.ended_note ?? '');
    const x: SrcRole = {
      title,
      organization: 'U.S. Department of State',
      jurisdiction: 'United States',
      start,
      startKind: /shortly before/.test(r.started_note ?? '') ? 'upperBound' : 'exact',
      end: ended,
      endKind: ended ? (between ? 'upperBound' : 'exact') : 'unknown',
      seen: ended && !between ? ended : null,
      open: false,
      source: SRC,
    };
    if (!ended && !chief && start && start >= '2021') {
      // Principal officers are kept current (to 2025-03); older rows without an end are gaps in the record.
      // Chiefs of mission stop in 2020-10 and a missing end says nothing: left unknown.
      x.open = true;
      x.seen = PRINCIPALS_AS_OF;
    }
    p.roles.push(x);
  }
  const out = [...byId.values()].filter((p) => p.roles.length);
  for (const p of out) {
    rep.people++;
    rep.roles += p.roles.length;
  }
  const none = byId.size - out.length;
  if (none) ctx.report.skip(SRC, 'person without appointments', none);
  return out;
}
