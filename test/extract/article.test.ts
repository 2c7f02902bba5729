import { describe, expect, it } from 'vitest';
import { extractArticle, isBoilerplate, normaliseDate } from '../../lib/extract/article';
import { readMetadata } from '../../lib/page/metadata';
import { buildStoryText } from '../../lib/text/story-text';
import { PAGES } from '../fixtures/pages';

const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('extractArticle', () => {
  it('finds the story body, title, date and language, and leaves boilerplate out', () => {
    const doc = load(PAGES['jsonldNews']!.html);
    const ex = extractArticle(doc, readMetadata(doc), PAGES['jsonldNews']!.url!);
    expect(ex.title).toBe('Budget vote delayed');
    expect(ex.published).toBe('2024-05-02');
    expect(ex.language).toBe('en');
    const story = buildStoryText(ex.roots, { skip: ex.skip });
    expect(story.paragraphs).toHaveLength(6);
    expect(story.text).not.toContain('Read also');
    expect(story.text).not.toContain('By A. Writer');
    expect(story.text).not.toContain('Home');
  });

  it('finds the densest paragraph container when there is no article markup', () => {
    const doc = load(PAGES['plainNews']!.html);
    const ex = extractArticle(doc, readMetadata(doc), null);
    const story = buildStoryText(ex.roots, { skip: ex.skip });
    expect(story.paragraphs).toHaveLength(9);
    expect(story.text).not.toContain('Contact us');
    expect(ex.published).toBe('2015-03-03');
  });

  it('leaves out bylines, captions, share bars, ads, related links and comments', () => {
    const doc = load(`<html><body><article>
      <div class="byline">Posted by Site</div><figure><figcaption>Caption</figcaption></figure>
      <div class="share-bar">Share</div><div class="ad-slot">your ad here</div>
      <p>Story paragraph one is long enough to count as a paragraph of the story text here.</p>
      <p>Story paragraph two is long enough to count as a paragraph of the story text here.</p>
      <div class="related-links"><p>Related story</p></div><section id="comments"><p>First!</p></section>
      </article></body></html>`);
    const ex = extractArticle(doc, readMetadata(doc), null);
    const text = buildStoryText(ex.roots, { skip: ex.skip }).text;
    expect(text).toContain('Story paragraph one');
    for (const junk of ['Posted by', 'Caption', 'Share', 'your ad here', 'Related story', 'First!']) expect(text).not.toContain(junk);
  });
});

describe('story containers that look like boilerplate', () => {
  const para = (n: number, what = 'Story') =>
    Array.from({ length: n }, (_, i) => `<p>${what} paragraph ${i + 1} tells the reader what happened in the council meeting today.</p>`).join('');
  const storyOf = (html: string) => {
    const doc = load(html);
    const ex = extractArticle(doc, readMetadata(doc), null);
    return buildStoryText(ex.roots, { skip: ex.skip }).text;
  };

  it('reads a story body whose class names a "read more" option of it', () => {
    // the body container carries a modifier of the body class; the page also has a short modal
    const text = storyOf(`<html><body><div class="box article">
      <div class="article-header"><h1>Headline</h1><div class="entry-content entry-content-read-more">${para(6)}</div></div>
      <div class="modal"><p>Thanks for writing to us. We will read your message and answer soon.</p></div>
      </div></body></html>`);
    expect(text).toContain('Story paragraph 1 ');
    expect(text).toContain('Story paragraph 6 ');
    expect(text).not.toContain('Thanks for writing');
  });

  it('reads the rest of a story folded behind a "Read more" button', () => {
    const text = storyOf(`<html><body><div class="story-body">${para(3)}
      <div id="read-more"><div id="read-more-link"><a href="">Read more</a></div>
      <div class="ad-block">Advertisement</div><div id="read-more-content">${para(6, 'Folded')}</div></div>
      </div><div class="footer"><p>Copyright notice of the publisher, all rights reserved worldwide.</p></div></body></html>`);
    expect(text).toContain('Story paragraph 3 ');
    expect(text).toContain('Folded paragraph 6 ');
    expect(text).not.toContain('Read more');
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Copyright');
  });

  it('still leaves out a "read more" list of links to other stories', () => {
    const text = storyOf(`<html><body><div class="story-body">${para(4)}
      <div class="read-more"><a href="/a">Other story one</a><a href="/b">Other story two</a></div></div></body></html>`);
    expect(text).toContain('Story paragraph 4 ');
    expect(text).not.toContain('Other story');
  });

  it('reads a story on a page a script keeps hidden until it has run', () => {
    const text = storyOf(`<html><body><div id="page" style="display: none;"><div class="main-col">
      <h1>Headline</h1><div class="col">${para(6)}</div></div></div>
      <div class="footer-about"><p>About the publisher: a daily newspaper since the year 1917.</p></div></body></html>`);
    expect(text).toContain('Story paragraph 1 ');
    expect(text).toContain('Story paragraph 6 ');
    expect(text).not.toContain('About the publisher');
  });

  it('prefers the visible story to a hidden block of other text, and leaves hidden blocks in the story out', () => {
    const text = storyOf(`<html><body><div class="col">${para(5)}<div hidden><p>A hidden note inside the story that no reader sees on the page.</p></div></div>
      <div style="display:none"><div class="col">${para(7, 'Preloaded')}</div></div></body></html>`);
    expect(text).toContain('Story paragraph 5 ');
    expect(text).not.toContain('Preloaded');
    expect(text).not.toContain('hidden note');
  });

  it('reads a story whose container names an option of the page ("comments-enabled")', () => {
    const text = storyOf(`<html><body><div id=article class="None comments-enabled"><div class="article-left">
      <div class="article-widgets"><div class="text">${para(6)}</div></div></div>
      <div class="comments"><p>Reader comment: I do not agree with this at all, not one bit of it.</p></div></div></body></html>`);
    expect(text).toContain('Story paragraph 6 ');
    expect(text).not.toContain('Reader comment');
  });
});

