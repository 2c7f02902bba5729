// Merges people across sources: by Wikidata QID first, then by English Wikipedia title, then by name plus
// office plus overlapping dates (or plus the same birth year). A record that could join more than one
// person is left on its own ("no merge is better than a wrong merge"). Then each person's roles from
// several sources are reconciled into one role per tenure.
import { countryOf } from './jurisdictions';
import type { Report, SrcPerson, SrcRole } from './model';
import { looseKey, nameTokens, nameVariants, VariantKind } from '../../lib/dataset/normalize';
import { officeOverlap, officeSame, officeTokens } from '../../lib/dataset/office';

/** Source order: earlier sources give a merged person its display name and win ties. */
export const SOURCE_PRIORITY = [
  'wikidata-2025', 'wikidata-2023', 'wikidata-2022', 'wikidata-igo-2023', 'congress', 'congress-executive',
  'openstates', 'pocom', 'factbook', 'fjc', 'congress-historical', 'wh-announcements', 'wh-nominations',
  'wh-vice', 'plum-2025', 'plum-2016', 'plum-2012', 'govman-2025', 'cia-2019', 'ofac',
];
const rank = (s: string) => {
  const i = SOURCE_PRIORITY.indexOf(s);
  return i < 0 ? SOURCE_PRIORITY.length : i;
};
/** Sources whose records are keyed by name (the same person may appear twice in them). */
const NAME_KEYED = new Set(['factbook', 'cia-2019', 'plum-2012', 'plum-2016', 'plum-2025', 'govman-2025', 'wh-announcements', 'wh-nominations', 'wh-vice', 'wikidata-2025']);

export interface Cluster {
  id: number;
  recs: SrcPerson[];
  qid: string | null;
}

interface Info {
  countries: Set<string>;
  births: Set<number>;
  roles: { r: SrcRole; tok: string[]; country: string | null; span: [number, number] | null }[];
  fullKeys: Set<string>;
  initials: Set<string>;
  sources: Set<string>;
}

function yearOf(d: string | null): number | null {
  return d ? +d.slice(0, 4) : null;
}

function span(r: SrcRole): [number, number] | null {
  const s = yearOf(r.start);
  const e = yearOf(r.end) ?? yearOf(r.seen);
  if (r.endKind === 'upperBound' && s === null) return null; // "left by <date>" says little about when
  if (s === null && e === null) return null;
  return [s ?? e!, e ?? s!];
}

function middleInitials(p: SrcPerson): Set<string> {
  const out = new Set<string>();
  const toks = nameTokens(p.name);
  const sur = p.surname ? nameTokens(p.surname) : toks.slice(-1);
  const mids = toks.slice(1, Math.max(1, toks.length - sur.length));
  for (const m of mids) if (!['al', 'el', 'bin', 'de', 'van', 'von'].includes(m)) out.add(m[0]!);
  return out;
}

/** "Benjamin" / "Binyamin" / "Benyamin" → "bnymn": consonants of the transliteration skeleton. */
function givenSkeleton(g: string): string {
  const l = looseKey(g);
  return l[0] + l.slice(1).replace(/[aeiouy]/g, '');
}

/**
 * Keys under which a record looks for people to join. Keys starting with "~" (given-name skeleton +
 * surname, for romanisations such as Binyamin / Benjamin) only count with office evidence.
 */
export function mergeKeys(p: SrcPerson, canon: Map<string, string[]>): string[] {
  const out = new Set<string>();
  for (const n of [p.name, ...p.aliases]) {
    for (const [k, kind] of nameVariants(n, p.surname)) {
      if (kind === VariantKind.Reversed) continue;
      out.add(k);
      const t = k.split(' ');
      if (t.length === 2) {
        for (const c of canon.get(t[0]!) ?? []) out.add(`${c} ${t[1]}`);
        if (t[0]!.length > 2) out.add(`~${givenSkeleton(t[0]!)} ${t[1]}`);
      }
    }
  }
  return [...out];
}

