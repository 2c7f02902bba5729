// createLookup: a name as the article resolved it, the article's date and the story's role words →
// the dataset person and the role held at that date. Namesakes are told apart by the date, the role
// phrase and the countries/organisations in the story; a name that stays ambiguous gets no answer.
//
// Name tiers, tried in order until one gives an answer:
//   name          the full name's key ("lloyd austin"), or its stored short forms
//   short-name    the query without middle names / initials / the Arabic article
//   nickname      the first name swapped for its nickname or full form (Bernie ↔ Bernard)
//   swapped-order surname first ↔ surname last ("Xie Feng" / "Feng Xie")
//   transliteration  the transliteration skeleton (Zelenskiy ~ Zelenskyy, Serhiy ~ Sergii)
//   surname       a surname alone: answered only when the date and the role phrase leave one person
import type { ContextLookup, LookupQuery } from '../context';
import type { DatasetRole, PersonContext } from '../types';
import { canonicalCountry, countriesIn } from './countries';
import { DatasetCorrupt, type Dataset, type Entry, type StoredPerson, type StoredRole } from './dataset';
import { fold, looseKey, nameKey, nameTokens, NAME_PREFIXES } from './normalize';
import { officeOverlap, officeTokens } from './office';
import { checkedOn, dayLo, FIT_SCORE, fitAt, prominence, stillHeld, toDatasetRole, type Fit } from './roles';
import { presentedAsPrivate } from '../people/roles';

type Tier = NonNullable<PersonContext['match']>['by'];

interface Candidate {
  p: number;
  kind: number;
}

interface Scored {
  p: number;
  person: StoredPerson;
  role: StoredRole | null;
  fit: Fit | null;
  roleMatch: number;
  strongCountry: boolean;
  weakCountry: boolean;
  contradiction: boolean;
  score: number;
  plausible: boolean;
}

interface Facts {
  countries: Set<string>;
  lastYear: number | null;
  /** The person's headline role and current role. */
  head: StoredRole | undefined;
  current: StoredRole | undefined;
  description: string | null;
}

interface QueryInfo {
  /** The role phrase says the post is a past one ("former president"). */
  former: boolean;
  date: string | null;
  /** The date as a day number. */
  day: number | null;
  year: number | null;
  roleTok: string[];
  hasRole: boolean;
  roleCountries: string[];
  ctxCountries: string[];
}

function roleTokens(r: StoredRole): string[] {
  const m = (r.memo ??= {});
  return (m.tokens ??= officeTokens(`${r.title} ${r.organization ?? ''}`));
}
function roleCountry(r: StoredRole, person: StoredPerson): string | null {
  const m = (r.memo ??= {});
  if (m.country === undefined) m.country = canonicalCountry(r.jurisdiction) ?? (r.jurisdiction ? null : person.country);
  return m.country;
}

/**
 * Reads a role phrase: its office words (demonyms folded to the country's name, "Israeli" → israel), the
 * countries it ties the person to ("Chinese Ambassador" → China), and those it names as the post's
 * destination ("ambassador to Israel": Israel is in the office, not the person's country).
 */
/** "to/in/at/for (the) Capitalised …": a place the role is about (ambassador to X), built once. */
const DESTINATION = /\b(?:to|in|at|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})/gu;
const roleMemo = new Map<string, { words: string[]; countries: string[] }>();
function readRole(text: string): { words: string[]; countries: string[] } {
  let r = roleMemo.get(text);
  if (!r) {
    if (roleMemo.size > 5000) roleMemo.clear();
    roleMemo.set(text, (r = computeRole(text)));
  }
  return r;
}

/** Whether the story presents the person by a private occupation, per role phrase (the same phrases recur). */
const privateMemo = new Map<string, boolean>();
function privateRole(text: string | null): boolean {
  if (!text) return false;
  let r = privateMemo.get(text);
  if (r === undefined) {
    if (privateMemo.size > 5000) privateMemo.clear();
    privateMemo.set(text, (r = presentedAsPrivate(text)));
  }
  return r;
}

function computeRole(text: string): { words: string[]; countries: string[] } {
  const dest = new Set<string>();
  for (const m of text.matchAll(DESTINATION)) for (const c of countriesIn(m[1]!)) dest.add(c);
  const countries = countriesIn(text).filter((c) => !dest.has(c));
  const words: string[] = [];
  for (const t of officeTokens(text)) {
    // Country words are evidence of country, not of office, unless they name the post's destination.
    const c = KEEP.has(t) ? null : canonicalCountry(t);
    const w = !c ? [t] : dest.has(c) ? officeTokens(c) : [];
    for (const x of w) if (!words.includes(x)) words.push(x);
  }
  return { words, countries };
}

