// Page metadata read once, cheaply: <meta> tags, JSON-LD, canonical URL, language, title.
// Shared by news detection and article extraction so neither reads the head twice.

export interface PageMetadata {
  /** <meta name|property|itemprop=...> content, keys lower-cased; first value wins. */
  meta: Map<string, string>;
  /** schema.org @type values found in JSON-LD and microdata (itemtype), without the URL prefix. */
  types: string[];
  /** Selected JSON-LD fields from the first object of an article-like type (or the first object). */
  ld: { headline: string | null; datePublished: string | null; inLanguage: string | null; author: string | null };
  canonicalUrl: string | null;
  lang: string | null;
  title: string | null;
  /**
   * The page's <p> elements in document order, as getElementsByTagName('p') lists them, collected in
   * the same walk: detection and extraction read them without walking the page again.
   */
  paragraphs: Element[];
  /** The page's <h1> elements in document order, outside <template> content (as a selector query finds them). */
  headings: Element[];
  /** The page's <time datetime> elements in document order, outside <template> content (as the query time[datetime] finds them). */
  times: Element[];
  /** Every element of the page in document order, as the walk met them (the body scan reads its part of it). */
  elements: Element[];
}

const MAX_JSONLD_CHARS = 200_000;
const ARTICLE_TYPES = /(?:News)?Article$|BlogPosting$|LiveBlogPosting$|Report$/;
const SHOW_ELEMENT = 1;
/** rel~="canonical" (a whitespace-separated token; rel values compare case-insensitively). */
const CANONICAL_REL = /(?:^|\s)canonical(?:$|\s)/i;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  if (v && typeof v === 'object' && '@value' in v) return str((v as { '@value': unknown })['@value']);
  return null;
}

/** Collects @type values (and the best article-like object) from parsed JSON-LD, iteratively. */
function walkLd(root: unknown, types: string[], found: { obj: Record<string, unknown> | null; first: Record<string, unknown> | null }) {
  const stack: unknown[] = [root];
  let visited = 0;
  while (stack.length && visited++ < 2000) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    const t = o['@type'];
    const ts = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
    if (ts.length) {
      types.push(...ts);
      if (!found.first) found.first = o;
      if (!found.obj && ts.some((x) => ARTICLE_TYPES.test(x))) found.obj = o;
    }
    if (o['@graph']) stack.push(o['@graph']);
    if (o['mainEntity']) stack.push(o['mainEntity']);
    if (o['mainEntityOfPage'] && typeof o['mainEntityOfPage'] === 'object') stack.push(o['mainEntityOfPage']);
  }
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = new Map<string, string>();
  const types: string[] = [];
  const found: { obj: Record<string, unknown> | null; first: Record<string, unknown> | null } = { obj: null, first: null };
  let itemtypes = 0;
  const microdata: string[] = [];
  // One walk over the elements, in document order, for everything read here (one traversal instead
  // of a selector query per kind: on some DOMs, linkedom among them, each query re-parses and matches
  // its selector on every element). A <template>'s content is not part of the page: skipped, as
  // selector queries skip it.
  let canonicalLink: Element | null = null;
  let template: Element | null = null;
  const paragraphs: Element[] = [];
  const headings: Element[] = [];
  const times: Element[] = [];
  const elements: Element[] = [];
  const walker = doc.createTreeWalker(doc, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    elements.push(el);
    const tag = el.localName;
    // (getElementsByTagName lists paragraphs inside a <template> too, where a DOM keeps them there)
    if (tag === 'p') paragraphs.push(el);
    if (template) {
      if (template.contains(el)) continue;
      template = null;
    }
    if (tag === 'meta') {
      const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || '').trim().toLowerCase();
      // some sites (Reuters among them) put the value in `value` rather than `content`
      const content = el.getAttribute('content') ?? el.getAttribute('value');
      if (key && content != null && !meta.has(key)) meta.set(key, content.trim());
    } else if (tag === 'script') {
      if ((el.getAttribute('type') || '').toLowerCase() === 'application/ld+json') {
        const raw = el.textContent || '';
        if (raw.length <= MAX_JSONLD_CHARS) {
          try {
            walkLd(JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), types, found);
          } catch {
            // malformed JSON-LD is common; ignore it
          }
        }
      }
    } else if (tag === 'link') {
      if (!canonicalLink && CANONICAL_REL.test(el.getAttribute('rel') ?? '')) canonicalLink = el;
    } else if (tag === 'h1') headings.push(el);
    else if (tag === 'time') {
      if (el.hasAttribute('datetime')) times.push(el);
    }
    else if (tag === 'template') template = el;
    // microdata: only the outermost few itemtype attributes matter
    const itemtype = itemtypes < 50 && el.hasAttributes() ? el.getAttribute('itemtype') : null;
    if (itemtype !== null) {
      itemtypes++;
      for (const part of itemtype.split(/\s+/)) if (part) microdata.push(part.replace(/^.*[/#]/, ''));
    }
  }
  // JSON-LD types first, then microdata, as the order of reading always was
  types.push(...microdata.splice(0));
  const ldObj = found.obj ?? found.first;
  const canonical = canonicalLink?.getAttribute('href') || meta.get('og:url') || null;
  const lang =
    doc.documentElement?.getAttribute('lang') ||
    meta.get('content-language') ||
    meta.get('og:locale') ||
    meta.get('language') ||
    (ldObj ? str(ldObj['inLanguage']) : null) ||
    null;
  return {
    meta,
    types,
    ld: {
      headline: ldObj ? str(ldObj['headline']) : null,
      datePublished: ldObj ? str(ldObj['datePublished']) ?? str(ldObj['dateCreated']) : null,
      inLanguage: ldObj ? str(ldObj['inLanguage']) : null,
      author: ldObj ? str(ldObj['author']) : null,
    },
    canonicalUrl: canonical,
    lang: lang ? lang.trim() : null,
    title: doc.title?.trim() || null,
    paragraphs,
    headings,
    times,
    elements,
  };
}
