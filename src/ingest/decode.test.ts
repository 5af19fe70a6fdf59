import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bomLength, decodeUtf8, decodeUtf8Slice, findInvalidUtf8, findNulByte } from './decode.js';

/** Slow reference: consume one character at a time, trying 1 to 4 bytes with a fatal TextDecoder. */
function referenceInvalidOffset(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let k = 0;
  outer: while (k < bytes.length) {
    for (let j = k + 1; j <= Math.min(k + 4, bytes.length); j++) {
      try {
        strict.decode(bytes.subarray(k, j));
        k = j;
        continue outer;
      } catch {
        // try a longer sequence
      }
    }
    return k;
  }
  return -1;
}

test('findInvalidUtf8 agrees with a fatal TextDecoder on random bytes', () => {
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  // Bytes drawn mostly from the interesting ranges: ASCII, continuation bytes, lead bytes, the edges.
  const pool = [0x41, 0x20, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
  let invalid = 0;
  for (let round = 0; round < 5000; round++) {
    const bytes = new Uint8Array(1 + (next() % 12));
    for (let i = 0; i < bytes.length; i++) bytes[i] = pool[next() % pool.length] ?? 0x41;
    const expected = referenceInvalidOffset(bytes);
    if (expected >= 0) invalid++;
    assert.equal(findInvalidUtf8(bytes), expected, `bytes ${Buffer.from(bytes).toString('hex')}`);
  }
  assert.ok(invalid > 1000 && invalid < 5000, 'the sample has valid and invalid inputs');
});

test('findInvalidUtf8 accepts every valid scalar form and rejects surrogates and overlongs', () => {
  assert.equal(findInvalidUtf8(Buffer.from('aé€😀 ok')), -1);
  assert.equal(findInvalidUtf8(Uint8Array.of(0x61, 0xed, 0xa0, 0x80)), 1, 'UTF-8 encoded surrogate');
  assert.equal(findInvalidUtf8(Uint8Array.of(0xc0, 0xaf)), 0, 'overlong slash');
  assert.equal(findInvalidUtf8(Uint8Array.of(0x61, 0x62, 0xe2, 0x82)), 2, 'truncated at the end');
  assert.equal(findInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80)), 0, 'above U+10FFFF');
});

test('decodeUtf8 drops a BOM and reports the offset and byte of the first bad one', () => {
  assert.deepEqual(decodeUtf8(Buffer.from('\uFEFFHeadline', 'utf8')), { ok: true, text: 'Headline' });
  const latin1 = Buffer.concat([Buffer.from('Caf'), Uint8Array.of(0xe9), Buffer.from(' de la gare')]);
  assert.deepEqual(decodeUtf8(latin1), { ok: false, offset: 3, byte: 0xe9 });
});

test('decodeUtf8Slice decodes a part of a buffer and gives offsets within the buffer', () => {
  const buf = Buffer.concat([Buffer.from('{"a":1}\n{"b":"'), Uint8Array.of(0xff), Buffer.from('"}\n')]);
  assert.deepEqual(decodeUtf8Slice(buf, 0, 7), { ok: true, text: '{"a":1}' });
  assert.deepEqual(decodeUtf8Slice(buf, 8, buf.length - 1), { ok: false, offset: 14, byte: 0xff });
});

test('findNulByte looks at the first 8 KB only; bomLength sees only a leading BOM', () => {
  const late = Buffer.alloc(9000, 0x61);
  late[8500] = 0;
  assert.equal(findNulByte(late), -1);
  late[100] = 0;
  assert.equal(findNulByte(late), 100);
  assert.equal(bomLength(Buffer.from('\uFEFFx')), 3);
  assert.equal(bomLength(Buffer.from('x\uFEFF')), 0);
});
