// Turns merged people into the compact asset (lib/dataset/format.ts describes the layout).
import { countryOf } from './jurisdictions';
import { consolidateRoles, SOURCE_PRIORITY, type Cluster } from './merge';
import type { Report, SrcPerson, SrcRole } from './model';
import { mainCountry } from './sources/wikidata';
import { DATASET_FORMAT, DATASET_VERSION, END_KIND_CODE, packDate, START_KIND_CODE, type DatasetAsset, type SourceInfo } from '../../lib/dataset/format';
import { looseKey, nameKey, nameVariants, surnameKeys, VariantKind } from '../../lib/dataset/normalize';

const ANGLOPHONE = new Set(['United States', 'United Kingdom', 'Canada', 'Australia', 'New Zealand', 'Ireland']);
const SURNAME_FIRST_COUNTRIES = new Set(['China', 'Taiwan', 'Hong Kong', 'Macau', 'Korea, North', 'Korea, South', 'Vietnam', 'Cambodia']);

export interface CompiledPerson {
  id: string;
  name: string;
  aliases: string[];
  surname: string | null;
  surnameFirst: boolean;
  country: string | null;
  birth: number | null;
  death: number | null;
  sanctions: string[];
  roles: SrcRole[];
}

/** FNV-1a over the string (two lanes) → 7 base-36 characters. Stable across builds and platforms. */
export function stableId(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  const n = (h1 >>> 0) * 0x100 + ((h2 >>> 24) & 0xff);
  return n.toString(36).padStart(7, '0').slice(-7);
}

const rank = (s: string) => {
  const i = SOURCE_PRIORITY.indexOf(s);
  return i < 0 ? SOURCE_PRIORITY.length : i;
};

