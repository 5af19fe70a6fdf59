/**
 * Where story details wait for the report. A large corpus has details about as large as its text, so a run that
 * reads its inputs twice (to keep memory bounded) must not then hold every story's detail: `SpilledDetails` writes
 * each one as a JSON line to an anonymous temporary file and reads it back when asked for. The file is unlinked as
 * soon as it is open, so nothing is left behind even when the process is killed; its descriptor is closed when the
 * map is closed or collected.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoryId } from '../model/ids.js';
import { OutputError, systemReason } from '../model/errors.js';
import type { StoryDetail } from './detail.js';

/** A map of story details that a StoryDetailer fills and the report reads. */
export interface DetailSink extends ReadonlyMap<StoryId, StoryDetail> {
  set(id: StoryId, detail: StoryDetail): void;
}

const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** Details in an unlinked temporary file: memory holds an offset and a length per story. */
export class SpilledDetails implements DetailSink {
  private readonly fd: number;
  private readonly at = new Map<StoryId, { readonly offset: number; readonly length: number }>();
  private end = 0;
  private closed = false;

  constructor(private readonly dir: string = tmpdir()) {
    try {
      const folder = mkdtempSync(join(dir, 'retold-details-'));
      try {
        this.fd = openSync(join(folder, 'details.jsonl'), 'w+');
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    } catch (e) {
      throw this.failed(e);
    }
    closer.register(this, this.fd, this);
  }

  private failed(e: unknown): OutputError {
    return new OutputError(this.dir, `cannot keep story details in a temporary file here (${systemReason(e)}); set TMPDIR to a folder with room`, { cause: e });
  }

  set(id: StoryId, detail: StoryDetail): void {
    if (this.closed) throw new Error('SpilledDetails: set after close');
    const bytes = Buffer.from(JSON.stringify(detail) + '\n');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.end + written);
    } catch (e) {
      throw this.failed(e);
    }
    this.at.set(id, { offset: this.end, length: bytes.length - 1 });
    this.end += bytes.length;
  }

  get(id: StoryId): StoryDetail | undefined {
    const at = this.at.get(id);
    if (at === undefined) return undefined;
    if (this.closed) throw new Error('SpilledDetails: read after close');
    const buf = Buffer.allocUnsafe(at.length);
    let read = 0;
    while (read < at.length) {
      const n = readSync(this.fd, buf, read, at.length - read, at.offset + read);
      if (n === 0) throw new Error(`SpilledDetails: the temporary file ended early reading story ${id}`);
      read += n;
    }
    return JSON.parse(buf.toString('utf8')) as StoryDetail;
  }

  has(id: StoryId): boolean {
    return this.at.has(id);
  }

  get size(): number {
    return this.at.size;
  }

  keys(): MapIterator<StoryId> {
    return this.at.keys();
  }

  *entries(): MapIterator<[StoryId, StoryDetail]> {
    for (const id of this.at.keys()) yield [id, this.get(id)!];
  }

  *values(): MapIterator<StoryDetail> {
    for (const id of this.at.keys()) yield this.get(id)!;
  }

  [Symbol.iterator](): MapIterator<[StoryId, StoryDetail]> {
    return this.entries();
  }

  forEach(fn: (value: StoryDetail, key: StoryId, map: ReadonlyMap<StoryId, StoryDetail>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }

  /** Close the file now (reads fail after this); otherwise it closes when the map is collected. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closer.unregister(this);
    closeSync(this.fd);
  }
}
