// npm run build:dataset [-- --data DIR] [--out DIR]
// Reads every source under ../shared/data (or --data), merges people across sources, and writes the
// compiled asset to public/dataset/officials.json plus a build report (stdout and scripts/dataset/REPORT.md).
// Same sources → same bytes: everything is sorted and the only dates are the sources' own.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { compileAsset, compilePeople } from './compile';
import { mergePeople } from './merge';
import { Report, type SourceContext, type SrcPerson } from './model';
import { readCia } from './sources/cia';
import { readCongress } from './sources/congress';
import { readFactbook } from './sources/factbook';
import { readFjc } from './sources/fjc';
import { givenNameForms, readNicknames } from './sources/nicknames';
import { readOfac } from './sources/ofac';
import { readOpenStates } from './sources/openstates';
import { readPocom } from './sources/pocom';
import { readGovMan, readPlum } from './sources/usfed';
import { readWhitehouse } from './sources/whitehouse';
import { attachWhTitles } from './sources/whtitles';
import { readWikidata } from './sources/wikidata';
import { serializeAsset, type SourceInfo } from '../../lib/dataset/format';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const ASSET_DIR = path.join(ROOT, 'public', 'dataset');
export const ASSET_FILE = 'officials.txt';

const PD = 'Public domain (US government work)';
export const SOURCES: SourceInfo[] = [
  { id: 'cia-2019', label: 'CIA World Leaders directory, June 2019', licence: PD, asOf: '2019-06', snapshot: true },
  { id: 'congress', label: 'unitedstates/congress-legislators (current members)', licence: 'CC0-1.0', asOf: '2026-06-15', snapshot: false },
  { id: 'congress-executive', label: 'unitedstates/congress-legislators (Presidents and Vice Presidents)', licence: 'CC0-1.0', asOf: '2026-06-15', snapshot: false },
  { id: 'congress-historical', label: 'unitedstates/congress-legislators (former members, undated)', licence: 'CC0-1.0', asOf: '2026-06-15', snapshot: false },
  { id: 'factbook', label: 'CIA World Factbook (weekly, 2020-11 to 2026-05)', licence: `${PD}; factbook.json CC0-1.0`, asOf: '2026-05-17', snapshot: false },
  { id: 'fjc', label: 'Federal Judicial Center, Article III judges (2023-07)', licence: PD, asOf: '2023-06-30', snapshot: false },
  { id: 'govman-2025', label: 'United States Government Manual (2025-01-13 package)', licence: PD, asOf: '2025-01-13', snapshot: true },
  { id: 'ofac', label: 'US Treasury OFAC SDN list (2024-05-03; aliases to 2025-12)', licence: PD, asOf: '2024-05-03', snapshot: false },
  { id: 'openstates', label: 'Open States people', licence: 'CC0-1.0', asOf: '2026-08-05', snapshot: false },
  { id: 'plum-2012', label: 'Plum Book 2012', licence: PD, asOf: '2012-12', snapshot: true },
  { id: 'plum-2016', label: 'Plum Book 2016', licence: PD, asOf: '2016-12', snapshot: true },
  { id: 'plum-2025', label: 'OPM PLUM export 2025', licence: PD, asOf: '2025', snapshot: true },
  { id: 'pocom', label: 'US State Department Office of the Historian (POCOM)', licence: `${PD}; CC0-1.0`, asOf: '2026-06-20', snapshot: false },
  { id: 'wh-announcements', label: 'White House personnel announcements', licence: `${PD}; wh-briefings CC0-1.0`, asOf: '2024-12-16', snapshot: false },
  { id: 'wh-nominations', label: 'White House nominations sent to the Senate', licence: `${PD}; wh-briefings CC0-1.0`, asOf: '2026-08-07', snapshot: false },
  { id: 'wh-titles', label: 'White House briefing-room post titles', licence: `${PD}; wh-briefings CC0-1.0`, asOf: '2026-08-21', snapshot: false },
  { id: 'wikidata-2022', label: 'Wikidata via Peppercat (2022-03-05)', licence: 'CC0-1.0 (Wikidata)', asOf: '2022-03-05', snapshot: false },
  { id: 'wikidata-2023', label: 'Wikidata via Peppercat (2023-01-30)', licence: 'CC0-1.0 (Wikidata)', asOf: '2023-01-30', snapshot: false },
  { id: 'wikidata-2025', label: 'Wikidata via Peppercat page history (2021-11 to 2025-01-31)', licence: 'CC0-1.0 (Wikidata)', asOf: '2025-01-31', snapshot: false },
  { id: 'wikidata-igo-2023', label: 'Wikidata via every-politician-scrapers/world (2023-01-10)', licence: 'CC0-1.0 (Wikidata)', asOf: '2023-01-10', snapshot: false },
];

