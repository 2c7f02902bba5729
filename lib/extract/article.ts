// Finds the story on the page: its root element, title, publication date and language, and the rule
// that leaves navigation, related links, captions, comments, share bars and ads out of the story text.
import type { PageMetadata } from '../page/metadata';
import { classAttr, closestTag, elementsUnder, textLength, textLengthSteps, textPrefix } from './dom-text';

export interface ExtractedArticle {
  roots: Element[];
  title: string | null;
  published: string | null;
  language: string | null;
  /** Decides which subtrees under the roots are not story text. */
  skip: (el: Element) => boolean;
}

/** Tags whose subtrees are never story paragraphs. */
const SKIP_TAGS = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FIGURE', 'FIGCAPTION', 'FORM', 'BUTTON', 'H1', 'DIALOG', 'MENU',
  'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'TIME',
]);

/** Class/id tokens of boilerplate blocks. Matched against whole hyphen/underscore-separated words. */
const BOILER_WORDS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'advertising', 'adslot', 'banner', 'sponsor', 'sponsored', 'promo',
  'promotion', 'outbrain', 'taboola', 'byline', 'bylines', 'author', 'authors', 'dateline', 'caption',
  'captions', 'credit', 'credits', 'share', 'sharing', 'social', 'sharebar', 'comment', 'comments',
  'disqus', 'related', 'recommended', 'recirc', 'recirculation', 'newsletter', 'subscribe', 'subscription',
  'signup', 'paywall', 'breadcrumb', 'breadcrumbs', 'tags', 'tag', 'topics', 'sidebar', 'rail', 'nav',
  'navigation', 'menu', 'footer', 'masthead', 'toolbar', 'popup', 'modal', 'cookie', 'consent', 'hidden',
  'sr', 'visually', 'screenreader', 'print', 'bio', 'meta', 'timestamp', 'most', 'popular', 'trending',
  'widget', 'embed', 'gallery', 'slideshow', 'video', 'player', 'correction', 'disclaimer', 'inline',
  // one-word compounds of CMS plugins ("jp-relatedposts", "relatedstories")
  'relatedposts', 'relatedstories', 'relatedarticles', 'relatedcontent', 'relatedlinks', 'morestories',
  // embedded social posts ("twitter-tweet", "instagram-media"): the post, not the story
  'tweet', 'twitter', 'instagram', 'tiktok',
]);
/** Words that mark a block as story text even when another word looks like boilerplate. */
const STORY_WORDS = new Set(['body', 'content', 'text', 'story', 'article', 'entry', 'post', 'main']);
const INLINE_BOILER = /(?:^|[\s_-])(?:inline[-_]?(?:ad|promo|related|newsletter)|see[-_]?also|more[-_]?from)(?:$|[\s_-])/i;
/** A "Read more" block: a link to more, or the folded rest of the story (told apart by its paragraphs). */
const READ_MORE = /(?:^|[\s_-])read[-_]?more(?:$|[\s_-])/i;
/**
 * Last words of a class token that name a state or an option of the element, not what it is:
 * "comments-enabled" on an article. On a block marked as story such a token does not make it
 * boilerplate (on any other block its words count: "sd-sharing-enabled" is a share bar).
 */
const STATE_WORDS = new Set([
  'enabled', 'disabled', 'active', 'inactive', 'open', 'opened', 'closed', 'on', 'off', 'allowed', 'loaded',
  'expanded', 'collapsed',
]);
/** First words of a class token that name what the element has, not what it is ("has-comments", "with-ads"). */
const FEATURE_WORDS = new Set(['has', 'with']);

/** The lower-case words of class and id: split at white space, "_" and "-" (as split(/[\s_-]+/) without empty words). */
function wordsOf(cls: string, id: string): string[] {
  if (!cls && !id) return [];
  // (one scan with slices: a regular-expression split costs more, and it runs on every element with a class)
  const s = (cls + ' ' + id).toLowerCase();
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 || c === 45 || isSpaceCode(c)) {
      if (from >= 0) out.push(s.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) out.push(s.slice(from));
  return out;
}

/** The characters \s matches in a regular expression (white space and line terminators). */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** wordsOf without the words of state and feature tokens. */
function kindWordsOf(cls: string, id: string): string[] {
  const kept: string[] = [];
  for (const token of (cls + ' ' + id).toLowerCase().split(/\s+/)) {
    const tw = token.split(/[_-]+/).filter(Boolean);
    if (tw.length > 1 && (STATE_WORDS.has(tw[tw.length - 1]!) || FEATURE_WORDS.has(tw[0]!))) continue;
    for (const w of tw) kept.push(w);
  }
  return kept;
}

