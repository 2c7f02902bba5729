// Fuzzing: thousands of seeded random DOMs, HTML strings and punctuation soups through the whole
// pipeline, on linkedom (the CLI's DOM). No exception, bounded time per input, and the invariants the
// highlighter relies on (every span inside the story text, every segment the text of its node).
// Deterministic: the same seed gives the same inputs. WHOSAID_FUZZ=<n> runs n of each kind (default
// 800 DOMs, 600 HTML strings, 1,000 soups: about 10 s here); WHOSAID_FUZZ_SEED picks another seed.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { annotate, annotateText, type PipelineResult } from '../../lib/pipeline';
import { prng } from '../../scripts/bench/generate';

const N = Number(process.env['WHOSAID_FUZZ'] ?? 0);
const SEED = Number(process.env['WHOSAID_FUZZ_SEED'] ?? 20240314);
const COUNTS = N > 0 ? { dom: N, html: N, soup: N } : { dom: 800, html: 600, soup: 1000 };
/** Per input; generous, since the machine may be shared, but far below "hangs". */
const MAX_MS_PER_INPUT = 2_000;

type Rand = () => number;
const pick = <T,>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, n: number) => Math.floor(r() * n);

const TAGS = ['p', 'p', 'p', 'div', 'div', 'span', 'a', 'em', 'b', 'article', 'section', 'main', 'h1', 'h2', 'br', 'blockquote', 'li', 'ul', 'table', 'tr', 'td', 'time', 'script', 'style', 'nav', 'aside', 'figure', 'figcaption', 'header', 'footer', 'svg', 'template', 'iframe', 'noscript', 'pre', 'code', 'whosaid-mark', 'x-widget', 'input', 'textarea', 'button'];
const CLASSES = ['article-body', 'story', 'content', 'byline', 'caption', 'related', 'comments', 'ad', 'share', 'entry-content', 'date', 'author-name', 'sidebar', 'promo', 'inline-ad', 'hidden', 'main', 'post-body', 'rich-text', 'x'];
const PIECES = [
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '—', '–', '-', '…', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', ' ', ' ', ' ', '\u00a0', '\t', '\n', '\n\n',
  'said', 'says', 'told', 'according to', 'added', 'Mr.', 'Dr.', 'President', 'Minister', 'Senator', 'the', 'of', 'and', 'that',
  'Helena', 'Marsh', 'Tomas', 'Ferreira', 'Li', 'Shangfu', "O'Neil", 'van der Berg', 'McDonald’s', 'U.S.', 'NATO', 'J.', 'K.',
  '😀', '\ud83d', '\u200b', '\u200f', '\u202e', 'ﬁ', 'İ', 'ß', '<', '>', '&', '&amp;', '\\', '\u0000', 'x'.repeat(300),
];

function soup(r: Rand, max: number): string {
  const n = int(r, max);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, PIECES) + (r() < 0.5 ? ' ' : '');
  return s;
}

/** A random element tree built with DOM calls (so any structure, not only what a parser makes). */
function randomTree(r: Rand, doc: Document, parent: Element, depth: number, budget: { nodes: number }) {
  const kids = int(r, depth > 12 ? 2 : 7);
  for (let i = 0; i < kids && budget.nodes > 0; i++) {
    budget.nodes--;
    if (r() < 0.45) {
      parent.appendChild(doc.createTextNode(soup(r, 40)));
      continue;
    }
    const el = doc.createElement(pick(r, TAGS));
    if (r() < 0.3) el.setAttribute('class', `${pick(r, CLASSES)} ${pick(r, CLASSES)}`);
    if (r() < 0.05) el.setAttribute('hidden', '');
    if (r() < 0.05) el.setAttribute('style', 'display: none');
    if (r() < 0.05) el.setAttribute('itemprop', pick(r, ['articleBody', 'author', 'datePublished', 'price']));
    if (r() < 0.05) el.setAttribute('role', pick(r, ['navigation', 'main', 'dialog', 'article']));
    if (r() < 0.03) el.setAttribute('id', soup(r, 3));
    parent.appendChild(el);
    if (depth < 40) randomTree(r, doc, el, depth + 1, budget);
  }
}

function randomHead(r: Rand): string {
  const metas = [
    '<meta property="og:type" content="article">',
    '<meta property="article:published_time" content="2024-02-30T99:99">',
    `<meta name="date" content="${soup(r, 4)}">`,
    '<link rel="canonical" href="https://paper.example/2024/05/02/a-b-c-d">',
    `<script type="application/ld+json">${pick(r, ['{"@type":"NewsArticle","headline":"x","datePublished":"2024-01-01"}', '{"@graph":[{"@type":["Article","Product"]},{"@type":{"x":1}}]}', '{"@type":', '[[[[[[[[[[]]]]]]]]]]', JSON.stringify({ '@type': 'NewsArticle', mainEntity: { mainEntity: { mainEntity: {} } } })])}</script>`,
    `<title>${soup(r, 8).replace(/</g, '')}</title>`,
    '<meta name="generator" content="MediaWiki 1.2">',
  ];
  return metas.filter(() => r() < 0.5).join('');
}

