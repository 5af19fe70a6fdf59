import { extname } from 'node:path';
import type { InputFormat } from '../model/article.js';
import { bomLength, findNulByte } from './decode.js';
import { parseFeed } from './feed.js';
import { parseHtml } from './html.js';
import { JsonArrayReader, JsonlReader, parseJsonObject } from './json.js';
import { parseMarkdown } from './markdown.js';
import type { IngestItem, Limits } from './options.js';
import { WholeDocumentReader, type RecordReader } from './reader.js';
import { binary, tooLarge, unsupported } from './rejections.js';
import { parseText } from './text.js';

/** How much of the start of an input is looked at to tell its format. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * What an input is read as. `feed` is RSS or Atom, told apart by the root element once parsed; `json` is one
 * object or an array, told apart by the first byte.
 */
export type InputKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Extensions of files that are certainly not text; named in the message instead of a confusing binary/encoding one. */
const NOT_TEXT = new Set([
  '.pdf', '.doc', '.docx', '.odt', '.rtf', '.epub', '.xls', '.xlsx', '.ppt', '.pptx',
  '.zip', '.gz', '.tgz', '.bz2', '.xz', '.zst', '.7z', '.rar', '.tar',
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.bmp', '.tif', '.tiff', '.ico', '.heic',
  '.mp3', '.mp4', '.m4a', '.wav', '.ogg', '.mov', '.avi', '.mkv', '.webm',
  '.exe', '.dll', '.so', '.dylib', '.class', '.jar', '.wasm', '.sqlite', '.db', '.parquet',
]);

/** The kind a file name promises; `undefined` for no or an unknown extension (the content decides). */
export function kindFromName(name: string): InputKind | 'not-text' | undefined {
  const ext = extname(name).toLowerCase();
  if (NOT_TEXT.has(ext)) return 'not-text';
  return BY_EXTENSION[ext];
}

/** Kind of an input given the format the caller states (`rss` and `atom` are both read as feeds). */
export function kindFromFormat(format: InputFormat): InputKind {
  return format === 'rss' || format === 'atom' ? 'feed' : format;
}

/**
 * Tells the format from the first bytes: XML with an `<rss>`, `<rdf:RDF>` or `<feed>` root is a feed; a doctype or
 * `<html>` (or a document that opens with a common HTML element) is HTML; `[` is a JSON array; `{` is JSONL when the
 * first line is a whole JSON value and more lines follow, else one JSON object; anything else is plain text.
 */
export function sniffKind(head: string, complete: boolean): InputKind | 'xml' {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  const c = s[0];
  if (c === '<') {
    const root = /^(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*|<!(?!doctype\s+html)[^>]*>\s*)*<([A-Za-z][\w:.-]*)/i.exec(s)?.[1];
    const name = root?.toLowerCase();
    if (name === 'rss' || name === 'rdf:rdf' || name === 'feed') return 'feed';
    if (/^(?:<!--[^]*?-->\s*)*<!doctype\s+html/i.test(s) || name === 'html') return 'html';
    if (name !== undefined && /^(?:head|body|article|main|div|p|section|h[1-6]|meta|title|header)$/.test(name)) return 'html';
    if (/^<\?xml/i.test(s)) return 'xml';
    return 'text';
  }
  if (c === '[') return 'json';
  if (c === '{') {
    // A first line longer than the head: one object per line is the likelier reading of a long record.
    if (!s.includes('\n')) return complete ? 'json' : 'jsonl';
    return isJsonLines(s) ? 'jsonl' : 'json';
  }
  return 'text';
}

/** The first line is a whole JSON value and more lines follow (a pretty-printed object opens with `{` alone). */
function isJsonLines(text: string): boolean {
  const nl = text.indexOf('\n');
  if (nl < 0 || text.slice(nl + 1).trim() === '') return false;
  try {
    JSON.parse(text.slice(0, nl));
    return true;
  } catch {
    return false;
  }
}

/** A reader ready for the input's bytes after `skip` leading bytes (a BOM), or why the input is not read at all. */
export type OpenResult =
  | { readonly kind: 'reader'; readonly reader: RecordReader; readonly skip: number }
  | Extract<IngestItem, { kind: 'rejected' }>;

/**
 * Picks the adapter for one input from its name (or the stated format) and its first bytes, after the binary check.
 * `head` is the first SNIFF_BYTES (or all) of the input, `size` its full size when known: a single-article input
 * over maxArticleBytes is rejected here, before it is read.
 */
export function openReader(
  input: string,
  head: Buffer,
  size: number | undefined,
  limits: Limits,
  format?: InputFormat,
): OpenResult {
  const named = format === undefined ? kindFromName(input) : kindFromFormat(format);
  if (named === 'not-text') return unsupported(input, `a ${extname(input).toLowerCase()} file is not text`);
  const nul = findNulByte(head);
  if (nul >= 0) return binary(input, nul);
  const skip = bomLength(head);
  const complete = size !== undefined && head.length >= size;
  const text = head.toString('utf8', skip, Math.min(head.length, SNIFF_BYTES));
  let kind = named ?? sniffKind(text, complete);
  // JSONL saved as .json is common: an object per line is read as JSONL whatever the name says.
  if (kind === 'json' && format === undefined && text.trimStart().startsWith('{') && isJsonLines(text.trimStart())) {
    kind = 'jsonl';
  }
  if (kind === 'xml') return unsupported(input, 'XML that is not an RSS or Atom feed');
  if (kind === 'json' && firstNonSpace(head, skip) === 0x5b) {
    return { kind: 'reader', reader: new JsonArrayReader(input, limits, skip), skip };
  }
  if (kind === 'jsonl') return { kind: 'reader', reader: new JsonlReader(input, limits, skip), skip };
  if (kind !== 'feed' && size !== undefined && size > limits.maxArticleBytes) {
    return tooLarge(input, size, limits.maxArticleBytes, 'maxArticleBytes');
  }
  // Feeds hold many records but must be parsed whole; each item's content is checked against maxRecordBytes.
  const limit = kind === 'feed' ? undefined : limits.maxArticleBytes;
  return { kind: 'reader', reader: new WholeDocumentReader(input, skip, limit, wholeParser(kind, input, limits)), skip };
}

/** The adapter for a format read as a whole. */
function wholeParser(
  kind: Exclude<InputKind, 'jsonl'>,
  input: string,
  limits: Limits,
): (text: string, bytes: number) => IngestItem[] {
  switch (kind) {
    case 'text':
      return (text, bytes) => parseText(text, input, bytes);
    case 'markdown':
      return (text, bytes) => parseMarkdown(text, input, bytes);
    case 'html':
      return (text, bytes) => parseHtml(text, input, bytes);
    case 'json':
      return (text, bytes) => parseJsonObject(text, input, bytes);
    case 'feed':
      return (text, bytes) => parseFeed(text, input, bytes, limits);
  }
}

function firstNonSpace(buf: Buffer, from: number): number | undefined {
  for (let i = from; i < buf.length; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
  }
  return undefined;
}
