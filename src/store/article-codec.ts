/**
 * The structure of a stored article (paragraphs and sentences) in a few bytes, since the text itself is stored
 * once: paragraphs are the text split at blank lines and each sentence is a slice of the text.
 *
 * Layout: byte 0 is the form.
 * - Form 1 (offsets): bytes 1–3 reserved (0), then per sentence u32 start, u32 end, u32 paragraph (little endian,
 *   from byte 4; the count is the length / 12).
 *   Used when `paragraphs.join('\n\n') === text`, the split gives the same paragraphs and every sentence's text is
 *   `text.slice(start, end)` with `index` its position — which normalisation guarantees.
 * - Form 2 (JSON): UTF-8 JSON `{paragraphs, sentences}` after byte 0, for any article that breaks those rules.
 */
import type { Article, Sentence } from '../model/article.js';

const OFFSETS = 1;
const JSON_FORM = 2;

/** Encode an article's paragraphs and sentences. */
export function encodeStructure(a: Article): Uint8Array {
  if (fitsOffsets(a)) {
    const out = new Uint8Array(4 + 12 * a.sentences.length);
    const view = new DataView(out.buffer);
    out[0] = OFFSETS;
    let at = 4;
    for (const s of a.sentences) {
      view.setUint32(at, s.start, true);
      view.setUint32(at + 4, s.end, true);
      view.setUint32(at + 8, s.paragraph, true);
      at += 12;
    }
    return out;
  }
  const json = new TextEncoder().encode(JSON.stringify({ paragraphs: a.paragraphs, sentences: a.sentences }));
  const out = new Uint8Array(1 + json.length);
  out[0] = JSON_FORM;
  out.set(json, 1);
  return out;
}

/** Paragraphs and sentences of a stored article with body `text`. */
export function decodeStructure(bytes: Uint8Array, text: string): { paragraphs: string[]; sentences: Sentence[] } {
  if (bytes[0] === JSON_FORM) {
    return JSON.parse(new TextDecoder().decode(bytes.subarray(1))) as { paragraphs: string[]; sentences: Sentence[] };
  }
  if (bytes[0] !== OFFSETS || (bytes.length - 4) % 12 !== 0) throw new RangeError(`unknown article structure form ${bytes[0]} (${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sentences: Sentence[] = [];
  for (let at = 4, index = 0; at < bytes.length; at += 12, index++) {
    const start = view.getUint32(at, true);
    const end = view.getUint32(at + 4, true);
    sentences.push({ index, paragraph: view.getUint32(at + 8, true), text: text.slice(start, end), start, end });
  }
  return { paragraphs: text.split('\n\n'), sentences };
}

function fitsOffsets(a: Article): boolean {
  if (a.text === '' || a.paragraphs.join('\n\n') !== a.text || a.text.split('\n\n').length !== a.paragraphs.length) return false;
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i]!;
    if (s.index !== i || s.start < 0 || s.end < s.start || a.text.slice(s.start, s.end) !== s.text) return false;
  }
  return true;
}