/** Office words that the country lexicon also lists (as pointing at a country). */
const KEEP = new Set(['congress', 'senate', 'treasury', 'pentagon', 'defense', 'reserve', 'whitehouse', 'capitol', 'duma', 'knesset', 'bundestag', 'parliament', 'state', 'house', 'justice', 'federal', 'bureau', 'investigation', 'central', 'intelligence', 'agency', 'security', 'council', 'national']);

// The app sends the same context array for every person of an article: remember the last one.
let lastCtxRef: readonly string[] | null = null;
let lastCtxKey = '';
let lastCtx: string[] = [];
function contextCountries(ctx: readonly string[]): string[] {
  if (ctx === lastCtxRef) return lastCtx;
  const key = ctx.join('|');
  lastCtxRef = ctx;
  if (key !== lastCtxKey) {
    lastCtxKey = key;
    lastCtx = countriesIn(ctx.join(' , '));
  }
  return lastCtx;
}

const tokMemo = new Map<string, string[]>();
function queryTokens(name: string): string[] {
  let v = tokMemo.get(name);
  if (!v) {
    if (tokMemo.size > 5000) tokMemo.clear();
    tokMemo.set(name, (v = nameTokens(name)));
  }
  return v;
}

const foldMemo = new Map<string, string[]>();
function foldedWords(a: string): string[] {
  let v = foldMemo.get(a);
  if (!v) {
    if (foldMemo.size > 5000) foldMemo.clear();
    foldMemo.set(a, (v = fold(a).split(' ')));
  }
  return v;
}

/** Title words the story puts before the name in a mention ("President Obama" → "President"). */
function mentionRoleText(aliases: readonly string[], nameToks: string[]): string {
  if (!aliases.length) return '';
  const out: string[] = [];
  for (const a of aliases) {
    if (!a.includes(' ')) continue;
    const toks = foldedWords(a);
    const i = toks.findIndex((t) => nameToks.includes(t));
    if (i > 0) out.push(a.split(/\s+/).slice(0, i).join(' '));
    else if (i < 0 && toks.length <= 3 && toks.every((t) => NAME_PREFIXES.has(t))) out.push(a);
  }
  return out.join(' ');
}

