import { decodeUtf8 } from './decode.js';
import type { IngestItem } from './options.js';
import { empty, encoding, tooLarge } from './rejections.js';

/**
 * Turns the bytes of one input, fed chunk by chunk, into items. The same reader serves files (streamed), stdin and
 * in-memory buffers (one chunk), so every input kind behaves the same whichever way it arrives.
 */
export interface RecordReader {
  /** Items completed by this chunk, in input order. */
  push(chunk: Buffer): IngestItem[];
  /** Items left at the end of the input. */
  end(): IngestItem[];
}

/**
 * A reader for formats parsed as a whole (text, Markdown, HTML, a JSON object, a feed): it collects the bytes, up to
 * `limit`, then decodes strictly and hands the text to `parse`. Over the limit it keeps only the count (files are
 * checked against their size before reading, so only stdin gets this far).
 */
export class WholeDocumentReader implements RecordReader {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private over = false;

  constructor(
    private readonly input: string,
    /** Bytes skipped before the first chunk (a BOM): offsets and the byte count include them. */
    private readonly skipped: number,
    /** maxArticleBytes, or undefined for a feed (many records, each checked on its own). */
    private readonly limit: number | undefined,
    private readonly parse: (text: string, bytes: number) => IngestItem[],
  ) {}

  push(chunk: Buffer): IngestItem[] {
    this.size += chunk.length;
    if (this.over) return [];
    if (this.limit !== undefined && this.skipped + this.size > this.limit) {
      this.over = true;
      this.chunks.length = 0;
      return [];
    }
    this.chunks.push(chunk);
    return [];
  }

  end(): IngestItem[] {
    const total = this.skipped + this.size;
    if (this.over && this.limit !== undefined) return [tooLarge(this.input, total, this.limit, 'maxArticleBytes')];
    const bytes = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    this.chunks.length = 0;
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return [encoding(this.input, this.skipped + decoded.offset, decoded.byte)];
    if (decoded.text.trim() === '') return [empty(this.input, decoded.text === '' ? 'nothing' : 'whitespace')];
    return this.parse(decoded.text, total);
  }
}
