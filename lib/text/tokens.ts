// Word tokens with offsets, found by one linear scan (no regular expression runs over page text).
// A token is a run of letters/digits, with inner apostrophes, hyphens and periods of abbreviations
// kept ("O'Rourke", "Dong-hoon", "U.S.", "J.D."), and so are soft hyphens and zero-width characters inside a
// word. Punctuation characters are tokens of their own.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** 'w' word, 'p' punctuation (one character), 'n' number */
  kind: 'w' | 'p' | 'n';
  /**
   * Memo slots of readers that look at the same token many times (lib/people/roles.ts: lower case,
   * bare lower case, role word, role head; lib/people/detect.ts: name-shaped, acronym). Created empty with every
   * token, so all tokens share one object shape and property reads on them stay fast.
   */
  lo?: string;
  bl?: string;
  rw?: boolean;
  rh?: boolean;
  ns?: boolean;
  /** lib/people/detect.ts: an acronym ("NATO", "U.S."). */
  ac?: boolean;
}

/** A new token, its memo slots empty (a reader's stand-in token too, so it keeps the shape every token has). */
export const token = (text: string, start: number, end: number, kind: Token['kind']): Token => ({ text, start, end, kind, lo: undefined, bl: undefined, rw: undefined, rh: undefined, ns: undefined, ac: undefined });

const LETTER = /\p{L}|\p{M}/u;
const isLetterCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c <= 0x24f || (!(c >= 0x2000 && c <= 0x206f) && LETTER.test(String.fromCharCode(c)))));
// (Latin-1 and Latin Extended letters, U+00C0–U+024F, are all letters; General Punctuation, U+2000–U+206F —
// curly quotes, dashes, invisible characters — holds none: neither needs the Unicode test)
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && isLetterCode(ch.charCodeAt(0));
/** True for an upper-case letter (one character). ASCII is answered from the code: no case-mapped copies. */
export const isUpper = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/** ' ’ */
const isAposCode = (c: number) => c === 39 || c === 0x2019;
/** Invisible characters that may sit inside a word (soft hyphen, zero-width space/joiners, word joiner). */
const isInvisibleCode = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
/** A word without the invisible characters a page may put inside it ("Vladi\u00admir" → "Vladimir"). */
export const stripInvisible = (s: string): string => {
  for (let i = 0; i < s.length; i++) if (isInvisibleCode(s.charCodeAt(i))) return s.replace(/[\u00ad\u200b-\u200d\u2060]/g, '');
  return s;
};
/** - ‐ ‑ */
const isHyphenCode = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;

/** Tokenises text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isLetterCode(c) || isDigitCode(c)) {
      const s = i;
      let digitsOnly = true;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isLetterCode(d)) {
          digitsOnly = false;
          i++;
        } else if (isDigitCode(d)) i++;
        else if (isInvisibleCode(d) && i > s && i + 1 < end && isLetterCode(text.charCodeAt(i + 1))) {
          i++; // soft hyphen or zero-width character inside a word
        } else if ((isAposCode(d) || isHyphenCode(d)) && i + 1 < end && (isLetterCode(text.charCodeAt(i + 1)) || isDigitCode(text.charCodeAt(i + 1))) && i > s) {
          i++; // inner apostrophe or hyphen
        } else if (d === 46 && i + 1 < end && isLetterCode(text.charCodeAt(i + 1)) && i + 2 <= end && (text.charCodeAt(i + 2) === 46 || i + 2 === end) && isUpper(text[i - 1])) {
          i++; // U.S., J.D.
        } else if ((d === 46 || d === 44) && digitsOnly && i + 1 < end && isDigitCode(text.charCodeAt(i + 1))) {
          i++; // 3.5, 1,000
        } else break;
      }
      // trailing period of an abbreviation like "U.S." (letter.letter.)
      if (i < end && text.charCodeAt(i) === 46 && i - s >= 3 && text.charCodeAt(i - 2) === 46) i++;
      out.push(token(text.slice(s, i), s, i, digitsOnly ? 'n' : 'w'));
      continue;
    }
    // a surrogate pair is one punctuation token
    const w = c >= 0xd800 && c < 0xdc00 && i + 1 < end ? 2 : 1;
    out.push(token(text.slice(i, i + w), i, i + w, 'p'));
    i += w;
  }
  return out;
}

/**
 * A copy of s that does not share the memory of the text it was cut from. A slice of a long string
 * may keep that whole string alive (V8 makes one a view into its parent); keys kept in a memo across
 * stories are copied with this, so the memo never holds a story's text.
 */
export const detach = (s: string): string => (' ' + s).slice(1);

/** s.toLowerCase(), without the call when s is lower-case ASCII already (most words of a page). */
export function toLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

/** True when a word token starts with a capital letter. */
/** Index of the first token at or after offset (tokens.length when none), searching from lo. */
export function tokenFrom(tokens: readonly Token[], offset: number, lo = 0): number {
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'w' && isUpper(t.text[0]);
