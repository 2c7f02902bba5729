// parseDataset: validates the compiled asset and wraps it for lookups. Cheap at load time (shape checks and
// a few string scans); the big members are split into rows on first use and rows are decoded per person.
import type { DatasetRole } from '../types';
import { ASSET_MAGIC, DATASET_FORMAT, DATASET_VERSION, SECTION_ORDER, unpackDate, type AssetHeader, type DatasetAsset, type SectionName, type SourceInfo } from './format';

export type StartKind = 'exact' | 'upperBound' | 'announced';
export type EndKind = 'exact' | 'upperBound' | 'unknown' | 'snapshot';

/** A role as stored, decoded. */
export interface StoredRole {
  title: string;
  organization: string | null;
  jurisdiction: string | null;
  start: string | null;
  startKind: StartKind;
  end: string | null;
  endKind: EndKind;
  source: SourceInfo;
  /** Latest date the role is known held (null when only start/end say so). */
  seen: string | null;
  /** Current at the source's as-of date. */
  open: boolean;
  /** Derived values cached on the row by roles.ts and lookup.ts (not part of the data). */
  memo?: { num?: unknown; tokens?: string[]; country?: string | null; prominence?: number; public?: DatasetRole };
}

export interface StoredPerson {
  index: number;
  id: string;
  name: string;
  country: string | null;
  birth: number | null;
  death: number | null;
  sanctions: string[];
  surnameFirst: boolean;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; error: string };

const START_KIND: Record<string, StartKind> = { '': 'exact', b: 'upperBound', a: 'announced' };
const END_KIND: Record<string, EndKind> = { e: 'exact', u: 'upperBound', '': 'unknown', s: 'snapshot' };

/** Thrown when a section's rows do not match the header's counts (a corrupt asset found late). */
export class DatasetCorrupt extends Error {}

/**
 * One newline-joined section, decoded on first use. Rows are found through an offsets table (no array of
 * row strings is kept), and sorted "key\t…" sections are binary-searched in place.
 */
