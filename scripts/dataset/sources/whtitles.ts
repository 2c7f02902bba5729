// White House post titles name officials with their titles ("Readout of National Security Advisor Jake
// Sullivan's Call with Prime Minister Kaja Kallas of Estonia"). After the merge, a title attached to the
// full name of exactly one known person becomes an attested role of that person: listed between the first
// and the last post that names them so (endKind 'snapshot'). Unknown names are not turned into people.
import { canonicalCountry } from '../../../lib/dataset/countries';
import { fold, nameKey, nameVariants, VariantKind } from '../../../lib/dataset/normalize';
import { readCsvObjects } from '../csv';
import { countryOf } from '../jurisdictions';
import type { Cluster } from '../merge';
import { clean, join, parseDate, readText, type SourceContext, type SrcPerson } from '../model';

const SRC = 'wh-titles';
const ROLE = /\b(Secretary|Minister|President|Vice President|Advis[eo]r|Envoy|Ambassador|Director|Administrator|Spokesperson|Chair|Chairman|Chairwoman|Governor|Senator|Representative|Leader|Speaker|Commissioner|Counselor|Chief|Coordinator|Attorney General|Mayor|Premier|King|Queen|Chancellor|Emir|Crown Prince|Sultan|Commander|Surgeon General|Secretary-General|Director-General|High Representative)\b/;
const BOUNDARY = new Set(['with', 'by', 'on', 'from', 'at', 'in', 'to', 'before', 'after', 'during', 'between', 'about', 'ahead', 'following', 'regarding', 'vs', 'meets', 'hosts', 'calls', 'speaks', 'announces', 'welcomes', 'joins', 'remarks', 'readout', 'statement', 'letter', 'fact', 'sheet', 'joint', 'background', 'briefing', 'call', 'calls', 'meeting', 'message', 'memorandum', 'interview', 'trip', 'visit', 'travel', 'nominations', 'readouts', 'press', 'gaggle', 'conference', 'op-ed', 'delivers', 'congratulates', 'honors', 'names', 'appoints', 'celebrating', 'welcome', 'honoring']);
const ORG_WORD = /^(Treasury|Pentagon|Senate|Congress|Fed|FBI|CIA|NSC|Capitol|Kremlin|Knesset|Duma|Bundestag|Hamas|Hezbollah|Taliban|Houthis?|Vatican|Elysee|ANC|Hawks|IDF|PLO|GOP|White|State|Justice|Treasury’s|Pentagon’s)$/;
const PORTFOLIO_PLURAL = /^(Affairs|Services|Resources|Operations|Relations|Expatriates|Communities|Investments|Emirates|Islands|Sports|Arts|Territories|Forces)$/;
const CONNECT = new Set(['of', 'for', 'the', 'and', 'on']);

interface Hit {
  name: string;
  title: string;
  country: string | null;
}

