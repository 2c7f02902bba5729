// Which role a person held at a date, given start/end dates of mixed precision and kinds:
// exact dates, upper bounds ("left office by"), "in office by", announcements (nominations) and
// snapshot listings ("listed in 2019"). Unknown stays unknown: a role whose dates neither confirm nor
// rule out the date is "possible", not "held".
import type { DatasetRole } from '../types';
import type { StoredRole } from './dataset';

export type Fit = 'held' | 'listed' | 'possible' | 'former' | 'later';
export const FIT_SCORE: Record<Fit, number> = { held: 5, listed: 4, possible: 3, former: 2, later: 1 };

export function minDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
export function maxDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, '0')}`;
  }
  return d;
}
export function addDays(d: string, n: number): string {
  const t = Date.parse(`${minDay(d)}T00:00:00Z`) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a civil date (no Date objects: this runs for every role of every candidate). */
function days(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
/** First day of a partial date ("2021" → 2021-01-01). */
export function dayLo(d: string): number {
  return days(+d.slice(0, 4), d.length >= 7 ? +d.slice(5, 7) : 1, d.length >= 10 ? +d.slice(8, 10) : 1);
}
/** Last day of a partial date ("2021" → 2021-12-31, "2021-02" → 2021-02-28). */
export function dayHi(d: string): number {
  const y = +d.slice(0, 4);
  if (d.length >= 10) return days(y, +d.slice(5, 7), +d.slice(8, 10));
  if (d.length >= 7) {
    const m = +d.slice(5, 7);
    return m === 12 ? days(y + 1, 1, 1) - 1 : days(y, m + 1, 1) - 1;
  }
  return days(y + 1, 1, 1) - 1;
}

interface Num {
  sLo: number;
  sHi: number;
  eLo: number;
  eHi: number;
  seen: number;
  asOf: number;
}
const NONE = NaN;
function num(r: StoredRole): Num {
  const m = (r.memo ??= {});
  let n = m.num as Num | undefined;
  if (!n) {
    const asOf = r.seen ?? r.source.asOf;
    n = {
      sLo: r.start ? dayLo(r.start) : NONE,
      sHi: r.start ? dayHi(r.start) : NONE,
      eLo: r.end ? dayLo(r.end) : NONE,
      eHi: r.end ? dayHi(r.end) : NONE,
      seen: r.seen ? dayHi(r.seen) : NONE,
      asOf: asOf ? dayHi(asOf) : NONE,
    };
    m.num = n;
  }
  return n;
}

/** How the role relates to the date (YYYY-MM-DD, or a day number from dayLo). */
export function fitAt(r: StoredRole, date: string | number): Fit {
  const d = typeof date === 'number' ? date : dayLo(date);
  const n = num(r);
  if (r.endKind === 'snapshot') {
    const lo = n.sLo;
    const hi = Number.isNaN(n.eHi) ? n.sHi : n.eHi;
    if (Number.isNaN(lo)) return 'possible';
    if (d >= lo - 183 && d <= hi + 183) return 'listed';
    if (d >= lo - 3 * 365 && d <= hi + 3 * 365) return 'possible';
    return d < lo ? 'later' : 'former';
  }
  // Start side: has the role certainly begun, possibly begun, or not yet?
  let begun: 'yes' | 'maybe' | 'no' = 'maybe';
  if (r.start) {
    if (r.startKind === 'exact') begun = d >= n.sHi ? 'yes' : d < n.sLo ? 'no' : 'maybe';
    else if (r.startKind === 'upperBound') begun = d >= n.sHi ? 'yes' : 'maybe';
    else begun = d < n.sLo ? 'no' : 'maybe'; // announced: not before the announcement; confirmation unknown
  }
  // End side.
  let over: 'yes' | 'maybe' | 'no' = 'maybe';
  if (r.end && (r.endKind === 'exact' || r.endKind === 'upperBound')) {
    if (d > n.eHi) over = 'yes';
    else if (r.endKind === 'exact') over = d < n.eLo ? 'no' : 'maybe';
    else over = !Number.isNaN(n.seen) && d <= n.seen ? 'no' : 'maybe';
  } else if (r.open) {
    // Current at the source's date: held up to it, and taken as held for a year after.
    over = d <= n.asOf + 365 ? 'no' : 'maybe';
  } else if (!Number.isNaN(n.seen) && d <= n.seen) over = 'no';
  if (over === 'yes') return 'former';
  if (begun === 'no') return 'later';
  if (begun === 'yes' && over === 'no') return 'held';
  return 'possible';
}

/** True / false / unknown: whether the role still holds as of its source's date. */
export function stillHeld(r: StoredRole): boolean | null {
  if (r.endKind === 'snapshot') return null;
  if (r.end && (r.endKind === 'exact' || r.endKind === 'upperBound')) return false;
  if (r.open) return true;
  return null;
}

/** The date up to which `stillHeld` was checked. */
export function checkedOn(r: StoredRole, datasetVerified: string): string {
  if (r.open) {
    const d = r.seen ?? r.source.asOf;
    return d.length === 10 ? d : maxDay(d);
  }
  return datasetVerified;
}

const HEAD = /\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|head of state|head of government|taoiseach|secretary-general of the united nations)\b/i;
const SECOND = /\b(vice president|deputy prime minister|first deputy|secretary of state|minister of foreign affairs|secretary of defen[cs]e|minister of (national )?defen[cs]e|chief justice|speaker)\b/i;
const CABINET = /\b(minister|secretary|governor|senator|representative|ambassador|mayor|justice|judge|chair|director|administrator|commissioner|attorney general|envoy|advis[eo]r|spokesperson|press secretary)\b/i;
const JUNIOR = /\b(deputy|assistant|under|associate|acting|special assistant|staff|member of the board|senior advisor|counsel)\b/i;

/** How prominent a post is, for picking a person's headline role (0..5). */
export function prominence(r: StoredRole): number {
  const m = (r.memo ??= {});
  return (m.prominence ??= computeProminence(r));
}

function computeProminence(r: StoredRole): number {
  const t = r.title;
  let s = 1;
  if (SECOND.test(t)) s = 4;
  else if (HEAD.test(t) && !/\bvice\b|\bdeputy\b|\bassistant\b/i.test(t) && !/of the (board|council|court|senate|commission|committee|assembly|bank|university)|president of [a-z]+ (bank|university|college|council)/i.test(t)) s = 5;
  else if (CABINET.test(t)) s = JUNIOR.test(t) ? 2 : 3;
  if (r.endKind === 'snapshot') s -= 0.5;
  if (r.startKind === 'announced') s -= 0.5;
  return s;
}

/** A "listed in 2019" / "listed 2021-03 – 2024-01" label for snapshot roles. */
export function listedLabel(r: StoredRole): string | undefined {
  if (r.endKind !== 'snapshot' || !r.start) return undefined;
  const a = r.start;
  const b = r.end ?? a;
  if (a === b || (a.length === 4 && b.startsWith(a))) return `listed in ${a.length >= 7 ? a.slice(0, 4) : a}`;
  return `listed ${a} – ${b}`;
}

/** The public shape of a role (lib/types.ts DatasetRole, plus the optional detail fields); a fresh copy. */
export function toDatasetRole(r: StoredRole): DatasetRole {
  const m = (r.memo ??= {});
  return { ...(m.public ??= makeDatasetRole(r)) };
}

function makeDatasetRole(r: StoredRole): DatasetRole {
  const out: DatasetRole = {
    title: r.title,
    organization: r.organization,
    jurisdiction: r.jurisdiction,
    start: r.start,
    end: r.end,
    endKind: r.endKind,
    source: r.source.label,
    startKind: r.startKind,
    sourceId: r.source.id,
  };
  if (r.seen) out.seenUntil = r.seen;
  if (r.open) out.currentAsOf = r.seen && r.seen.length === 10 ? r.seen : r.source.asOf;
  const l = listedLabel(r);
  if (l) out.listed = l;
  return out;
}
