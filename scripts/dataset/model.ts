// The build's intermediate model: every source is read into SrcPerson records with SrcRole roles, then
// people are merged across sources and compiled into the asset.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { SourceInfo } from '../../lib/dataset/format';

import type { EndKind, StartKind } from '../../lib/dataset/dataset';
export type { EndKind, StartKind };

export interface SrcRole {
  title: string;
  organization: string | null;
  jurisdiction: string | null;
  /** Partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null. */
  start: string | null;
  startKind: StartKind;
  end: string | null;
  endKind: EndKind;
  /** The latest date the role is known to have been held (a lower bound of its end), or null. */
  seen: string | null;
  /** True when the source lists the role as current at its as-of date. */
  open: boolean;
  source: string;
}

export interface SrcPerson {
  /** Unique within the build, e.g. "wd:Q7747", "pocom:blinken-antony-j". */
  key: string;
  source: string;
  qid: string | null;
  enwiki?: string | null;
  name: string;
  aliases: string[];
  /** The surname as the source marks it, when it does. */
  surname?: string | null;
  surnameFirst?: boolean;
  country: string | null;
  birth?: number | null;
  death?: number | null;
  roles: SrcRole[];
  /** OFAC programmes, for sanctions flags. */
  sanctions?: string[];
  /** Nationalities or countries OFAC names for the person (to tie a flag to a namesake-safe match). */
  nationality?: string[];
  /** Bioguide id etc., for joins inside one family of sources. */
  ids?: Record<string, string>;
}

export class Report {
  readonly sources = new Map<string, { rows: number; people: number; roles: number; skipped: Map<string, number> }>();
  readonly notes: string[] = [];
  readonly merge = new Map<string, number>();

  source(id: string) {
    let s = this.sources.get(id);
    if (!s) this.sources.set(id, (s = { rows: 0, people: 0, roles: 0, skipped: new Map() }));
    return s;
  }
  skip(id: string, reason: string, n = 1) {
    const s = this.source(id).skipped;
    s.set(reason, (s.get(reason) ?? 0) + n);
  }
  count(what: string, n = 1) {
    this.merge.set(what, (this.merge.get(what) ?? 0) + n);
  }
}

export interface SourceContext {
  dir: string;
  report: Report;
  sources: Map<string, SourceInfo>;
}

export function readText(file: string): string {
  const buf = fs.readFileSync(file);
  return (file.endsWith('.gz') ? zlib.gunzipSync(buf) : buf).toString('utf8');
}

export function exists(file: string): boolean {
  return fs.existsSync(file);
}

export function join(...p: string[]): string {
  return path.join(...p);
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10',
  nov: '11', dec: '12',
};

/**
 * Parses the date forms the sources use into a partial ISO date, or null: "2021-01-26", "2021-01", "2021",
 * "7/28/2011", "01/31/2024 00:00:00", "30 June 2023", "June 2023", "15 Sep 2021", "8–22–22" (m–d–yy).
 */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s || s === '-0-') return null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(s);
  if (m) return valid(m[1]!, m[2], m[3]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/.exec(s);
  if (m) return valid(m[3]!, m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'));
  m = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    return mo ? valid(m[3]!, mo, m[1]!.padStart(2, '0')) : null;
  }
  m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return mo ? valid(m[3]!, mo, m[2]!.padStart(2, '0')) : null;
  }
  m = /^([A-Za-z]+)\.? (\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return mo ? valid(m[2]!, mo) : null;
  }
  m = /^(\d{1,2})[–-](\d{1,2})[–-](\d{2})$/.exec(s);
  if (m) return valid(`20${m[3]}`, m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'));
  return null;
}

function valid(y: string, mo?: string, d?: string): string | null {
  const yy = +y;
  if (yy < 1700 || yy > 2200) return null;
  if (!mo) return y;
  const mm = +mo;
  if (mm < 1 || mm > 12) return y;
  if (!d) return `${y}-${mo}`;
  const dd = +d;
  const dim = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  if (dd < 1 || dd > dim) return `${y}-${mo}`;
  return `${y}-${mo}-${d}`;
}

/** Title case for names and titles printed in capitals ("JANET" → "Janet", "MCDONALD" → "McDonald"). */
export function titleCase(s: string, smallWords = false): string {
  const SMALL = new Set(['of', 'the', 'and', 'for', 'to', 'on', 'in', 'at', 'a', 'an', 'by', 'de', 'del', 'la', 'van', 'von', 'bin', 'al']);
  return s
    .toLowerCase()
    .split(/(\s+|-|\/|\()/)
    .map((w, i) => {
      if (!w || /^\s+$|^[-/(]$/.test(w)) return w;
      if (smallWords && i > 0 && SMALL.has(w)) return w;
      if (/^(ii|iii|iv|vi)$/.test(w)) return w.toUpperCase();
      if (/^(u\.s\.|us|usa|nasa|fbi|cia|dc|nato|un|eu|hhs|dod|dhs|doj|epa|fema|nsc|omb|ustr|oecd)$/.test(w)) return w.toUpperCase();
      let t = w[0]!.toUpperCase() + w.slice(1);
      t = t.replace(/^(Mc|O')([a-z])/, (_m, a: string, b: string) => a + b.toUpperCase());
      return t;
    })
    .join('');
}

export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