/** Finds "<Title> <Name>" pairs whose name is a known full-name key. */
export function titleHits(text: string, isKnown: (key: string) => boolean): Hit[] {
  const toks = clean(text).split(' ');
  const out: Hit[] = [];
  for (let i = 1; i < toks.length; i++) {
    for (let n = 4; n >= 2; n--) {
      if (i + n > toks.length) continue;
      const span = toks.slice(i, i + n);
      const lastTok = span[n - 1]!.replace(/[’']s$|[,:;|.]+$/g, '');
      const words = [...span.slice(0, -1), lastTok];
      if (!words.every((w) => /^\p{Lu}/u.test(w))) continue;
      const key = nameKey(words.join(' '));
      // The span must be a name only: "Secretary Janet Yellen" is the title's last word plus a name.
      if (key.split(' ').length !== words.length || !isKnown(key)) continue;
      // Walk back over the title.
      let j = i - 1;
      const title: string[] = [];
      while (j >= 0) {
        const w = toks[j]!;
        const lw = w.toLowerCase();
        if (/[,:;|–—]$/.test(w) || (BOUNDARY.has(lw) && !(lw === 'press' && /^secretary/i.test(toks[j + 1] ?? '')))) break;
        if (!/^\p{Lu}/u.test(w) && !CONNECT.has(lw)) break;
        if (lw === 'and' && j > 0 && !ROLE.test(toks[j - 1]!) && !PORTFOLIO_PLURAL.test(toks[j - 1]!)) break;
        title.unshift(w);
        j--;
      }
      while (title.length && (CONNECT.has(title[0]!.toLowerCase()) || BOUNDARY.has(title[0]!.toLowerCase()))) title.shift();
      let country: string | null = null;
      // Leading demonym or possessive country ("Jordanian", "Mexico’s").
      if (title.length > 1 && !ORG_WORD.test(title[0]!)) {
        const c = canonicalCountry(title[0]!.replace(/[’']s$/, ''));
        if (c) {
          country = c;
          title.shift();
        }
      }
      // Trailing "of <Country>" after the name.
      const after = toks.slice(i + n);
      if (after[0]?.toLowerCase() === 'of') {
        const c = canonicalCountry(clean(after.slice(1, 4).join(' ').replace(/[,:;|.].*$/, ''))) ?? canonicalCountry(after[1]?.replace(/[,:;|.]+$/, '') ?? '');
        if (c) country = c;
      }
      const t = title.join(' ');
      // A bare "Secretary" or "Director" says too little; heads of state are known by one word.
      const bare = title.length === 1 && !/^(President|Chancellor|Premier|King|Queen|Emir|Sultan|Pope)$/.test(t);
      if (title.length && title.length <= 12 && ROLE.test(t) && !bare) out.push({ name: words.join(' '), title: t, country });
      i += n - 1;
      break;
    }
  }
  return out;
}

export function attachWhTitles(ctx: SourceContext, clusters: Cluster[]): void {
  const rep = ctx.report.source(SRC);
  const t = readCsvObjects(readText(join(ctx.dir, 'whitehouse-personnel', 'wh_document_titles.csv')));
  rep.rows += t.rows.length;
  if (t.malformed) ctx.report.skip(SRC, 'malformed CSV row', t.malformed);
  const byKey = new Map<string, number[]>();
  clusters.forEach((c, ci) => {
    if (!c.recs.some((r) => r.roles.length)) return;
    for (const r of c.recs)
      for (const n of [r.name, ...r.aliases])
        for (const [k, kind] of nameVariants(n, r.surname)) {
          if (kind !== VariantKind.Full) continue;
          const l = byKey.get(k) ?? byKey.set(k, []).get(k)!;
          if (!l.includes(ci)) l.push(ci);
        }
  });
  const agg = new Map<string, { ci: number; title: string; country: string | null; first: string; last: string; n: number }>();
  for (const r of t.rows) {
    const date = parseDate(r.date);
    if (!date) {
      ctx.report.skip(SRC, 'no date');
      continue;
    }
    for (const h of titleHits(r.title ?? '', (k) => byKey.has(k))) {
      const country = h.country ?? 'United States';
      const cands = (byKey.get(nameKey(h.name)) ?? []).filter((ci) =>
        clusters[ci]!.recs.some((x) => countryOf(x.country) === country || x.roles.some((y) => countryOf(y.jurisdiction) === country)),
      );
      if (cands.length !== 1) {
        ctx.report.skip(SRC, cands.length ? 'title names a name shared by several people' : 'title names a known name, other country');
        continue;
      }
      const ci = cands[0]!;
      const k = `${ci}|${fold(h.title)}|${country}`;
      const a = agg.get(k);
      if (!a) agg.set(k, { ci, title: h.title, country, first: date, last: date, n: 1 });
      else {
        a.n++;
        if (date < a.first) a.first = date;
        if (date > a.last) a.last = date;
      }
    }
  }
  let roles = 0;
  const touched = new Set<number>();
  for (const a of [...agg.values()].sort((x, y) => x.ci - y.ci || x.title.localeCompare(y.title))) {
    const rec: SrcPerson = {
      key: `${SRC}:${a.ci}|${fold(a.title)}`,
      source: SRC,
      qid: null,
      name: clusters[a.ci]!.recs[0]!.name,
      aliases: [],
      country: a.country,
      roles: [
        {
          title: a.title,
          organization: null,
          jurisdiction: a.country,
          start: a.first,
          startKind: 'exact',
          end: a.last,
          endKind: 'snapshot',
          seen: a.last,
          open: false,
          source: SRC,
        },
      ],
    };
    clusters[a.ci]!.recs.push(rec);
    touched.add(a.ci);
    roles++;
  }
  rep.people += touched.size;
  rep.roles += roles;
}