const notStoryWord = (w: string) =>
  w === 'comment' || w === 'comments' || w === 'related' || w === 'byline' || w === 'caption' || w === 'share' || w === 'newsletter' || w === 'ad' || w === 'ads' || w === 'advertisement' ||
  // an embedded post inside the story block ("article-widget article-tweet", "article-embed"); a
  // "widget-text" block may be the story itself
  w === 'embed' || w === 'tweet';

/** True for subtrees that are not story text: structural boilerplate, hidden elements, ads. */
export function isBoilerplate(el: Element): boolean {
  return boilerplateKind(el) !== NOT_BOILERPLATE;
}

const NOT_BOILERPLATE = 0;
/**
 * Boilerplate only by its state, not its kind: hidden (a page may keep its whole content hidden
 * until a script shows it), or marked "read more" (a page may fold the rest of the story behind a
 * "Read more" button). Such a block holding the story's paragraphs is the story.
 */
const SOFT_BOILERPLATE = 1;
const HARD_BOILERPLATE = 2;

/** What isBoilerplate says, told apart: not boilerplate, boilerplate by state only (soft), or by kind (hard). */
export function boilerplateKind(el: Element): 0 | 1 | 2 {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return HARD_BOILERPLATE;
  if (!el.hasAttributes()) return NOT_BOILERPLATE; // everything below reads attributes
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|complementary|banner|contentinfo|dialog|alert|search|menu|toolbar)$/.test(role)) return HARD_BOILERPLATE;
  const kind = boilerplateByClass(el, tag);
  if (kind === HARD_BOILERPLATE) return kind;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return SOFT_BOILERPLATE;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return SOFT_BOILERPLATE;
  return kind;
}

function boilerplateByClass(el: Element, tag: string): 0 | 1 | 2 {
  const classes = classAttr(el) || '';
  const id = el.getAttribute('id') || '';
  const words = wordsOf(classes, id);
  if (!words.length) return NOT_BOILERPLATE;
  const cls = classes + ' ' + id;
  if (INLINE_BOILER.test(cls)) return HARD_BOILERPLATE;
  if (tag === 'P' || tag === 'SPAN' || tag === 'A' || tag === 'EM' || tag === 'STRONG' || tag === 'B' || tag === 'I') {
    // inline elements and paragraphs carry story text unless clearly marked
    if (words.some((w) => w === 'byline' || w === 'dateline' || w === 'caption' || w === 'credit' || w === 'advertisement')) return HARD_BOILERPLATE;
    return READ_MORE.test(cls) ? HARD_BOILERPLATE : NOT_BOILERPLATE;
  }
  if (words.some((w) => STORY_WORDS.has(w))) {
    // "article-body" is story; "article-related" or "comments-content" is not
    if (words.some(notStoryWord) && kindWordsOf(classes, id).some(notStoryWord)) return HARD_BOILERPLATE;
  } else if (words.some((w) => BOILER_WORDS.has(w))) return HARD_BOILERPLATE;
  return READ_MORE.test(cls) ? SOFT_BOILERPLATE : NOT_BOILERPLATE;
}

/**
 * Explicit article-body containers, in order of trust. Each is one attribute test (an exact attribute
 * value, or one class token), checked only on the ancestors of the best paragraph container: cheaper
 * than a document-wide selector query on every DOM, and it is all the rule below needs.
 */
const BODY_MARKERS: readonly { attr: 'itemprop' | 'data-testid'; value: string }[] = [
  { attr: 'itemprop', value: 'articleBody' },
  { attr: 'data-testid', value: 'article-body' },
];
const BODY_CLASSES: readonly string[] = [
  'article-body', 'article__body', 'articleBody', 'story-body', 'story__body', 'entry-content',
  'post-content', 'post-body', 'article-content', 'article-text', 'story-text', 'body-text',
  'content__article-body', 'c-entry-content', 'td-post-content', 'field-name-body', 'rich-text',
];

function hasClassToken(el: Element, token: string): boolean {
  const cls = classAttr(el);
  if (!cls || !cls.includes(token)) return false;
  return cls.split(/[\t\n\f\r ]+/).includes(token);
}

/** Paragraphs scored between two yields of the extraction steps. */
const PARAGRAPHS_PER_STEP = 128;

