/**
 * A versioned byte layout for ArticleFeatures, so that a store can keep what grouping needs of an article and
 * rebuild the in-memory indexes from it without re-reading the text.
 *
 * Layout, version 1 (all numbers little endian; every array starts at a multiple of 4 bytes):
 *
 * | offset | bytes | field |
 * |---|---|---|
 * | 0 | 2 | magic `RF` (0x52 0x46) |
 * | 2 | 1 | layout version (1) |
 * | 3 | 1 | flags: bit 0 `published` present, bit 1 `monthDay` present |
 * | 4 | 4 | `tokens` (u32) |
 * | 8 | 4 | `exact` (u32) |
 * | 12 | 1 | signature params `version` (u8) |
 * | 13 | 1 | signature params `shingle` (u8) |
 * | 14 | 2 | signature params `bins` (u16) |
 * | 16 | 4 | signature params `seed` (u32) |
 * | 20 | 4 | signature `size`: shingles summarised (u32) |
 * | 24 | 8 | `published`, ms since the epoch (f64; 0 when absent) |
 * | 32 | 1 | `monthDay.month` (u8; 0 when absent) |
 * | 33 | 1 | `monthDay.day` (u8; 0 when absent) |
 * | 34 | 2 | reserved (0) |
 * | 36 | 4 × 3 | entries of the body, names and numbers vectors (u32 each) |
 * | 48 | 8 × 3 | norms of the body, names and numbers vectors (f64: the norm as computed, not recomputed from the rounded weights) |
 * | 72 | 4 × bins | signature values (u32) |
 * | … | 8 × n per vector | body: n term ids (i32), then n weights (f32); then names, then numbers, the same way |
 *
 * Term ids are those of the corpus' Rarity (its vocabulary must be stored beside the features). The article id
 * is not in the bytes: it is the key under which they are stored. Decoding an unknown version or a truncated
 * buffer throws FeatureCodecError.
 */
import type { ArticleFeatures, SignatureParams, SparseVector } from '../model/features.js';
import type { ArticleId } from '../model/ids.js';
import { EMPTY_VECTOR } from './vector.js';

/** Current layout version. */
export const FEATURES_LAYOUT_VERSION = 1;

const HEADER = 72;
const MAGIC_0 = 0x52; // R
const MAGIC_1 = 0x46; // F
const HAS_PUBLISHED = 1;
const HAS_MONTH_DAY = 2;
/** Typed arrays can be copied byte for byte only on a little-endian machine; otherwise read value by value. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Bytes that are not a valid encoding of ArticleFeatures. */
export class FeatureCodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeatureCodecError';
  }
}

/** Encoded size of some features, in bytes. */
export function encodedFeaturesSize(f: ArticleFeatures): number {
  return HEADER + 4 * f.signature.params.bins + 8 * (f.body.ids.length + f.names.ids.length + f.numbers.ids.length);
}

/** Encode features (layout version 1). */
export function encodeFeatures(f: ArticleFeatures): Uint8Array {
  const sig = f.signature;
  const bins = sig.params.bins;
  if (sig.values.length !== bins) throw new FeatureCodecError(`signature of ${f.article} has ${sig.values.length} values for ${bins} bins`);
  const out = new Uint8Array(encodedFeaturesSize(f));
  const view = new DataView(out.buffer);
  out[0] = MAGIC_0;
  out[1] = MAGIC_1;
  out[2] = FEATURES_LAYOUT_VERSION;
  out[3] = (f.published === undefined ? 0 : HAS_PUBLISHED) | (f.monthDay === undefined ? 0 : HAS_MONTH_DAY);
  view.setUint32(4, f.tokens >>> 0, true);
  view.setUint32(8, f.exact >>> 0, true);
  view.setUint8(12, sig.params.version);
  view.setUint8(13, sig.params.shingle);
  view.setUint16(14, bins, true);
  view.setUint32(16, sig.params.seed >>> 0, true);
  view.setUint32(20, sig.size >>> 0, true);
  view.setFloat64(24, f.published ?? 0, true);
  view.setUint8(32, f.monthDay?.month ?? 0);
  view.setUint8(33, f.monthDay?.day ?? 0);
  const vectors = [f.body, f.names, f.numbers];
  vectors.forEach((v, i) => {
    view.setUint32(36 + 4 * i, v.ids.length, true);
    view.setFloat64(48 + 8 * i, v.norm, true);
  });
  let at = HEADER;
  at = put(out, view, at, sig.values);
  for (const v of vectors) {
    at = put(out, view, at, v.ids);
    at = put(out, view, at, v.weights);
  }
  return out;
}

/**
 * Decode features stored for article `article`. The arrays may share memory with `bytes`: do not reuse the
 * buffer while the features are in use.
 */
