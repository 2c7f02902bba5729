import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseContentRequest, parsePageState } from '../lib/messages';

describe('parseContentRequest', () => {
  it.each([
    [{ type: 'whosaid:get-state' }, { type: 'whosaid:get-state' }],
    [{ type: 'whosaid:annotate', force: true }, { type: 'whosaid:annotate', force: true }],
    [{ type: 'whosaid:annotate', force: 'yes' }, { type: 'whosaid:annotate', force: false }],
    [{ type: 'whosaid:reveal', key: 'q12' }, { type: 'whosaid:reveal', key: 'q12' }],
    [{ type: 'whosaid:step', direction: -1 }, { type: 'whosaid:step', direction: -1 }],
  ])('accepts %j', (raw, expected) => {
    expect(parseContentRequest(raw)).toEqual(expected);
  });

  it.each([null, 'whosaid:get-state', [], {}, { type: 'other' }, { type: 'whosaid:reveal', key: '<img>' }, { type: 'whosaid:reveal', key: 'q'.repeat(100) }, { type: 'whosaid:step', direction: 2 }])(
    'rejects %j',
    (raw) => {
      expect(parseContentRequest(raw)).toBeNull();
    },
  );
});

describe('parseBackgroundRequest', () => {
  it('accepts lookups and cleans their fields', () => {
    const r = parseBackgroundRequest({ type: 'whosaid:lookup', queries: [{ name: 'Ada Lovelace', aliases: ['Lovelace', 5], date: '2020-01-01', roleInText: null, context: ['British'] }] });
    expect(r).toEqual({ type: 'whosaid:lookup', queries: [{ name: 'Ada Lovelace', aliases: ['Lovelace'], date: '2020-01-01', roleInText: null, context: ['British'] }] });
  });

  it('rejects malformed or oversized lookups', () => {
    expect(parseBackgroundRequest({ type: 'whosaid:lookup', queries: [{ name: '' }] })).toBeNull();
    expect(parseBackgroundRequest({ type: 'whosaid:lookup', queries: 'x' })).toBeNull();
    expect(parseBackgroundRequest({ type: 'whosaid:lookup', queries: Array.from({ length: 501 }, () => ({ name: 'A B' })) })).toBeNull();
  });

  it('carries blockquote spans with a story to analyse, and refuses spans outside the text', () => {
    const text = 'She said:\n\nA block quote.';
    const ok = parseBackgroundRequest({ type: 'whosaid:analyse', text, paragraphs: [{ start: 0, end: 9 }, { start: 11, end: 25 }], quoteBlocks: [{ start: 9, end: 25 }] });
    expect(ok).toMatchObject({ type: 'whosaid:analyse', quoteBlocks: [{ start: 9, end: 25 }] });
    expect(parseBackgroundRequest({ type: 'whosaid:analyse', text, paragraphs: [], quoteBlocks: [{ start: 9, end: 99 }] })).toBeNull();
  });

  it('validates page status reports', () => {
    expect(parseBackgroundRequest({ type: 'whosaid:page-status', status: 'annotated', quotes: 3.7 })).toEqual({ type: 'whosaid:page-status', status: 'annotated', quotes: 3 });
    expect(parseBackgroundRequest({ type: 'whosaid:page-status', status: 'pwned', quotes: 3 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'whosaid:page-status', status: 'annotated', quotes: -1 })).toBeNull();
  });
});

describe('parsePageState', () => {
  it('rejects states whose annotations are malformed', () => {
    expect(parsePageState({ status: 'annotated', host: 'a', annotations: { quotes: 'x' } })).toBeNull();
    expect(parsePageState({ status: 'nope' })).toBeNull();
  });
  it('accepts a state without annotations', () => {
    expect(parsePageState({ status: 'not-news', host: 'a.example', news: { isNews: false, score: -3, signals: [] } })).toEqual({
      status: 'not-news',
      host: 'a.example',
      news: { isNews: false, score: -3, signals: [] },
      annotations: null,
      error: null,
    });
  });
});
