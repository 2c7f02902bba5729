import { describe, expect, it } from 'vitest';
import { compileAsset } from '../../scripts/dataset/compile';
import { serializeAsset, DATASET_VERSION } from '../../lib/dataset/format';
import { createGazetteer, createLookup, parseDataset } from '../../lib/dataset';
import { person, role, SOURCES } from './fixtures';

const asset = compileAsset([person('Q1', 'Ada Lovelace', 'United Kingdom', [role('Minister of Engines', 'United Kingdom', '2001-01-01', '2003-01-01')])], SOURCES, new Map());
const bytes = serializeAsset(asset);
const text = new TextDecoder().decode(bytes);

describe('parseDataset', () => {
  it('accepts bytes, an ArrayBuffer, the text and the object', () => {
    expect(parseDataset(bytes).ok).toBe(true);
    expect(parseDataset(bytes.slice().buffer).ok).toBe(true);
    expect(parseDataset(text).ok).toBe(true);
    expect(parseDataset(asset).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['a string that is not the format', 'hello'],
    ['JSON of something else', '{"a":1}'],
    ['another format', { ...asset, format: 'other' }],
    ['another version', { ...asset, version: DATASET_VERSION + 1 }],
    ['no version', { ...asset, version: undefined }],
    ['a bad date', { ...asset, verified: 'yesterday' }],
    ['a missing section', { ...asset, keys: undefined }],
    ['a section of the wrong type', { ...asset, roles: [] }],
    ['no sources', { ...asset, sources: [] }],
    ['a malformed source', { ...asset, sources: [{ id: 'x' }] }],
    ['counts that do not match the rows', { ...asset, counts: { ...asset.counts, people: 5 } }],
    ['negative counts', { ...asset, counts: { ...asset.counts, keys: -1 } }],
  ])('rejects %s', (_what, raw) => {
    const r = parseDataset(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBeTypeOf('string');
  });

  it('rejects truncated and padded files', () => {
    expect(parseDataset(bytes.subarray(0, bytes.length - 10)).ok).toBe(false);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes);
    expect(parseDataset(padded).ok).toBe(false);
    expect(parseDataset(text.slice(0, 40)).ok).toBe(false);
  });

  it('rejects a header of another version inside the file', () => {
    expect(parseDataset(text.replace('"version":1', '"version":2')).ok).toBe(false);
  });

  it('never throws on garbage', () => {
    for (const g of [new Uint8Array([1, 2, 3]), new Uint8Array(0), 'WHOSAID-OFFICIALS\n{not json}\n', 'WHOSAID-OFFICIALS\n{}\n']) {
      expect(() => parseDataset(g)).not.toThrow();
      expect(parseDataset(g).ok).toBe(false);
    }
  });

  it('a file whose rows disagree with its header parses, then gives no answers (found on first use)', () => {
    const bad = serializeAsset({ ...asset, counts: { ...asset.counts, keys: asset.counts.keys + 5 } });
    const r = parseDataset(bad);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lookup = createLookup(r.dataset);
    expect(lookup.lookup({ name: 'Ada Lovelace', aliases: [], date: '2002-06-01', roleInText: null, context: [] })).toBeNull();
    expect(createGazetteer(r.dataset).hasName('Ada Lovelace')).toBe(false);
  });

  it('a valid asset answers lookups', () => {
    const r = parseDataset(bytes);
    if (!r.ok) throw new Error(r.error);
    const c = createLookup(r.dataset).lookup({ name: 'Ada Lovelace', aliases: [], date: '2002-06-01', roleInText: null, context: [] });
    expect(c?.id).toBe('Q1');
    expect(c?.roleAtDate?.title).toBe('Minister of Engines');
    expect(c?.roleAtDateFit).toBe('held');
  });
});
