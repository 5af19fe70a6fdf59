import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/article.js';
import { asArticleId } from '../model/ids.js';
import type { ArticleFeatures } from '../model/features.js';
import { decodeFeatures, decodeVectors, encodeFeatures, encodeVectors, encodedFeaturesSize, FeatureCodecError } from './codec.js';
import { FeatureExtractor } from './extract.js';
import { Rarity } from './rarity.js';
import { EMPTY_VECTOR } from './vector.js';

function article(id: string, title: string | undefined, text: string, published?: string): Article {
  return {
    kind: 'article',
    id: asArticleId(id),
    origin: { path: `${id}.txt`, format: 'text' },
    ...(title === undefined ? {} : { title }),
    ...(published === undefined ? {} : { published }),
    text,
    paragraphs: [text],
    sentences: [{ index: 0, paragraph: 0, text, start: 0, end: text.length }],
    chrome: [],
  };
}

const extractor = new FeatureExtractor({ rarity: new Rarity() });
const SAMPLES: ArticleFeatures[] = [
  extractor.extract(article('00000000000000a1', 'Harbour board approves Kestrel Point ferry terminal', 'The Ostmere harbour board voted 7-2 on Tuesday to approve the 41 million Kestrel Point ferry terminal, said chair Ilse Marwick.', '2025-03-04T09:30:00Z')),
  // A yearless dateline: month and day only.
  extractor.extract(article('00000000000000a2', undefined, 'BRENNOCK, April 2 (Wire) - Flood barriers on the Maddle held overnight.')),
  // Nothing to count: empty vectors and a signature of no shingle.
  extractor.extract(article('00000000000000a3', 'Briefly', '')),
];

test('features survive encoding bit for bit (vectors, norms, signature, dates)', () => {
  assert.ok(SAMPLES[0]!.published !== undefined && SAMPLES[1]!.monthDay !== undefined, 'the samples cover both kinds of date');
  for (const f of SAMPLES) {
    const bytes = encodeFeatures(f);
    assert.equal(bytes.length, encodedFeaturesSize(f));
    assert.deepEqual(decodeFeatures(bytes, f.article), f);
  }
});

test('decoding copies when the bytes are not 4-byte aligned, and gives the same features', () => {
  const f = SAMPLES[0]!;
  const bytes = encodeFeatures(f);
  const shifted = new Uint8Array(bytes.length + 1).subarray(1);
  shifted.set(bytes);
  assert.deepEqual(decodeFeatures(shifted, f.article), f);
});

test('a truncated buffer, another layout or another version is refused with a reason', () => {
  const f = SAMPLES[0]!;
  const bytes = encodeFeatures(f);
  assert.throws(() => decodeFeatures(bytes.subarray(0, bytes.length - 4), f.article), (e: unknown) => e instanceof FeatureCodecError && /their header says/.test(e.message));
  assert.throws(() => decodeFeatures(new Uint8Array(80), f.article), /not in the Retold layout/);
  const newer = bytes.slice();
  newer[2] = 9;
  assert.throws(() => decodeFeatures(newer, f.article), /layout version 9; this Retold reads version 1/);
});

test('story vectors survive encoding, empty ones included', () => {
  const f = SAMPLES[0]!;
  const vectors = [f.body, f.names, EMPTY_VECTOR];
  const back = decodeVectors(encodeVectors(vectors));
  assert.deepEqual(back, vectors);
  assert.throws(() => decodeVectors(encodeVectors(vectors).subarray(0, 30)), FeatureCodecError);
});

test('story vectors decode the same from unaligned bytes', () => {
  const f = SAMPLES[0]!;
  const bytes = encodeVectors([f.body, f.names, f.numbers]);
  const shifted = new Uint8Array(bytes.length + 2).subarray(2);
  shifted.set(bytes);
  assert.deepEqual(decodeVectors(shifted), [f.body, f.names, f.numbers]);
});
