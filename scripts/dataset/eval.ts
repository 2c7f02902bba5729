// npm run eval:dataset [-- --shared DIR] [--verbose]
// Coverage of the reference dataset on the hand-annotated pages: of the officials (official: true) in
// ../shared/seed/gold.json and ../shared/gold/*.json, the share found with the correct role at the page's
// published date. Expected roles come from scripts/dataset/expected-roles.json (checked by hand against the
// sources). Queries are built the way the app builds them (lib/context.ts contextQueries): the person's name,
// the other mentions as aliases, the role phrase, and the story's capitalised role words as context.
// A second pass asks again with the surname alone (plus the same role phrase and context).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contextQueries, formatRole, type LookupQuery } from '../../lib/context';
import type { Annotations, PersonContext } from '../../lib/types';
import { createLookup } from '../../lib/dataset';
import { nameKey, nameTokens } from '../../lib/dataset/normalize';
import { loadDataset } from '../lib/dataset';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');

interface GoldPerson {
  name: string;
  official: boolean;
  roleInText: string | null;
  mentions: string[];
}
interface Gold {
  id: string;
  published: string | null;
  people: GoldPerson[];
}
interface Expected {
  page: string;
  name: string;
  date: string;
  expect: string;
  id?: string;
  identity?: string;
  inSources: boolean;
  note: string;
}

type Cause = 'correct' | 'not in sources' | 'name variant' | 'declined (ambiguous or no context)' | 'date (right person, other role)' | 'wrong match';

function args(): { shared: string; verbose: boolean } {
  let shared = path.resolve(ROOT, '..', 'shared');
  let verbose = false;
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--shared') shared = path.resolve(a[++i] ?? '');
    else if (a[i] === '--verbose' || a[i] === '-v') verbose = true;
  }
  return { shared, verbose };
}

function loadGold(shared: string): Gold[] {
  const files = [path.join(shared, 'seed', 'gold.json')];
  const dir = path.join(shared, 'gold');
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.json')) files.push(path.join(dir, f));
  return files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Gold);
}

/** The queries the app would send for a gold page (same code path: contextQueries). */
function queriesFor(g: Gold): LookupQuery[] {
  const a = {
    article: { published: g.published },
    people: g.people.map((p, i) => ({
      key: `p${i}`,
      name: p.name,
      roleInText: p.roleInText,
      mentions: p.mentions.map((m) => ({ text: m, start: 0, end: 0 })),
    })),
  } as unknown as Annotations;
  return contextQueries(a);
}

function roleString(c: PersonContext | null): string {
  const r = c?.roleAtDate;
  return r ? `${r.title} | ${r.organization ?? ''} | ${r.jurisdiction ?? ''}` : '';
}

function judge(e: Expected, c: PersonContext | null, ds: NonNullable<ReturnType<typeof loadDataset>>): Cause {
  const ok = c && new RegExp(e.expect, 'i').test(roleString(c));
  const samePerson = (x: PersonContext) => {
    if (e.id) return x.id === e.id;
    if (!e.identity) return false;
    const re = new RegExp(e.identity, 'i');
    const idx = ds.byKey(nameKey(x.name)).map((en) => en.person).find((i) => ds.person(i).id === x.id);
    const roles = idx !== undefined ? ds.roles(idx) : [];
    return roles.some((r) => re.test(`${r.title} | ${r.organization ?? ''} | ${r.jurisdiction ?? ''}`)) || re.test(roleString(x));
  };
  if (!e.inSources) return c && ok && samePerson(c) ? 'correct' : 'not in sources';
  if (!c) {
    const toks = nameTokens(e.name);
    const known = ds.byKey(toks.join(' ')).length > 0 || (toks.length >= 3 && ds.byKey(`${toks[0]} ${toks[toks.length - 1]}`).length > 0);
    return known ? 'declined (ambiguous or no context)' : 'name variant';
  }
  if (!samePerson(c)) return 'wrong match';
  return ok ? 'correct' : 'date (right person, other role)';
}

function show(c: PersonContext | null): string {
  if (!c) return '—';
  const r = c.roleAtDate;
  const role = r ? `${formatRole(r)}${r.jurisdiction && !formatRole(r).includes(r.jurisdiction) ? ` [${r.jurisdiction}]` : ''}` : '(no role)';
  const when = r
    ? r.endKind === 'snapshot'
      ? r.listed ?? 'listed'
      : `${r.startKind === 'upperBound' ? 'by ' : r.startKind === 'announced' ? 'announced ' : ''}${r.start ?? '?'} → ${r.end ? `${r.endKind === 'upperBound' ? 'by ' : ''}${r.end}` : r.currentAsOf ? `current ${r.currentAsOf}` : '?'}`
    : '';
  const still = c.stillHeld === null ? 'still held: unknown' : `still held: ${c.stillHeld ? 'yes' : 'no'} (as of ${c.verified})`;
  const flags = c.flags.length ? `; ${c.flags.map((f) => f.label).join('; ')}` : '';
  return `${c.name} (${c.id}): ${role}, ${when}, fit ${c.roleAtDateFit ?? '-'}, ${still}, matched by ${c.match?.by}${flags}`;
}