/** The invariants the content script's highlighter and the popup rely on (plain checks: fast). */
function checkResult(res: PipelineResult) {
  const { annotations: a, story } = res;
  const fail = (what: string) => expect.fail(`${what} (${JSON.stringify(a).slice(0, 300)})`);
  if (typeof a.news.isNews !== 'boolean') fail('no verdict');
  if (!story) return;
  const n = story.text.length;
  if (a.article.textLength !== n) fail('textLength');
  for (const s of [...a.quotes, ...a.reported, ...a.people.flatMap((p) => p.mentions)]) {
    if (!(s.start >= 0 && s.end <= n && s.start <= s.end)) fail(`span ${s.start}-${s.end} outside 0-${n}`);
  }
  for (const m of a.people.flatMap((p) => p.mentions)) if (story.text.slice(m.start, m.end) !== m.text) fail(`mention ${m.text}`);
  let last = 0;
  for (const seg of story.segments) {
    if (seg.start < last) fail('segments out of order');
    if (story.text.slice(seg.start, seg.end) !== seg.node.data.slice(seg.nodeStart, seg.nodeStart + (seg.end - seg.start))) fail('segment text');
    last = seg.end;
  }
  for (const p of story.paragraphs) if (p.end > n) fail('paragraph');
  // plain data: survives the message boundary
  JSON.stringify(a);
}

function timed<T>(f: () => T, stats: { max: number; total: number }): T {
  const t = performance.now();
  const x = f();
  const ms = performance.now() - t;
  stats.total += ms;
  if (ms > stats.max) stats.max = ms;
  if (ms >= MAX_MS_PER_INPUT) expect.fail(`an input took ${ms.toFixed(0)} ms`);
  return x;
}

describe(`fuzzing the pipeline (seed ${SEED})`, () => {
  it(`${COUNTS.dom} random DOMs built with DOM calls, annotated as news and as the extension would`, () => {
    const r = prng(SEED);
    const stats = { max: 0, total: 0 };
    for (let i = 0; i < COUNTS.dom; i++) {
      const { document: doc } = parseHTML(`<!doctype html><html><head>${randomHead(r)}</head><body></body></html>`);
      const d = doc as unknown as Document;
      // now and then a very deep chain (the walks are iterative: no stack overflow)
      if (i % 100 === 7) {
        let el: Element = d.body;
        for (let k = 0; k < 3000; k++) el = el.appendChild(d.createElement(k % 2 ? 'div' : 'span'));
        el.appendChild(d.createTextNode('“Deep,” Mayor Helena Marsh said.'));
      }
      randomTree(r, d, d.body, 0, { nodes: 20 + int(r, i % 10 === 0 ? 3000 : 500) });
      const url = r() < 0.5 ? 'https://paper.example/2024/05/02/council-budget-vote-delayed' : undefined;
      checkResult(timed(() => annotate(d, { force: true, url, maxChars: r() < 0.2 ? int(r, 500) : undefined }), stats));
      checkResult(timed(() => annotate(d, { url }), stats));
    }
    console.log(`fuzz DOMs: ${COUNTS.dom} inputs x2 runs, max ${stats.max.toFixed(1)} ms, total ${stats.total.toFixed(0)} ms`);
  });

  it(`${COUNTS.html} random HTML strings (broken markup included) through the parser and the pipeline`, () => {
    const r = prng(SEED + 1);
    const stats = { max: 0, total: 0 };
    const bits = ['<p>', '</p>', '<div class="article-body">', '</div>', '<br>', '<br/>', '<script>', '</script>', '<!--', '-->', '<![CDATA[', ']]>', '<a href="x">', '</a>', '<table><tr><td>', '<em><b>', '</em>', '<article>', '&nbsp;', '&#x201c;', '&#8221;', '&', '<', '>', '<svg><p>', '<template>', '<select><option>', '<textarea>', '<noscript>', '<style>', '</style>', '<h1>', '<time datetime="2024-01-01">'];
    for (let i = 0; i < COUNTS.html; i++) {
      let html = randomHead(r);
      const n = int(r, 400);
      for (let k = 0; k < n; k++) html += r() < 0.4 ? pick(r, bits) : soup(r, 12);
      const { document: doc } = parseHTML(`<html><head></head><body>${html}</body></html>`);
      checkResult(timed(() => annotate(doc as unknown as Document, { force: true }), stats));
    }
    console.log(`fuzz HTML: ${COUNTS.html} inputs, max ${stats.max.toFixed(1)} ms, total ${stats.total.toFixed(0)} ms`);
  });

  it(`${COUNTS.soup} punctuation soups as plain text`, () => {
    const r = prng(SEED + 2);
    const stats = { max: 0, total: 0 };
    for (let i = 0; i < COUNTS.soup; i++) {
      const text = i % 100 === 3 ? '“'.repeat(20_000) + 'said' : i % 100 === 5 ? 'Mr. '.repeat(5_000) : soup(r, 600);
      checkResult(timed(() => annotateText(text), stats));
    }
    console.log(`fuzz soups: ${COUNTS.soup} inputs, max ${stats.max.toFixed(1)} ms, total ${stats.total.toFixed(0)} ms`);
  });
});