/** Sum of the lengths of the direct paragraph text under an element (cheap scoring). */
function* paragraphScores(doc: Document, paragraphs?: readonly Element[]): Generator<null, Map<Element, number>, void> {
  const scores = new Map<Element, number>();
  const ps = paragraphs ?? doc.getElementsByTagName('p');
  const limit = Math.min(ps.length, 3000);
  for (let i = 0; i < limit; i++) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield null;
    const p = ps[i]!;
    // (a list collected before a pause: a paragraph the page has removed since does not count)
    if (paragraphs && !p.isConnected) continue;
    const len = textLength(p);
    if (len < 40) continue;
    let el: Element | null = p.parentElement;
    let weight = 1;
    for (let depth = 0; el && depth < 3; depth++) {
      scores.set(el, (scores.get(el) ?? 0) + len * weight);
      weight /= 2;
      el = el.parentElement;
    }
  }
  return scores;
}

/** The strongest boilerplate kind of el and its ancestors, up to the nearest <article> or <main>. */
function boilerplateAbove(el: Element, kinds: Map<Element, 0 | 1 | 2>): 0 | 1 | 2 {
  let kind: 0 | 1 | 2 = NOT_BOILERPLATE;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const t = a.tagName.toUpperCase();
    if (t === 'BODY' || t === 'HTML') break;
    if (t === 'ARTICLE' || t === 'MAIN') break;
    let k = kinds.get(a);
    if (k === undefined) kinds.set(a, (k = boilerplateKind(a)));
    if (k === HARD_BOILERPLATE) return k;
    if (k > kind) kind = k;
  }
  return kind;
}

/** Picks the element that holds the story's paragraphs. */
export function findStoryRoot(doc: Document): Element | null {
  return drain(findStoryRootSteps(doc)).root;
}

/** The story's root, and the hidden or folded block under it that holds story paragraphs (null when none). */
export interface StoryRoot {
  root: Element | null;
  fold: Element | null;
  /** The blocks the story is set in: [root], or root and the like blocks beside it (see storyParts). */
  parts: Element[];
}

/**
 * findStoryRoot as steps: yields while scoring paragraphs and measuring text, so a very large page
 * is read in several short tasks. Text lengths are compared, never needed in full: each walk stops
 * as soon as the comparison is decided.
 */
export function* findStoryRootSteps(doc: Document, paragraphs?: readonly Element[]): Generator<null, StoryRoot, void> {
  const body = doc.body;
  if (!body) return { root: null, fold: null, parts: [] };
  const scores = yield* paragraphScores(doc, paragraphs);
  let best: Element | null = null;
  let bestScore = 0;
  // The best container under boilerplate by state only (hidden, "read more"): it holds the story
  // when no visible container has more paragraph text, or when it sits inside the best one (the
  // story's folded rest).
  let folded: Element | null = null;
  let foldedScore = 0;
  // (the scored containers share their ancestors: each element's kind is read once)
  const kinds = new Map<Element, 0 | 1 | 2>();
  for (const [el, sc] of scores) {
    if (sc <= bestScore) continue;
    const kind = boilerplateAbove(el, kinds);
    if (kind === NOT_BOILERPLATE) {
      if (sc > bestScore) {
        best = el;
        bestScore = sc;
      }
    } else if (kind === SOFT_BOILERPLATE && sc > foldedScore) {
      folded = el;
      foldedScore = sc;
    }
  }
  let fold: Element | null = null;
  if (folded && foldedScore > bestScore) {
    if (!best) best = fold = folded;
    else if (best.contains(folded)) {
      // The story continues in a folded block: the root is found around the visible container when
      // it has paragraphs of its own (the lead before the fold), else around the folded block.
      fold = folded;
      let levels = 0;
      for (let a = folded.parentElement; a && a !== best; a = a.parentElement) levels++;
      const own = bestScore - (levels < 2 ? foldedScore / 2 ** (levels + 1) : 0);
      if (own < foldedScore * 0.2) best = folded;
    }
  }
  const root = yield* rootAround(doc, body, best);
  return { root, fold, parts: root ? storyParts(root, scores) : [] };
}

/**
 * The blocks a story is split into: some pages set each run of paragraphs in its own block, with
 * images and related links as blocks between them. When the root (or one of its two nearest
 * ancestors) has siblings of the same tag and class that hold paragraphs, their counterparts of
 * the root (same path of tags and classes down) are parts of the story too: all of them, in
 * document order. Otherwise just the root. Never across an <article> or <main>.
 */
