// Is this page a news article? A weighted sum of cheap signals, read in phases: metadata first (head
// only), then the paragraphs' text, then the rest of the body's structure in one capped walk. A page
// stops as soon as the phases read so far rule it out whatever the rest could add.
import type { NewsVerdict } from '../types';
import type { PageMetadata } from '../page/metadata';
import { classAttr, elementCursor, textPrefix } from '../extract/dom-text';

export const NEWS_THRESHOLD = 4;

const NEWS_TYPES = new Set([
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'SatiricalArticle',
]);
const ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'Report', 'ScholarlyArticle']);
const NON_ARTICLE_TYPES = new Set([
  'Product', 'Offer', 'AggregateOffer', 'Recipe', 'FAQPage', 'QAPage', 'Question', 'DiscussionForumPosting',
  'SearchResultsPage', 'CollectionPage', 'ItemList', 'Course', 'Event', 'JobPosting', 'SoftwareApplication',
  'MusicRecording', 'MusicComposition', 'Movie', 'Book', 'ProfilePage', 'HowTo', 'MedicalStudy', 'Dataset',
]);

/** Paths that name listings, tools and accounts rather than stories. */
const NON_ARTICLE_PATH =
  /\/(?:search|tag|tags|topic|topics|category|categories|collections?|shop|store|cart|checkout|product|products|login|signin|sign-in|register|signup|account|accounts|forum|forums|viewtopic|questions|wiki|docs?|documentation|download|downloads|contact|contacts|about|faq|help|support|recipes?|lyrics|chapter|fiction|manual|reference|api)(?:[/?.#_-]|$)/i;
const DATE_PATH = /\/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?(?:[/-]|$)/;

interface Signal {
  name: string;
  weight: number;
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return m ? m[1] || '/' : null;
}

/** Phase 1: metadata only. */
function metadataSignals(md: PageMetadata, url: string | null): Signal[] {
  const s: Signal[] = [];
  const types = new Set(md.types);
  const news = [...types].find((t) => NEWS_TYPES.has(t));
  if (news) s.push({ name: `schema:${news}`, weight: 5 });
  else {
    const art = [...types].find((t) => ARTICLE_TYPES.has(t));
    if (art) s.push({ name: `schema:${art}`, weight: 2 });
  }
  const non = [...types].find((t) => NON_ARTICLE_TYPES.has(t));
  if (non && !news) s.push({ name: `schema:${non}`, weight: -5 });

  const og = (md.meta.get('og:type') || '').toLowerCase();
  if (og === 'article' || og.endsWith(':article')) s.push({ name: 'og:type=article', weight: 2 });
  else if (og && og !== 'website') s.push({ name: `og:type=${og.slice(0, 20)}`, weight: og === 'product' || og.includes('product') ? -3 : -1 });

  if (md.meta.has('article:published_time') || md.meta.has('datepublished') || md.meta.has('date') || md.meta.has('pubdate') || md.meta.has('sailthru.date') || md.meta.has('parsely-pub-date'))
    s.push({ name: 'meta:published', weight: 2 });
  else if (md.ld.datePublished) s.push({ name: 'jsonld:datePublished', weight: 1 });
  if (md.meta.has('article:section') || md.meta.has('news_keywords') || md.meta.has('parsely-section'))
    s.push({ name: 'meta:section', weight: 1 });

  const gen = (md.meta.get('generator') || '').toLowerCase();
  if (/mediawiki|sphinx|docusaurus|mkdocs|jekyll-docs|gitbook|discourse|phpbb|vbulletin|xenforo|invision|moinmoin/.test(gen))
    s.push({ name: `generator:${gen.split(/[\s/]/)[0]}`, weight: -4 });

  const path = pathOf(url ?? md.canonicalUrl);
  if (path != null) {
    if (path === '/' || /^\/(?:index\.\w+|home)?$/i.test(path)) s.push({ name: 'url:root', weight: -4 });
    else {
      if (DATE_PATH.test(path)) s.push({ name: 'url:date', weight: 2 });
      if (NON_ARTICLE_PATH.test(path)) s.push({ name: 'url:non-article', weight: -2 });
      const last = path.replace(/\/+$/, '').split('/').pop() || '';
      if (last.split(/[-_]/).filter((w) => /[a-z]/i.test(w)).length >= 4) s.push({ name: 'url:slug', weight: 1 });
    }
  }
  return s;
}

const BOILER_CLASS = /(?:^|[\s_-])(?:comment|comments|sidebar|footer|nav|menu|related|promo|widget)(?:$|[\s_-])/i;
const REPORTING = /\b(?:said|says|told|according to|added|asked|announced)\b/g;
const VISIBLE_DATE =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\/\d{1,2}\/(?:19|20)?\d\d)\b/;

/** What one walk over the body's elements collects for the structure signals. */
interface BodyScan {
  articles: number;
  code: number;
  dateEl: Element | null;
  byline: boolean;
  password: boolean;
  shop: boolean;
}

const MAX_SCAN_ELEMENTS = 30_000;

/** Every class word the body scan looks for (a class without one needs no lower-casing). */
const CLASS_HINT = /date|timestamp|published|byline|author-name|add-to-cart|addtocart/i;

/** Elements scanned between two yields of detectNewsSteps. */
const ELEMENTS_PER_STEP = 512;

/** One pass over the body's elements (capped), instead of a query per signal. */
function* scanBody(doc: Document, elements?: readonly Element[]): Generator<null, BodyScan, void> {
  const scan: BodyScan = { articles: 0, code: 0, dateEl: null, byline: false, password: false, shop: false };
  const root = doc.body ?? doc.documentElement;
  if (!root) return scan;
  // Document-order walk over the elements under root: their run in the metadata walk's list, else a
  // native walker (on every DOM).
  const next = elementCursor(root, elements);
  let el = next();
  for (let seen = 0; el && seen < MAX_SCAN_ELEMENTS; seen++, el = next()) {
    if (seen % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield null;
    const tag = el.localName;
    if (tag === 'article') scan.articles++;
    else if (tag === 'pre' || tag === 'code') scan.code++;
    else if (tag === 'time') scan.dateEl ??= el;
    else if (tag === 'input' && (el.getAttribute('type') || '').toLowerCase() === 'password') scan.password = true;
    // most elements carry no attribute: skip the reads (cheap to ask on every DOM)
    if (!el.hasAttributes()) continue;
    const cls = classAttr(el);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      if (itemprop === 'datePublished') scan.dateEl ??= el;
      else if (itemprop === 'author') scan.byline = true;
      else if (itemprop === 'price') scan.shop = true;
    }
    // (one case-insensitive scan first: most classes hold none of the words below)
    if (cls && CLASS_HINT.test(cls)) {
      const c = cls.toLowerCase();
      if (!scan.dateEl && (c.includes('date') || c.includes('timestamp') || c.includes('published'))) scan.dateEl = el;
      if (!scan.byline && (c.includes('byline') || c.includes('author-name'))) scan.byline = true;
      if (!scan.shop && (c.includes('add-to-cart') || c.includes('addtocart'))) scan.shop = true;
    }
    // (the rel value is split into its tokens only when it holds the word at all)
    if (!scan.byline && tag === 'a') {
      const rel = el.getAttribute('rel');
      if (rel && rel.includes('author') && rel.split(/\s+/).includes('author')) scan.byline = true;
    }
  }
  return scan;
}

const MAX_PARAGRAPHS = 400;

/**
 * The body's first paragraphs, in document order: those of the page's paragraphs (the metadata walk
 * collected them) that lie under the body. A subtree is one run in document order, so two containment
 * tests usually settle it.
 */
function firstParagraphs(doc: Document, all: readonly Element[]): Element[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  let s = 0;
  while (s < all.length && !root.contains(all[s]!)) s++;
  const e = Math.min(all.length, s + MAX_PARAGRAPHS);
  if (e > s && root.contains(all[e - 1]!)) return all.slice(s, e);
  const out: Element[] = [];
  for (let i = s; i < all.length && out.length < MAX_PARAGRAPHS && root.contains(all[i]!); i++) out.push(all[i]!);
  return out;
}

/** Phase 2a: the paragraphs' text (story-like sentences, how they are grouped, reporting verbs). */
function* paragraphSignals(paragraphs: readonly Element[]): Generator<null, Signal[], void> {
  const s: Signal[] = [];
  let longParas = 0;
  let sentenceParas = 0;
  let reporting = 0;
  const parents = new Map<Node, number>();
  for (const [i, p] of paragraphs.entries()) {
    if (i % 100 === 99) yield null;
    const t = p.textContent || '';
    if (t.length < 80) continue;
    // paragraphs inside comment threads or sidebars do not make an article
    const parent = p.parentElement;
    const cls = parent ? (classAttr(parent) || '') + ' ' + (parent.getAttribute('id') || '') : '';
    if (BOILER_CLASS.test(cls)) continue;
    longParas++;
    if (parent) parents.set(parent, (parents.get(parent) ?? 0) + 1);
    if (/[a-z][.!?]["”’)]?\s+[A-Z“"]/.test(t) || /[.!?]["”’]?\s*$/.test(t)) sentenceParas++;
    if (reporting < 5) reporting += (t.slice(0, 3000).match(REPORTING) ?? []).length;
  }
  if (sentenceParas >= 8) s.push({ name: `paragraphs:${sentenceParas}`, weight: 3 });
  else if (sentenceParas >= 4) s.push({ name: `paragraphs:${sentenceParas}`, weight: 2 });
  else if (sentenceParas >= 2) s.push({ name: `paragraphs:${sentenceParas}`, weight: 0 });
  else s.push({ name: `paragraphs:${sentenceParas}`, weight: longParas >= 3 ? -1 : -4 });

  // A story's paragraphs sit together; a listing's teasers are scattered over many containers.
  let together = 0;
  for (const n of parents.values()) if (n > together) together = n;
  if (longParas >= 6 && together / longParas < 0.34) s.push({ name: `scattered:${together}/${longParas}`, weight: -2 });

  // News reports speech.
  if (reporting >= 3) s.push({ name: `reporting:${reporting}`, weight: 2 });
  else if (reporting >= 1) s.push({ name: `reporting:${reporting}`, weight: 1 });
  else if (sentenceParas >= 2) s.push({ name: 'reporting:0', weight: -1 });
  return s;
}

/** Phase 2b: the rest of the body's structure, from one capped walk. */
function* bodySignals(doc: Document, hasMetaDate: boolean, elements?: readonly Element[]): Generator<null, Signal[], void> {
  const s: Signal[] = [];
  const scan = yield* scanBody(doc, elements);
  // News is dated.
  if (!hasMetaDate) {
    const el = scan.dateEl;
    const dateText = el ? (el.getAttribute('datetime') || textPrefix(el, 200)).slice(0, 200) : '';
    if (el && (el.tagName.toUpperCase() === 'TIME' || VISIBLE_DATE.test(dateText))) s.push({ name: 'date:visible', weight: 1 });
    else s.push({ name: 'date:none', weight: -2 });
  }

  if (scan.articles === 1) s.push({ name: 'markup:article', weight: 1 });
  else if (scan.articles > 4) s.push({ name: `markup:articles:${scan.articles}`, weight: -2 });
  if (scan.code >= 5) s.push({ name: `code:${scan.code}`, weight: -3 });
  if (scan.byline) s.push({ name: 'byline', weight: 1 });
  if (scan.password) s.push({ name: 'form:password', weight: -1 });
  if (scan.shop) s.push({ name: 'shop', weight: -3 });
  return s;
}

/** The most phase 2b can add: a visible date (unless the metadata dates the page), <article>, a byline. */
const maxBodyScore = (hasMetaDate: boolean) => (hasMetaDate ? 0 : 1) + 1 + 1;

function verdict(signals: Signal[]): NewsVerdict {
  const score = signals.reduce((a, b) => a + b.weight, 0);
  return {
    isNews: score >= NEWS_THRESHOLD,
    score,
    signals: signals.map((x) => `${x.name}(${x.weight > 0 ? '+' : ''}${x.weight})`),
  };
}

/**
 * Decides whether the page is a news article. Metadata alone decides clear cases (a page that
 * declares no article and whose URL names a listing); otherwise the body's structure is read.
 */
export function detectNews(doc: Document, md: PageMetadata, url: string | null): NewsVerdict {
  const steps = detectNewsSteps(doc, md, url);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** detectNews as steps: yields null while it reads a large body, so a caller can pause there. */
export function* detectNewsSteps(doc: Document, md: PageMetadata, url: string | null): Generator<null, NewsVerdict, void> {
  const first = metadataSignals(md, url);
  const firstScore = first.reduce((a, b) => a + b.weight, 0);
  // Structure adds at most +8; a page this far below the threshold cannot become news.
  if (firstScore <= NEWS_THRESHOLD - 9) return verdict([...first, { name: 'decided:metadata', weight: 0 }]);
  const dated = first.some((x) => x.name === 'meta:published' || x.name === 'jsonld:datePublished' || x.name === 'url:date');
  const paras = yield* paragraphSignals(firstParagraphs(doc, md.paragraphs));
  const soFar = firstScore + paras.reduce((a, b) => a + b.weight, 0);
  // The paragraphs already rule the page out whatever the rest of the body says: skip the walk.
  if (soFar + maxBodyScore(dated) < NEWS_THRESHOLD) return verdict([...first, ...paras, { name: 'decided:paragraphs', weight: 0 }]);
  return verdict([...first, ...paras, ...(yield* bodySignals(doc, dated, md.elements))]);
}
