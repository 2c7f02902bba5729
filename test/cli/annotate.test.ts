// The annotate CLI as a reader runs it: formats, the jsonl contract, and bad inputs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['scripts/annotate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cli-'));
  fs.writeFileSync(path.join(dir, 'story.txt'), 'Council votes on ferry\n\n“We will run the boats again in June,” said Mara Quell, the harbor commissioner.\n\nQuell said the first crossing would be free.\n');
  fs.writeFileSync(path.join(dir, 'empty.html'), '');
  fs.writeFileSync(path.join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]));
});

describe('annotate CLI', { timeout: 120_000 }, () => {
  it('annotates the sample article by default, as a readable summary', () => {
    const r = run('--no-dataset');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('News article');
    expect(r.stdout).toContain('Helena Marsh');
    expect(r.stdout).toMatch(/Quotes: \d+/);
  });

  it('prints exactly one jsonl line per input in the documented shape, and keeps going past bad inputs', () => {
    const txt = path.join(dir, 'story.txt');
    const r = run('--format', 'jsonl', '--no-dataset', '--date', '2024-05-02', txt, path.join(dir, 'missing.html'), path.join(dir, 'empty.html'), path.join(dir, 'binary.html'), 'sample/article.html');
    expect(r.status).not.toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!);
    expect(first.file).toBe(txt);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['file', 'news', 'article', 'quotes', 'people', 'timing']));
    expect(first.article.published).toBe('2024-05-02');
    expect(first.quotes[0]).toMatchObject({ text: 'We will run the boats again in June,', speaker: 'Mara Quell', cue: 'said' });
    for (const k of ['start', 'end', 'speakerId', 'confidence']) expect(first.quotes[0]).toHaveProperty(k);
    expect(first.people.find((p: { name: string }) => p.name === 'Mara Quell')).toMatchObject({ official: true, mentions: 2 });
    expect(JSON.parse(lines[1]!).file).toBe('sample/article.html');
    const errors = r.stderr.trim().split('\n').filter((l) => l.startsWith('annotate:'));
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toContain('missing.html');
    expect(errors.join('\n')).toContain('empty.html');
    expect(errors.join('\n')).toContain('binary.html');
  });

  it('rejects bad options with usage', () => {
    const r = run('--format', 'xml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage');
  });
});
