/**
 * The commands that work on a store: ingest, stories, story, search, similar, watch, serve. Thin shells: parse
 * options, call the store, the corpus or the HTTP app, print text or the API's JSON views (`--json`).
 */
import { watch as watchFiles, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { asArticleId, asStoryId } from '../model/ids.js';
import { planInputs } from '../ingest/index.js';
import { DEFAULT_DB, openStore } from '../store/index.js';
import type { Store, StoryOrder, StoryQuery } from '../store/types.js';
import {
  searchView,
  similarView,
  storyPageView,
  storyView,
  type PlacementView,
  type SearchView,
  type StoryPageView,
  type StorySummaryView,
  type StoryView,
} from '../store/views.js';
import { createApp } from '../http/app.js';
import { startServer } from '../http/server.js';
import { storeWebData, webApp } from '../web/index.js';
import { DEFAULT_BATCH, ingestCommand, ingestInto, openCorpus } from './ingest.js';
import { storiesCommand } from './views.js';

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};
const nonNegativeInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
};
const positiveNumber = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
};
const port = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
};
const isoTime = (upper: boolean) => (v: string): number => {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(v);
  const t = Date.parse(dateOnly ? `${v}T00:00:00Z` : v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t)) throw new InvalidArgumentError('expected an ISO 8601 date or date-time such as 2024-03-01');
  return dateOnly && upper ? t + 86_400_000 - 1 : t;
};

const DB_HELP = `store file (SQLite; created when missing; default ${DEFAULT_DB})`;
const WINDOW_HELP = 'days after which a story no longer takes new articles (saved in the store; default 365)';

