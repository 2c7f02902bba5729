// Name normalisation shared by the dataset build (which writes normalised keys into the asset) and the
// runtime lookup (which normalises the article's names the same way). Pure: no DOM, no Node.
//
// Three levels:
//   nameKey   — case, diacritics, punctuation and honorifics folded: "Ayman al-Ṣafadī" → "ayman al safadi"
//   looseKey  — a transliteration skeleton on top of nameKey, so Zelensky / Zelenskiy / Zelenskyy and
//               Serhiy / Sergii / Sergey share a key. Only used as a weaker, fallback match.
//   variants  — derived keys of one name: without middle names, middle names as initials, without the
//               Arabic article, surname first.

/** Letters that Unicode decomposition does not fold to ASCII. */
const SPECIAL: Record<string, string> = {
  ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h', ŀ: 'l', ĸ: 'k', ŋ: 'ng', ſ: 's',
};
const SPECIAL_RE = /[øØßæÆœŒłŁđĐðÐþÞıħĦŀĸŋſ]/g;
const ASCII = /^[\x00-\x7f]*$/;

/** Leading words that are not part of a name ("Mr.", "Sen.", "Lt. Col."). */
export const NAME_PREFIXES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'fr', 'hon', 'honorable', 'honourable', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'pres',
  'president', 'amb', 'ambassador', 'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major',
  'capt', 'captain', 'cmdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant', 'brig', 'brigadier', 'cpl',
  'judge', 'justice', 'chief', 'mayor', 'minister', 'secretary', 'deputy', 'vice', 'prime', 'king', 'queen',
  'prince', 'princess', 'his', 'her', 'excellency', 'he', 'hh', 'hrh', 'the', 'former', 'acting', 'atty',
  'assemblyman', 'assemblywoman', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'chancellor',
  'premier', 'speaker', 'leader', 'usaf', 'usa', 'usn', 'usmc',
]);

/** Trailing words that are not part of a name ("Jr.", "III", "USAF", "(Ret.)"). */
export const NAME_SUFFIXES = new Set([
  'jr', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'phd', 'md', 'esq', 'ret', 'usaf', 'usa', 'usn', 'usmc', 'uscg', 'ussf',
  'jnr', 'snr', 'mp', 'qc', 'kc', 'obe', 'cbe', 'mbe', 'kbe',
]);

/** Lower case, diacritics folded, every non-letter/digit run replaced by one space. Apostrophes vanish. */
/** Runs of what is neither a letter nor a digit (built once). */
const NOT_WORD_RUN = /[^\p{L}\p{N}]+/gu;

