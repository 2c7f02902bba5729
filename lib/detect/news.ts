// Is this page a news article? A weighted sum of cheap signals, read in two phases: metadata first
// (head only), then page structure (paragraph counts, URL shape). Clear non-articles stop after the
// first phase without touching the body's text.
import type { NewsVerdict } from '../types';
import type { PageMetadata } from '../page/metadata';

export const NEWS_THRESHOLD = 3;

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
  /\/(?:search|tag|tags|topic|topics|category|categories|collections?|shop|store|cart|checkout|product|products|login|signin|sign-in|register|signup|account|accounts|forum|forums|viewtopic|questions|wiki|docs?|documentation|download|downloads|contact|contacts|about|faq|help|support|recipes?)(?:[/?.#_-]|$)/i;
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
  if (non && !news) s.push({ name: `schema:${non}`, weight: -4 });

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

/** Phase 2: body structure, bounded work (counts and lengths of <p>, forms, links). */
function structureSignals(doc: Document): Signal[] {
  const s: Signal[] = [];
  const ps = doc.getElementsByTagName('p');
  let longParas = 0;
  let sentenceParas = 0;
  const limit = Math.min(ps.length, 400);
  for (let i = 0; i < limit; i++) {
    const p = ps[i]!;
    const t = p.textContent || '';
    if (t.length < 80) continue;
    // paragraphs inside comment threads or sidebars do not make an article
    const parent = p.parentElement;
    const cls = parent ? (parent.getAttribute('class') || '') + ' ' + (parent.getAttribute('id') || '') : '';
    if (BOILER_CLASS.test(cls)) continue;
    longParas++;
    if (/[a-z][.!?]["”’)]?\s+[A-Z“"]/.test(t) || /[.!?]["”’]?\s*$/.test(t)) sentenceParas++;
  }
  if (sentenceParas >= 8) s.push({ name: `paragraphs:${sentenceParas}`, weight: 3 });
  else if (sentenceParas >= 4) s.push({ name: `paragraphs:${sentenceParas}`, weight: 2 });
  else if (sentenceParas >= 2) s.push({ name: `paragraphs:${sentenceParas}`, weight: 0 });
  else s.push({ name: `paragraphs:${sentenceParas}`, weight: longParas >= 3 ? -1 : -4 });

  const articles = doc.getElementsByTagName('article').length;
  if (articles === 1) s.push({ name: 'markup:article', weight: 1 });
  else if (articles > 4) s.push({ name: `markup:articles:${articles}`, weight: -2 });

  if (doc.querySelector('[rel~="author"], [class*="byline" i], [itemprop="author"], [class*="author-name" i]'))
    s.push({ name: 'byline', weight: 1 });
  if (doc.querySelector('input[type="password"]')) s.push({ name: 'form:password', weight: -3 });
  if (doc.querySelector('[itemprop="price"], [class*="add-to-cart" i], [class*="addtocart" i]')) s.push({ name: 'shop', weight: -3 });
  return s;
}

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
  const first = metadataSignals(md, url);
  const firstScore = first.reduce((a, b) => a + b.weight, 0);
  // Structure can add at most +5; a page this far below the threshold cannot become news.
  if (firstScore <= NEWS_THRESHOLD - 9) return verdict([...first, { name: 'decided:metadata', weight: 0 }]);
  return verdict([...first, ...structureSignals(doc)]);
}
