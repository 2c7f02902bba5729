import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseHost, siteRule, validateSettings, withSiteRule } from '../lib/settings';

describe('validateSettings', () => {
  it('returns the defaults for missing or garbage values', () => {
    for (const raw of [undefined, null, 42, 'x', [], { categories: 'no' }]) {
      expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid fields and replaces invalid ones field by field', () => {
    const s = validateSettings({ categories: { quotes: false, people: 'yes', reported: true }, autoAnnotate: 0, alwaysSites: ['Example.COM', 'bad host!', 7] });
    expect(s.categories).toEqual({ quotes: false, officials: true, people: true, reported: true });
    expect(s.autoAnnotate).toBe(true);
    expect(s.alwaysSites).toEqual(['example.com']);
  });

  it('reported speech is off by default, the rest on', () => {
    expect(DEFAULT_SETTINGS.categories).toEqual({ quotes: true, officials: true, people: true, reported: false });
  });

  it('a site on both lists is never annotated', () => {
    const s = validateSettings({ alwaysSites: ['a.example'], neverSites: ['a.example'] });
    expect(s.alwaysSites).toEqual([]);
    expect(siteRule(s, 'a.example')).toBe('never');
  });

  it('caps the site lists', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `s${i}.example`);
    expect(validateSettings({ neverSites: many }).neverSites.length).toBe(1000);
  });
});

describe('site rules', () => {
  it.each([
    ['https://www.News.example:8080/path', 'news.example'],
    ['sub.news.example.', 'sub.news.example'],
    ['', null],
    ['<script>', null],
    [12, null],
  ])('normaliseHost(%s) = %s', (raw, expected) => {
    expect(normaliseHost(raw)).toBe(expected);
  });

  it('match the host and its subdomains, and move between lists', () => {
    let s = withSiteRule(DEFAULT_SETTINGS, 'news.example', 'never');
    expect(siteRule(s, 'www.news.example')).toBe('never');
    expect(siteRule(s, 'm.news.example')).toBe('never');
    expect(siteRule(s, 'othernews.example')).toBe('default');
    s = withSiteRule(s, 'news.example', 'always');
    expect(s.neverSites).toEqual([]);
    expect(siteRule(s, 'news.example')).toBe('always');
    s = withSiteRule(s, 'news.example', 'default');
    expect(siteRule(s, 'news.example')).toBe('default');
  });
});
