/**
 * The HTTP JSON API (hono) over a stored corpus, under /api. A thin shell: it parses the request, calls the store
 * or the corpus, and returns their views (src/store/views.ts); errors become `{code, message}` with a status here
 * and only here. `/` is left to the web page (see the hook in `createApp`).
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { InputFormat, RawArticle } from '../model/article.js';
import { RetoldError, type InputError } from '../model/errors.js';
import { asArticleId, asStoryId } from '../model/ids.js';
import { compareArticles } from '../align/index.js';
import { Rarity } from '../features/rarity.js';
import { DEFAULT_MAX_BYTES, ingestBuffer, type IngestItem } from '../ingest/index.js';
import { normaliseItems, type StoredCorpus } from '../store/corpus.js';
import type { StoryOrder, StoryQuery } from '../store/types.js';
import { articleView, compareView, ingestView, rejectionView, searchView, similarView, storyPageView, storyView } from '../store/views.js';
import { openApiDocument } from './openapi.js';

/** Options of the API. */
export interface ApiOptions {
  readonly corpus: StoredCorpus;
  /** When set, POST requests need `Authorization: Bearer <token>` (the server takes it from RETOLD_TOKEN). */
  readonly token?: string;
  /** Largest request body (default 5 MB). */
  readonly maxBodyBytes?: number;
  /** Version reported by /api/health and the OpenAPI document. */
  readonly version?: string;
  /** Where server-side failures are described (the response only says that something failed). */
  readonly log?: (line: string) => void;
  /** The web page app (src/web), mounted at `/` after /api; nothing is mounted at `/` without it. */
  readonly web?: Hono;
}

/** Codes the HTTP edge adds to the library's. */
export type HttpErrorCode = 'http.not-found' | 'http.unauthorized' | 'http.too-large' | 'http.unsupported-media' | 'story.merged' | 'internal';