function parseArgs(argv: string[]): { data: string; out: string } {
  let data = path.resolve(ROOT, '..', 'shared', 'data');
  let out = ASSET_DIR;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') data = path.resolve(argv[++i] ?? '');
    else if (a.startsWith('--data=')) data = path.resolve(a.slice(7));
    else if (a === '--out') out = path.resolve(argv[++i] ?? '');
    else if (a.startsWith('--out=')) out = path.resolve(a.slice(6));
    else throw new Error(`unknown option ${a} (usage: build:dataset [--data DIR] [--out DIR])`);
  }
  return { data, out };
}

/** Runs one source reader; a source that fails to read is reported and left out, never a crash. */
function read(ctx: SourceContext, id: string, fn: () => SrcPerson[]): SrcPerson[] {
  try {
    return fn();
  } catch (e) {
    ctx.report.skip(id, `source unreadable: ${(e as Error).message.split('\n')[0]!.slice(0, 120)}`);
    return [];
  }
}

export function build(dataDir: string): { asset: ReturnType<typeof compileAsset>; report: Report } {
  const report = new Report();
  const ctx: SourceContext = { dir: dataDir, report, sources: new Map(SOURCES.map((s) => [s.id, s])) };
  let nicknames = new Map<string, string[]>();
  try {
    nicknames = readNicknames(ctx);
  } catch (e) {
    report.skip('nicknames', `source unreadable: ${(e as Error).message.slice(0, 120)}`);
  }
  const records: SrcPerson[] = [
    ...read(ctx, 'wikidata', () => readWikidata(ctx)),
    ...read(ctx, 'congress', () => readCongress(ctx)),
    ...read(ctx, 'openstates', () => readOpenStates(ctx)),
    ...read(ctx, 'pocom', () => readPocom(ctx)),
    ...read(ctx, 'factbook', () => readFactbook(ctx)),
    ...read(ctx, 'fjc', () => readFjc(ctx)),
    ...read(ctx, 'whitehouse', () => readWhitehouse(ctx)),
    ...read(ctx, 'plum', () => readPlum(ctx)),
    ...read(ctx, 'govman-2025', () => readGovMan(ctx)),
    ...read(ctx, 'cia-2019', () => readCia(ctx)),
    ...read(ctx, 'ofac', () => readOfac(ctx)),
  ];
  const asOfMap = new Map(SOURCES.map((s) => [s.id, s.asOf]));
  const asOf = (s: string) => asOfMap.get(s) ?? '';
  const clusters = mergePeople(records, givenNameForms(nicknames), report);
  // Post titles name people "Special Presidential Envoy for Climate John Kerry": only people already known.
  read(ctx, 'wh-titles', () => (attachWhTitles(ctx, clusters), []));
  const people = compilePeople(clusters, report, asOf);
  const asset = compileAsset(people, SOURCES, nicknames);
  report.notes.push(
    `people with a Wikidata QID: ${people.filter((p) => /^Q\d+$/.test(p.id)).length.toLocaleString('en-US')}; with at least one role: ${people.filter((p) => p.roles.length).length.toLocaleString('en-US')}; on the sanctions list and holding a role: ${people.filter((p) => p.roles.length && p.sanctions.length).length.toLocaleString('en-US')}; known only from the sanctions list: ${people.filter((p) => !p.roles.length).length.toLocaleString('en-US')}`,
    `roles by end: ${(['exact', 'upperBound', 'unknown', 'snapshot'] as const).map((k) => `${k} ${people.reduce((n, p) => n + p.roles.filter((r) => r.endKind === k).length, 0).toLocaleString('en-US')}`).join(', ')}; current at the source's date: ${people.reduce((n, p) => n + p.roles.filter((r) => r.open).length, 0).toLocaleString('en-US')}`,
  );
  return { asset, report };
}