/** Register the store commands on the program. */
export function registerStoreCommands(p: Command): void {
  p.command('ingest')
    .description('add articles to a store: each stored once (same content → same id) and placed in a story')
    .argument('<paths...>', 'files or folders (recursive) of .txt .md .html .json .jsonl .xml/.rss/.atom; - for stdin')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--batch <n>', 'articles per transaction (each acknowledged on stderr when committed)', positiveInt, DEFAULT_BATCH)
    .option('--window-days <n>', WINDOW_HELP, positiveNumber)
    .option('--json', 'print the totals as JSON')
    .option('--quiet', 'print nothing but rejections')
    .action(async (paths: string[], o: { db: string; batch: number; windowDays?: number; json?: boolean; quiet?: boolean }) => {
      process.exitCode = await ingestCommand(paths, o);
    });

  p.command('stories')
    .description('list the stories of a store, newest activity first; or, given paths, analyse them and show their stories in full')
    .argument('[paths...]', 'files or folders to analyse instead of reading a store (agreement, additions, quotes, entities, timeline, provenance)')
    .option('--story <id>', 'with paths: only this story')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--from <time>', 'only stories with an article at or after this time (ISO 8601)', isoTime(false))
    .option('--to <time>', 'only stories with an article at or before this time (a date means its end)', isoTime(true))
    .option('--entity <name>', 'each word must be part of one of the story\'s names')
    .option('--source <name>', 'only stories with an article from this source')
    .option('--order <order>', 'updated, created or size', 'updated')
    .option('--limit <n>', 'stories per page (1–500)', positiveInt, 20)
    .option('--cursor <cursor>', 'the next page, as printed after the previous one')
    .option('--offset <n>', 'stories to skip', nonNegativeInt)
    .option('--json', 'print the page as JSON (the shape of GET /api/stories)')
    .action(async (paths: string[], o: { story?: string; db: string; from?: number; to?: number; entity?: string; source?: string; order: string; limit: number; cursor?: string; offset?: number; json?: boolean }) => {
      if (paths.length > 0) {
        process.exitCode = await storiesCommand(paths, { ...(o.story === undefined ? {} : { story: o.story }), ...(o.json === undefined ? {} : { json: o.json }) });
        return;
      }
      if (o.order !== 'updated' && o.order !== 'created' && o.order !== 'size') {
        process.stderr.write(`retold: --order must be updated, created or size; got ${o.order}\n`);
        process.exitCode = 2;
        return;
      }
      const q: StoryQuery = {
        order: o.order as StoryOrder,
        limit: o.limit,
        ...(o.from === undefined ? {} : { from: o.from }),
        ...(o.to === undefined ? {} : { to: o.to }),
        ...(o.entity === undefined ? {} : { entity: o.entity }),
        ...(o.source === undefined ? {} : { source: o.source }),
        ...(o.cursor === undefined ? {} : { cursor: o.cursor }),
        ...(o.offset === undefined ? {} : { offset: o.offset }),
      };
      await withStore(o.db, async (store) => {
        const page = storyPageView(await store.listStories(q));
        process.stdout.write(o.json === true ? JSON.stringify(page, null, 2) + '\n' : renderPage(page));
      });
    });

  p.command('story')
    .description('show one story: its articles and why each joined, copies, related stories')
    .argument('<id>', 'story id, e.g. s000042')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--json', 'print the story as JSON (the shape of GET /api/stories/{id})')
    .action(async (id: string, o: { db: string; json?: boolean }) => {
      await withStore(o.db, async (store) => {
        let s = await store.getStory(asStoryId(id));
        if (s?.mergedInto !== undefined) {
          process.stderr.write(`retold: story ${id} was merged into ${s.mergedInto}; showing that\n`);
          s = await store.getStory(s.mergedInto);
        }
        if (s === undefined) {
          process.stderr.write(`retold: no story ${id} in ${o.db}; list them with \`retold stories --db ${o.db}\`\n`);
          process.exitCode = 1;
          return;
        }
        const view = storyView(s, await store.storyArticles(s.id), await store.relatedStories(s.id, 5));
        process.stdout.write(o.json === true ? JSON.stringify(view, null, 2) + '\n' : renderStory(view));
      });
    });

  p.command('search')
    .description('full-text search over the articles of a store, and the stories they belong to')
    .argument('<words...>', 'words (all must match); "a phrase"; word* for a prefix')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--limit <n>', 'articles and stories shown (1–200)', positiveInt, 10)
    .option('--json', 'print the results as JSON (the shape of GET /api/search)')
    .action(async (words: string[], o: { db: string; limit: number; json?: boolean }) => {
      await withStore(o.db, async (store) => {
        await store.indexSearch();
        const view = searchView(await store.search(words.join(' '), { limit: o.limit }));
        process.stdout.write(o.json === true ? JSON.stringify(view, null, 2) + '\n' : renderSearch(view));
      });
    });

  p.command('similar')
    .description('the stories a stored article is most like, with the evidence (loads the story index)')
    .argument('<article-id>', 'id of a stored article')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--limit <n>', 'stories shown (1–10)', positiveInt, 5)
    .option('--json', 'print as JSON (the shape of GET /api/articles/{id}/similar)')
    .action(async (id: string, o: { db: string; limit: number; json?: boolean }) => {
      const { store, corpus } = await openCorpus(o.db, undefined, o.json === true);
      try {
        const aid = asArticleId(id);
        const own = (await store.existing([aid])).get(aid);
        const ranked = own === undefined ? undefined : await corpus.similar(aid, Math.min(o.limit, 10));
        if (own === undefined || ranked === undefined) {
          process.stderr.write(`retold: no article ${id} in ${o.db}\n`);
          process.exitCode = 1;
          return;
        }
        const rows = [];
        for (const r of ranked) {
          const story = await store.getStory(r.story);
          if (story !== undefined) rows.push({ similar: r, story });
        }
        const view = similarView(aid, own, rows);
        if (o.json === true) process.stdout.write(JSON.stringify(view, null, 2) + '\n');
        else {
          const lines = [`stories like ${id} (in ${own}):`];
          for (const s of view.stories) {
            lines.push(`  ${s.story.id}  score ${s.evidence.scores.total}${s.own ? '  (its story)' : s.accepted ? '  (would join)' : ''}  ${s.story.title}`);
            lines.push(`      shares ${[...s.evidence.names.slice(0, 4), ...s.evidence.terms.slice(0, 4)].join(', ') || 'little'}`);
          }
          process.stdout.write(lines.join('\n') + '\n');
        }
      } finally {
        await store.close();
      }
    });

  p.command('watch')
    .description('ingest new and changed files of a folder as they appear (Ctrl-C to stop)')
    .argument('<folder>', 'folder to watch (recursive)')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--window-days <n>', WINDOW_HELP, positiveNumber)
    .option('--debounce <ms>', 'wait this long after a file last changed before reading it', nonNegativeInt, 500)
    .option('--rescan <seconds>', 'also look for new files this often (events can be missed)', positiveNumber, 30)
    .option('--batch <n>', 'articles per transaction', positiveInt, DEFAULT_BATCH)
    .action(async (folder: string, o: { db: string; windowDays?: number; debounce: number; rescan: number; batch: number }) => {
      process.exitCode = await watchCommand(folder, o);
    });

  p.command('serve')
    .description('serve the web pages (/) and the HTTP JSON API (/api: POST /api/articles, GET /api/stories, … ; see /api/openapi.json) over a store')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--port <n>', 'port (0 = any free one)', port, 8080)
    .option('--host <host>', 'interface to listen on; 127.0.0.1 keeps the API on this machine', '127.0.0.1')
    .option('--window-days <n>', WINDOW_HELP, positiveNumber)
    .option('--max-body <bytes>', 'largest request body', positiveInt, 5 * 1024 * 1024)
    .action(async (o: { db: string; port: number; host: string; windowDays?: number; maxBody: number }) => {
      await serveCommand(o);
    });
}