/** An error with its HTTP status, raised by the handlers of this file only. */
class HttpError extends Error {
  constructor(
    readonly status: 301 | 400 | 401 | 404 | 413 | 415 | 422,
    readonly code: HttpErrorCode | RetoldError['code'],
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Content types accepted by POST /api/articles and the format each is read as. */
const FORMATS: Readonly<Record<string, InputFormat>> = {
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/ndjson': 'jsonl',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/xml': 'rss',
  'text/xml': 'rss',
};

const DAY = 86_400_000;

/** Status of a library error: the one place codes meet statuses. */
function statusOf(e: RetoldError): 400 | 413 | 422 | 500 {
  if (e.code === 'usage' || e.code === 'config.invalid') return 400;
  if (e.code === 'input.too-large') return 413;
  if (e.code.startsWith('input.')) return 422;
  return 500;
}

/** Build the app. Mount it with `serve` (src/http/server.ts) or call `app.request()` in tests. */
export function createApp(options: ApiOptions): Hono {
  const { corpus } = options;
  const store = corpus.store;
  const version = options.version ?? '0.1.0';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BYTES;
  const log = options.log ?? ((): void => {});
  const started = Date.now();
  const document = JSON.stringify(openApiDocument(version));
  const app = new Hono();

  app.onError((e, c) => {
    if (e instanceof HttpError) {
      const headers: Record<string, string> = {};
      if (e.status === 401) headers['WWW-Authenticate'] = 'Bearer';
      if (e.status === 301 && typeof e.extra['mergedInto'] === 'string') headers['Location'] = `/api/stories/${e.extra['mergedInto']}`;
      return c.json({ code: e.code, message: e.message, ...e.extra }, e.status, headers);
    }
    if (e instanceof RetoldError) {
      const status = statusOf(e);
      if (status === 500) {
        log(`retold serve: ${c.req.method} ${c.req.path}: ${e.message}`);
        return c.json({ code: e.code, message: 'the store failed; nothing of this request was kept (the server log says why)' }, 500);
      }
      return c.json({ code: e.code, message: e.message }, status);
    }
    log(`retold serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return c.json({ code: 'internal', message: 'internal error (the server log says why)' }, 500);
  });
  app.notFound((c) => c.json({ code: 'http.not-found', message: `no route for ${c.req.method} ${c.req.path}; see /api/openapi.json` }, 404));

  const api = new Hono();

  api.get('/health', async (c) => {
    const s = await store.stats();
    return c.json({ status: 'ok', version, schemaVersion: s.schemaVersion, articles: s.articles, stories: s.stories, uptimeSeconds: Math.round((Date.now() - started) / 100) / 10 });
  });

  api.get('/openapi.json', (c) => c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' }));

  api.post(
    '/articles',
    async (c, next) => {
      authorise(c, options.token);
      await next();
    },
    bodyLimit({
      maxSize: maxBody,
      onError: (c) => c.json({ code: 'http.too-large', message: `the request body is over ${maxBody} bytes; send fewer articles per request` }, 413),
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const format = FORMATS[type];
      if (format === undefined) {
        throw new HttpError(415, 'http.unsupported-media', `Content-Type ${JSON.stringify(type || '(none)')} is not read; send one of ${Object.keys(FORMATS).join(', ')}`);
      }
      const body = new Uint8Array(await c.req.arrayBuffer());
      if (body.length === 0) throw new HttpError(400, 'usage', 'the request has no body; send the article(s) in it');
      let items: IngestItem[] = ingestBuffer(body, 'api', { format, maxArticleBytes: maxBody, maxRecordBytes: maxBody });
      if (format !== 'json' && format !== 'jsonl' && format !== 'rss' && format !== 'atom') items = items.map((i) => withQueryFields(i, c));
      const { articles, rejected } = normaliseItems(items);
      if (articles.length === 0) {
        const first: InputError | undefined = rejected[0];
        throw new HttpError(422, first?.code ?? 'input.no-article', `no article could be read from the request${first === undefined ? '' : `: ${first.message}`}`, {
          rejections: rejected.map(rejectionView),
        });
      }
      const result = await corpus.enqueue(articles);
      const view = ingestView(result.articles, rejected, result.merges);
      return c.json(view, view.stored > 0 ? 201 : 200);
    },
  );

  api.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const a = await store.getArticle(asArticleId(id));
    if (a === undefined) throw new HttpError(404, 'http.not-found', `no article ${id} in the store`);
    return c.json(articleView(a));
  });

  api.get('/articles/:id/similar', async (c) => {
    const id = asArticleId(c.req.param('id'));
    const limit = intParam(c, 'limit', 1, 10) ?? 10;
    const own = (await store.existing([id])).get(id);
    const ranked = own === undefined ? undefined : await corpus.similar(id, limit);
    if (own === undefined || ranked === undefined) throw new HttpError(404, 'http.not-found', `no article ${id} in the store`);
    const withStories = [];
    for (const r of ranked) {
      const story = await store.getStory(r.story);
      if (story !== undefined) withStories.push({ similar: r, story });
    }
    return c.json(similarView(id, own, withStories));
  });

  api.get('/stories', async (c) => {
    const order = c.req.query('order');
    if (order !== undefined && order !== 'updated' && order !== 'created' && order !== 'size') {
      throw new HttpError(400, 'usage', `order must be updated, created or size; got ${JSON.stringify(order)}`);
    }
    const from = timeParam(c, 'from', false);
    const to = timeParam(c, 'to', true);
    const limit = intParam(c, 'limit', 1, 500);
    const offset = intParam(c, 'offset', 0, Number.MAX_SAFE_INTEGER);
    const q: StoryQuery = {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...optional('entity', c.req.query('entity')),
      ...optional('source', c.req.query('source')),
      ...(order === undefined ? {} : { order: order as StoryOrder }),
      ...(limit === undefined ? {} : { limit }),
      ...optional('cursor', c.req.query('cursor')),
      ...(offset === undefined ? {} : { offset }),
    };
    return c.json(storyPageView(await store.listStories(q)));
  });

  api.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const s = await store.getStory(asStoryId(id));
    if (s === undefined) throw new HttpError(404, 'http.not-found', `no story ${id} in the store`);
    if (s.mergedInto !== undefined) {
      throw new HttpError(301, 'story.merged', `story ${id} was merged into ${s.mergedInto}`, { mergedInto: s.mergedInto });
    }
    const [articles, related] = await Promise.all([store.storyArticles(s.id), store.relatedStories(s.id, corpus.options.relatedLimit)]);
    return c.json(storyView(s, articles, related));
  });

  api.get('/search', async (c) => {
    const q = c.req.query('q');
    if (q === undefined || q.trim() === '') throw new HttpError(400, 'usage', 'pass the words to look for as q, e.g. /api/search?q=ceasefire');
    const limit = intParam(c, 'limit', 1, 200);
    const offset = intParam(c, 'offset', 0, Number.MAX_SAFE_INTEGER);
    return c.json(searchView(await store.search(q, { ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) })));
  });

  api.get('/compare', async (c) => {
    const a = c.req.query('a');
    const b = c.req.query('b');
    if (a === undefined || b === undefined || a === '' || b === '') throw new HttpError(400, 'usage', 'pass two article ids, e.g. /api/compare?a=<id>&b=<id>');
    const [x, y] = await Promise.all([store.getArticle(asArticleId(a)), store.getArticle(asArticleId(b))]);
    if (x === undefined) throw new HttpError(404, 'http.not-found', `no article ${a} in the store`);
    if (y === undefined) throw new HttpError(404, 'http.not-found', `no article ${b} in the store`);
    // compareArticles only reads word rarity; the corpus' own makes rare words count as in grouping.
    const rarity = corpus.rarity ?? new Rarity();
    return c.json(compareView(compareArticles(x.article, y.article, { rarity }), x.article, y.article));
  });

  app.route('/api', api);
  // ---- Web page hook: the page renderers of src/web/ mount here (`app.route('/', web)`), given as `options.web`.
  // Nothing is mounted at `/` until then; every route above stays under /api. ----
  if (options.web !== undefined) app.route('/', options.web);
  return app;
}

function authorise(c: Context, token: string | undefined): void {
  if (token === undefined || token === '') return;
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  const given = Buffer.from(m?.[1] ?? '');
  const want = Buffer.from(token);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    throw new HttpError(401, 'http.unauthorized', m === null ? 'this server needs a token to write: send Authorization: Bearer <RETOLD_TOKEN>' : 'the bearer token is wrong');
  }
}

function optional<K extends string>(key: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined || v === '' ? {} : { [key]: v }) as { [P in K]?: string };
}

function intParam(c: Context, name: string, min: number, max: number): number | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new HttpError(400, 'usage', `${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(v)}`);
  return n;
}

/** An ISO 8601 date or date-time; a bare date given as an upper bound means the end of that day. */
function timeParam(c: Context, name: string, upper: boolean): number | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(v);
  const t = Date.parse(dateOnly ? `${v}T00:00:00Z` : v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t)) throw new HttpError(400, 'usage', `${name} must be an ISO 8601 date or date-time such as 2024-03-01; got ${JSON.stringify(v)}`);
  return dateOnly && upper ? t + DAY - 1 : t;
}

/** For a page or text body: url, source, title and published from the query string (they also make its identity). */
function withQueryFields(item: IngestItem, c: Context): IngestItem {
  if (item.kind !== 'article') return item;
  const published = c.req.query('published');
  if (published !== undefined && published !== '' && Number.isNaN(Date.parse(published))) {
    throw new HttpError(400, 'usage', `published must be an ISO 8601 date or date-time; got ${JSON.stringify(published)}`);
  }
  const raw: RawArticle = {
    ...item.article,
    ...optional('url', c.req.query('url')),
    ...optional('source', c.req.query('source')),
    ...optional('title', c.req.query('title')),
    ...optional('published', c.req.query('published')),
  };
  return { ...item, article: raw };
}