export function fold(s: string): string {
  // Fast path for plain ASCII (most names and role phrases in English news).
  if (ASCII.test(s)) return s.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  let t = s.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c).normalize('NFKD').toLowerCase();
  t = t.replace(/[\u0300-\u036f\u02b0-\u02ff]/g, '');
  t = t.replace(/['’‘`´ʼʻ]/g, '');
  t = t.replace(NOT_WORD_RUN, ' ');
  return t.trim();
}

/** Folded tokens of a person's name without leading honorifics/titles and trailing suffixes. */
export function nameTokens(name: string): string[] {
  const toks = fold(name).split(' ').filter(Boolean);
  let a = 0;
  let b = toks.length;
  while (b - a > 1 && NAME_PREFIXES.has(toks[a]!)) a++;
  while (b - a > 1 && NAME_SUFFIXES.has(toks[b - 1]!)) b--;
  return toks.slice(a, b);
}

/** The normalised key of a full name: folded tokens joined by one space. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

const ARTICLES = new Set(['al', 'el', 'al-', 'ul']);

/** How a derived key relates to the name it came from; lower is closer. */
export const VariantKind = {
  /** The full name, or it without the Arabic article. */
  Full: 0,
  /** Middle names dropped or reduced to initials; given name + surname. */
  Short: 1,
  /** Surname-first vs surname-last order swapped. */
  Reversed: 2,
} as const;
export type VariantKind = (typeof VariantKind)[keyof typeof VariantKind];

/**
 * Derived keys of one name, the key itself first, each with its kind. `surname`, when known, lets the
 * swapped order and the given+surname form be built even for multi-word surnames ("Sheinbaum Pardo").
 */
export function nameVariants(name: string, surname?: string | null): [string, VariantKind][] {
  const toks = nameTokens(name);
  if (!toks.length) return [];
  const out = new Map<string, VariantKind>();
  const add = (t: string[], kind: VariantKind) => {
    if (t.length < 2 || !t.every(Boolean)) return;
    const k = t.join(' ');
    const had = out.get(k);
    if (had === undefined || had > kind) out.set(k, kind);
  };
  out.set(toks.join(' '), VariantKind.Full);
  const core = toks.filter((t, i) => !(i > 0 && i < toks.length - 1 && ARTICLES.has(t)));
  add(core, VariantKind.Full);
  const sur = surname ? nameTokens(surname) : [];
  const at = sur.length && sur.length < toks.length ? indexOfSeq(toks, sur) : -1;
  if (at > 0) {
    const given = toks.slice(0, at).filter((t) => !ARTICLES.has(t));
    if (given.length) {
      add([...given, ...sur], VariantKind.Short);
      add([given[0]!, ...sur], VariantKind.Short);
      add([...sur, ...given], VariantKind.Reversed);
      add([...sur, given[0]!], VariantKind.Reversed);
    }
  } else if (at === 0) {
    // Surname written first ("Xie Feng"): also the Western order.
    const rest = toks.slice(sur.length);
    add([...rest, ...sur], VariantKind.Reversed);
    add([rest[0]!, ...sur], VariantKind.Reversed);
  }
  if (core.length >= 3) {
    const last = at > 0 ? sur : core.slice(-1);
    const middles = (at > 0 ? toks.slice(1, at) : core.slice(1, -1)).filter((t) => !ARTICLES.has(t));
    add([core[0]!, ...last], VariantKind.Short);
    if (middles.some((m) => m.length > 1)) add([core[0]!, ...middles.map((m) => m[0]!), ...last], VariantKind.Short);
  }
  if (core.length === 2 && at < 0) add([core[1]!, core[0]!], VariantKind.Reversed);
  return [...out];
}

function indexOfSeq(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * A transliteration skeleton of a folded key. Equal skeletons mean "possibly the same name written with
 * another romanisation". Deliberately lossy; the lookup treats it as weak evidence.
 */
const looseMemo = new Map<string, string>();
export function looseKey(key: string): string {
  let v = looseMemo.get(key);
  if (v === undefined) {
    if (looseMemo.size > 20000) looseMemo.clear();
    looseMemo.set(key, (v = computeLoose(key)));
  }
  return v;
}

function computeLoose(key: string): string {
  return key
    .split(' ')
    .map(looseToken)
    .filter(Boolean)
    .join(' ');
}

function looseToken(t: string): string {
  let s = t;
  if (s.length <= 2) return s;
  s = s.replace(/^ye/, 'e').replace(/^yu/, 'iu').replace(/^ya/, 'ia');
  s = s.replace(/([iy][ae])h$/, '$1'); // Haniyeh / Haniyah / Hanieh
  s = s.replace(/([a-z])\1+/g, '$1'); // Zelenskyy, Sergii
  s = s.replace(/(iy|yi|ij|ei|ey|yj|i)$/, 'y'); // Zelenskiy / Zelenskyi / Zelenskij, Sergey / Sergei
  s = s.replace(/e$/, 'a');
  s = s.replace(/iya/g, 'ia');
  s = s.replace(/ph/g, 'f').replace(/q/g, 'k').replace(/x/g, 'ks').replace(/w/g, 'v').replace(/ou/g, 'u');
  s = s.replace(/kh/g, 'h');
  s = s.replace(/(^|[^csztkpgd])h/g, '$1g'); // Ukrainian h ~ Russian g: Serhiy / Sergei, Ihor / Igor
  s = s.replace(/j/g, 'y');
  return s.replace(/([a-z])\1+/g, '$1');
}

/** The surname-like tokens used for the surname index: the last token, plus the first for surname-first names. */
export function surnameKeys(name: string, surname?: string | null, surnameFirst = false): string[] {
  const out = new Set<string>();
  if (surname) {
    const s = nameTokens(surname);
    if (s.length) out.add(s.join(' '));
    if (s.length > 1) out.add(s[s.length - 1]!);
    if (s.length > 1) out.add(s[0]!);
  }
  const toks = nameTokens(name).filter((t) => !ARTICLES.has(t));
  if (toks.length >= 2) {
    if (!surname) out.add(toks[toks.length - 1]!);
    if (surnameFirst && !surname) out.add(toks[0]!);
  }
  return [...out].filter((k) => k.length > 1);
}
