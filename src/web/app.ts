/**
 * The web pages as a Hono sub-app: `/` (story list), `/stories/:id`, `/articles/:id`, `/compare?a=&b=` and
 * `/assets/*`. Every page carries a strict Content-Security-Policy; errors become pages only here.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { html, type SafeHtml } from '../present/escape.js';
import { RetoldError } from '../model/errors.js';
import { ICON, CSS, JS } from './assets.js';
import { dayBound, type StoryQuery, type WebData } from './data.js';
import { WEB_CSP, serverPage } from './layout.js';
import { serverLinks as links } from './links.js';
import { articleView } from './views/article.js';
import { compareView } from './views/compare.js';
import { listView } from './views/list.js';
import { storyView } from './views/story.js';

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': WEB_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** An HTML response with the security headers. */
function page(body: string, status = 200): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } });
}

function problem(status: number, title: string, message: SafeHtml | string): Response {
  return page(serverPage(title, html`<h1>${title}</h1><p>${message}</p><p><a href="/">All stories</a></p>`), status);
}

const ASSETS: Readonly<Record<string, { readonly type: string; readonly body: string }>> = {
  'app.css': { type: 'text/css; charset=utf-8', body: CSS },
  'app.js': { type: 'text/javascript; charset=utf-8', body: JS },
  'icon.svg': { type: 'image/svg+xml', body: ICON },
};

/** Longest free-text filter kept: a query is words, not documents. */
const MAX_TEXT = 200;

/** Read the list query from URL parameters; problems are reported, and the bad parameter ignored. */
export function parseStoryQuery(params: Readonly<Record<string, string | undefined>>): { query: StoryQuery; problems: string[] } {
  const problems: string[] = [];
  const q: { -readonly [K in keyof StoryQuery]: StoryQuery[K] } = {};
  for (const key of ['q', 'entity', 'source'] as const) {
    const v = params[key]?.trim();
    if (v !== undefined && v !== '') q[key] = v.slice(0, MAX_TEXT);
  }
  for (const key of ['from', 'to'] as const) {
    const v = params[key]?.trim();
    if (v === undefined || v === '') continue;
    if (dayBound(v, false) === undefined) problems.push(`“${key}” must be a date written YYYY-MM-DD, like 2025-06-14; it was ignored.`);
    else q[key] = v;
  }
  const sort = params['sort']?.trim();
  if (sort === 'newest' || sort === 'largest') q.sort = sort;
  else if (sort !== undefined && sort !== '') problems.push('“sort” must be “newest” or “largest”; showing the largest first.');
  const offset = params['offset']?.trim();
  if (offset !== undefined && offset !== '') {
    if (/^\d{1,9}$/.test(offset)) q.offset = Number(offset);
    else problems.push('“offset” must be a whole number; showing the first page.');
  }
  return { query: q, problems };
}

/** Options of the web app. */
export interface WebAppOptions {
  /** Called with errors turned into a 500 page (the library never logs itself). */
  readonly onError?: (err: Error) => void;
}

/** The web pages over `data`, to mount at `/`. */
export function webApp(data: WebData, options: WebAppOptions = {}): Hono {
  const app = new Hono();
  // Per route, not `use('*')`: mounted at `/`, a wildcard middleware would also wrap the server's other routes.
  const gz = compress();

  app.get('/assets/:name', gz, (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (asset === undefined) return new Response('not found', { status: 404, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
    const cache = c.req.query('v') === undefined ? 'no-cache' : 'public, max-age=31536000, immutable';
    return new Response(asset.body, { headers: { ...SECURITY_HEADERS, 'content-type': asset.type, 'cache-control': cache } });
  });

  app.get('/', gz, async (c) => {
    const { query, problems } = parseStoryQuery(c.req.query());
    const result = await data.stories(query);
    const title = query.q === undefined ? 'Stories' : `Stories matching “${query.q}”`;
    return page(serverPage(title, listView(result, query, links, problems.length === 0 ? undefined : problems.join(' ')), false), problems.length === 0 ? 200 : 400);
  });

  app.get('/stories/:id', gz, async (c) => {
    const id = c.req.param('id');
    const story = await data.story(id);
    if (story === undefined) return problem(404, 'No such story', html`There is no story “${id}”.`);
    return page(serverPage(story.title, storyView(story, links, { compareForm: true })));
  });

  app.get('/articles/:id', gz, async (c) => {
    const id = c.req.param('id');
    const view = await data.article(id);
    if (view === undefined) return problem(404, 'No such article', html`There is no article “${id}”.`);
    return page(serverPage(view.article.title ?? view.article.lead.slice(0, 80), articleView(view, links)));
  });

  app.get('/compare', gz, async (c) => {
    const a = c.req.query('a')?.trim() ?? '';
    const b = c.req.query('b')?.trim() ?? '';
    if (a === '' || b === '') return problem(400, 'Two articles needed', 'Give two article ids: /compare?a=…&b=…');
    if (a === b) return problem(400, 'Two different articles needed', 'Choose two different articles to compare.');
    const view = await data.compare(a, b);
    if (view === undefined) return problem(404, 'Nothing to compare', html`Article “${a}” or “${b}” is unknown, or its text was not kept.`);
    return page(serverPage('Comparison', compareView(view, links)));
  });

  app.onError((err) => {
    options.onError?.(err);
    const code = err instanceof RetoldError ? ` (${err.code})` : '';
    return problem(500, 'Something went wrong', `The page could not be made${code}. The server log has the details.`);
  });

  return app;
}
