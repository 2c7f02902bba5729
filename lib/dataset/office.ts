// Office titles as bags of comparable words, so "U.S. Defense Secretary", "Secretary of Defence" and
// "Secretary of Defense" compare equal and "Chinese Defense Minister" meets "Minister of National Defence".
// Used by the build (to merge people and roles across sources) and by the lookup (roleInText vs roles).
import { fold } from './normalize';

const STOP = new Set([
  'of', 'the', 'for', 'and', 'to', 'on', 'in', 'a', 'an', 'at', 'by', 'with', 'from', 'as', 'its', 'his', 'her',
  'their', 'u', 's', 'us', 'usa', 'united', 'states', 'america', 'american', 'former', 'acting', 'interim',
  'then', 'current', 'new', 'who', 'which', 'that', 'is', 'was', 'be', 'top', 'senior', 'also', 'country', 'nation',
  'national', 'official', 'officials', 'r', 'd', 'i',
]);

const SYN: Record<string, string> = {
  defence: 'defense', defense: 'defense', pentagon: 'defense',
  gen: 'military', col: 'military', colonel: 'military', adm: 'military', admiral: 'military', brig: 'military',
  brigadier: 'military', cmdr: 'military', sgt: 'military', sergeant: 'military', commandant: 'military',
  ministry: 'minister', ministers: 'minister', secretaries: 'secretary',
  chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', chairs: 'chair',
  adviser: 'advisor', advisers: 'advisor', advisors: 'advisor', counsellor: 'counselor',
  rep: 'representative', reps: 'representative', congressman: 'representative', congresswoman: 'representative',
  congressmember: 'representative', house: 'house',
  sen: 'senator', senators: 'senator', gov: 'governor', governors: 'governor', pres: 'president',
  presidential: 'president', premier: 'prime', pm: 'prime',
  external: 'foreign', foreign: 'foreign', diplomat: 'ambassador', envoys: 'envoy', ambassadors: 'ambassador',
  economic: 'economy', economics: 'economy', financial: 'finance', fed: 'reserve', reserve: 'reserve',
  judges: 'judge', justices: 'justice', mayoral: 'mayor', spokesman: 'spokesperson', spokeswoman: 'spokesperson',
  spokespeople: 'spokesperson', press: 'press', assemblyman: 'assemblymember', assemblywoman: 'assemblymember',
  legislator: 'legislator', lawmaker: 'legislator', mp: 'parliament', parliamentarian: 'parliament',
  commissioners: 'commissioner', directors: 'director', attorneys: 'attorney', negotiator: 'negotiator',
  'vice-president': 'vice', vicepresident: 'vice', undersecretary: 'under', 'co-chair': 'chair',
};

/** Role words that say what kind of post, not which one: they weigh half. */
const GENERIC = new Set([
  'secretary', 'minister', 'assistant', 'deputy', 'under', 'director', 'member', 'chief', 'president', 'vice',
  'special', 'principal', 'general', 'office', 'advisor', 'chair', 'officer', 'representative', 'ambassador',
  'head', 'executive', 'first', 'second', 'associate', 'administrator', 'commissioner', 'department', 'affair',
  'board', 'council', 'committee', 'staff', 'senior', 'federal', 'congress', 'governor', 'senator', 'judge',
  'court', 'counsel', 'leader', 'envoy', 'coordinator', 'manager', 'agency', 'bureau', 'division', 'service',
  'services', 'government', 'cabinet', 'prime', 'mayor', 'district', 'program', 'policy', 'authority',
]);

/** Phrases rewritten before splitting into words (on folded text). */
const PHRASES: [RegExp, string][] = [
  [/\bwhite house\b/g, 'whitehouse'],
  [/\b(us|united states) (rep|reps|representative|representatives|sen|senator|senators|congressman|congresswoman|house|senate)\b/g, 'congress $2'],
  [/\bhouse of representatives\b/g, 'congress representative'],
  [/\bcongress(wo)?man\b/g, 'congress representative'],
  [/\bfbi\b/g, 'federal bureau investigation'],
  [/\bnato\b/g, 'north atlantic treaty organization'],
  [/\b(permanent )?representative (on the council of|to) (the )?north atlantic/g, 'ambassador to north atlantic'],
  [/\bcia\b/g, 'central intelligence agency'],
  [/\bnsc\b/g, 'national security council'],
  [/\bdni\b/g, 'director national intelligence'],
  [/\bepa\b/g, 'environmental protection agency'],
  [/\bdhs\b/g, 'homeland security'],
  [/\bdod\b/g, 'defense'],
  [/\bhead of ([a-z ]+ )?city\b/g, 'mayor $1city'],
  [/\b(army|navy|naval|air force|marine corps|marines|armed forces|general staff|defen[cs]e forces?)\b/g, '$1 military'],
  [/\bforeign policy chief\b/g, 'foreign affair high representative'],
];

const memo = new Map<string, string[]>();

/** The comparable words of an office title or role phrase (memoised: titles repeat). */
export function officeTokens(title: string | null | undefined): string[] {
  if (!title) return [];
  const hit = memo.get(title);
  if (hit) return hit;
  const out = computeTokens(title);
  if (memo.size > 20000) memo.clear();
  memo.set(title, out);
  return out;
}

function computeTokens(title: string): string[] {
  let f = fold(title.replace(/\bU\.S\.(?=\s|$)/g, 'US').replace(/['’]s\b/g, ''));
  for (const [re, to] of PHRASES) f = f.replace(re, to);
  const out: string[] = [];
  for (const raw of f.split(' ')) {
    if (!raw || STOP.has(raw)) continue;
    const t = SYN[raw] ?? raw.replace(/(?<=[a-z]{3}[^suia])s$/, '');
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

function weight(t: string): number {
  return GENERIC.has(t) ? 0.5 : 1;
}

/** How much two offices share: weighted overlap over the smaller side (0..1). 0 when no specific word is shared. */
export function officeOverlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let inter = 0;
  let spec = false;
  for (const t of a) {
    if (!b.includes(t)) continue;
    inter += weight(t);
    if (!GENERIC.has(t)) spec = true;
  }
  const wa = a.reduce((s, t) => s + weight(t), 0);
  const wb = b.reduce((s, t) => s + weight(t), 0);
  const allGenericA = a.every((t) => GENERIC.has(t));
  const allGenericB = b.every((t) => GENERIC.has(t));
  if (!spec) {
    // Only generic words: equal bags ("President" vs "President") match; a bag of generic words wholly
    // inside the other side ("President" vs "President of the United States") matches in part.
    if (allGenericA && allGenericB && a.length === b.length && a.every((t) => b.includes(t))) return 1;
    // Scaled by how much of the other side it covers: "Prime Minister" is less of "Deputy Prime Minister",
    // "President" less of "Senior Advisor to the President".
    // Only the generic words are compared: "Governor" is all of "Governor of New Jersey"'s kind.
    const ga = a.filter((t) => GENERIC.has(t)).length;
    const gb = b.filter((t) => GENERIC.has(t)).length;
    if (allGenericA && a.every((t) => b.includes(t))) return 0.6 * Math.min(1, ga / gb);
    if (allGenericB && b.every((t) => a.includes(t))) return 0.6 * Math.min(1, gb / ga);
    return 0;
  }
  return inter / Math.min(wa, wb);
}

/** Weighted Jaccard: 1 for the same office written two ways, lower when one adds words. */
export function officeSame(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let inter = 0;
  for (const t of a) if (b.includes(t)) inter += weight(t);
  const union = [...new Set([...a, ...b])].reduce((s, t) => s + weight(t), 0);
  return inter / union;
}