describe('a story set in several blocks', () => {
  const para = (what: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<p>${what} paragraph ${i + 1} tells the reader what happened at the budget vote today.</p>`).join('');
  const read = (html: string) => {
    const doc = load(html);
    const ex = extractArticle(doc, readMetadata(doc), null);
    return { ex, text: buildStoryText(ex.roots, { skip: ex.skip }).text };
  };

  it('reads every text block of a story split by images and related links, in order', () => {
    const { ex, text } = read(`<html><body><div class="article-left"><div class="widgets">
      <div class="widget widget-image"><img src="a.jpg" alt=""><span class="caption">Photo</span></div>
      <div class="widget widget-text"><div class="wrap"><div class="text">${para('Lead', 2)}<p>Short one.</p></div></div></div>
      <div class="widget widget-related"><div class="wrap"><a href="/x">Another story entirely</a></div></div>
      <div class="widget widget-text"><div class="wrap"><div class="text">${para('Middle', 5)}</div></div></div>
      <div class="widget widget-text"><div class="wrap"><div class="text"><p>He said no.</p></div></div></div>
      </div></div><div class="footer-about"><p>About the publisher: a daily newspaper since the year 1917.</p></div></body></html>`);
    expect(ex.roots).toHaveLength(3);
    expect(text.indexOf('Lead paragraph 1 ')).toBe(0);
    expect(text.indexOf('Lead paragraph 2 ')).toBeLessThan(text.indexOf('Short one.'));
    expect(text.indexOf('Short one.')).toBeLessThan(text.indexOf('Middle paragraph 1 '));
    expect(text.endsWith('He said no.')).toBe(true);
    for (const junk of ['Photo', 'Another story', 'About the publisher']) expect(text).not.toContain(junk);
  });

  it('reads one paragraph per block, each nested deep in blocks of the same classes', () => {
    const blocks = Array.from({ length: 6 }, (_, i) =>
      `<div class="x1 blk"><div class="x2"><div class="x3 txt"><p>Block paragraph ${i + 1} says what the minister told parliament${i === 3 ? ' on Monday after a long debate in the chamber' : ''}.</p></div></div></div>`).join('');
    const { text } = read(`<html><body><main><article><h1>Headline</h1>${blocks}</article></main></body></html>`);
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Block paragraph ${i} `);
  });

  it('does not join the next story set beside it, nor blocks of another kind', () => {
    const { text } = read(`<html><body><div class="feed">
      <article class="post"><div class="body">${para('First', 6)}</div></article>
      <article class="post"><div class="body">${para('Next', 3)}</div></article></div>
      <div class="cols"><div class="col-side"><div class="body">${para('Side', 2)}</div></div></div></body></html>`);
    expect(text).toContain('First paragraph 6 ');
    expect(text).not.toContain('Next paragraph');
    expect(text).not.toContain('Side paragraph');
  });
});

describe('publication date', () => {
  it('prefers the publication time over revision dates, and reads meta value= as well as content=', () => {
    const doc = load(`<html><head><meta name="sailthru.date" value="2016-12-15T13:50:38Z"><meta name="analyticsAttributes.articleDate" value="2016-12-15">
      <meta value="2016-12-14T06:02:15Z" name="og:article:published_time"></head><body><p>x</p></body></html>`);
    expect(extractArticle(doc, readMetadata(doc), null).published).toBe('2016-12-14');
  });
  it('falls back to a date in the URL', () => {
    const doc = load('<html><body><p>x</p></body></html>');
    expect(extractArticle(doc, readMetadata(doc), 'https://a.example/2019/04/12/story').published).toBe('2019-04-12');
  });
});

describe('isBoilerplate', () => {
  const el = (html: string) => load(`<body>${html}</body>`).body.firstElementChild!;
  it.each([
    ['<nav></nav>', true],
    ['<div class="article-body"></div>', false],
    ['<div class="article-related"></div>', true],
    ['<div class="comments-content"></div>', true],
    ['<div class="entry-content"></div>', false],
    ['<div hidden></div>', true],
    ['<div style="display:none"></div>', true],
    ['<p class="byline"></p>', true],
    ['<p class="lead"></p>', false],
    ['<div class="shadow-box"></div>', false],
    ['<div class="jp-relatedposts"></div>', true],
    ['<section class="relatedstories"></section>', true],
    ['<blockquote class="twitter-tweet"></blockquote>', true],
    ['<blockquote class="instagram-media"></blockquote>', true],
    ['<div class="article-widget article-tweet"></div>', true],
    ['<div class="article-embed"></div>', true],
    ['<blockquote class="pull"></blockquote>', false],
    ['<div id="article" class="comments-enabled"></div>', false],
    ['<div class="story has-comments"></div>', false],
    ['<div class="comments-enabled"></div>', true],
    ['<div class="sharedaddy sd-sharing-enabled"></div>', true],
    ['<div class="entry-content entry-content-read-more"></div>', true],
    ['<a class="read-more" href="/x"></a>', true],
  ])('%s → %s', (html, expected) => {
    expect(isBoilerplate(el(html))).toBe(expected);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2023-07-13T10:00:00Z', '2023-07-13'],
    ['20230713', '2023-07-13'],
    ['July 13, 2023', '2023-07-13'],
    ['Jul. 13 2023', '2023-07-13'],
    ['13 July 2023', '2023-07-13'],
    ['yesterday', null],
    ['2023-13-45', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});
