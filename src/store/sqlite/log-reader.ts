/**
 * Reads a long stretch of the log on a worker thread while the main thread replays it: fetching the rows and their
 * feature blobs from SQLite is a fifth of a restart's work, and it overlaps the replay this way. Pages travel as
 * one transferred buffer of 4-byte-aligned blobs (no copy on arrival, and the features decode as views of it), at
 * most a few pages ahead of the replay.
 *
 * Like the search indexer, the worker is plain JavaScript evaluated from a string (runs from sources and build).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Rows per page. */
const PAGE = 2000;
/** Pages the worker may read ahead of the replay. */
const AHEAD = 4;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, timeout: 60000 });
const page = db.prepare('SELECT seq, id, kind, story, copy_of, features FROM log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?').raw();
let cursor = workerData.after;
let credit = ${AHEAD};
let done = false;
function pump() {
  try {
    while (credit > 0 && !done) {
      const rows = page.all(cursor, workerData.to, ${PAGE});
      if (rows.length === 0) {
        done = true;
        db.close();
        parentPort.postMessage({ type: 'end' });
        return;
      }
      let bytes = 0;
      for (const r of rows) bytes += (r[5].length + 3) & ~3;
      const buf = new Uint8Array(bytes);
      const offsets = new Int32Array(rows.length);
      const lengths = new Int32Array(rows.length);
      const seqs = new Float64Array(rows.length);
      const ids = [], kinds = [], stories = [], copies = [];
      let at = 0;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        seqs[i] = r[0];
        ids.push(r[1]);
        kinds.push(r[2]);
        stories.push(r[3]);
        copies.push(r[4]);
        buf.set(r[5], at);
        offsets[i] = at;
        lengths[i] = r[5].length;
        at += (r[5].length + 3) & ~3;
      }
      cursor = rows[rows.length - 1][0];
      credit--;
      parentPort.postMessage({ type: 'page', seqs, ids, kinds, stories, copies, buf, offsets, lengths }, [buf.buffer, seqs.buffer, offsets.buffer, lengths.buffer]);
    }
  } catch (e) {
    done = true;
    parentPort.postMessage({ type: 'error', message: String(e && e.message || e) });
  }
}
parentPort.on('message', (m) => {
  if (m === 'more') { credit++; pump(); }
  else if (m === 'stop') { if (!done) { done = true; db.close(); } parentPort.postMessage({ type: 'end' }); }
});
pump();
`;

/** One page of log rows as the worker sends it. */
export interface LogPage {
  readonly seqs: Float64Array;
  readonly ids: readonly string[];
  readonly kinds: readonly string[];
  readonly stories: readonly string[];
  readonly copies: readonly (string | null)[];
  /** The feature blobs, each at `offsets[i]` for `lengths[i]` bytes (offsets are multiples of 4). */
  readonly buf: Uint8Array;
  readonly offsets: Int32Array;
  readonly lengths: Int32Array;
}

type Message = ({ type: 'page' } & LogPage) | { type: 'end' } | { type: 'error'; message: string };

/** The log rows with after < seq ≤ to, page by page, read by a worker thread. */
export async function* readLogPages(path: string, after: number, to: number): AsyncGenerator<LogPage> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, after, to } });
  const queue: Message[] = [];
  let wake: (() => void) | undefined;
  const push = (m: Message): void => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (e) => push({ type: 'error', message: e.message }));
  try {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((r) => (wake = r));
      wake = undefined;
      const m = queue.shift()!;
      if (m.type === 'end') return;
      if (m.type === 'error') throw new Error(`reading the log failed: ${m.message}`);
      yield m;
      worker.postMessage('more');
    }
  } finally {
    await worker.terminate();
  }
}
