import type { InputFormat, Origin, RawArticle } from '../model/article.js';
import { decodeUtf8Slice } from './decode.js';
import { extractHtmlPage, htmlFragmentToText, isHtmlDocument } from './html.js';
import type { IngestItem, Limits } from './options.js';
import { normalisePublished } from './published.js';
import type { RecordReader } from './reader.js';
import { empty, encoding, malformed, noArticle, tooLarge } from './rejections.js';
import { normaliseLineEndings } from './text.js';

/**
 * JSON and JSONL records: `{id?, url?, source?, title?, byline?, published?, text | html}`, with the aliases
 * body/content (text), date/publishedAt (published), outlet (source), author (byline), and `source` also as
 * `{name}` (NewsAPI). A record with `html` goes through the HTML extractor.
 */

type RecordResult =
  | { readonly kind: 'article'; readonly article: RawArticle }
  | Extract<IngestItem, { kind: 'rejected' }>;

const TEXT_FIELDS = ['text', 'body', 'content'] as const;
const PUBLISHED_FIELDS = ['published', 'date', 'publishedAt'] as const;
const SOURCE_FIELDS = ['source', 'outlet'] as const;
const BYLINE_FIELDS = ['byline', 'author'] as const;

/** Maps one parsed JSON value to an article, or says what is wrong with it. */
export function recordToArticle(value: unknown, origin: Origin): RecordResult {
  const { path, record } = origin;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return malformed(path, record, `expected a JSON object, got ${describe(value)}`);
  }
  // Plain loops and no closures: this runs once per record, tens of thousands of times a second.
  const fields = value as Record<string, unknown>;
  const problems: string[] = [];
  const id = fields['id'];
  const externalId =
    typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined;
  const url = stringField(fields, 'url', problems)?.trim();
  const title = stringField(fields, 'title', problems)?.replace(/\s+/g, ' ').trim();
  const source = nestedName(fields['source']) ?? firstString(fields, SOURCE_FIELDS, problems)?.trim();
  const byline = firstString(fields, BYLINE_FIELDS, problems)?.trim();
  let publishedRaw: unknown;
  for (const name of PUBLISHED_FIELDS) {
    publishedRaw = fields[name];
    if (publishedRaw !== undefined && publishedRaw !== null) break;
  }
  const text = firstString(fields, TEXT_FIELDS, problems);
  const html = stringField(fields, 'html', problems);
  if (problems.length > 0) return malformed(path, record, problems.join('; '));

  const published = normalisePublished(publishedRaw);
  let body: string;
  let page: Omit<RawArticle, 'kind' | 'origin' | 'text'> = {};
  if (text !== undefined) body = normaliseLineEndings(text);
  else if (html !== undefined) {
    if (isHtmlDocument(html)) {
      const extracted = extractHtmlPage(html);
      if (!extracted.ok) return noArticle(path, `in the "html" field, ${extracted.why}`, record);
      ({ text: body, ...page } = extracted.article);
    } else {
      body = htmlFragmentToText(html);
      if (body === '') return noArticle(path, 'the "html" field holds no text', record);
    }
  } else if (title !== undefined && title !== '') {
    // A headline-only record (feeds and wires send these): kept, grouped on its title alone.
    body = '';
  } else {
    const blank = [...TEXT_FIELDS, 'html'].find((name) => typeof fields[name] === 'string');
    return malformed(
      path,
      record,
      blank === undefined
        ? 'no text or html field (also accepted: body, content)'
        : `field "${blank}" is empty and there is no title`,
    );
  }
  // Fields given in the record win over what an HTML page says about itself.
  const article: { -readonly [K in keyof RawArticle]: RawArticle[K] } = { ...page, kind: 'raw', origin, text: body };
  if (externalId !== undefined) article.externalId = externalId;
  if (url !== undefined && url !== '') article.url = url;
  if (source !== undefined && source !== '') article.source = source;
  if (title !== undefined && title !== '') article.title = title;
  if (byline !== undefined && byline !== '') article.byline = byline;
  if (published !== undefined) article.published = published;
  return { kind: 'article', article };
}

