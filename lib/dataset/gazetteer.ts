// The gazetteer content scripts get: every known multi-word name form of the dataset, as a Bloom filter
// (about 14 bits per name, 10 hashes: ~0.1% false positives, no false negatives). The worker builds it
// once from the dataset and sends `data()` (a plain JSON object) to each tab; the tab rebuilds it with
// gazetteerFromData. Keys are normalised with nameKey, as the dataset's own keys are.
import type { NameGazetteer } from '../context';
import { DatasetCorrupt, type Dataset } from './dataset';
import { nameKey } from './normalize';

export interface GazetteerData {
  kind: 'whosaid-names-bloom';
  version: 1;
  /** Number of bits in the filter. */
  bits: number;
  hashes: number;
  /** Number of names added. */
  count: number;
  /** The bit array, base64. */
  data: string;
}

export interface BuiltGazetteer extends NameGazetteer {
  /** Serialisable form for a message to a content script. */
  data(): GazetteerData;
  /** Size of the bit array in bytes. */
  readonly byteSize: number;
}

function hash1(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function hash2(s: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return (h >>> 0) | 1;
}

class Bloom implements BuiltGazetteer {
  constructor(
    private readonly bitsArr: Uint8Array,
    private readonly m: number,
    private readonly k: number,
    private n: number,
  ) {}
  get byteSize(): number {
    return this.bitsArr.length;
  }
  static empty(n: number): Bloom {
    const m = Math.max(64, Math.ceil(n * 14.4));
    return new Bloom(new Uint8Array(Math.ceil(m / 8)), m, 10, 0);
  }
  add(key: string): void {
    const a = hash1(key);
    const b = hash2(key);
    for (let i = 0; i < this.k; i++) {
      const bit = (a + Math.imul(i, b)) >>> 0;
      const j = bit % this.m;
      this.bitsArr[j >> 3]! |= 1 << (j & 7);
    }
    this.n++;
  }
  hasKey(key: string): boolean {
    const a = hash1(key);
    const b = hash2(key);
    for (let i = 0; i < this.k; i++) {
      const j = ((a + Math.imul(i, b)) >>> 0) % this.m;
      if (!(this.bitsArr[j >> 3]! & (1 << (j & 7)))) return false;
    }
    return true;
  }
  hasName(name: string): boolean {
    const key = nameKey(name);
    return key.includes(' ') && this.hasKey(key);
  }
  data(): GazetteerData {
    return { kind: 'whosaid-names-bloom', version: 1, bits: this.m, hashes: this.k, count: this.n, data: toBase64(this.bitsArr) };
  }
}

/** Builds the gazetteer from every multi-word name key of the dataset (an empty one if the asset is corrupt). */
export function createGazetteer(ds: Dataset): BuiltGazetteer {
  try {
    const bloom = Bloom.empty(ds.keyCount);
    for (const key of ds.multiWordKeys()) bloom.add(key);
    return bloom;
  } catch (e) {
    if (e instanceof DatasetCorrupt) return Bloom.empty(0);
    throw e;
  }
}

/** Rebuilds a gazetteer sent by the worker; null when the data is not a gazetteer of this version. */
export function gazetteerFromData(d: unknown): BuiltGazetteer | null {
  const o = d as GazetteerData | null;
  if (!o || o.kind !== 'whosaid-names-bloom' || o.version !== 1 || typeof o.data !== 'string') return null;
  if (!Number.isInteger(o.bits) || !Number.isInteger(o.hashes) || o.hashes < 1 || o.hashes > 32) return null;
  const bytes = fromBase64(o.data);
  if (!bytes || bytes.length !== Math.ceil(o.bits / 8)) return null;
  return new Bloom(bytes, o.bits, o.hashes, o.count | 0);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

function toBase64(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < b.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < b.length ? B64[n & 63]! : '=');
  }
  return out;
}

function fromBase64(s: string): Uint8Array | null {
  if (s.length % 4) return null;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = s.charCodeAt(i + j);
      const v = c === 61 ? 0 : c < 128 ? B64_INDEX[c]! : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
