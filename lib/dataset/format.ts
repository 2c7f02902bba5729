// The compiled reference dataset as it is stored in public/dataset/officials.txt.
//
// File layout (UTF-8 text):
//   line 1   the magic "WHOSAID-OFFICIALS"
//   line 2   a JSON header: format, version, verified, sources, counts, and `sections`, the UTF-8 byte
//            length and UTF-16 length of each section in SECTION_ORDER
//   then     the sections' text back to back, no separators
// Nothing is escaped or JSON-parsed in bulk: loading is one decode per section (each section stays a
// one-byte string when it is ASCII/Latin-1), then rows are split and decoded lazily.
//
// Sections (each a newline-joined list of rows):
//
//   strings   string table (titles, organisations, jurisdictions, countries, sanctions programmes)
//   people    one line per person: id \t name \t country \t birth \t death \t sanctions \t flags
//             (birth/death only for people without dated roles; sanctions are string indexes joined
//             by '.'; flags: 'f' = surname written first)
//   roles     one line per person (same order): roles joined by ';', each role
//             title,org,jurisdiction,start,startKind,end,endKind,source,seen,open
//   keys      sorted lines "nameKey \t entries": every full-name form of every person (swapped
//             orders are not stored: the lookup swaps the query instead)
//   loose     sorted lines "looseKey \t entries": transliteration skeletons of the same forms, for
//             people outside the English-speaking countries, where they differ from the key
//   surnames  sorted lines "surname \t entries": surnames (and their transliteration skeletons) of the
//             people with dated roles, for surname-only mentions
//   nicknames lines "given name \t nick,nick,..." (English nicknames, both ways at runtime)
//
// Numbers inside lines are base 36. An entry is base36(personIndex * 4 + kind), kind being the
// VariantKind of the key (0 full, 1 short, 2 reversed). Dates are digits without dashes, at the
// precision the source gives (YYYY, YYYYMM or YYYYMMDD).

export const DATASET_FORMAT = 'whosaid-officials';
export const DATASET_VERSION = 1;

export interface SourceInfo {
  /** Short id used in roles' `source` ("wikidata-2025", "pocom", "cia-2019"). */
  id: string;
  /** What the user sees as the role's source ("Wikidata via Peppercat, 2025-01-31"). */
  label: string;
  licence: string;
  /** The date the source's data is current to (YYYY-MM-DD or YYYY-MM or YYYY). */
  asOf: string;
  /** Snapshot sources list who held a post at one moment; their roles have endKind 'snapshot'. */
  snapshot: boolean;
}

export const ASSET_MAGIC = 'WHOSAID-OFFICIALS';
export const SECTION_ORDER = ['strings', 'people', 'roles', 'keys', 'loose', 'surnames', 'nicknames'] as const;
export type SectionName = (typeof SECTION_ORDER)[number];

/** The header line: everything but the sections' text. */
export interface AssetHeader extends Omit<DatasetAsset, SectionName> {
  sections: Record<SectionName, [bytes: number, chars: number]>;
}

/** The asset in memory: header fields plus the sections' text. */
export interface DatasetAsset {
  format: typeof DATASET_FORMAT;
  version: typeof DATASET_VERSION;
  /** The latest as-of date over all sources (YYYY-MM-DD). */
  verified: string;
  sources: SourceInfo[];
  counts: { people: number; roles: number; keys: number; loose: number; surnames: number; strings: number };
  strings: string;
  people: string;
  roles: string;
  keys: string;
  loose: string;
  surnames: string;
  nicknames: string;
}

export const START_KIND_CODE = { exact: '', upperBound: 'b', announced: 'a' } as const;
export const END_KIND_CODE = { exact: 'e', upperBound: 'u', unknown: '', snapshot: 's' } as const;

/** "2021-01-26" → "20210126"; "2021-01" → "202101"; null → "". */
export function packDate(d: string | null): string {
  return d ? d.replace(/-/g, '') : '';
}

/** "20210126" → "2021-01-26"; "" → null. */
export function unpackDate(s: string | undefined): string | null {
  if (!s) return null;
  if (s.length === 8) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;
  if (s.length === 6) return `${s.slice(0, 4)}-${s.slice(4)}`;
  return s;
}

/** Serialises an asset into the file layout above. */
export function serializeAsset(a: DatasetAsset): Uint8Array {
  const enc = new TextEncoder();
  const parts = SECTION_ORDER.map((k) => enc.encode(a[k]));
  const sections = {} as AssetHeader['sections'];
  SECTION_ORDER.forEach((k, i) => (sections[k] = [parts[i]!.length, a[k].length]));
  const header: AssetHeader = {
    format: a.format,
    version: a.version,
    verified: a.verified,
    sources: a.sources,
    counts: a.counts,
    sections,
  };
  const head = enc.encode(`${ASSET_MAGIC}\n${JSON.stringify(header)}\n`);
  const total = head.length + parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  out.set(head, 0);
  let o = head.length;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
