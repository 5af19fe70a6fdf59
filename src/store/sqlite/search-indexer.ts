/**
 * Full-text indexing off the write path: FTS5 tokenising costs about a fifth of what grouping an article costs, so
 * it runs on a worker thread with its own connection, in its own short transactions, while the main thread places
 * the next batch. The index is derived data with a watermark (`meta.search_seq`, committed with the index rows): it
 * follows the articles within moments, catches up after a crash, and two processes never index an article twice
 * (the watermark is read under the write lock).
 *
 * The worker also checkpoints the write-ahead log (PASSIVE, at most once a second: it never waits for readers or
 * writers), which takes that copying off the main thread too.
 *
 * The worker is plain JavaScript evaluated from a string, so that it runs the same from TypeScript sources (tsx)
 * and from the build; it needs only the SQLite driver, whose path it is given.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Articles indexed per transaction: short enough that the main writer never waits long for the lock. */
const STEP = 400;
/**
 * Least time between two indexing runs (the index lags the articles by at most about this much; `indexSearch`
 * does not wait for it). Each run is at least one transaction that writes a new FTS5 segment, the search mark and
 * later merges: at 50 ms an HTTP server taking single-article requests wrote about 155 KB per article; at 1 s,
 * about 125 KB, and less server CPU per request (bench/http-load.ts).
 */
const DEBOUNCE_MS = 1000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: 600000 });
db.pragma('synchronous = FULL');
const read = db.prepare('SELECT seq, title, text FROM articles WHERE seq > ? ORDER BY seq LIMIT ?');
const mark = db.prepare("SELECT value FROM meta WHERE key = 'search_seq'").pluck();
const setMark = db.prepare("INSERT INTO meta (key, value) VALUES ('search_seq', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
const insert = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
let lastCheckpoint = 0;
function step() {
  db.exec('BEGIN IMMEDIATE');
  try {
    const from = Number(mark.get() ?? 0);
    const rows = read.all(from, ${STEP});
    for (const r of rows) insert.run(r.seq, r.title, r.text);
    const last = rows.length > 0 ? rows[rows.length - 1].seq : from;
    if (rows.length > 0) setMark.run(String(last));
    db.exec('COMMIT');
    return { last, more: rows.length === ${STEP} };
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
parentPort.on('message', (m) => {
  if (m === 'index') {
    try {
      let r;
      do r = step(); while (r.more);
      if (Date.now() - lastCheckpoint > 1000) {
        db.pragma('wal_checkpoint(PASSIVE)');
        lastCheckpoint = Date.now();
      }
      parentPort.postMessage({ type: 'indexed', seq: r.last });
    } catch (e) {
      parentPort.postMessage({ type: 'error', message: String(e && e.message || e) });
    }
  } else if (m === 'close') {
    db.close();
    parentPort.postMessage({ type: 'closed' });
  }
});
`;

type Reply = { type: 'indexed'; seq: number } | { type: 'error'; message: string } | { type: 'closed' };

/** Keeps the full-text index of one store file up to date from a worker thread. */
export class SearchIndexer {
  private worker: Worker | undefined;
  private running = false;
  private again = false;
  /** Highest article seq known indexed. */
  private indexed = 0;
  private waiters: { seq: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  private failure: Error | undefined;
  private closing = false;
  private lastRun = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly path: string,
    private readonly onError: (message: string) => void = () => {},
  ) {}

  /** Index what has been committed since the last call (returns at once; the work is on the worker). */
  poke(): void {
    if (this.closing) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.again = false;
    // Many small commits (an HTTP server's) are indexed together: one index transaction per DEBOUNCE_MS at most.
    const wait = this.lastRun + DEBOUNCE_MS - Date.now();
    if (wait > 0 && this.waiters.length === 0) {
      this.timer = setTimeout(() => this.run(), wait);
      this.timer.unref();
    } else this.run();
  }

  private run(): void {
    this.timer = undefined;
    if (this.closing) return;
    this.lastRun = Date.now();
    this.start().postMessage('index');
  }

  /** Resolves once every article up to `seq` is indexed (pokes the worker as needed). */
  until(seq: number): Promise<void> {
    if (seq <= this.indexed) return Promise.resolve();
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error('the store is closed'));
    return new Promise((resolve, reject) => {
      this.waiters.push({ seq, resolve, reject });
      if (this.timer !== undefined) {
        clearTimeout(this.timer);
        this.run();
      } else this.poke();
    });
  }

  /** Stop the worker after its current step; a run still waiting out the debounce is done first. */
  async close(): Promise<void> {
    this.closing = true;
    const debounced = this.timer !== undefined || this.again;
    if (debounced) clearTimeout(this.timer);
    for (const w of this.waiters.splice(0)) w.reject(new Error('the store was closed before the full-text index caught up'));
    // The worker takes messages in order: this run ends before the 'close' below.
    if (debounced) this.start().postMessage('index');
    const w = this.worker;
    if (w === undefined) return;
    this.worker = undefined;
    await new Promise<void>((resolve) => {
      w.once('exit', () => resolve());
      w.on('message', (m: Reply) => {
        if (m.type === 'closed') void w.terminate();
      });
      w.postMessage('close');
    });
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { path: this.path, driver } });
    w.unref();
    w.on('message', (m: Reply) => this.reply(m));
    w.on('error', (e) => this.reply({ type: 'error', message: e.message }));
    this.worker = w;
    return w;
  }

  private reply(m: Reply): void {
    if (m.type === 'closed' || this.closing) return;
    this.running = false;
    if (m.type === 'error') {
      this.failure = new Error(`full-text indexing failed: ${m.message}`);
      this.onError(this.failure.message);
      for (const w of this.waiters.splice(0)) w.reject(this.failure);
      return;
    }
    this.failure = undefined;
    this.indexed = Math.max(this.indexed, m.seq);
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) {
      if (w.seq <= this.indexed) w.resolve();
      else this.waiters.push(w);
    }
    if (this.again || this.waiters.length > 0) this.poke();
  }
}