export function decodeFeatures(bytes: Uint8Array, article: ArticleId): ArticleFeatures {
  if (bytes.length < HEADER || bytes[0] !== MAGIC_0 || bytes[1] !== MAGIC_1) {
    throw new FeatureCodecError(`stored features of ${article} are not in the Retold layout (${bytes.length} bytes)`);
  }
  if (bytes[2] !== FEATURES_LAYOUT_VERSION) {
    throw new FeatureCodecError(
      `stored features of ${article} use layout version ${bytes[2]}; this Retold reads version ${FEATURES_LAYOUT_VERSION} (upgrade Retold)`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = bytes[3]!;
  const bins = view.getUint16(14, true);
  const params: SignatureParams = { version: view.getUint8(12) as 1, bins, seed: view.getUint32(16, true), shingle: view.getUint8(13) };
  const lengths = [0, 1, 2].map((i) => view.getUint32(36 + 4 * i, true));
  const expected = HEADER + 4 * bins + 8 * (lengths[0]! + lengths[1]! + lengths[2]!);
  if (bytes.length !== expected) {
    throw new FeatureCodecError(`stored features of ${article} are ${bytes.length} bytes; their header says ${expected}`);
  }
  // On a little-endian machine with 4-byte aligned bytes the arrays are views of `bytes` (no copy, few
  // allocations: replaying a store decodes every article); otherwise they are copies.
  const share = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0;
  let at = HEADER;
  const values = share ? new Uint32Array(bytes.buffer, bytes.byteOffset + at, bins) : new Uint32Array(bins);
  at = share ? at + 4 * bins : take(bytes, view, at, values);
  const vectors: SparseVector[] = [];
  for (let i = 0; i < 3; i++) {
    const n = lengths[i]!;
    vectors.push(readVector(bytes, view, at, n, view.getFloat64(48 + 8 * i, true), share));
    at += 8 * n;
  }
  return {
    article,
    tokens: view.getUint32(4, true),
    exact: view.getUint32(8, true),
    signature: { params, values, size: view.getUint32(20, true) },
    body: vectors[0]!,
    names: vectors[1]!,
    numbers: vectors[2]!,
    ...((flags & HAS_PUBLISHED) !== 0 ? { published: view.getFloat64(24, true) } : {}),
    ...((flags & HAS_MONTH_DAY) !== 0 ? { monthDay: { month: view.getUint8(32), day: view.getUint8(33) } } : {}),
  };
}

type Words = Uint32Array | Int32Array | Float32Array;

function put(out: Uint8Array, view: DataView, at: number, a: Words): number {
  if (LITTLE_ENDIAN) out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
  else if (a instanceof Float32Array) for (let i = 0; i < a.length; i++) view.setFloat32(at + 4 * i, a[i]!, true);
  else if (a instanceof Int32Array) for (let i = 0; i < a.length; i++) view.setInt32(at + 4 * i, a[i]!, true);
  else for (let i = 0; i < a.length; i++) view.setUint32(at + 4 * i, a[i]!, true);
  return at + a.byteLength;
}

function take(bytes: Uint8Array, view: DataView, at: number, into: Words): number {
  if (LITTLE_ENDIAN) new Uint8Array(into.buffer).set(bytes.subarray(at, at + into.byteLength));
  else if (into instanceof Float32Array) for (let i = 0; i < into.length; i++) into[i] = view.getFloat32(at + 4 * i, true);
  else if (into instanceof Int32Array) for (let i = 0; i < into.length; i++) into[i] = view.getInt32(at + 4 * i, true);
  else for (let i = 0; i < into.length; i++) into[i] = view.getUint32(at + 4 * i, true);
  return at + into.byteLength;
}

/**
 * Sparse vectors (a story's centroids), layout version 1, little endian:
 *
 * | offset | bytes | field |
 * |---|---|---|
 * | 0 | 2 | magic `RV` (0x52 0x56) |
 * | 2 | 1 | layout version (1) |
 * | 3 | 1 | k, the number of vectors |
 * | 4 | 12 × k | per vector: entries n (u32), norm (f64) |
 * | 4 + 12k | 8 × n per vector | per vector: n term ids (i32), then n weights (f32) |
 */
export function encodeVectors(vectors: readonly SparseVector[]): Uint8Array {
  const head = 4 + 12 * vectors.length;
  const out = new Uint8Array(head + 8 * vectors.reduce((n, v) => n + v.ids.length, 0));
  const view = new DataView(out.buffer);
  out[0] = 0x52;
  out[1] = 0x56;
  out[2] = 1;
  out[3] = vectors.length;
  let at = head;
  vectors.forEach((v, i) => {
    view.setUint32(4 + 12 * i, v.ids.length, true);
    view.setFloat64(8 + 12 * i, v.norm, true);
    at = put(out, view, at, v.ids);
    at = put(out, view, at, v.weights);
  });
  return out;
}

/** Decode vectors written by `encodeVectors`; like `decodeFeatures`, the arrays may be views of `bytes`. */
export function decodeVectors(bytes: Uint8Array): SparseVector[] {
  if (bytes.length < 4 || bytes[0] !== 0x52 || bytes[1] !== 0x56) throw new FeatureCodecError(`stored vectors are not in the Retold layout (${bytes.length} bytes)`);
  if (bytes[2] !== 1) throw new FeatureCodecError(`stored vectors use layout version ${bytes[2]}; this Retold reads version 1 (upgrade Retold)`);
  const k = bytes[3]!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 4 + 12 * k;
  const out: SparseVector[] = [];
  for (let i = 0; i < k; i++) {
    const n = view.getUint32(4 + 12 * i, true);
    if (at + 8 * n > bytes.length) throw new FeatureCodecError(`stored vectors are truncated (${bytes.length} bytes)`);
    out.push(readVector(bytes, view, at, n, view.getFloat64(8 + 12 * i, true), LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0));
    at += 8 * n;
  }
  return out;
}

/** The vector of `n` ids then `n` weights at `at`: views of `bytes` when `share`, else copies. */
function readVector(bytes: Uint8Array, view: DataView, at: number, n: number, norm: number, share: boolean): SparseVector {
  if (n === 0) return EMPTY_VECTOR;
  if (share) {
    return { ids: new Int32Array(bytes.buffer, bytes.byteOffset + at, n), weights: new Float32Array(bytes.buffer, bytes.byteOffset + at + 4 * n, n), norm };
  }
  const ids = new Int32Array(n);
  const weights = new Float32Array(n);
  take(bytes, view, take(bytes, view, at, ids), weights);
  return { ids, weights, norm };
}
