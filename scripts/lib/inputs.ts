// Reads the CLI's inputs: HTML or plain-text files, or http(s)/file URLs. Rejects what is missing,
// empty or binary with a message naming the input.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Input {
  /** As given on the command line. */
  name: string;
  kind: 'html' | 'text';
  content: string;
  /** The page's own URL when the input was a URL. */
  url: string | null;
}

export class InputError extends Error {}

const MAX_BYTES = 64 * 1024 * 1024;

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8000);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl > n * 0.1;
}

function kindOf(name: string, content: string): 'html' | 'text' {
  if (/\.txt$/i.test(name)) return 'text';
  if (/\.x?html?$/i.test(name)) return 'html';
  return /^\s*(?:<!doctype html|<html|<head|<body|<!--|<meta|<div|<p\b)/i.test(content) ? 'html' : 'text';
}

function decode(buf: Uint8Array, name: string): string {
  if (!buf.length) throw new InputError(`${name}: empty input`);
  if (looksBinary(buf)) throw new InputError(`${name}: binary input, not HTML or text`);
  return new TextDecoder('utf-8').decode(buf);
}

export async function readInput(name: string): Promise<Input> {
  if (/^https?:\/\//i.test(name)) {
    let res: Response;
    try {
      res = await fetch(name, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
    } catch (e) {
      throw new InputError(`${name}: could not fetch (${(e as Error).message})`);
    }
    if (!res.ok) throw new InputError(`${name}: HTTP ${res.status}`);
    const buf = new Uint8Array(await res.arrayBuffer());
    const content = decode(buf, name);
    const type = res.headers.get('content-type') || '';
    return { name, kind: /text\/plain/.test(type) ? 'text' : 'html', content, url: res.url || name };
  }
  const file = /^file:/i.test(name) ? fileURLToPath(name) : name;
  let buf: Uint8Array;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new InputError(`${name}: is a directory`);
    if (st.size > MAX_BYTES) throw new InputError(`${name}: larger than ${MAX_BYTES / 1024 / 1024} MB`);
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${name}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const content = decode(buf, name);
  return { name, kind: kindOf(path.basename(file), content), content, url: null };
}
