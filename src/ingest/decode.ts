import { isUtf8 } from 'node:buffer';

/** How many leading bytes are searched for a NUL byte to call an input binary (as git and grep do). */
export const BINARY_PROBE_BYTES = 8192;

/** Offset of the first NUL byte within the first 8 KB, or -1: text files never contain one. */
export function findNulByte(bytes: Uint8Array): number {
  return bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
}

/** Length of a leading UTF-8 byte order mark (3), or 0. */
export function bomLength(bytes: Uint8Array): number {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** Decoded text, or where the first byte that is not UTF-8 sits. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly offset: number; readonly byte: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 decoding of a whole document; a leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = Math.max(0, findInvalidUtf8(bytes));
    return { ok: false, offset, byte: bytes[offset] ?? 0 };
  }
}

/**
 * Strict UTF-8 decoding of `bytes[start, end)` of a Node buffer, for the JSONL hot path: `isUtf8` (simdutf) plus
 * `toString` measured ≈ 1.5× faster than a fatal TextDecoder on a fresh subarray per line, with the same verdict.
 */
export function decodeUtf8Slice(buf: Buffer, start: number, end: number): DecodeResult {
  const slice = buf.subarray(start, end);
  if (isUtf8(slice)) return { ok: true, text: buf.toString('utf8', start + bomLength(slice), end) };
  const offset = Math.max(0, findInvalidUtf8(slice));
  return { ok: false, offset: start + offset, byte: slice[offset] ?? 0 };
}

/**
 * Offset of the first byte that starts an invalid or truncated UTF-8 sequence (Unicode 15, table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is valid. Only run once decoding has failed.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1] ?? 0;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