async function withStore(db: string, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore({ kind: 'sqlite', path: db });
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

// ---- text output ----

function day(iso: string | undefined): string {
  return iso === undefined ? '' : iso.slice(0, 10);
}

function spanOf(s: StorySummaryView): string {
  const a = day(s.first);
  const b = day(s.last);
  return a === '' ? 'undated' : a === b ? a : `${a} – ${b}`;
}

function renderPage(page: StoryPageView): string {
  const lines = [`${page.total} stor${page.total === 1 ? 'y' : 'ies'}${page.stories.length < page.total ? `, ${page.stories.length} shown` : ''}`];
  for (const s of page.stories) {
    lines.push(`${s.id}  ${s.articles} article${s.articles === 1 ? '' : 's'} (${s.versions} version${s.versions === 1 ? '' : 's'})  ${spanOf(s)}  ${s.title}`);
  }
  if (page.next !== undefined) lines.push(`next page: --cursor ${page.next}`);
  return lines.join('\n') + '\n';
}

function note(p: PlacementView): string {
  if (p.kind === 'copy') return p.exact === true ? `exact copy of ${p.of}` : `copy of ${p.of} (containment ${p.containment})`;
  if (p.kind === 'story' && p.evidence !== undefined) {
    const shared = [...new Set([...p.evidence.names.slice(0, 4), ...p.evidence.terms.slice(0, 4)])].slice(0, 6).join(', ');
    return `joined (score ${p.evidence.scores.total}; shares ${shared})`;
  }
  return p.nearest === undefined ? 'first' : `first (nearest ${p.nearest}, score ${p.evidence?.scores.total ?? 0})`;
}

function renderStory(v: StoryView): string {
  const s = v.story;
  const lines = [
    `${s.id}  ${s.title}`,
    `    ${s.articles} articles, ${s.versions} independent version${s.versions === 1 ? '' : 's'}; ${spanOf(s)}` + (s.sources.length > 0 ? `; sources: ${s.sources.join(', ')}` : ''),
  ];
  if (s.names.length > 0) lines.push(`    names: ${s.names.join(', ')}`);
  for (const a of v.articles) {
    lines.push(`    - ${a.id}  ${a.title ?? a.lead}${a.source === undefined ? '' : ` — ${a.source}`}  [${a.url ?? (a.record === undefined ? a.path : `${a.path}#${a.record}`)}]`);
    lines.push(`        ${note(a.placement)}`);
  }
  for (const g of v.copies) lines.push(`    copies: ${g.join(', ')}`);
  for (const r of v.related) lines.push(`    related: ${r.story}  ${r.title}  (shares ${[...r.evidence.names.slice(0, 4)].join(', ') || r.evidence.terms.slice(0, 4).join(', ')})`);
  return lines.join('\n') + '\n';
}

function renderSearch(v: SearchView): string {
  const lines = [`stories matching ${JSON.stringify(v.query)}:`];
  for (const h of v.stories) lines.push(`  ${h.story.id}  ${h.matches} matching article${h.matches === 1 ? '' : 's'}  ${h.story.title}`, `      ${h.best.snippet}`);
  lines.push(`articles:`);
  for (const h of v.articles) lines.push(`  ${h.id}  (${h.story})  ${h.title ?? ''}${h.source === undefined ? '' : ` — ${h.source}`}`, `      ${h.snippet}`);
  return lines.join('\n') + '\n';
}

// ---- watch ----

/** `retold watch`: fs.watch for quick reaction, a periodic rescan for what events miss. Returns the exit code. */
export async function watchCommand(folder: string, o: { db: string; windowDays?: number; debounce: number; rescan: number; batch: number }): Promise<number> {
  const root = resolve(folder);
  const info = await stat(root).catch(() => undefined);
  if (info?.isDirectory() !== true) {
    process.stderr.write(`retold: ${folder} is not a folder; pass the folder to watch\n`);
    return 2;
  }
  const { store, corpus } = await openCorpus(o.db, o.windowDays, false);
  const timers = new Map<string, NodeJS.Timeout>();
  const due: string[] = [];
  let running: Promise<void> | undefined;
  let stopping = false;
  let failed = false;

  const schedule = (path: string, delay = o.debounce): void => {
    if (stopping || basename(path).startsWith('.')) return;
    clearTimeout(timers.get(path));
    timers.set(
      path,
      setTimeout(() => {
        timers.delete(path);
        if (!due.includes(path)) due.push(path);
        running ??= work().finally(() => (running = undefined));
      }, delay),
    );
  };
  const work = async (): Promise<void> => {
    for (let path = due.shift(); path !== undefined && !stopping; path = due.shift()) {
      try {
        await readOne(path);
      } catch (e) {
        process.stderr.write(`retold: watch: ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
        if (!(e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('input.'))) failed = true;
      }
    }
  };
  const readOne = async (path: string): Promise<void> => {
    const s = await stat(path).catch(() => undefined);
    if (s === undefined || !s.isFile()) return;
    // Still being written: look again once it has been quiet for the debounce time.
    if (Date.now() - s.mtimeMs < o.debounce) return schedule(path, o.debounce);
    const known = await store.getFile(path);
    if (known !== undefined && known.size === s.size && known.mtimeMs === s.mtimeMs) return;
    const totals = await ingestInto(corpus, [path], { batch: o.batch, files: [{ path, size: s.size, mtimeMs: s.mtimeMs }] });
    const rel = path.startsWith(root) ? path.slice(root.length + 1) : path;
    process.stdout.write(`${new Date().toISOString()}  ${rel}: ${totals.stored} stored, ${totals.existing} already stored, ${totals.rejected.length} rejected\n`);
    for (const r of totals.rejected) process.stderr.write(`retold: ${r.message}\n`);
  };
  const rescan = async (): Promise<void> => {
    const { files } = await planInputs([root]);
    for (const f of files) {
      const known = await store.getFile(f.path);
      if (known === undefined || known.size !== f.size) schedule(f.path, 0);
      else {
        const s = await stat(f.path).catch(() => undefined);
        if (s !== undefined && s.mtimeMs !== known.mtimeMs) schedule(f.path, 0);
      }
    }
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watchFiles(root, { recursive: true }, (_event, name) => {
      if (name !== null) schedule(join(root, name.toString()));
    });
    watcher.on('error', (e) => process.stderr.write(`retold: watch: ${e.message}; relying on the rescan every ${o.rescan} s\n`));
  } catch (e) {
    process.stderr.write(`retold: watch: cannot watch ${root} (${e instanceof Error ? e.message : String(e)}); relying on the rescan every ${o.rescan} s\n`);
  }
  const interval = setInterval(() => void rescan().catch((e: unknown) => process.stderr.write(`retold: watch: rescan failed: ${String(e)}\n`)), o.rescan * 1000);
  process.stderr.write(`retold: watching ${root} → ${o.db} (Ctrl-C to stop)\n`);
  await rescan();
  await new Promise<void>((done) => {
    const stop = (): void => {
      stopping = true;
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  watcher?.close();
  clearInterval(interval);
  for (const t of timers.values()) clearTimeout(t);
  await running;
  await store.close();
  process.stderr.write('retold: watch stopped\n');
  return failed ? 2 : 0;
}

// ---- serve ----

async function serveCommand(o: { db: string; port: number; host: string; windowDays?: number; maxBody: number }): Promise<void> {
  const { store, corpus } = await openCorpus(o.db, o.windowDays, false);
  const token = process.env['RETOLD_TOKEN'];
  const log = (line: string): void => void process.stderr.write(line + '\n');
  const onError = (e: Error): void => log(`retold serve: page: ${e.stack ?? e.message}`);
  const app = createApp({
    corpus,
    maxBodyBytes: o.maxBody,
    log,
    web: webApp(storeWebData(corpus, { onError }), { onError }),
    ...(token === undefined || token === '' ? {} : { token }),
  });
  const server = await startServer({ app, port: o.port, host: o.host });
  process.stderr.write(`retold: serving ${o.db}: pages at ${server.url}/, the API at ${server.url}/api (OpenAPI: ${server.url}/api/openapi.json)${token ? '; writes need the RETOLD_TOKEN' : ''}\n`);
  // Machine-readable first line on stdout, for scripts that start the server on port 0.
  process.stdout.write(`${server.url}\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  await store.close();
  process.stderr.write('retold: server stopped\n');
}