function storyParts(root: Element, scores: Map<Element, number>): Element[] {
  let a: Element = root;
  for (let level = 0; level < 3; level++) {
    const parent = a.parentElement;
    const cls = classAttr(a);
    if (!parent || !cls || /^(?:ARTICLE|MAIN|BODY|HTML)$/i.test(a.tagName) || /^(?:BODY|HTML)$/i.test(parent.tagName)) break;
    let parts: Element[] | null = null;
    let scored = false; // another block holds a paragraph (a short one alone may be the story's)
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s === a) {
        (parts ??= []).push(root);
        continue;
      }
      if (s.tagName !== a.tagName || classAttr(s) !== cls || isBoilerplate(s)) continue;
      const part = counterpart(s, a, root);
      if (!part) continue;
      (parts ??= []).push(part);
      if (scores.get(s)) scored = true;
    }
    if (parts && scored) return parts;
    a = parent;
  }
  return [root];
}

/** The element under s at the place of root under a (same tags and classes on the way down), or null. */
function counterpart(s: Element, a: Element, root: Element): Element | null {
  const path: Element[] = [];
  for (let e: Element | null = root; e && e !== a; e = e.parentElement) path.push(e);
  let at: Element | null = s;
  for (let i = path.length - 1; i >= 0 && at; i--) {
    const want = path[i]!;
    const cls = classAttr(want);
    let next: Element | null = null;
    for (let c: Element | null = at.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === want.tagName && classAttr(c) === cls) {
        next = c;
        break;
      }
    }
    at = next;
  }
  return at;
}

function* rootAround(doc: Document, body: HTMLElement, best: Element | null): Generator<null, Element | null, void> {
  // An explicit article-body container that holds the best paragraphs (or most of the text) wins:
  // the first marker in order of trust, outermost first.
  if (best) {
    const chain: Element[] = [];
    for (let a: Element | null = best; a && a !== body; a = a.parentElement) chain.push(a);
    chain.reverse();
    const marked: Element[] = [];
    for (const m of BODY_MARKERS) for (const c of chain) if (c.getAttribute(m.attr) === m.value) marked.push(c);
    for (const k of BODY_CLASSES) for (const c of chain) if (hasClassToken(c, k)) marked.push(c);
    for (const c of marked) {
      // c has less than 90% of the body's text
      const len = yield* textLengthSteps(c);
      const bodyLen = yield* textLengthSteps(body, (b) => len < b * 0.9);
      if (len < bodyLen * 0.9) return c;
    }
  }
  if (best) {
    // Climb to the nearest <article> or paragraph-rich ancestor that adds little else.
    const art = closestTag(best, 'article');
    if (art && art !== best) {
      const bestLen = yield* textLengthSteps(best);
      const artLen = yield* textLengthSteps(art, (a) => !(a < bestLen * 2.5));
      if (artLen < bestLen * 2.5) return art;
    }
    return best;
  }
  return doc.querySelector('article') ?? body;
}

/**
 * The skip rule for a story under root: boilerplate, except the blocks between root and fold (a
 * hidden or "read more" block that holds the story's paragraphs is story).
 */
function skipRule(root: Element | null, fold: Element | null): (el: Element) => boolean {
  if (!root || !fold || !root.contains(fold)) return isBoilerplate;
  const keep = new Set<Element>();
  for (let a: Element | null = fold; a && a !== root; a = a.parentElement) keep.add(a);
  return (el) => !keep.has(el) && isBoilerplate(el);
}

function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Normalises a date string to YYYY-MM-DD, or null. Accepts ISO forms and "July 13, 2023". */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b/.exec(s);
  if (m) {
    const mon = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    if (mon) return iso(+m[3]!, mon, +m[2]!);
  }
  m = /\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b/.exec(s);
  if (m) {
    const mon = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (mon) return iso(+m[3]!, mon, +m[1]!);
  }
  return null;
}

function iso(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** [itemprop="datePublished"], [class*="date" i], [class*="published" i], [class*="timestamp" i], time */
function isDateElement(el: Element): boolean {
  if (el.localName === 'time') return true;
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('itemprop') === 'datePublished') return true;
  const cls = classAttr(el);
  if (!cls) return false;
  const c = cls.toLowerCase();
  return c.includes('date') || c.includes('published') || c.includes('timestamp');
}