export function renderReport(asset: ReturnType<typeof compileAsset>, report: Report, raw: number, gz: number, dataDir: string): string {
  const L: string[] = [];
  L.push('# Reference dataset build report', '');
  L.push(`Generated by \`npm run build:dataset\` from \`${path.relative(ROOT, dataDir) || dataDir}\`. Same sources give the same report.`, '');
  L.push(`- asset: public/dataset/${ASSET_FILE}, ${raw.toLocaleString('en-US')} bytes raw, ${gz.toLocaleString('en-US')} bytes gzipped`);
  L.push(`- format ${asset.format} v${asset.version}; latest source date ${asset.verified}`);
  const c = asset.counts;
  for (const n of report.notes) L.push(`- ${n}`);
  L.push(`- people ${c.people.toLocaleString('en-US')}, roles ${c.roles.toLocaleString('en-US')}, name keys ${c.keys.toLocaleString('en-US')}, transliteration keys ${c.loose.toLocaleString('en-US')}, surnames ${c.surnames.toLocaleString('en-US')}, strings ${c.strings.toLocaleString('en-US')}`, '');
  L.push('## Per source', '', '| source | rows read | people records | roles | skipped (reason: count) |', '|---|---:|---:|---:|---|');
  for (const id of [...report.sources.keys()].sort()) {
    const s = report.sources.get(id)!;
    const sk = [...s.skipped].sort((a, b) => a[0].localeCompare(b[0])).map(([r, n]) => `${r}: ${n}`).join('; ');
    L.push(`| ${id} | ${s.rows} | ${s.people} | ${s.roles} | ${sk || '–'} |`);
  }
  L.push(
    '',
    'Rows are records read (people and appointment rows for the two-file sources). wh-vice holds the predecessors',
    'named in nominations ("vice X, resigned"); its rows are counted under wh-nominations. Originals read through',
    'the flat files beside them: pocom-xml.tar.gz (pocom_people.csv and pocom_appointments.csv flatten its XML),',
    'GOVMAN-2025-01-13.zip (govman_2025-01-13_leadership.csv flattens its leadership tables). The Factbook HEAD JSON',
    'gives country names and checks the rows listed at the end; sdn.csv checks the derived OFAC individuals;',
    'alt.csv adds their later aliases.',
  );
  L.push('', '## Merging and reconciliation', '', '| what | count |', '|---|---:|');
  for (const [k, v] of [...report.merge].sort((a, b) => a[0].localeCompare(b[0]))) L.push(`| ${k} | ${v} |`);
  L.push('');
  return L.join('\n');
}

function main(): number {
  const { data, out } = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(data)) {
    console.error(`build:dataset: no data directory at ${data} (pass --data DIR)`);
    return 1;
  }
  const t0 = performance.now();
  const { asset, report } = build(data);
  const bytes = serializeAsset(asset);
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, ASSET_FILE), bytes);
  const attribution = path.join(ROOT, 'ATTRIBUTION.md');
  if (fs.existsSync(attribution)) fs.copyFileSync(attribution, path.join(out, 'ATTRIBUTION.md'));
  const text = renderReport(asset, report, bytes.length, gz, data);
  // The committed report goes with the committed asset; a build elsewhere (--out) keeps its report beside it.
  fs.writeFileSync(out === ASSET_DIR ? path.join(here, 'REPORT.md') : path.join(out, 'REPORT.md'), text);
  console.log(text);
  console.error(`build:dataset: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
