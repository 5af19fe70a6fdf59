/**
 * Where the views point. Served pages link to URLs; the static report links to sections of the one page
 * (`#story-…`), so the same views render into both.
 */
import type { StoryQuery } from './data.js';

/** How views name their targets. */
export interface Links {
  readonly mode: 'server' | 'static';
  /** The story list; `undefined` when the target cannot filter (the static report). */
  list(query?: StoryQuery): string | undefined;
  story(id: string, part?: string): string;
  article(id: string, part?: string): string;
  /** `undefined` when there is no page for that pair (the static report holds only some comparisons). */
  compare(a: string, b: string): string | undefined;
  /** The `id` attribute of part `part` of the view `view` (a story id, an article id). */
  partId(kind: 'story' | 'article' | 'compare', view: string, part: string): string;
}

const enc = encodeURIComponent;

function queryString(q: StoryQuery): string {
  const p = new URLSearchParams();
  for (const key of ['q', 'entity', 'source', 'from', 'to', 'sort'] as const) {
    const v = q[key];
    if (v !== undefined && v !== '') p.set(key, v);
  }
  if (q.offset !== undefined && q.offset > 0) p.set('offset', String(q.offset));
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

/** Links of the served pages: `/`, `/stories/:id`, `/articles/:id`, `/compare?a=&b=`. */
export const serverLinks: Links = {
  mode: 'server',
  list: (query = {}) => `/${queryString(query)}`,
  story: (id, part) => `/stories/${enc(id)}${part === undefined ? '' : `#${part}`}`,
  article: (id, part) => `/articles/${enc(id)}${part === undefined ? '' : `#${part}`}`,
  compare: (a, b) => `/compare?a=${enc(a)}&b=${enc(b)}`,
  partId: (_kind, _view, part) => part,
};

/** Section id of a view in the static report. */
export const staticViewId = (kind: 'story' | 'article' | 'compare', view: string): string => `${kind}-${view}`;

/** Links inside the static report; `compared` holds the `a\nb` pairs it renders. */
export function staticLinks(compared: ReadonlySet<string>): Links {
  return {
    mode: 'static',
    list: (query) => (query === undefined ? '#stories' : undefined),
    story: (id, part) => `#${staticViewId('story', id)}${part === undefined ? '' : `-${part}`}`,
    article: (id, part) => `#${staticViewId('article', id)}${part === undefined ? '' : `-${part}`}`,
    compare: (a, b) => (compared.has(`${a}\n${b}`) ? `#${staticViewId('compare', `${a}-${b}`)}` : undefined),
    partId: (kind, view, part) => `${staticViewId(kind, view)}-${part}`,
  };
}
