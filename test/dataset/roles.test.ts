import { describe, expect, it } from 'vitest';
import type { StoredRole } from '../../lib/dataset/dataset';
import { dayHi, dayLo, fitAt, listedLabel, stillHeld, toDatasetRole } from '../../lib/dataset/roles';

const src = { id: 's', label: 'Source', licence: 'CC0', asOf: '2025-01-31', snapshot: false };
function r(p: Partial<StoredRole>): StoredRole {
  return { title: 'Minister', organization: null, jurisdiction: 'X', start: null, startKind: 'exact', end: null, endKind: 'unknown', source: src, seen: null, open: false, ...p };
}

describe('day numbers', () => {
  it('spans partial dates', () => {
    expect(dayHi('2021') - dayLo('2021')).toBe(364);
    expect(dayHi('2024-02') - dayLo('2024-02')).toBe(28);
    expect(dayLo('2021-03-01') - dayHi('2021-02')).toBe(1);
    expect(dayLo('1970-01-01')).toBe(0);
  });
});

describe('fitAt', () => {
  it('exact start and end', () => {
    const x = r({ start: '2021-01-22', end: '2025-01-20', endKind: 'exact' });
    expect(fitAt(x, '2023-07-13')).toBe('held');
    expect(fitAt(x, '2020-12-31')).toBe('later');
    expect(fitAt(x, '2025-06-01')).toBe('former');
  });

  it('an upper-bound end is held only up to the last date it was seen', () => {
    const x = r({ start: '2021-01-22', end: '2025-01-20', endKind: 'upperBound', seen: '2025-01-17' });
    expect(fitAt(x, '2024-12-01')).toBe('held');
    expect(fitAt(x, '2025-01-19')).toBe('possible');
    expect(fitAt(x, '2025-01-21')).toBe('former');
  });

  it('an upper-bound end without a start says nothing before it', () => {
    const x = r({ end: '2023-07-25', endKind: 'upperBound' });
    expect(fitAt(x, '2023-07-13')).toBe('possible');
    expect(fitAt(x, '2023-08-01')).toBe('former');
  });

  it('unknown end: held only while the source lists it as current (and a year after)', () => {
    const open = r({ start: '2019-05-20', open: true, seen: '2026-05-17' });
    expect(fitAt(open, '2026-05-24')).toBe('held');
    expect(fitAt(open, '2028-01-01')).toBe('possible');
    const closed = r({ start: '2019-05-20' });
    expect(fitAt(closed, '2020-01-01')).toBe('possible');
  });

  it('"in office by" starts and announcements', () => {
    const by = r({ start: '2021-11-18', startKind: 'upperBound', open: true });
    expect(fitAt(by, '2021-01-01')).toBe('possible');
    expect(fitAt(by, '2022-01-01')).toBe('held');
    const ann = r({ start: '2021-04-27', startKind: 'announced' });
    expect(fitAt(ann, '2021-03-01')).toBe('later');
    expect(fitAt(ann, '2023-07-13')).toBe('possible');
  });

  it('snapshots: listed near the snapshot, possible within three years', () => {
    const s = r({ start: '2019-06', end: '2019-06', endKind: 'snapshot' });
    expect(fitAt(s, '2019-09-01')).toBe('listed');
    expect(fitAt(s, '2021-06-01')).toBe('possible');
    expect(fitAt(s, '2024-01-01')).toBe('former');
    expect(fitAt(s, '2014-01-01')).toBe('later');
  });
});

describe('stillHeld and the public role', () => {
  it('never invents an answer', () => {
    expect(stillHeld(r({ end: '2025-01-20', endKind: 'upperBound' }))).toBe(false);
    expect(stillHeld(r({ end: '2025-01-20', endKind: 'exact' }))).toBe(false);
    expect(stillHeld(r({ open: true }))).toBe(true);
    expect(stillHeld(r({}))).toBeNull();
    expect(stillHeld(r({ start: '2019', end: '2019', endKind: 'snapshot' }))).toBeNull();
  });

  it('keeps kinds of dates and labels snapshots', () => {
    const s = toDatasetRole(r({ start: '2019-06', end: '2019-06', endKind: 'snapshot' }));
    expect(s.endKind).toBe('snapshot');
    expect(s.listed).toBe('listed in 2019');
    const b = toDatasetRole(r({ start: '2021-11-18', startKind: 'upperBound', end: '2025-01-20', endKind: 'upperBound' }));
    expect(b.startKind).toBe('upperBound');
    expect(b.endKind).toBe('upperBound');
    expect(b.end).toBe('2025-01-20');
    expect(listedLabel(r({ start: '2021-02-10', end: '2024-01-05', endKind: 'snapshot' }))).toBe('listed 2021-02-10 – 2024-01-05');
  });
});