/** A string field; blank counts as absent; another type is noted in `problems`. */
function stringField(fields: Record<string, unknown>, name: string, problems: string[]): string | undefined {
  const v = fields[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return isBlankString(v) ? undefined : v;
  problems.push(`field "${name}" must be a string, got ${describe(v)}`);
  return undefined;
}

function firstString(fields: Record<string, unknown>, names: readonly string[], problems: string[]): string | undefined {
  for (const name of names) {
    const v = stringField(fields, name, problems);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Looks only as far as the first character that is not whitespace: no copy of a long text. */
function isBlankString(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/** `source: {id, name}` as NewsAPI writes it. */
function nestedName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const name = (value as Record<string, unknown>)['name'];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return typeof value;
  }
}

/** Parses one record's JSON text; a syntax error becomes a rejection naming the record. */
function parseRecord(json: string, origin: Origin, bytes: number): IngestItem {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return malformed(origin.path, origin.record, `not valid JSON: ${message}`, error);
  }
  const result = recordToArticle(value, origin);
  return result.kind === 'article' ? { ...result, bytes } : result;
}

/** A `.json` file holding one object: one article, origin without a record number. */
export function parseJsonObject(json: string, input: string, bytes: number): IngestItem[] {
  return [parseRecord(json, { path: input, format: 'json' }, bytes)];
}

// ---------------------------------------------------------------------------------------------------------------
// Streaming

/**
 * Shared bookkeeping of the streaming readers: bytes not yet attributed (blank lines, rejected records) go to the
 * next article, so that the articles' `bytes` add up to the input's size for progress bars.
 */
abstract class StreamingReader implements RecordReader {
  protected pending: number;
  /** Input offset of the first byte of the current chunk. */
  protected offset: number;
  protected items: IngestItem[] = [];

  constructor(
    protected readonly input: string,
    protected readonly format: InputFormat,
    protected readonly limits: Limits,
    /** Bytes skipped before the first chunk (a BOM). */
    skipped: number,
  ) {
    this.pending = skipped;
    this.offset = skipped;
  }

  abstract push(chunk: Buffer): IngestItem[];
  abstract end(): IngestItem[];

  /** Decodes and parses `buf[start, end)` as record `record`, `size` bytes of input in all. */
  protected emitRecord(buf: Buffer, start: number, end: number, record: number, size: number, bufOffset: number): void {
    const decoded = decodeUtf8Slice(buf, start, end);
    if (!decoded.ok) {
      this.reject(encoding(this.input, bufOffset + decoded.offset, decoded.byte, record), size);
      return;
    }
    const item = parseRecord(decoded.text, { path: this.input, record, format: this.format }, this.pending + size);
    if (item.kind === 'article') {
      this.pending = 0;
      this.items.push(item);
    } else this.reject(item, size);
  }

  protected reject(item: IngestItem, size: number): void {
    this.pending += size;
    this.items.push(item);
  }

  protected take(): IngestItem[] {
    const out = this.items;
    this.items = [];
    return out;
  }
}

/**
 * JSONL / NDJSON: one object per line, split at byte level (`\n` never occurs inside a UTF-8 multi-byte sequence),
 * so only one line is ever held in memory besides the current chunk. Blank lines are skipped; a trailing `\r` is
 * dropped; a line over maxRecordBytes is counted and skipped without being kept.
 */
export class JsonlReader extends StreamingReader {
  private line = 0;
  /** Pieces of a line that spans chunks, with the offset of its first byte. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private carryOffset = 0;
  /** The current line is over the limit: its bytes are counted, not kept. */
  private skipping = false;
  /** A line that is not blank was seen. */
  private sawRecord = false;

  constructor(input: string, limits: Limits, skipped: number) {
    super(input, 'jsonl', limits, skipped);
  }

  push(chunk: Buffer): IngestItem[] {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      if (this.carryBytes > 0 || this.skipping) {
        this.appendCarry(chunk, start, nl);
        this.finishCarry(1);
      } else this.handleLine(chunk, start, nl, nl - start + 1, this.offset + start);
      start = nl + 1;
    }
    if (start < chunk.length) this.appendCarry(chunk, start, chunk.length);
    this.offset += chunk.length;
    return this.take();
  }

  end(): IngestItem[] {
    if (this.carryBytes > 0 || this.skipping) this.finishCarry(0);
    if (!this.sawRecord) this.items.push(empty(this.input, this.offset === 0 ? 'nothing' : 'blank lines'));
    return this.take();
  }

  private appendCarry(chunk: Buffer, start: number, end: number): void {
    if (this.carryBytes === 0 && !this.skipping) this.carryOffset = this.offset + start;
    this.carryBytes += end - start;
    if (this.skipping) return;
    if (this.carryBytes > this.limits.maxRecordBytes) {
      this.skipping = true;
      this.carry = [];
      return;
    }
    // A copy, so that a short remainder does not keep the whole chunk alive.
    this.carry.push(Buffer.from(chunk.subarray(start, end)));
  }

  private finishCarry(newline: number): void {
    const size = this.carryBytes + newline;
    if (this.skipping) {
      this.line++;
      this.sawRecord = true;
      this.reject(tooLarge(this.input, this.carryBytes, this.limits.maxRecordBytes, 'maxRecordBytes', this.line), size);
    } else {
      const joined = this.carry.length === 1 ? (this.carry[0] as Buffer) : Buffer.concat(this.carry);
      this.handleLine(joined, 0, joined.length, size, this.carryOffset);
    }
    this.carry = [];
    this.carryBytes = 0;
    this.skipping = false;
  }

  /** `size` counts the newline; `at` is the input offset of `buf[start]`. */
  private handleLine(buf: Buffer, start: number, end: number, size: number, at: number): void {
    this.line++;
    if (end > start && buf[end - 1] === 13) end--;
    if (isBlank(buf, start, end)) {
      this.pending += size;
      return;
    }
    this.sawRecord = true;
    if (end - start > this.limits.maxRecordBytes) {
      this.reject(tooLarge(this.input, end - start, this.limits.maxRecordBytes, 'maxRecordBytes', this.line), size);
      return;
    }
    this.emitRecord(buf, start, end, this.line, size, at - start);
  }
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * A JSON array of objects, streamed: a byte-level scanner finds where each top-level element starts and ends
 * (tracking strings, escapes and nesting, and jumping from quote to quote inside strings), and each element is
 * parsed on its own. Element n is record n. What is not an array element (text after the closing bracket, an
 * unclosed array) becomes a rejection of the file.
 */
export class JsonArrayReader extends StreamingReader {
  private depth = 0;
  private inString = false;
  /** Backslashes seen just before the current position inside a string. */
  private escaped = false;
  private element = 0;
  /** Pieces of the current element (from its first byte), with its input offset; empty between elements. */
  private parts: Buffer[] = [];
  private partsBytes = 0;
  private inElement = false;
  private elementOffset = 0;
  private skipping = false;
  private closed = false;
  private trailing = false;
  /** Input offset just after the previous element's separator. */
  private lastEnd: number;

  constructor(input: string, limits: Limits, skipped: number) {
    super(input, 'json', limits, skipped);
    this.lastEnd = skipped;
  }

  push(chunk: Buffer): IngestItem[] {
    // Where the current element starts in this chunk (0 when it began in an earlier one), -1 between elements.
    let elementStart = this.inElement ? 0 : -1;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk[i] as number;
      if (this.inString) {
        // Jump to the next quote and look back for escapes: strings are most of the bytes.
        if (!this.escaped) {
          const q = chunk.indexOf(0x22, i);
          if (q < 0) {
            this.escaped = countTrailingBackslashes(chunk, i, n) % 2 === 1;
            i = n;
            break;
          }
          const backslashes = countTrailingBackslashes(chunk, i, q);
          i = q;
          if (backslashes % 2 === 0) this.inString = false;
        } else {
          // The previous chunk ended with an odd run of backslashes: this byte is escaped.
          this.escaped = false;
        }
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (this.closed) {
        this.trailing = true;
        continue;
      }
      if (this.depth === 0) {
        // Before the opening bracket (the sniffer guarantees it is the first byte that is not whitespace).
        if (c === 0x5b) this.depth = 1;
        continue;
      }
      if (this.depth === 1 && !this.inElement) {
        if (c === 0x2c) continue;
        if (c === 0x5d) {
          this.depth = 0;
          this.closed = true;
          continue;
        }
        this.inElement = true;
        elementStart = i;
        this.elementOffset = this.offset + i;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (this.depth === 1) {
          // The array closes right after an element.
          this.finishElement(chunk, elementStart, i);
          elementStart = -1;
          this.depth = 0;
          this.closed = true;
          continue;
        }
        this.depth--;
      } else if (c === 0x2c && this.depth === 1) {
        this.finishElement(chunk, elementStart, i);
        elementStart = -1;
      }
    }
    if (this.inElement && elementStart >= 0) this.keep(chunk, elementStart, n);
    this.offset += n;
    return this.take();
  }

  end(): IngestItem[] {
    if (this.inElement) {
      if (this.depth === 1 && !this.inString) {
        // The last element is whole; only the closing bracket is missing.
        this.finishElement(Buffer.alloc(0), 0, 0);
      } else {
        this.reject(
          malformed(this.input, this.element + 1, 'not valid JSON: the input ends inside this record (a truncated file?)'),
          0,
        );
      }
    }
    if (!this.closed) {
      this.reject(
        malformed(this.input, undefined, 'not valid JSON: the array is not closed (unexpected end of input)'),
        0,
      );
    } else if (this.element === 0) {
      this.items.push(empty(this.input, 'an empty array'));
    } else if (this.trailing) {
      this.reject(malformed(this.input, undefined, 'not valid JSON: unexpected text after the closing ]'), 0);
    }
    return this.take();
  }

  private keep(chunk: Buffer, start: number, end: number): void {
    this.partsBytes += end - start;
    if (this.skipping) return;
    if (this.partsBytes > this.limits.maxRecordBytes) {
      this.skipping = true;
      this.parts = [];
      return;
    }
    this.parts.push(Buffer.from(chunk.subarray(start, end)));
  }

  /** The current element ends just before `chunk[end]` (a comma or the closing bracket). */
  private finishElement(chunk: Buffer, start: number, end: number): void {
    this.element++;
    const record = this.element;
    let buf = chunk;
    let from = start;
    let to = end;
    if (this.parts.length > 0 || this.skipping) {
      this.keep(chunk, start, end);
      buf = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
      from = 0;
      to = buf.length;
    }
    const size = this.skipping ? this.partsBytes : to - from;
    while (to > from && isSpace(buf[to - 1] as number)) to--;
    // Everything since the previous element's separator (whitespace, the opening bracket) counts towards this one,
    // and the separator after it, when there is one (not when the input ends here).
    const elementEnd = this.offset + Math.min(end + 1, chunk.length);
    const consumed = elementEnd - this.lastEnd;
    this.lastEnd = elementEnd;
    if (this.skipping || to - from > this.limits.maxRecordBytes) {
      this.reject(tooLarge(this.input, size, this.limits.maxRecordBytes, 'maxRecordBytes', record), consumed);
    } else this.emitRecord(buf, from, to, record, consumed, this.elementOffset - from);
    this.parts = [];
    this.partsBytes = 0;
    this.skipping = false;
    this.inElement = false;
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Backslashes immediately before `buf[end]`, not looking before `from`. */
function countTrailingBackslashes(buf: Buffer, from: number, end: number): number {
  let k = 0;
  while (end - 1 - k >= from && buf[end - 1 - k] === 0x5c) k++;
  return k;
}
