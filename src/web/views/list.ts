/** The story list: newest or largest first, with counts, search and filters. */
import { html, type SafeHtml } from '../../present/escape.js';
import type { ReportStory } from '../../present/report.js';
import { DEFAULT_LIMIT, type StoryPage, type StoryQuery } from '../data.js';
import type { Links } from '../links.js';
import { join, linkOr, nothing, short, storySpan, storyStats } from './parts.js';

/** One story in a list. */
export function storyCard(s: ReportStory, links: Links, level: 'h2' | 'h3' = 'h2'): SafeHtml {
  const title = html`<a class="item" href="${links.story(s.id)}">${s.title}</a>`;
  const heading = level === 'h2' ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`;
  const gist = s.agreement[0]?.claim ?? s.articles[0]?.lead ?? '';
  const sources = s.sources.slice(0, 6).map((x) => linkOr(links.list({ source: x }), x));
  const entities = s.entities.slice(0, 6).map((e) => linkOr(links.list({ entity: e.name }), e.name));
  const span = storySpan(s);
  return html`<li class="card">${heading}${storyStats(s)}
${span.html === '' && sources.length === 0 ? nothing : html`<p class="meta">${span}${span.html !== '' && sources.length > 0 ? ' · ' : ''}${join(sources, ', ')}${s.sources.length > 6 ? ` and ${s.sources.length - 6} more` : ''}</p>`}
${gist === '' ? nothing : html`<p>${s.agreement.length > 0 ? html`<span class="muted">Agreed: </span>` : nothing}${short(gist, 240)}</p>`}
${entities.length === 0 ? nothing : html`<p class="meta">About: ${join(entities, ', ')}</p>`}</li>`;
}

function field(name: keyof StoryQuery, label: string, value: string | undefined, type = 'text', extra = ''): SafeHtml {
  return html`<label>${label}<input type="${type}" name="${name}"${name === 'q' ? html` id="q"` : nothing} value="${value ?? ''}"${extra === '' ? nothing : html` placeholder="${extra}"`}></label>`;
}

/** The served list page: filters (a GET form, no script needed), the stories, and paging. */
export function listView(page: StoryPage, query: StoryQuery, links: Links, notice?: string): SafeHtml {
  const sort = query.sort ?? 'largest';
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const filtered = [query.q, query.entity, query.source, query.from, query.to].some((x) => x !== undefined && x !== '');
  const prev = offset > 0 ? links.list({ ...query, offset: Math.max(0, offset - limit) }) : undefined;
  const next = offset + limit < page.total ? links.list({ ...query, offset: offset + limit }) : undefined;
  const shown = page.items.length === 0 ? 'No stories' : `Stories ${offset + 1}–${offset + page.items.length} of ${page.total}`;
  return html`<h1>Stories</h1>
<form class="filters" method="get" action="/" aria-label="Search and filter stories"><fieldset><legend>Find stories</legend>
${field('q', 'Words (press /)', query.q, 'search')}${field('entity', 'Person, place or organisation', query.entity)}${field('source', 'Outlet', query.source)}
${field('from', 'From', query.from, 'date', 'YYYY-MM-DD')}${field('to', 'To', query.to, 'date', 'YYYY-MM-DD')}
<label>Order<select name="sort"><option value="largest"${sort === 'largest' ? html` selected` : nothing}>Largest first</option><option value="newest"${sort === 'newest' ? html` selected` : nothing}>Newest first</option></select></label>
<div><button type="submit">Show</button>${filtered ? html` ${linkOr(links.list({ sort }), 'Clear filters')}` : nothing}</div>
</fieldset></form>
${notice === undefined ? nothing : html`<p class="notice" role="alert">${notice}</p>`}
<p class="muted" id="count" aria-live="polite">${shown}${filtered ? ' matching the filters' : ''} · ${sort === 'largest' ? 'largest first' : 'newest first'} · order: ${linkOr(sort === 'largest' ? undefined : links.list({ ...query, sort: 'largest', offset: 0 }), 'largest')} | ${linkOr(sort === 'newest' ? undefined : links.list({ ...query, sort: 'newest', offset: 0 }), 'newest')}</p>
<ol class="cards">${page.items.map((s) => storyCard(s, links))}</ol>
${prev === undefined && next === undefined ? nothing : html`<nav class="pager" aria-label="Pages">${prev === undefined ? html`<span></span>` : html`<a href="${prev}" rel="prev">← Previous</a>`}${next === undefined ? nothing : html`<a href="${next}" rel="next">Next →</a>`}</nav>`}`;
}