/**
 * scope.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]'), from the list the
 * metadata walk made (a selector query on linkedom, the CLI's DOM, parses the selector and tests
 * every element); asks the page when it has changed since.
 */
function firstDatedTime(doc: Document, md: PageMetadata, scope: Element | Document): Element | null {
  if (!md.times.every((t) => t.isConnected)) return scope.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  return md.times.find((t) => t !== scope && scope.contains(t)) ?? md.times[0] ?? null;
}

function findPublished(doc: Document, md: PageMetadata, root: Element | null, url: string | null): string | null {
  // Publication-time keys first, then any key that names a publication date, then generic dates
  // (a "sailthru.date" or "date" is often the last revision).
  const keys: (string | RegExp)[] = [
    'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
    /publish(?:ed)?[_.:-]?(?:time|date)$|date[_.:-]?published$/,
    'publishdate', 'pubdate', 'dc.date.issued', 'article.published', 'parsely-pub-date',
    /article[_.:-]?date$|pub[_.:-]?date$/,
    'date', 'dc.date', 'sailthru.date',
  ];
  for (const key of keys) {
    if (typeof key === 'string') {
      const d = normaliseDate(md.meta.get(key));
      if (d) return d;
      continue;
    }
    for (const [k, v] of md.meta) {
      const d = key.test(k) ? normaliseDate(v) : null;
      if (d) return d;
    }
  }
  const ld = normaliseDate(md.ld.datePublished);
  if (ld) return ld;
  const scope = closestTag(root, 'article') ?? root ?? doc;
  const td = normaliseDate(firstDatedTime(doc, md, scope)?.getAttribute('datetime'));
  if (td) return td;
  // a visible date near the story: in its container or up to three levels above it
  // (each level's subtree holds the one below: an element is tested and read once, not once per level;
  // one read already gave no date)
  const dateElement = new Map<Element, boolean>();
  const isDateElementOnce = (el: Element): boolean => {
    let v = dateElement.get(el);
    if (v === undefined) dateElement.set(el, (v = isDateElement(el)));
    return v;
  };
  const undated = new Set<Element>();
  let near: Element | null = root;
  for (let depth = 0; near && depth < 4; depth++, near = near.parentElement) {
    for (const el of elementsUnder(near, isDateElementOnce, 20, md.elements)) {
      if (undated.has(el)) continue;
      const d = normaliseDate(el.getAttribute('content') || el.getAttribute('datetime') || textPrefix(el, 120));
      if (d) return d;
      undated.add(el);
    }
  }
  const path = url ? /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url) : null;
  if (path) return iso(+path[1]!, +path[2]!, +path[3]!);
  return null;
}

const SITE_SUFFIX = /\s+[|–—·:-]\s+[^|–—·:]{2,60}$/;

function findTitle(doc: Document, md: PageMetadata, root: Element | null): string | null {
  const scope = closestTag(root, 'article') ?? root;
  let h1: Element | null;
  if (md.headings.every((h) => h.isConnected)) {
    // the <h1> list the metadata walk made (not a query per scope): the first in the scope, else the first
    h1 = (scope && md.headings.find((h) => h !== scope && scope.contains(h))) || (md.headings[0] ?? null);
  } else h1 = scope?.querySelector('h1') ?? doc.querySelector('h1'); // the page changed since: ask it

  const h1t = h1?.textContent?.replace(/\s+/g, ' ').trim();
  const cands = [md.meta.get('og:title'), md.ld.headline, h1t, md.title?.replace(SITE_SUFFIX, '')];
  for (const c of cands) if (c && c.trim()) return c.replace(/\s+/g, ' ').trim();
  return null;
}

function normaliseLang(raw: string | null): string | null {
  if (!raw) return null;
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(raw.trim());
  return m ? m[1]!.toLowerCase() : null;
}

export function extractArticle(doc: Document, md: PageMetadata, url: string | null): ExtractedArticle {
  return drain(extractArticleSteps(doc, md, url));
}

/** extractArticle as steps (yields null while it reads a large page). */
export function* extractArticleSteps(doc: Document, md: PageMetadata, url: string | null): Generator<null, ExtractedArticle, void> {
  const { root, fold, parts } = yield* findStoryRootSteps(doc, md.paragraphs);
  return {
    roots: parts,
    title: findTitle(doc, md, root),
    published: findPublished(doc, md, root, url ?? md.canonicalUrl),
    language: normaliseLang(md.lang),
    skip: skipRule(root, fold),
  };
}
