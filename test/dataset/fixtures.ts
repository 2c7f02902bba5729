// Small hand-made datasets, compiled with the build's own compiler into the real asset format.
import { compileAsset, type CompiledPerson } from '../../scripts/dataset/compile';
import type { SrcRole } from '../../scripts/dataset/model';
import { serializeAsset, type SourceInfo } from '../../lib/dataset/format';
import { parseDataset, type Dataset } from '../../lib/dataset';

export const SOURCES: SourceInfo[] = [
  { id: 'test-dated', label: 'Test source (dated)', licence: 'CC0-1.0', asOf: '2025-01-31', snapshot: false },
  { id: 'test-snap', label: 'Test snapshot 2019', licence: 'CC0-1.0', asOf: '2019-06', snapshot: true },
  { id: 'ofac', label: 'US Treasury OFAC SDN list (test)', licence: 'Public domain', asOf: '2024-05-03', snapshot: false },
];

export function role(title: string, jurisdiction: string | null, start: string | null, end: string | null, extra: Partial<SrcRole> = {}): SrcRole {
  return {
    title,
    organization: null,
    jurisdiction,
    start,
    startKind: 'exact',
    end,
    endKind: end ? 'exact' : 'unknown',
    seen: null,
    open: false,
    source: 'test-dated',
    ...extra,
  };
}

export function person(id: string, name: string, country: string | null, roles: SrcRole[], extra: Partial<CompiledPerson> = {}): CompiledPerson {
  return { id, name, aliases: [], surname: null, surnameFirst: false, country, birth: null, death: null, sanctions: [], roles, ...extra };
}

export function datasetOf(people: CompiledPerson[], nicknames = new Map<string, string[]>([['bernard', ['bernie']], ['william', ['bill', 'will']]])): Dataset {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : 1));
  const r = parseDataset(serializeAsset(compileAsset(sorted, SOURCES, nicknames)));
  if (!r.ok) throw new Error(r.error);
  return r.dataset;
}
