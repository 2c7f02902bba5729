// Look-ups in the packed name lexicons (given-names.ts), unpacked once on first use, and the key
// under which a name word is compared (case, diacritics, invisible characters and apostrophe style
// ignored: "Hammarskjöld" = "Hammarskjold", "O’Rourke" = "O'Rourke").
import { GIVEN_NAMES_PACKED, PLACES_PACKED, SURNAME_FIRST_PACKED } from './given-names';
import { detach, stripInvisible } from '../text/tokens';

/**
 * Keys computed so far: the same words come back many times in a story (and across the stories one
 * worker reads), and each key costs a lower-cased copy. Bounded: emptied when it grows large.
 */
const keyMemo = new Map<string, string>();
const KEY_MEMO_MAX = 20_000;

/** Comparison key of a word or phrase. */
export function nameKey(s: string): string {
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size >= KEY_MEMO_MAX) keyMemo.clear();
    const word = detach(s);
    k = computeNameKey(word);
    keyMemo.set(word, k);
  }
  return k;
}

function computeNameKey(s: string): string {
  let k = stripInvisible(s).toLowerCase();
  // only pay for Unicode normalisation when there is something to fold
  for (let i = 0; i < k.length; i++) {
    if (k.charCodeAt(i) > 127) {
      k = k.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-');
      break;
    }
  }
  return k;
}

function unpackFrontCoded(packed: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (const entry of packed.split(' ')) {
    if (!entry) continue;
    const word = prev.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
    out.add(word);
    prev = word;
  }
  return out;
}

let given: Set<string> | null = null;
let surnameFirst: Set<string> | null = null;
let places: Set<string> | null = null;

/** True when the word is a known given name ("Janet", "Volodymyr"); hyphenated ones by their parts ("Sarah-Jane"). */
export function isGivenName(word: string): boolean {
  given ??= unpackFrontCoded(GIVEN_NAMES_PACKED);
  const k = nameKey(word);
  if (given.has(k)) return true;
  const dash = k.indexOf('-');
  if (dash > 0) {
    const parts = k.split('-');
    return parts.every((p) => given!.has(p));
  }
  return false;
}

/** True when the word is a family name that its bearers write first ("Xie", "Kim", "Nguyen"). */
export function isSurnameFirst(word: string): boolean {
  surnameFirst ??= unpackFrontCoded(SURNAME_FIRST_PACKED);
  return surnameFirst.has(nameKey(word));
}

/** True when the phrase (one or more words) is a country, a US state or a common short form of one. */
export function isPlace(phrase: string): boolean {
  places ??= new Set(PLACES_PACKED.split('|'));
  return places.has(nameKey(phrase));
}