export function mergePeople(records: SrcPerson[], canon: Map<string, string[]>, report: Report): Cluster[] {
  const recs = [...records].sort((a, b) => rank(a.source) - rank(b.source) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const clusters: Cluster[] = [];
  const info: Info[] = [];
  const byQid = new Map<string, number>();
  const byEnwiki = new Map<string, number>();
  const byKey = new Map<string, number[]>();

  const addInfo = (ci: number, p: SrcPerson) => {
    const inf = info[ci]!;
    if (p.country) inf.countries.add(p.country);
    if (p.birth) inf.births.add(p.birth);
    for (const r of p.roles) {
      const c = countryOf(r.jurisdiction);
      if (c) inf.countries.add(c);
      inf.roles.push({ r, tok: officeTokens(`${r.title} ${r.organization ?? ''}`), country: c, span: span(r) });
    }
    for (const [k, kind] of nameVariants(p.name, p.surname)) if (kind === VariantKind.Full) inf.fullKeys.add(k);
    for (const i of middleInitials(p)) inf.initials.add(i);
    inf.sources.add(p.source);
    for (const k of mergeKeys(p, canon)) {
      const l = byKey.get(k) ?? byKey.set(k, []).get(k)!;
      if (!l.includes(ci)) l.push(ci);
    }
    if (p.enwiki && clusters[ci]!.qid) byEnwiki.set(p.enwiki, ci);
  };
  const newCluster = (p: SrcPerson): number => {
    const ci = clusters.length;
    clusters.push({ id: ci, recs: [p], qid: p.qid });
    info.push({ countries: new Set(), births: new Set(), roles: [], fullKeys: new Set(), initials: new Set(), sources: new Set() });
    if (p.qid) byQid.set(p.qid, ci);
    addInfo(ci, p);
    return ci;
  };
  const join = (ci: number, p: SrcPerson, how: string) => {
    clusters[ci]!.recs.push(p);
    addInfo(ci, p);
    report.count(`merged by ${how}`);
  };

  // 1. Wikidata QIDs (Peppercat, congress-legislators, Open States).
  const rest: SrcPerson[] = [];
  for (const p of recs) {
    if (p.source === 'ofac') continue;
    if (!p.qid) {
      rest.push(p);
      continue;
    }
    const ci = byQid.get(p.qid);
    if (ci === undefined) newCluster(p);
    else join(ci, p, 'QID');
  }
  // 2. English Wikipedia titles → QID.
  const rest2: SrcPerson[] = [];
  for (const p of rest) {
    const ci = p.enwiki ? byEnwiki.get(p.enwiki) : undefined;
    if (ci !== undefined && !conflicts(info[ci]!, p)) join(ci, p, 'Wikipedia title → QID');
    else rest2.push(p);
  }
  // 3. Name + office + dates (or + birth year, or + middle initial). The strongest kind of evidence
  // decides; two candidates with the same kind of evidence mean no merge.
  const place = (p: SrcPerson, self: number): number | 'ambiguous' | null => {
    const cands = new Set<number>();
    const weak = new Set<number>();
    for (const k of mergeKeys(p, canon))
      for (const ci of byKey.get(k) ?? [])
        if (ci !== self && clusters[ci]!.recs.length) (k.startsWith('~') ? weak : cands).add(ci);
    for (const ci of weak) if (!cands.has(ci)) cands.add(-1 - ci);
    let bestLevel = 0;
    let best: number[] = [];
    for (const raw of [...cands].sort((x, y) => x - y)) {
      const ci = raw < 0 ? -1 - raw : raw;
      const inf = info[ci]!;
      if (inf.sources.has(p.source) && !NAME_KEYED.has(p.source)) continue;
      if (conflicts(inf, p)) continue;
      const level = evidence(inf, p);
      // Through a romanisation skeleton only, a similar office at the same time is required.
      if (!level || (raw < 0 && level < 3)) continue;
      if (level > bestLevel) [bestLevel, best] = [level, [ci]];
      else if (level === bestLevel) best.push(ci);
    }
    if (best.length === 1) return best[0]!;
    return best.length > 1 ? 'ambiguous' : null;
  };
  const singles: number[] = [];
  for (const p of rest2) {
    const ci = place(p, -1);
    if (typeof ci === 'number') join(ci, p, 'name + office + dates');
    else {
      if (ci === 'ambiguous') report.count('not merged: name + office matches more than one person (ambiguous)');
      singles.push(newCluster(p));
    }
  }
  // Second pass: a record left alone may now meet a person that grew richer after it was placed.
  for (const ci of singles) {
    const c = clusters[ci]!;
    if (c.recs.length !== 1) continue;
    const p = c.recs[0]!;
    const to = place(p, ci);
    if (typeof to === 'number' && !(clusters[to]!.recs.length === 1 && to > ci && singles.includes(to))) {
      c.recs = [];
      join(to, p, 'name + office + dates (second pass)');
    }
  }
  // 4. Sanctions: attach to one person of the same name and nationality, else keep as a flag-only record.
  for (const p of recs) {
    if (p.source !== 'ofac') continue;
    const cands = new Set<number>();
    for (const k of mergeKeys(p, canon)) for (const ci of byKey.get(k) ?? []) cands.add(ci);
    const nat = new Set(p.nationality ?? []);
    const ok = [...cands]
      .sort((a, b) => a - b)
      .filter((ci) => {
        const inf = info[ci]!;
        if (!clusters[ci]!.recs.length) return false;
        if (!clusters[ci]!.recs.some((r) => r.roles.length)) return false;
        if (![...inf.countries].some((c) => nat.has(c))) return false;
        if (p.birth && inf.births.size && !inf.births.has(p.birth)) return false;
        return true;
      });
    if (ok.length === 1) join(ok[0]!, p, 'sanctions: name + nationality');
    else {
      if (ok.length > 1) report.count('sanctions not attached: several officials share the name and nationality');
      newCluster(p);
    }
  }
  return clusters.filter((c) => c.recs.length);
}

function conflicts(inf: Info, p: SrcPerson): boolean {
  if (p.birth && inf.births.size && ![...inf.births].some((b) => Math.abs(b - p.birth!) <= 1)) return true;
  const mi = middleInitials(p);
  if (mi.size && inf.initials.size && ![...mi].some((i) => inf.initials.has(i))) return true;
  return false;
}

/** 0 = none, 1 = same middle initial, 2 = same birth year, 3 = a similar office at about the same time. */
function evidence(inf: Info, p: SrcPerson): number {
  const pc = new Set<string>([...(p.country ? [p.country] : []), ...p.roles.map((r) => countryOf(r.jurisdiction)).filter((c): c is string => !!c)]);
  const sameCountry = [...pc].some((c) => inf.countries.has(c));
  let level = 0;
  // Same birth year and country.
  if (p.birth && inf.births.has(p.birth) && sameCountry) level = 2;
  // A similar office in the same country at about the same time.
  for (const r of p.roles) {
    const tok = officeTokens(`${r.title} ${r.organization ?? ''}`);
    const c = countryOf(r.jurisdiction);
    const sp = span(r);
    for (const q of inf.roles) {
      if (c && q.country && c !== q.country) continue;
      if (sp && q.span && (sp[0] > q.span[1] + 4 || q.span[0] > sp[1] + 4)) continue;
      if (officeOverlap(tok, q.tok) >= 0.6) return 3;
    }
  }
  // US records with the same given name, surname and middle initial ("Colin H. Kahl" / "Colin Hackett
  // Kahl"), at most a career apart.
  if (sameCountry && pc.has('United States')) {
    const mi = middleInitials(p);
    if (mi.size && [...mi].some((i) => inf.initials.has(i))) {
      const sp = p.roles.map(span).filter((x): x is [number, number] => !!x);
      const near = !sp.length || inf.roles.some((q) => !q.span || sp.some((s) => s[0] <= q.span![1] + 30 && q.span![0] <= s[1] + 30));
      if (near) level = Math.max(level, 1);
    }
  }
  return level;
}

// ---------------------------------------------------------------------------------------------- roles

function minDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function maxDay(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

function addDays(d: string, n: number): string {
  const t = new Date(`${minDay(d)}T00:00:00Z`).getTime() + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

interface Iv {
  lo: string;
  hi: string;
}
function interval(r: SrcRole): Iv {
  const lo = r.start ? minDay(r.start) : '0000';
  const hiSrc = r.end ?? (r.open ? '9999' : r.seen);
  const hi = hiSrc ? maxDay(hiSrc) : '9999';
  return { lo, hi };
}

function precision(d: string | null): number {
  return d ? d.length : 0;
}

/** The Factbook's fallback "Head of government/state" is the same post as the country's head title. */
function headOf(a: SrcRole, b: SrcRole): number {
  const f = /^Head of (state|government)$/;
  const head = /^(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Chief Executive|Taoiseach)$/i;
  return (f.test(a.title) && head.test(b.title)) || (f.test(b.title) && head.test(a.title)) ? 0.9 : 0;
}

/** Diplomatic posts are titled "Ambassador to X", "Representative to X", "Envoy to X" by different sources. */
function sameOfficeScore(a: string[], b: string[], ta: string, tb: string): number {
  const s = officeSame(a, b);
  if (s >= 0.8 || !/\bto\b/i.test(ta) || !/\bto\b/i.test(tb)) return s;
  const dip = (t: string[]) => t.map((x) => (x === 'representative' || x === 'envoy' ? 'ambassador' : x));
  return officeSame(dip(a), dip(b));
}

function days(a: string, b: string): number {
  return Math.abs(new Date(`${minDay(a)}T00:00:00Z`).getTime() - new Date(`${minDay(b)}T00:00:00Z`).getTime()) / 86400000;
}

/**
 * Combines two records of one tenure (the same tenure from two sources, or consecutive terms of one
 * office). `a` is from the higher-priority source. The start is the earliest exact start; the end and
 * the current status come from the record that knows the latest.
 */
function combine(a: SrcRole, b: SrcRole, report: Report, asOf: (s: string) => string): SrcRole {
  const out = { ...a };
  if (b.start) {
    const takeB =
      !a.start ||
      (b.startKind === 'exact' && a.startKind !== 'exact') ||
      (b.startKind === a.startKind && (minDay(b.start) < minDay(a.start) || (b.start.startsWith(a.start) && b.start.length > a.start.length)));
    if (
      a.start && a.source !== b.source && a.startKind === 'exact' && b.startKind === 'exact' &&
      a.start.length === 10 && b.start.length === 10 && days(a.start, b.start) > 60 &&
      ((a.end && b.end && days(a.end, b.end) <= 60) || (a.open && b.open))
    )
      report.count('contradictory start dates for one tenure (kept the earlier)');
    if (takeB && !(a.start && b.start.length < a.start.length && a.start.startsWith(b.start))) {
      out.start = b.start;
      out.startKind = b.startKind;
    }
  }
  // End: a source that lists the post as current after every recorded end wins (consecutive terms, or a
  // later snapshot); otherwise an exact end, unless it contradicts an upper bound; otherwise the tightest
  // upper bound.
  const both = [a, b];
  const openAsOf = both.filter((r) => r.open).map((r) => maxDay(r.seen ?? asOf(r.source))).sort().pop() ?? null;
  const exactEnd = both.filter((r) => r.end && r.endKind === 'exact').map((r) => r.end!).sort((x, y) => maxDay(x).localeCompare(maxDay(y))).pop() ?? null;
  // The tightest upper bound that no source contradicts by listing the post later.
  const seenMax = both.map((r) => r.seen).filter((x): x is string => !!x).map(maxDay).sort().pop() ?? '';
  const bounds = both.filter((r) => r.end && r.endKind === 'upperBound').map((r) => r.end!).sort((x, y) => maxDay(x).localeCompare(maxDay(y)));
  const bound = bounds.find((x) => maxDay(x) >= seenMax) ?? null;
  if (bounds.length && !bound) report.count('an upper bound superseded by a later listing of the same post');
  const last = (pred: (r: SrcRole) => boolean) => both.find(pred) ?? a;
  if (openAsOf && (!exactEnd || openAsOf > maxDay(exactEnd)) && (!bound || openAsOf >= minDay(bound))) {
    out.end = null;
    out.endKind = 'unknown';
    out.open = true;
    out.source = last((r) => r.open && maxDay(r.seen ?? asOf(r.source)) === openAsOf).source;
  } else if (exactEnd && (!bound || addDays(bound, 31) >= minDay(exactEnd))) {
    out.end = exactEnd;
    out.endKind = 'exact';
    out.open = false;
    out.source = last((r) => r.end === exactEnd && r.endKind === 'exact').source;
  } else if (bound) {
    if (exactEnd) report.count('an exact end later than another source\'s upper bound (kept the bound)');
    out.end = bound;
    out.endKind = 'upperBound';
    out.open = false;
    out.source = last((r) => r.end === bound && r.endKind === 'upperBound').source;
  } else {
    out.end = null;
    out.endKind = 'unknown';
    out.open = false;
  }
  if (
    a.source !== b.source && a.end && b.end && a.endKind === 'exact' && b.endKind === 'exact' &&
    a.end.length === 10 && b.end.length === 10 && days(a.end, b.end) > 60 &&
    a.start && b.start && days(a.start, b.start) <= 60
  )
    report.count('contradictory end dates for one tenure (kept the later source)');
  const seens = [a.seen, b.seen].filter((s): s is string => !!s).sort();
  out.seen = seens.length ? seens[seens.length - 1]! : null;
  if (out.end && out.seen && out.seen > maxDay(out.end)) {
    if (out.endKind === 'upperBound') {
      out.end = null;
      out.endKind = 'unknown';
    } else out.seen = out.end;
    report.count('listed after the recorded end by another source (reconciled)');
  }
  // Keep the more descriptive title ("President of the United States" over "President"; "Prime Minister"
  // over the Factbook's fallback "Head of government").
  const ta = officeTokens(out.title);
  const tb = officeTokens(b.title);
  const fallback = /^Head of (state|government)$/;
  if (fallback.test(out.title) && !fallback.test(b.title)) out.title = b.title;
  else if (!fallback.test(b.title) && (b.startKind === 'announced' ? tb.length > ta.length : ta.every((t) => tb.includes(t)) && b.title.length > out.title.length && b.title.length <= 80))
    out.title = b.title;
  if (!out.organization && b.organization) out.organization = b.organization;
  return out;
}

/** One role per tenure: same office (same country, same words) and touching dates → one role. */
export function consolidateRoles(roles: SrcRole[], report: Report, asOf: (s: string) => string): SrcRole[] {
  const sorted = [...roles].sort((a, b) => rank(a.source) - rank(b.source) || a.title.localeCompare(b.title) || (a.start ?? '').localeCompare(b.start ?? ''));
  const dated = sorted.filter((r) => r.endKind !== 'snapshot');
  const snaps = sorted.filter((r) => r.endKind === 'snapshot');
  const out: { r: SrcRole; tok: string[]; c: string | null }[] = [];
  for (const r of dated) {
    const tok = officeTokens(r.title);
    const c = countryOf(r.jurisdiction);
    const iv = interval(r);
    let merged = false;
    for (const o of out) {
      if (c !== o.c) continue;
      const same = sameOfficeScore(tok, o.tok, r.title, o.r.title) || headOf(r, o.r);
      const nested = r.startKind === 'announced' || o.r.startKind === 'announced' ? officeOverlap(tok, o.tok) >= 0.99 : false;
      if (same < 0.8 && !nested) continue;
      const ov = interval(o.r);
      const gap = 45;
      const touch = iv.lo <= addDays(ov.hi.startsWith('9999') ? '9999-01-01' : ov.hi, gap) && ov.lo <= addDays(iv.hi.startsWith('9999') ? '9999-01-01' : iv.hi, gap);
      if (!touch) continue;
      o.r = combine(o.r, r, report, asOf);
      report.count('roles: same tenure from two records combined');
      merged = true;
      break;
    }
    if (!merged) out.push({ r: { ...r }, tok, c });
  }
  const kept: SrcRole[] = out.map((o) => o.r);
  const seenSnap = new Set<string>();
  for (const s of snaps) {
    const tok = officeTokens(s.title);
    const c = countryOf(s.jurisdiction);
    const when = s.start!;
    const covered = out.some((o) => {
      if (c !== o.c || officeOverlap(tok, o.tok) < 0.8) return false;
      const iv = interval(o.r);
      return iv.lo <= maxDay(when) && minDay(when) <= iv.hi;
    });
    if (covered) {
      report.count('roles: snapshot listing inside a dated tenure of the same office (absorbed)');
      continue;
    }
    const k = `${s.title}|${s.organization}|${s.jurisdiction}|${when}`;
    if (seenSnap.has(k)) continue;
    seenSnap.add(k);
    kept.push(s);
  }
  return kept.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.title.localeCompare(b.title) || rank(a.source) - rank(b.source));
}
