// White House briefing-room archive 2021 → 2026: nominations sent to the Senate (and withdrawals),
// personnel announcements, and the titles of every post.
//   A nomination or announcement gives a role "announced <date>": the person was named for the post then;
//   confirmation is not in the source, so the start stays unknown.
//   "vice <predecessor>, resigned" attests that the predecessor held the post and had left by that date.
//   Post titles ("Readout of … Special Presidential Envoy for Climate John Kerry's meeting") attest that a
//   person known from the other sources held a title on that date.
import { readCsvObjects } from '../csv';
import { clean, join, readText, parseDate, type SourceContext, type SrcPerson, type SrcRole } from '../model';
import { fold, nameKey, nameTokens } from '../../../lib/dataset/normalize';

export function cleanPosition(raw: string): { title: string; organization: string | null } | null {
  let t = clean(raw);
  t = t.replace(/^(to be |as )/i, '').replace(/^(a|an|the) (?=[A-Z])/, (m) => (/^the United States (Court|District)/.test(t) ? m : ''));
  t = t.replace(/,?\s*(for (a|the) (term|remainder|unexpired)\b.*|vice\s.*|;.*|, and to serve concurrently.*|to which position.*|, to serve concurrently.*|\(?new position\)?.*)$/i, '');
  t = t.replace(/Ambassador Extraordinary and Plenipotentiary( of the United States of America)?/, 'U.S. Ambassador');
  t = t.replace(/^(the )?United States (Court of Appeals|District Court|Court of International Trade|Court of Federal Claims)/, 'Judge, United States $2');
  t = clean(t.replace(/[,.]\s*$/, ''));
  if (!t || t.length < 4) return null;
  let organization: string | null = null;
  const m = /^(.*?),\s*((?:U\.S\. |United States )?(?:Department|Office|Executive Office|Agency|Bureau) of [^,]+)$/.exec(t);
  if (m && m[1]!.length > 3) {
    t = m[1]!;
    organization = m[2]!;
  }
  return { title: t[0]!.toUpperCase() + t.slice(1), organization };
}

/** "Colin Hackett Kahl, resigned" → name and how the post was left. */
export function parseVice(raw: string): { name: string; left: 'ended' | 'leaving' } | null {
  const v = clean(raw).replace(/,?\s*which was sent to the Senate.*$/i, '');
  if (!v) return null;
  const parts = v.split(/,\s*/);
  let name = parts[0]!;
  let i = 1;
  if (parts[1] && /^(Jr|Sr|II|III|IV)\.?$/.test(parts[1])) {
    name += `, ${parts[1]}`;
    i = 2;
  }
  const reason = (parts[i] ?? '').toLowerCase();
  if (nameTokens(name).length < 2 || /\d|position|new|vacant/i.test(name)) return null;
  return { name, left: /retiring|resigning|expiring/.test(reason) ? 'leaving' : 'ended' };
}

export function readWhitehouse(ctx: SourceContext): SrcPerson[] {
  const dir = join(ctx.dir, 'whitehouse-personnel');
  const people = new Map<string, SrcPerson>();
  const get = (src: string, name: string): SrcPerson => {
    const key = `${src}:${nameKey(name)}`;
    let p = people.get(key);
    if (!p) people.set(key, (p = { key, source: src, qid: null, name, aliases: [], country: 'United States', roles: [] }));
    return p;
  };
  const nomSrc = 'wh-nominations';
  const nom = readCsvObjects(readText(join(dir, 'wh_nominations_sent_to_senate.csv')));
  ctx.report.source(nomSrc).rows += nom.rows.length;
  if (nom.malformed) ctx.report.skip(nomSrc, 'malformed CSV row', nom.malformed);
  const rows = [...nom.rows].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.action ?? '').localeCompare(b.action ?? ''));
  for (const r of rows) {
    const date = parseDate(r.date);
    const name = clean(r.name);
    const pos = cleanPosition(r.position ?? '');
    if (!date || !name || !pos || nameTokens(name).length < 2) {
      ctx.report.skip(nomSrc, 'no date, name or position');
      continue;
    }
    const p = get(nomSrc, name);
    if (r.action === 'withdrawn') {
      const i = p.roles.findIndex((x) => fold(x.title) === fold(pos.title));
      if (i >= 0) {
        p.roles.splice(i, 1);
        ctx.report.count('wh-nominations: nomination withdrawn → role removed');
      } else ctx.report.skip(nomSrc, 'withdrawal of a nomination not in the file');
      continue;
    }
    if (!p.roles.some((x) => fold(x.title) === fold(pos.title))) {
      p.roles.push(announced(pos, date, nomSrc));
    } else ctx.report.count('wh-nominations: re-nomination (kept the first date)');
    const v = parseVice(r.vice ?? '');
    if (v) {
      const q = get('wh-vice', v.name);
      const x: SrcRole = {
        title: pos.title,
        organization: pos.organization,
        jurisdiction: 'United States',
        start: null,
        startKind: 'exact',
        end: v.left === 'ended' ? date : null,
        endKind: v.left === 'ended' ? 'upperBound' : 'unknown',
        seen: v.left === 'leaving' ? date : null,
        open: false,
        source: nomSrc,
      };
      if (!q.roles.some((y) => fold(y.title) === fold(x.title))) q.roles.push(x);
    }
  }
  const annSrc = 'wh-announcements';
  const ann = readCsvObjects(readText(join(dir, 'wh_personnel_announcements.csv')));
  ctx.report.source(annSrc).rows += ann.rows.length;
  if (ann.malformed) ctx.report.skip(annSrc, 'malformed CSV row', ann.malformed);
  for (const r of ann.rows) {
    const date = parseDate(r.date);
    const name = clean(r.name);
    let pos = cleanPosition(r.position ?? '');
    if (pos && r.kind === 'Member' && !/^(Member|Chair|Co-Chair|Vice Chair)/i.test(pos.title)) pos = { ...pos, title: `Member, ${pos.title}` };
    if (!date || !name || !pos || nameTokens(name).length < 2) {
      ctx.report.skip(annSrc, 'no date, name or position');
      continue;
    }
    const p = get(annSrc, name);
    if (!p.roles.some((x) => fold(x.title) === fold(pos.title))) p.roles.push(announced(pos, date, annSrc));
  }
  const out = [...people.values()].filter((p) => p.roles.length);
  for (const p of out) {
    const rep = ctx.report.source(p.source);
    rep.people++;
    rep.roles += p.roles.length;
  }
  return out;
}

function announced(pos: { title: string; organization: string | null }, date: string, source: string): SrcRole {
  return {
    title: pos.title,
    organization: pos.organization,
    jurisdiction: 'United States',
    start: date,
    startKind: 'announced',
    end: null,
    endKind: 'unknown',
    seen: null,
    open: false,
    source,
  };
}
