/** Small pieces shared by the views. Every article-derived string passes through `html` (escaped). */
import type { Evidence } from '../../model/story.js';
import type { SourceStatus } from '../../model/quote.js';
import { html, raw, type SafeHtml } from '../../present/escape.js';
import type { ReportArticle, ReportStory } from '../../present/report.js';
import type { Links } from '../links.js';

/** Empty markup. */
export const nothing: SafeHtml = raw('');

/** Join fragments. */
export const join = (parts: readonly SafeHtml[], sep = ''): SafeHtml => raw(parts.map((p) => p.html).join(sep));

/** Cut `s` to at most `n` characters at a word boundary, with an ellipsis. */
export function short(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return (space > n * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '') + '…';
}

/** An article's headline, else its lead. */
export const headline = (a: ReportArticle, n = 140): string => short(a.title ?? a.lead, n);

/** Who published an article, else which file it came from: how a version is named in lists. */
export function versionName(a: ReportArticle): string {
  if (a.source !== undefined) return a.source;
  const base = a.path.split(/[\\/]/u).pop() ?? a.path;
  return a.record === undefined ? base : `${base} #${a.record}`;
}

/** A `<time>` for an ISO date or date-time: the day, and the UTC time when there is one. */
export function time(iso: string): SafeHtml {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return html`${iso}`;
  const d = new Date(t).toISOString();
  const label = /^\d{4}-\d{2}-\d{2}$/u.test(iso) || d.endsWith('T00:00:00.000Z') ? d.slice(0, 10) : `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
  return html`<time datetime="${iso}">${label}</time>`;
}

/** A story's publication span. */
export function storySpan(s: ReportStory): SafeHtml {
  if (s.first === undefined || s.last === undefined) return nothing;
  if (s.first.slice(0, 10) === s.last.slice(0, 10)) return time(s.first.slice(0, 10));
  return html`${time(s.first)} – ${time(s.last)}`;
}

/** The URL when it is a web address; anything else (`javascript:`, `data:`) is never made a link. */
export function webUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s]+$/iu.test(url) ? url : undefined;
}

/** A link, or plain text when there is nowhere to go. */
export function linkOr(href: string | undefined, content: SafeHtml | string, cls?: string): SafeHtml {
  if (href === undefined) return html`${content}`;
  return cls === undefined ? html`<a href="${href}">${content}</a>` : html`<a class="${cls}" href="${href}">${content}</a>`;
}

/** Where an article came from: its URL (a link out) or its file. */
export function whereFrom(a: ReportArticle): SafeHtml {
  const url = webUrl(a.url);
  if (url !== undefined) return html`<a href="${url}" rel="noopener noreferrer nofollow">${short(url, 90)}</a>`;
  if (a.url !== undefined) return html`${a.url}`;
  return html`${a.path}${a.record === undefined ? '' : ` #${a.record}`}`;
}

const STATUS_LABEL: Readonly<Record<SourceStatus, string>> = { named: 'named source', unnamed: 'unnamed source', anonymous: 'anonymous source' };

/** A source-status badge. */
export const statusTag = (s: SourceStatus): SafeHtml => html`<span class="tag ${s}">${STATUS_LABEL[s]}</span>`;

/** A placement badge: first telling, joined, copy. */
export function placementTag(a: ReportArticle): SafeHtml {
  const p = a.placement;
  if (p.kind === 'copy') return html`<span class="tag copy">${p.exact === true ? 'exact copy' : 'copy'}</span>`;
  return p.kind === 'story' ? html`<span class="tag">joined</span>` : html`<span class="tag">first telling</span>`;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The evidence of a placement or related link, as a description list. */
export function evidenceView(e: Evidence): SafeHtml {
  const row = (name: string, xs: readonly string[]): SafeHtml => (xs.length === 0 ? nothing : html`<dt>${name}</dt><dd>${xs.join(', ')}</dd>`);
  const s = e.scores;
  return html`<div class="evidence"><dl>${row('Shared names', e.names)}${row('Shared rare words', e.terms)}${row('Shared numbers', e.numbers)}${row('Key names on one side only', e.clashes)}<dt>Similarity</dt><dd><strong>${s.total}</strong> overall — words ${s.body}, names ${s.names}, numbers ${s.numbers}${s.days === undefined ? '' : `; ${s.days} ${s.days === 1 ? 'day' : 'days'} apart`}</dd></dl></div>`;
}

/** Why a copy is a copy, in words. */
export function copyReason(a: ReportArticle, of: ReportArticle | undefined, links: Links): SafeHtml {
  const p = a.placement;
  const target = of === undefined ? html`${p.of ?? 'another article'}` : html`<a href="${links.article(of.id)}">${headline(of, 90)}</a> (${versionName(of)})`;
  if (p.exact === true) return html`The same words as ${target}.`;
  return html`A copy of ${target}: ${pct(p.jaccard ?? 0)} of their five-word runs are shared (Jaccard) and ${pct(p.containment ?? 0)} of the shorter text is found in the longer.`;
}

/** Articles of a story by id. */
export const articleIndex = (s: ReportStory): ReadonlyMap<string, ReportArticle> => new Map(s.articles.map((a) => [a.id, a]));

/** Independent sources of a story: from provenance when known, else its versions. */
export const independentSources = (s: ReportStory): number => s.provenance?.independentSources ?? s.versions;

/** The counts every story shows: articles, versions, independent sources, outlets, copies. */
export function storyStats(s: ReportStory): SafeHtml {
  const copies = s.articles.length - s.versions;
  const item = (n: number, one: string, many: string): SafeHtml => html`<li><strong>${n}</strong> ${n === 1 ? one : many}</li>`;
  return html`<ul class="stats">${item(s.articles.length, 'article', 'articles')}${item(s.versions, 'version', 'versions')}${item(independentSources(s), 'independent source', 'independent sources')}${item(s.sources.length, 'outlet', 'outlets')}${copies > 0 ? item(copies, 'copy', 'copies') : nothing}</ul>`;
}

/** The version (copy-group representative: its longest text) each article counts under, and the copies folded under each version. */
export function foldCopies(s: ReportStory): { readonly versions: readonly ReportArticle[]; readonly copiesOf: ReadonlyMap<string, readonly ReportArticle[]>; readonly versionOf: ReadonlyMap<string, string> } {
  const byId = articleIndex(s);
  const versionOf = new Map<string, string>();
  const copiesOf = new Map<string, ReportArticle[]>();
  for (const group of s.copies) {
    const members = group.map((id) => byId.get(id)).filter((a): a is ReportArticle => a !== undefined);
    // The fullest text stands for the group: a cut copy that arrived first would hide what the others carry.
    const rep = members.reduce<ReportArticle | undefined>((best, m) => (best === undefined || m.chars > best.chars ? m : best), undefined);
    if (rep === undefined) continue;
    for (const m of members) {
      versionOf.set(m.id, rep.id);
      if (m.id !== rep.id) copiesOf.set(rep.id, [...(copiesOf.get(rep.id) ?? []), m]);
    }
  }
  const versions = s.articles.filter((a) => (versionOf.get(a.id) ?? a.id) === a.id);
  for (const a of s.articles) if (!versionOf.has(a.id)) versionOf.set(a.id, a.id);
  return { versions, copiesOf, versionOf };
}

/**
 * The article a version is best compared with: a copy with what it copies, a version with the version
 * provenance says it draws on, else with the story's likely origin; the origin itself with the next version.
 */
export function compareTarget(s: ReportStory, a: ReportArticle): { readonly id: string; readonly why: 'copied' | 'drawn on' | 'origin' | 'next' } | undefined {
  if (a.placement.kind === 'copy' && a.placement.of !== undefined && a.placement.of !== a.id) return { id: a.placement.of, why: 'copied' };
  const from = s.provenance?.links.find((l) => l.to === a.id && l.from !== a.id)?.from;
  if (from !== undefined) return { id: from, why: 'drawn on' };
  const origin = s.provenance?.origin ?? s.articles[0]?.id;
  if (origin !== undefined && origin !== a.id) return { id: origin, why: 'origin' };
  const next = s.articles.find((x) => x.id !== a.id && x.placement.kind !== 'copy');
  return next === undefined ? undefined : { id: next.id, why: 'next' };
}

/** The pair (left, right) compared for a version: the article it is compared with on the left, except for the origin. */
export function comparePair(s: ReportStory, a: ReportArticle): readonly [string, string] | undefined {
  const t = compareTarget(s, a);
  if (t === undefined) return undefined;
  return t.why === 'next' ? [a.id, t.id] : [t.id, a.id];
}