class Section {
  private textVal: string | null = null;
  private starts: Uint32Array | null = null;
  constructor(
    private readonly name: string,
    private readonly source: string | (() => string),
    private readonly expected: number | null,
  ) {}
  get text(): string {
    if (this.textVal === null) this.textVal = typeof this.source === 'string' ? this.source : this.source();
    return this.textVal;
  }
  private index(): Uint32Array {
    if (this.starts) return this.starts;
    const t = this.text;
    let n = t.length ? 1 : 0;
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
    if (this.expected !== null && n !== this.expected && !(this.expected === 0 && t === '')) {
      throw new DatasetCorrupt(`${this.name} has ${n} rows, the header says ${this.expected}`);
    }
    const st = new Uint32Array(n + 1);
    let k = 0;
    if (n) {
      st[k++] = 0;
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) st[k++] = i + 1;
    }
    st[n] = t.length + 1;
    this.starts = st;
    return st;
  }
  get rows(): number {
    return this.index().length - 1;
  }
  row(i: number): string {
    const st = this.index();
    if (i < 0 || i >= st.length - 1) return '';
    return this.text.slice(st[i]!, st[i + 1]! - 1);
  }
  private buckets: Uint32Array | null = null;
  /** First row of each two-character prefix (codes above 127 share the last slot), for a short search. */
  private bucketIndex(): Uint32Array {
    if (this.buckets) return this.buckets;
    const st = this.index();
    const t = this.text;
    const n = st.length - 1;
    const b = new Uint32Array(128 * 128 + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) {
      const a = st[i]!;
      b[bucketOf(t.charCodeAt(a), t.charCodeAt(a + 1))] = i;
    }
    for (let k = b.length - 2; k >= 0; k--) if (b[k]! > b[k + 1]!) b[k] = b[k + 1]!;
    this.buckets = b;
    return b;
  }

  private hashes: Uint32Array | null = null;
  /** Builds the row offsets and the key table now. */
  prepareKeys(): void {
    this.hashIndex();
  }
  /**
   * An open-addressing table from a row key's hash to its row (+1; 0 is empty), built on first use:
   * 8 bytes a row, and a find is one hash and, nearly always, one comparison.
   */
  private hashIndex(): Uint32Array {
    if (this.hashes) return this.hashes;
    const st = this.index();
    const t = this.text;
    const n = st.length - 1;
    let size = 16;
    while (size < n * 2) size *= 2;
    const h = new Uint32Array(size);
    const mask = size - 1;
    for (let r = 0; r < n; r++) {
      const a = st[r]!;
      let x = 0x811c9dc5;
      for (let i = a; ; i++) {
        const c = t.charCodeAt(i);
        if (c === 9 || Number.isNaN(c) || c === 10) break;
        x = Math.imul(x ^ c, 0x01000193);
      }
      let slot = (x >>> 0) & mask;
      while (h[slot] !== 0) slot = (slot + 1) & mask;
      h[slot] = r + 1;
    }
    this.hashes = h;
    return h;
  }

  /** The part after the tab of the row whose key (before the tab) equals `key`, or null. */
  find(key: string): string | null {
    const st = this.index();
    const t = this.text;
    const h = this.hashIndex();
    const n = key.length;
    let x = 0x811c9dc5;
    for (let i = 0; i < n; i++) x = Math.imul(x ^ key.charCodeAt(i), 0x01000193);
    const mask = h.length - 1;
    for (let slot = (x >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const r = h[slot]!;
      if (r === 0) return null;
      const a = st[r - 1]!;
      if (t.charCodeAt(a + n) !== 9) continue;
      let same = true;
      for (let i = 0; i < n; i++) {
        if (t.charCodeAt(a + i) !== key.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return t.slice(a + n + 1, st[r]! - 1);
    }
  }
  /** The entries of every row whose key starts with `prefix` (a contiguous run of the sorted rows). */
  findPrefix(prefix: string): string[] {
    const st = this.index();
    const t = this.text;
    const bk = this.bucketIndex();
    const k0 = bucketOf(prefix.charCodeAt(0), prefix.charCodeAt(1));
    let lo = bk[k0]!;
    let hi = bk[k0 + 1]!;
    // Lower bound of the prefix.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const a = st[mid]!;
      const tab = t.indexOf('\t', a);
      if (t.slice(a, tab) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < st.length - 1; i++) {
      const a = st[i]!;
      if (!t.startsWith(prefix, a)) break;
      const tab = t.indexOf('\t', a);
      out.push(t.slice(tab + 1, st[i + 1]! - 1));
    }
    return out;
  }

  /** Every row's key (before the tab) with its entries, in order. */
  *entries(): Generator<[string, string]> {
    const n = this.rows;
    for (let i = 0; i < n; i++) {
      const r = this.row(i);
      const tab = r.indexOf('\t');
      yield [r.slice(0, tab), r.slice(tab + 1)];
    }
  }
}

export interface Entry {
  person: number;
  /** VariantKind of the stored key (0 full name, 1 short form). */
  kind: number;
}

function decodeEntries(s: string | null): Entry[] {
  if (!s) return [];
  return s.split(',').map((e) => {
    const n = parseInt(e, 36);
    return { person: Math.floor(n / 4), kind: n % 4 };
  });
}

function bucketOf(c0: number, c1: number): number {
  const a = c0 < 128 ? c0 : 127;
  const b = c1 === 9 || Number.isNaN(c1) ? 0 : c1 < 128 ? c1 : 127;
  return a * 128 + b;
}

/** The last word of every key of a sorted "key\tentries" section. */
function lastWordsOf(sec: Section): Set<string> {
  const out = new Set<string>();
  const t = sec.text;
  const n = sec.rows;
  for (let i = 0; i < n; i++) {
    const r = sec.row(i);
    const tab = r.indexOf('\t');
    out.add(r.slice(r.lastIndexOf(' ', tab) + 1, tab));
  }
  void t;
  return out;
}

/** Small bounded caches: decoded rows are cheap to redo, so memory stays flat however many are asked. */
class Bounded<K, V> extends Map<K, V> {
  constructor(private readonly cap: number) {
    super();
  }
  override set(k: K, v: V): this {
    if (this.size >= this.cap) this.clear();
    return super.set(k, v);
  }
}

export class Dataset {
  readonly verified: string;
  readonly sources: readonly SourceInfo[];
  readonly size: number;
  readonly roleCount: number;
  private readonly sec: Record<SectionName, Section>;
  private nickMap: Map<string, string[]> | null = null;
  private readonly personCache = new Bounded<number, StoredPerson>(5000);
  private readonly roleCache = new Bounded<number, StoredRole[]>(5000);
  private stringsArr: string[] | null = null;

  constructor(header: Omit<DatasetAsset, SectionName>, sections: Record<SectionName, string | (() => string)>) {
    this.verified = header.verified;
    this.sources = header.sources;
    this.size = header.counts.people;
    this.roleCount = header.counts.roles;
    const c = header.counts;
    const expected: Record<SectionName, number | null> = { strings: c.strings, people: c.people, roles: c.people, keys: c.keys, loose: c.loose, surnames: c.surnames, nicknames: null };
    this.sec = {} as Record<SectionName, Section>;
    for (const k of SECTION_ORDER) this.sec[k] = new Section(k, sections[k], expected[k]);
  }

  /** Builds one section's row offsets, checking its row count; throws DatasetCorrupt. */
  checkSection(k: SectionName): void {
    void this.sec[k].rows;
  }

  /** Decodes every section and builds the row offsets now (e.g. when the worker is idle). */
  warm(): void {
    for (const k of SECTION_ORDER) void this.sec[k].rows;
    for (const k of ['keys', 'loose', 'surnames'] as const) this.sec[k].prepareKeys();
    this.strings();
  }

  private strings(): string[] {
    return (this.stringsArr ??= this.sec.strings.text.split('\n'));
  }
  private str(code: string | undefined): string | null {
    if (!code) return null;
    return this.strings()[parseInt(code, 36)] ?? null;
  }

  /** The people of an exact name key (full names and short forms). */
  byKey(key: string): Entry[] {
    return decodeEntries(this.sec.keys.find(key));
  }

  private lastWords: Set<string> | null = null;
  private looseLastWords: Set<string> | null = null;

  /** True when some stored name form ends with this word (a cheap filter before trying name forms). */
  isNameWord(w: string): boolean {
    this.lastWords ??= lastWordsOf(this.sec.keys);
    return this.lastWords.has(w);
  }

  /** The same for transliteration skeletons. */
  isLooseNameWord(w: string): boolean {
    this.looseLastWords ??= lastWordsOf(this.sec.loose);
    return this.looseLastWords.has(w);
  }

  /** The people whose transliteration skeleton is this key. */
  byLooseKey(key: string): Entry[] {
    return decodeEntries(this.sec.loose.find(key));
  }

  /**
   * People with dated roles by surname (or its transliteration skeleton), and by the initial of their given
   * name when `initials` are given; else every initial.
   */
  bySurname(surname: string, initials?: readonly string[]): number[] {
    const out: number[] = [];
    const add = (e: string | null) => {
      for (const x of decodeEntries(e)) if (!out.includes(x.person)) out.push(x.person);
    };
    add(this.sec.surnames.find(surname));
    if (initials) for (const i of initials) add(this.sec.surnames.find(`${surname} ${i}`));
    else for (const e of this.sec.surnames.findPrefix(`${surname} `)) add(e);
    return out;
  }

  /** Nickname ↔ given name, both ways ("bernie" → ["bernard"], "bernard" → ["bernie"]). */
  nicknames(name: string): string[] {
    if (!this.nickMap) {
      const m = new Map<string, string[]>();
      const add = (a: string, b: string) => {
        const l = m.get(a);
        if (!l) m.set(a, [b]);
        else if (!l.includes(b)) l.push(b);
      };
      for (const [canon, list] of this.sec.nicknames.entries()) {
        if (!canon || !list) continue;
        for (const n of list.split(',')) {
          add(canon, n);
          add(n, canon);
        }
      }
      this.nickMap = m;
    }
    return this.nickMap.get(name) ?? [];
  }

  person(i: number): StoredPerson {
    let p = this.personCache.get(i);
    if (p) return p;
    const f = this.sec.people.row(i).split('\t');
    p = {
      index: i,
      id: f[0] ?? '',
      name: f[1] ?? '',
      country: this.str(f[2]),
      birth: f[3] ? +f[3] : null,
      death: f[4] ? +f[4] : null,
      sanctions: f[5] ? f[5].split('.').map((c) => this.str(c)!).filter(Boolean) : [],
      surnameFirst: (f[6] ?? '').includes('f'),
    };
    this.personCache.set(i, p);
    return p;
  }

  roles(i: number): StoredRole[] {
    let r = this.roleCache.get(i);
    if (r) return r;
    const line = this.sec.roles.row(i);
    r = line
      ? line.split(';').map((s) => {
          const f = s.split(',');
          return {
            title: this.str(f[0]) ?? '',
            organization: this.str(f[1]),
            jurisdiction: this.str(f[2]),
            start: unpackDate(f[3]),
            startKind: START_KIND[f[4] ?? ''] ?? 'exact',
            end: unpackDate(f[5]),
            endKind: END_KIND[f[6] ?? ''] ?? 'unknown',
            source: this.sources[parseInt(f[7] || '0', 36)] ?? this.sources[0]!,
            seen: unpackDate(f[8]),
            open: f[9] === '1',
          };
        })
      : [];
    this.roleCache.set(i, r);
    return r;
  }

  /** Every name key with at least two words (for the gazetteer). */
  *multiWordKeys(): Generator<string> {
    for (const [k] of this.sec.keys.entries()) if (k.includes(' ')) yield k;
  }
  get keyCount(): number {
    return this.sec.keys.rows;
  }
}

function isStr(x: unknown): x is string {
  return typeof x === 'string';
}

type Decode = (bytes: Uint8Array) => string;
const defaultDecode: Decode = (b) => new TextDecoder('utf-8').decode(b);

/** Splits the file layout of format.ts into the header and (lazily decoded) sections; throws on bad framing. */
function unframe(raw: Uint8Array | string, decode: Decode): Record<string, unknown> {
  const text = typeof raw === 'string';
  const nl = (from: number) => (text ? (raw as string).indexOf('\n', from) : (raw as Uint8Array).indexOf(10, from));
  const a = nl(0);
  const b = a < 0 ? -1 : nl(a + 1);
  const slice = (x: number, y: number) => (text ? (raw as string).slice(x, y) : decode((raw as Uint8Array).subarray(x, y)));
  if (a < 0 || b < 0 || slice(0, a) !== ASSET_MAGIC) throw new Error('not a WhoSaid dataset file');
  const header = JSON.parse(slice(a + 1, b)) as AssetHeader;
  const out: Record<string, unknown> = { ...header };
  let o = b + 1;
  for (const k of SECTION_ORDER) {
    const len = header.sections?.[k]?.[text ? 1 : 0];
    if (typeof len !== 'number' || !Number.isInteger(len) || len < 0 || o + len > raw.length) throw new Error(`section ${k} missing or truncated`);
    const from = o;
    out[k] = text ? (raw as string).slice(from, from + len) : () => decode((raw as Uint8Array).subarray(from, from + len));
    o += len;
  }
  if (o !== raw.length) throw new Error('data after the last section');
  return out;
}

/**
 * Validates the asset's shape and version. Accepts the file's bytes (ArrayBuffer / Uint8Array, as
 * `fetch(...).arrayBuffer()` or `fs.readFileSync` give them), its text, or an already assembled
 * DatasetAsset object. Returns an error value (never throws) so the caller can fall back to text-only roles.
 */
export function parseDataset(raw: unknown, options: { decode?: Decode } = {}): ParseResult {
  let a: unknown = raw;
  const decode = options.decode ?? defaultDecode;
  try {
    if (raw instanceof ArrayBuffer) a = unframe(new Uint8Array(raw), decode);
    else if (raw instanceof Uint8Array) a = unframe(raw, decode);
    else if (typeof raw === 'string') a = raw.startsWith('{') ? JSON.parse(raw) : unframe(raw, decode);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  if (!a || typeof a !== 'object' || Array.isArray(a)) return { ok: false, error: 'not an object' };
  const o = a as Record<string, unknown>;
  if (o.format !== DATASET_FORMAT) return { ok: false, error: `unknown format ${JSON.stringify(o.format)}` };
  if (o.version !== DATASET_VERSION) return { ok: false, error: `unsupported version ${JSON.stringify(o.version)} (expected ${DATASET_VERSION})` };
  if (!isStr(o.verified) || !/^\d{4}-\d{2}-\d{2}$/.test(o.verified)) return { ok: false, error: 'verified is not a YYYY-MM-DD date' };
  for (const k of SECTION_ORDER) if (!isStr(o[k]) && typeof o[k] !== 'function') return { ok: false, error: `${k} is not a string` };
  if (!Array.isArray(o.sources) || !o.sources.length) return { ok: false, error: 'no sources' };
  for (const s of o.sources) {
    const x = s as Record<string, unknown>;
    if (!x || !isStr(x.id) || !isStr(x.label) || !isStr(x.licence) || !isStr(x.asOf) || typeof x.snapshot !== 'boolean')
      return { ok: false, error: 'malformed source entry' };
  }
  const c = o.counts as Record<string, unknown> | undefined;
  if (!c || typeof c !== 'object') return { ok: false, error: 'no counts' };
  for (const k of ['people', 'roles', 'keys', 'loose', 'surnames', 'strings'])
    if (typeof c[k] !== 'number' || !Number.isInteger(c[k]) || (c[k] as number) < 0) return { ok: false, error: `counts.${k} is not a count` };
  const counts = c as unknown as DatasetAsset['counts'];
  if (counts.people === 0) return { ok: false, error: 'no people' };
  // Sections given as text are checked now; sections still encoded are checked when first decoded.
  const sections = {} as Record<SectionName, string | (() => string)>;
  for (const k of SECTION_ORDER) sections[k] = o[k] as string | (() => string);
  const ds = new Dataset(o as unknown as Omit<DatasetAsset, SectionName>, sections);
  try {
    for (const k of SECTION_ORDER) if (typeof sections[k] === 'string') ds.checkSection(k);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  return { ok: true, dataset: ds };
}
