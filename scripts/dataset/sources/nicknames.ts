// carltonnorthern/nicknames: English given names and their nicknames (bernard → bernie).
import { readCsvObjects } from '../csv';
import { join, readText, type SourceContext } from '../model';
import { fold } from '../../../lib/dataset/normalize';

/** canonical given name → nicknames, both folded, sorted. */
export function readNicknames(ctx: SourceContext): Map<string, string[]> {
  const src = 'nicknames';
  const t = readCsvObjects(readText(join(ctx.dir, 'nicknames', 'names.csv')));
  const rep = ctx.report.source(src);
  rep.rows += t.rows.length;
  if (t.malformed) ctx.report.skip(src, 'malformed CSV row', t.malformed);
  const m = new Map<string, Set<string>>();
  for (const r of t.rows) {
    const a = fold(r.name1 ?? '');
    const b = fold(r.name2 ?? '');
    if (r.relationship !== 'has_nickname' || !a || !b || a === b || a.includes(' ') || b.includes(' ')) {
      ctx.report.skip(src, 'not a one-word has_nickname pair');
      continue;
    }
    (m.get(a) ?? m.set(a, new Set()).get(a)!).add(b);
  }
  const out = new Map<string, string[]>();
  for (const k of [...m.keys()].sort()) out.set(k, [...m.get(k)!].sort());
  rep.people = out.size;
  return out;
}

/** Given-name equivalence classes for merging: a name and the canonical names it is a nickname of. */
export function givenNameForms(nicks: Map<string, string[]>): Map<string, string[]> {
  const toCanon = new Map<string, Set<string>>();
  for (const [canon, list] of nicks) {
    for (const n of list) (toCanon.get(n) ?? toCanon.set(n, new Set()).get(n)!).add(canon);
  }
  const out = new Map<string, string[]>();
  for (const [n, set] of toCanon) out.set(n, [...set].sort());
  return out;
}