export function compilePeople(clusters: Cluster[], report: Report, asOf: (s: string) => string): CompiledPerson[] {
  const out: CompiledPerson[] = [];
  const ids = new Set<string>();
  for (const c of clusters) {
    const recs = [...c.recs].sort((a, b) => rank(a.source) - rank(b.source) || a.key.localeCompare(b.key));
    const withRoles = recs.filter((r) => r.roles.length);
    const head: SrcPerson = withRoles[0] ?? recs[0]!;
    const roles = consolidateRoles(recs.flatMap((r) => r.roles), report, asOf).map((r) =>
      // Wikidata labels some posts in lower case ("ambassador to Ukraine").
      /^\p{Ll}/u.test(r.title) ? { ...r, title: r.title[0]!.toUpperCase() + r.title.slice(1) } : r,
    );
    const names = new Set<string>();
    for (const r of recs) for (const n of [r.name, ...r.aliases]) if (n && n !== head.name) names.add(n);
    const sanctions = [...new Set(recs.flatMap((r) => r.sanctions ?? []))].sort();
    if (!roles.length && !sanctions.length) {
      report.count('dropped: person with neither a role nor a flag');
      continue;
    }
    // People whose public life ended before 1900 cannot be told apart from namesakes in modern news (the
    // lookup rules out anyone born more than 105 years before an article): left out, except Presidents
    // and Vice Presidents.
    if (!recs.some((r) => r.source === 'congress-executive') && historical(roles, recs)) {
      report.count('left out: public life ended before 1900 (roles, birth or death)');
      continue;
    }
    let id = c.qid ?? `ws${stableId(recs.map((r) => r.key).sort()[0]!)}`;
    if (ids.has(id)) {
      report.count('generated id collision (suffixed)');
      let i = 2;
      while (ids.has(`${id}-${i}`)) i++;
      id = `${id}-${i}`;
    }
    ids.add(id);
    const country = head.country ?? mainCountry(roles) ?? recs.find((r) => r.country)?.country ?? null;
    const surname = recs.find((r) => r.surname)?.surname ?? null;
    out.push({
      id,
      name: head.name,
      aliases: [...names].sort(),
      surname,
      surnameFirst: recs.some((r) => r.surnameFirst) || (!!country && SURNAME_FIRST_COUNTRIES.has(countryOf(country) ?? country)),
      country: country ? countryOf(country) ?? country : null,
      birth: recs.find((r) => r.birth)?.birth ?? null,
      death: recs.find((r) => r.death)?.death ?? null,
      sanctions,
      roles,
    });
  }
  // Sorted by name key, so the people of one name sit together in the index entries (smaller after gzip).
  const sk = new Map(out.map((p) => [p, nameKey(p.name)]));
  out.sort((a, b) => (sk.get(a)! < sk.get(b)! ? -1 : sk.get(a)! > sk.get(b)! ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

function historical(roles: SrcRole[], recs: SrcPerson[]): boolean {
  if (!roles.length) return false;
  const death = recs.find((r) => r.death)?.death;
  if (death && death < 1900) return true;
  let last: number | null = null;
  for (const r of roles) {
    for (const d of [r.start, r.seen, r.endKind === 'exact' || r.start ? r.end : null]) {
      if (d && (last === null || +d.slice(0, 4) > last)) last = +d.slice(0, 4);
    }
  }
  if (last !== null) return last < 1900;
  const birth = recs.find((r) => r.birth)?.birth;
  return !!birth && birth < 1850;
}

const b36 = (n: number) => n.toString(36);

function indexLines(map: Map<string, Map<number, number>>): { text: string; n: number } {
  const keys = [...map.keys()].sort();
  const lines = keys.map((k) => {
    const e = [...map.get(k)!].sort((a, b) => a[0] - b[0]).map(([p, kind]) => b36(p * 4 + kind));
    return `${k}\t${e.join(',')}`;
  });
  return { text: lines.join('\n'), n: keys.length };
}

export function compileAsset(people: CompiledPerson[], sources: SourceInfo[], nicknames: Map<string, string[]>): DatasetAsset {
  const srcIndex = new Map(sources.map((s, i) => [s.id, i]));
  const asOfOf = (id: string) => sources.find((s) => s.id === id)?.asOf ?? '';
  const strSet = new Set<string>();
  for (const p of people) {
    if (p.country) strSet.add(p.country);
    for (const s of p.sanctions) strSet.add(s);
    for (const r of p.roles) {
      strSet.add(r.title);
      if (r.organization) strSet.add(r.organization);
      if (r.jurisdiction) strSet.add(r.jurisdiction);
    }
  }
  const strings = [...strSet].map((s) => s.replace(/[\n\t]/g, ' ')).sort();
  const si = new Map(strings.map((s, i) => [s, i]));
  const str = (s: string | null) => (s ? b36(si.get(s.replace(/[\n\t]/g, ' '))!) : '');
  const personLines: string[] = [];
  const roleLines: string[] = [];
  const keys = new Map<string, Map<number, number>>();
  const loose = new Map<string, Map<number, number>>();
  const surnames = new Map<string, Map<number, number>>();
  const put = (m: Map<string, Map<number, number>>, k: string, p: number, kind: number) => {
    if (!k || k.includes('\t')) return;
    const e = m.get(k) ?? m.set(k, new Map()).get(k)!;
    const had = e.get(p);
    if (had === undefined || had > kind) e.set(p, kind);
  };
  let roleCount = 0;
  people.forEach((p, i) => {
    const clean = (s: string) => s.replace(/[\n\t]/g, ' ');
    // Birth and death years only help to rule out namesakes of people without dated roles.
    const dated = p.roles.some((r) => r.start && r.startKind === 'exact');
    const flags = p.surnameFirst ? 'f' : '';
    personLines.push(
      [
        p.id,
        clean(p.name),
        str(p.country),
        dated ? '' : p.birth ?? '',
        dated ? '' : p.death ?? '',
        p.sanctions.map((s) => str(s)).join('.'),
        flags,
      ]
        .join('\t')
        .replace(/\t+$/, ''),
    );
    roleLines.push(
      p.roles
        .map((r) =>
          [
            str(r.title),
            str(r.organization),
            str(r.jurisdiction),
            packDate(r.start),
            START_KIND_CODE[r.startKind],
            packDate(r.end),
            END_KIND_CODE[r.endKind],
            b36(srcIndex.get(r.source) ?? 0),
            // "Seen" adds nothing when it is the end, the start, or the open role's source date.
            r.seen && !(r.endKind === 'exact' && r.end && r.seen <= r.end) && r.seen !== r.start && !(r.open && r.seen === asOfOf(r.source)) ? packDate(r.seen) : '',
            r.open ? '1' : '',
          ]
            .join(',')
            .replace(/,+$/, ''),
        )
        .join(';'),
    );
    roleCount += p.roles.length;
    // Surnames of people whose roles carry dates (a surname alone is answered only for a role held at
    // the article's date), with their transliteration skeletons.
    // Keyed "surname initial" ("austin l") so a full name only meets namesakes with its own initial.
    if (p.roles.some((r) => r.start || r.seen)) {
      const toks = nameKey(p.name).split(' ');
      for (const sk of surnameKeys(p.name, p.surname, p.surnameFirst)) {
        const st = sk.split(' ');
        // The given name: the first word that is not part of this surname.
        const given = toks.find((t, j) => !(toks.slice(j, j + st.length).join(' ') === sk) && !st.includes(t)) ?? '';
        const suffix = given ? ` ${given[0]}` : '';
        put(surnames, sk + suffix, i, 0);
        const ls = looseKey(sk);
        if (ls !== sk && !ANGLOPHONE.has(p.country ?? '')) put(surnames, ls + suffix, i, 0);
      }
    }
    // Swapped orders are not stored: the lookup tries the query's swapped order instead.
    const translit = !ANGLOPHONE.has(p.country ?? '');
    // Someone known only from the sanctions list: the name and a few aliases (the list's transliterations
    // are many).
    const names = p.roles.length ? [p.name, ...p.aliases] : [p.name, ...p.aliases.slice(0, 3)];
    for (const n of names) {
      for (const [k, kind] of nameVariants(n, p.surname)) {
        if (kind === VariantKind.Reversed) continue;
        put(keys, k, i, kind);
        // Transliteration skeletons only where names are romanised from another script or spelling.
        if (translit) {
          const lk = looseKey(k);
          if (lk !== k) put(loose, lk, i, kind);
        }
      }
    }
  });
  const k = indexLines(keys);
  const l = indexLines(loose);
  const sn = indexLines(surnames);
  const nick = [...nicknames].map(([c, ns]) => `${c}\t${ns.join(',')}`).join('\n');
  const verified = sources.filter((x) => !x.snapshot).map((x) => x.asOf).sort().pop() ?? '';
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    verified: verified.length === 10 ? verified : `${verified}-01`.slice(0, 10),
    sources,
    counts: { people: people.length, roles: roleCount, keys: k.n, loose: l.n, surnames: sn.n, strings: strings.length },
    strings: strings.join('\n'),
    people: personLines.join('\n'),
    roles: roleLines.join('\n'),
    keys: k.text,
    loose: l.text,
    surnames: sn.text,
    nicknames: nick,
  };
}