function main(): number {
  const { shared, verbose } = args();
  const ds = loadDataset();
  if (!ds) return 1;
  if (!fs.existsSync(shared)) {
    console.error(`eval:dataset: no shared directory at ${shared}`);
    return 1;
  }
  const expected = (JSON.parse(fs.readFileSync(path.join(here, 'expected-roles.json'), 'utf8')) as { officials: Expected[] }).officials;
  const lookup = createLookup(ds);
  const gold = loadGold(shared);
  const rows: { e: Expected; full: Cause; sur: Cause | null; c: PersonContext | null; cs: PersonContext | null }[] = [];
  let missingExpected = 0;
  for (const g of gold) {
    const qs = queriesFor(g);
    g.people.forEach((p, i) => {
      if (!p.official) return;
      const e = expected.find((x) => x.page === g.id && x.name === p.name);
      if (!e) {
        console.error(`eval:dataset: no expected role for ${g.id} / ${p.name}`);
        missingExpected++;
        return;
      }
      const q = qs[i]!;
      const c = lookup.lookup(q);
      // The surname alone as the story writes it ("Austin", "Xie"; else the last word), with the same
      // role phrase and context.
      const toks = p.name.split(/\s+/);
      let cs: PersonContext | null = null;
      let sur: Cause | null = null;
      if (toks.length > 1) {
        const singles = p.mentions.filter((m) => !/\s/.test(m) && toks.includes(m));
        const short = singles.find((m) => m === toks[toks.length - 1]) ?? singles[0] ?? toks[toks.length - 1]!;
        cs = lookup.lookup({ ...q, name: short, aliases: q.aliases.filter((a) => a.split(/\s+/).length === 1) });
        sur = judge(e, cs, ds);
      }
      rows.push({ e, full: judge(e, c, ds), sur, c, cs });
    });
  }
  const n = rows.length;
  const inSrc = rows.filter((r) => r.e.inSources).length;
  const count = (k: 'full' | 'sur', cause: Cause) => rows.filter((r) => r[k] === cause).length;
  const correct = count('full', 'correct');
  console.log(`# Reference dataset coverage on ${gold.length} gold pages (${n} officials)\n`);
  console.log(`Full name as the app sends it: ${correct}/${n} = ${(correct / n).toFixed(3)} with the correct role at the article's date`);
  console.log(`  of the ${inSrc} officials whose role at that date is in the sources: ${correct}/${inSrc} = ${(correct / inSrc).toFixed(3)}`);
  const causes: Cause[] = ['not in sources', 'name variant', 'declined (ambiguous or no context)', 'date (right person, other role)', 'wrong match'];
  console.log('  misses by cause:');
  for (const cause of causes) {
    const list = rows.filter((r) => r.full === cause);
    if (list.length) console.log(`    ${cause}: ${list.length} — ${list.map((r) => `${r.e.name} (${r.e.page.slice(0, 8)})`).join(', ')}`);
  }
  const multi = rows.filter((r) => r.sur !== null);
  const sc = multi.filter((r) => r.sur === 'correct').length;
  const scIn = multi.filter((r) => r.e.inSources).length;
  console.log(`\nSurname alone + role phrase + context: ${sc}/${multi.length} = ${(sc / multi.length).toFixed(3)} (of ${scIn} in sources: ${(sc / scIn).toFixed(3)})`);
  for (const cause of causes) {
    const list = multi.filter((r) => r.sur === cause);
    if (list.length) console.log(`    ${cause}: ${list.length}${cause === 'not in sources' ? '' : ` — ${list.map((r) => r.e.name).join(', ')}`}`);
  }
  const wrongAnswers = rows.filter((r) => !r.e.inSources && r.c);
  console.log(`\nAnswers given for officials the sources do not hold (should be none, or the right person): ${wrongAnswers.length}`);
  for (const r of wrongAnswers) console.log(`    ${r.e.name}: ${show(r.c)}`);
  // The seed's people, officials or not: the role shown for each.
  const seed = gold.find((g) => g.id === 'seed-pentagon-xie');
  if (seed) {
    console.log(`\n## Seed (${seed.published}): the role shown for each of its ${seed.people.length} people\n`);
    const qs = queriesFor(seed);
    seed.people.forEach((p, i) => console.log(`- ${p.name}${p.official ? '' : ' (not an official)'}: ${show(lookup.lookup(qs[i]!))}`));
  }
  if (verbose) {
    console.log('\n## Every official\n');
    for (const r of rows) console.log(`- [${r.full}] ${r.e.page.slice(0, 8)} ${r.e.name} @ ${r.e.date}: ${show(r.c)}${r.sur ? `\n    surname only [${r.sur}]: ${show(r.cs)}` : ''}`);
  }
  return missingExpected ? 1 : 0;
}

process.exitCode = main();