export function createLookup(ds: Dataset): ContextLookup {
  // Per-person facts that do not depend on the query.
  const facts = new Map<number, Facts>();
  const personFacts = (i: number, p: StoredPerson, roles: StoredRole[]) => {
    let f = facts.get(i);
    if (f) return f;
    const countries = new Set<string>();
    if (p.country) countries.add(canonicalCountry(p.country) ?? p.country);
    let lastYear: number | null = null;
    for (const r of roles) {
      const c = roleCountry(r, p);
      if (c) countries.add(c);
      for (const d of [r.start, r.end, r.seen]) if (d && (lastYear === null || +d.slice(0, 4) > lastYear)) lastYear = +d.slice(0, 4);
    }
    const byProminence = (a: StoredRole, b: StoredRole) => prominence(b) - prominence(a) || (b.start ?? '').localeCompare(a.start ?? '');
    const head = [...roles].sort(byProminence)[0];
    const current = roles.filter((r) => stillHeld(r) === true).sort(byProminence)[0];
    let description: string | null = null;
    if (head) description = describe(head) + years(head);
    else if (p.sanctions.length) description = `Named on the US Treasury sanctions list${p.country ? ` (${p.country})` : ''}`;
    if (facts.size > 5000) facts.clear();
    facts.set(i, (f = { countries, lastYear, head, current, description }));
    return f;
  };

  const score = (c: Candidate, q: QueryInfo): Scored => {
    const person = ds.person(c.p);
    const roles = ds.roles(c.p);
    const { countries, lastYear } = personFacts(c.p, person, roles);
    let plausible = true;
    if (q.year !== null) {
      if (person.birth && (q.year - person.birth > 105 || q.year - person.birth < 16)) plausible = false;
      if (!person.birth && lastYear !== null && lastYear < q.year - 90) plausible = false;
    }
    const strongCountry = q.roleCountries.some((x) => countries.has(x));
    const weakCountry = q.ctxCountries.some((x) => countries.has(x));
    // The story's own role phrase names countries, and none of them is this person's.
    const contradiction = q.roleCountries.length > 0 && !strongCountry && countries.size > 0;
    let best: StoredRole | null = null;
    let bestFit: Fit | null = null;
    let bestKey = -Infinity;
    let roleMatch = 0;
    for (const r of roles) {
      const fit = q.day !== null ? fitAt(r, q.day) : r.open ? 'held' : 'possible';
      const m = q.hasRole ? officeOverlap(q.roleTok, roleTokens(r)) : 0;
      const rc = roleCountry(r, person);
      const cm = rc && (q.roleCountries.includes(rc) ? 1 : q.ctxCountries.includes(rc) ? 0.3 : 0);
      // A role with no dates at all ("former member", start and end unknown) is weaker than a dated one.
      const undated = !r.start && !r.seen && (!r.end || (r.endKind !== 'exact' && q.day !== null && dayLo(r.end) > q.day + 5 * 365));
      const fs = fit === 'possible' && undated ? 2.2 : fit === 'former' && q.former ? 4.5 : FIT_SCORE[fit];
      const key = fs * 10 + m * 15 + (cm || 0) * 3 + prominence(r) + (r.endKind === 'snapshot' ? 0 : 0.5);
      if (key > bestKey) {
        bestKey = key;
        best = r;
        bestFit = fit;
      }
      if (fit !== 'later' && m > roleMatch) roleMatch = m;
    }
    const fitScore = bestFit ? FIT_SCORE[bestFit] : 0;
    let s = fitScore * 0.4 + roleMatch * 3 + (strongCountry ? 2 : weakCountry ? 1 : 0) - (contradiction ? 3 : 0) + (c.kind === 0 ? 0.3 : 0);
    if (!roles.length) s -= 1;
    return { p: c.p, person, role: best, fit: bestFit, roleMatch, strongCountry, weakCountry, contradiction, score: s, plausible };
  };

  /** Picks one candidate of a full-name tier, or says the tier is ambiguous / has nobody. */
  const decide = (cands: Candidate[], q: QueryInfo, tier: Tier): Scored | 'ambiguous' | null => {
    const seen = new Set<number>();
    const list: Scored[] = [];
    for (const c of cands) {
      if (seen.has(c.p)) continue;
      seen.add(c.p);
      const s = score(c, q);
      if (!s.plausible) continue;
      // Someone known only from the sanctions list is named only with a matching nationality.
      if (!ds.roles(c.p).length && !(s.strongCountry || s.weakCountry)) continue;
      if (s.contradiction && s.roleMatch < 0.5) continue;
      // Known only from posts taken more than a year after the article: not confirmable as the same person.
      if (s.fit === 'later' && q.day !== null && s.role?.start && dayLo(s.role.start) > q.day + 365) continue;
      list.push(s);
    }
    if (!list.length) return null;
    list.sort((a, b) => b.score - a.score || a.p - b.p);
    const top = list[0]!;
    const positive = top.roleMatch >= 0.3 || top.strongCountry || top.weakCountry || (top.fit !== null && FIT_SCORE[top.fit] >= 4);
    const weakTier = tier !== 'name' && tier !== 'short-name';
    if (list.length === 1) {
      if (weakTier && !positive) return null;
      // The story says what the person is, and it is nothing this person was, in no country of theirs:
      // a namesake ("Ali Hassan, a shopkeeper" in a Canadian story is not Iran's oil minister).
      if (q.hasRole && top.roleMatch === 0 && !top.strongCountry && !top.weakCountry) return null;
      return top;
    }
    const second = list[1]!;
    if (top.score - second.score >= 1 && positive) return top;
    return 'ambiguous';
  };

  const lookupImpl = (query: LookupQuery): PersonContext | null => {
    const toks = queryTokens(query.name);
    if (!toks.length) return null;
    const date = query.date && /^\d{4}-\d{2}-\d{2}$/.test(query.date) ? query.date : null;
    const roleText = [query.roleInText ?? '', mentionRoleText(query.aliases ?? [], toks)].filter(Boolean).join(' ; ');
    const rr = readRole(roleText);
    const q: QueryInfo = {
      former: /\b(former|ex|onetime|one-time|then|late|retired)\b/i.test(roleText),
      date,
      day: date ? dayLo(date) : null,
      year: date ? +date.slice(0, 4) : null,
      roleTok: rr.words,
      hasRole: rr.words.length > 0,
      roleCountries: rr.countries,
      ctxCountries: contextCountries(query.context ?? []),
    };
    const key = toks.join(' ');
    const tryTier = (tier: Tier, entries: Entry[], kind: number | null): PersonContext | null | 'stop' => {
      if (!entries.length) return null;
      const cands: Candidate[] = entries.map((e) => ({ p: e.person, kind: kind ?? e.kind }));
      const d = decide(cands, q, tier);
      if (d === 'ambiguous') return 'stop';
      if (!d) return null;
      return toContext(d, tier, new Set(cands.map((c) => c.p)).size, ds, personFacts(d.p, d.person, ds.roles(d.p)));
    };
    if (toks.length >= 2) {
      let r = tryTier('name', ds.byKey(key), null);
      // The other name forms only where some stored name ends (or, swapped, begins) with such a word.
      const last = toks[toks.length - 1]!;
      const known = !r && ds.isNameWord(last);
      if (!r && known) {
        const short = shortForms(toks);
        if (short.length) r = tryTier('short-name', short.flatMap((k) => ds.byKey(k)), 1);
      }
      if (!r && known) {
        const forms = nicknameForms(toks, ds);
        if (forms.length) r = tryTier('nickname', forms.flatMap((k) => ds.byKey(k)), 1);
      }
      if (!r && ds.isNameWord(toks[0]!)) r = tryTier('swapped-order', swapped(toks).flatMap((k) => ds.byKey(k)), 2);
      if (!r) {
        const lk = looseKey(key);
        if (ds.isLooseNameWord(lk.slice(lk.lastIndexOf(' ') + 1)) || (lk !== key && ds.isNameWord(lk.slice(lk.lastIndexOf(' ') + 1))))
          r = tryTier('transliteration', [...ds.byLooseKey(lk), ...(lk !== key ? ds.byKey(lk) : [])], 3);
      }
      if (r === 'stop') return null;
      if (r) return r;
    }
    // A surname alone (or a full name that matched nobody): the date and the role phrase must single
    // out one person, and for a full name the given name must agree.
    const s = bySurname(toks, q, ds, score);
    return s ? toContext(s.best, 'surname', s.candidates, ds, personFacts(s.best.p, s.best.person, ds.roles(s.best.p))) : null;
  };

  // A section found corrupt when first decoded (bytes were only framed at parse time): no more answers,
  // and the app keeps its text-only roles.
  let broken = false;
  return {
    lookup(query: LookupQuery): PersonContext | null {
      if (broken) return null;
      try {
        const found = lookupImpl(query);
        if (found && privateRole(query.roleInText ?? null)) found.privateInText = true;
        return found;
      } catch (e) {
        if (e instanceof DatasetCorrupt) {
          broken = true;
          return null;
        }
        throw e;
      }
    },
  };
}

