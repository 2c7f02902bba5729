import { describe, expect, it } from 'vitest';
import { detectNews, NEWS_THRESHOLD } from '../../lib/detect/news';
import { readMetadata } from '../../lib/page/metadata';
import { PAGES } from '../fixtures/pages';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('detectNews', () => {
  it.each(Object.entries(PAGES))('%s: %s', (_name, page) => {
    const doc = load(page.html);
    const v = detectNews(doc, readMetadata(doc), page.url ?? null);
    expect(v.isNews, v.signals.join(' ')).toBe(page.news);
    expect(v.isNews).toBe(v.score >= NEWS_THRESHOLD);
    expect(v.signals.length).toBeGreaterThan(0);
  });

  it('names the signals that decided', () => {
    const doc = load(PAGES['jsonldNews']!.html);
    const v = detectNews(doc, readMetadata(doc), PAGES['jsonldNews']!.url!);
    expect(v.signals).toEqual(expect.arrayContaining(['schema:NewsArticle(+5)', 'og:type=article(+2)', 'url:date(+2)']));
  });

  it('decides a clear non-article from metadata alone, without reading the body', () => {
    const doc = load(PAGES['product']!.html.replace('<body>', '<body><p>x</p>'.repeat(1)));
    const v = detectNews(doc, readMetadata(doc), 'https://shop.example/');
    expect(v.isNews).toBe(false);
    expect(v.signals).toContain('decided:metadata(0)');
  });

  it('survives malformed JSON-LD and a page with no body', () => {
    const doc = load('<html><head><script type="application/ld+json">{not json</script></head></html>');
    expect(() => detectNews(doc, readMetadata(doc), null)).not.toThrow();
  });
});

describe('readMetadata', () => {
  it('reads types from JSON-LD graphs and microdata', () => {
    const doc = load(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"H","datePublished":"2020-01-02"}]}</script></head>
      <body><div itemscope itemtype="https://schema.org/Person"></div></body></html>`);
    const md = readMetadata(doc);
    expect(md.types).toEqual(expect.arrayContaining(['WebPage', 'ReportageNewsArticle', 'Person']));
    expect(md.ld.headline).toBe('H');
    expect(md.ld.datePublished).toBe('2020-01-02');
  });
});

describe('detectNews decides as early as it can', () => {
  it('stops after the paragraphs when nothing else could make the page news, with the same verdict', () => {
    const listing = `<html><head><title>Shop</title></head><body><h1>Kettles</h1>${'<div class="item"><a href="/k">Kettle</a><span class="date">May 2, 2024</span></div>'.repeat(50)}<article></article></body></html>`;
    const doc = new DOMParser().parseFromString(listing, 'text/html');
    const v = detectNews(doc, readMetadata(doc), 'https://shop.example/kettles');
    expect(v.isNews).toBe(false);
    expect(v.signals).toContain('decided:paragraphs(0)');
    // a page the body could still tip over is read in full
    const doc2 = new DOMParser().parseFromString(PAGES['plainNews']!.html, 'text/html');
    const v2 = detectNews(doc2, readMetadata(doc2), null);
    expect(v2.isNews).toBe(true);
    expect(v2.signals.some((s) => s.startsWith('decided:'))).toBe(false);
  });
});