function shortForms(toks: string[]): string[] {
  const out = new Set<string>();
  const noInit = toks.filter((t, i) => i === 0 || i === toks.length - 1 || t.length > 1);
  if (noInit.length >= 2 && noInit.length < toks.length) out.add(noInit.join(' '));
  if (toks.length >= 3) out.add(`${toks[0]} ${toks[toks.length - 1]}`);
  const noArt = toks.filter((t, i) => !(i > 0 && (t === 'al' || t === 'el')));
  if (noArt.length >= 2 && noArt.length < toks.length) out.add(noArt.join(' '));
  if (toks.length >= 2 && (toks[toks.length - 1]!.startsWith('al') || toks[toks.length - 1]!.startsWith('el')) && toks[toks.length - 1]!.length > 4) {
    // "Ayman Alsafadi" written glued.
    out.add([...toks.slice(0, -1), toks[toks.length - 1]!.slice(2)].join(' '));
  }
  out.delete(toks.join(' '));
  return [...out];
}

function nicknameForms(toks: string[], ds: Dataset): string[] {
  const rest = toks.slice(1).join(' ');
  const out: string[] = [];
  for (const n of ds.nicknames(toks[0]!)) out.push(`${n} ${rest}`);
  if (toks.length >= 3) for (const n of ds.nicknames(toks[0]!)) out.push(`${n} ${toks[toks.length - 1]}`);
  return out;
}

function swapped(toks: string[]): string[] {
  if (toks.length === 2) return [`${toks[1]} ${toks[0]}`];
  return [`${toks[toks.length - 1]} ${toks.slice(0, -1).join(' ')}`, `${toks.slice(1).join(' ')} ${toks[0]}`];
}

function bySurname(
  toks: string[],
  q: QueryInfo,
  ds: Dataset,
  score: (c: Candidate, q: QueryInfo) => Scored,
): { best: Scored; candidates: number } | null {
  if (!q.hasRole && !q.roleCountries.length) return null;
  const sur = toks[toks.length - 1]!;
  // For a full name, only namesakes with the same initial (or the initial of a nickname's full form).
  const initials = toks.length > 1 ? [...new Set([toks[0]![0]!, ...ds.nicknames(toks[0]!).map((n) => n[0]!)])] : undefined;
  const ids = new Set<number>(ds.bySurname(sur, initials));
  const ls = looseKey(sur);
  if (ls !== sur) for (const p of ds.bySurname(ls, initials)) ids.add(p);
  if (!ids.size || ids.size > 5000) return null;
  const strong: Scored[] = [];
  for (const p of ids) {
    const s = score({ p, kind: 4 }, q);
    if (!s.plausible || s.contradiction) continue;
    // The role must be held at the date: dated, listed then, or current at the source's last check.
    const heldNow = s.fit === 'held' || s.fit === 'listed' || (s.fit === 'possible' && (!q.date || s.role?.open === true)) || (s.fit === 'former' && q.former);
    if (!heldNow) continue;
    const roleOk = (s.roleMatch >= 0.5 && (s.strongCountry || s.weakCountry || q.roleCountries.length === 0)) || (s.roleMatch >= 0.3 && s.strongCountry);
    // "France's Macron": a country alone is enough when no role word is given.
    const countryOnly = !q.hasRole && s.strongCountry && s.fit === 'held';
    if (!roleOk && !countryOnly) continue;
    strong.push(s);
  }
  if (!strong.length) return null;
  strong.sort((a, b) => b.score - a.score || a.p - b.p);
  if (strong.length > 1 && strong[0]!.score - strong[1]!.score < 1.5) return null;
  return { best: strong[0]!, candidates: ids.size };
}

function describe(r: StoredRole): string {
  const parts = [r.title];
  if (r.organization && !fold(r.title).includes(fold(r.organization))) parts.push(r.organization);
  let s = parts.join(', ');
  if (r.jurisdiction && !fold(s).includes(fold(r.jurisdiction))) s += ` (${r.jurisdiction})`;
  return s;
}

function years(r: StoredRole): string {
  if (r.endKind === 'snapshot') return r.start ? ` (listed ${r.start.slice(0, 4)})` : '';
  const a = r.start && r.startKind === 'exact' ? r.start.slice(0, 4) : '';
  const b = r.end ? (r.endKind === 'upperBound' ? `by ${r.end.slice(0, 4)}` : r.end.slice(0, 4)) : r.open ? '' : '?';
  if (!a && !b) return '';
  return ` (${a || '?'}–${b})`;
}

function toContext(
  s: Scored,
  tier: Tier,
  candidates: number,
  ds: Dataset,
  f: Facts,
): PersonContext {
  const roles = ds.roles(s.p);
  const person = s.person;
  const { current } = f;
  const role = s.role;
  const held = role ? stillHeld(role) : null;
  const flags: PersonContext['flags'] = [];
  // Sanctions are context, shown only when the match is not a namesake guess: a full name, and for
  // someone known only from the list, a nationality the story names.
  if (person.sanctions.length && tier !== 'surname' && (roles.length ? !s.contradiction : s.strongCountry || s.weakCountry)) {
    const ofac = ds.sources.find((x) => x.id === 'ofac');
    flags.push({
      kind: 'sanctions',
      label: `on the US Treasury sanctions list (${person.sanctions.join(', ')})`,
      source: ofac ? ofac.label : 'US Treasury OFAC SDN list',
    });
  }
  const description = f.description;
  const roleAtDate: DatasetRole | null = role ? toDatasetRole(role) : null;
  const out: PersonContext = {
    id: person.id,
    name: person.name,
    description,
    country: person.country,
    roleAtDate,
    stillHeld: held,
    roleNow: current && current !== role ? toDatasetRole(current) : null,
    verified: role ? checkedOn(role, ds.verified) : ds.verified,
    flags,
    match: { by: tier, candidates },
    datasetVerified: ds.verified,
  };
  if (role && s.fit) out.roleAtDateFit = s.fit;
  return out;
}
