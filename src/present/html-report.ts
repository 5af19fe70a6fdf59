/**
 * The static HTML report: one self-contained page (inline CSS, no script, no external request), readable
 * without JavaScript; every article-derived string is escaped through `html`.
 */
import type { Evidence } from '../model/story.js';
import { html, raw, type SafeHtml } from './escape.js';
import type { Report, ReportArticle, ReportStory } from './report.js';

const CSS = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--card:#f6f8fa;--accent:#0b5cad;--line:#d0d7de}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#161b22;--accent:#4493f8;--line:#30363d}}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:60rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem;margin:0 0 .25rem}
a{color:var(--accent)}.muted{color:var(--muted)}.story{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0}
ul{padding-left:1.25rem}li{margin:.35rem 0}.tag{display:inline-block;font-size:.8rem;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem;margin-right:.25rem}
details summary{cursor:pointer}.evidence{font-size:.9rem}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid var(--line);text-align:left}
`;

function where(a: ReportArticle): string {
  return a.url ?? (a.record === undefined ? a.path : `${a.path}#${a.record}`);
}

function evidence(e: Evidence): SafeHtml {
  const list = (name: string, xs: readonly string[]): SafeHtml =>
    xs.length === 0 ? raw('') : html`<div><span class="muted">${name}:</span> ${xs.join(', ')}</div>`;
  return html`<div class="evidence">${list('shared names', e.names)}${list('shared words', e.terms)}${list('shared numbers', e.numbers)}${list('names only on one side', e.clashes)}<div class="muted">score ${e.scores.total} (body ${e.scores.body}, names ${e.scores.names}, numbers ${e.scores.numbers}${e.scores.days === undefined ? '' : `, ${e.scores.days} days apart`})</div></div>`;
}

function article(a: ReportArticle): SafeHtml {
  const p = a.placement;
  const kind =
    p.kind === 'copy' ? `${p.exact === true ? 'exact copy' : 'copy'} of ${p.of ?? ''}` : p.kind === 'story' ? 'same story' : 'first telling';
  const link = a.url === undefined ? html`${where(a)}` : html`<a href="${a.url}" rel="noopener noreferrer">${a.url}</a>`;
  return html`<li id="a-${a.id}"><strong>${a.title ?? a.lead}</strong> <span class="tag">${kind}</span>${a.source === undefined ? '' : html` <span class="muted">${a.source}</span>`}${a.published === undefined ? '' : html` <time class="muted" datetime="${a.published}">${a.published.slice(0, 10)}</time>`}
<div class="muted">${a.id} · ${link}</div>${p.evidence === undefined ? '' : html`<details><summary>Why here</summary>${evidence(p.evidence)}</details>`}</li>`;
}

function story(s: ReportStory): SafeHtml {
  const copies = s.articles.length - s.versions;
  return html`<section class="story" id="${s.id}" aria-labelledby="${s.id}-h"><h2 id="${s.id}-h">${s.title}</h2>
<p class="muted">${s.id} · ${s.articles.length} articles · ${s.versions} independent versions${copies > 0 ? ` · ${copies} copies` : ''}${s.sources.length > 0 ? ` · ${s.sources.join(', ')}` : ''}</p>
<ul>${s.articles.map(article)}</ul>
${s.related.length === 0 ? '' : html`<h3>Related stories</h3><ul>${s.related.map((r) => html`<li><a href="#${r.story}">${r.title}</a> <span class="muted">${r.story}</span><details><summary>Evidence</summary>${evidence(r.evidence)}</details></li>`)}</ul>`}
</section>`;
}

/** Render the whole report as one HTML document. */
export function renderHtmlReport(report: Report): string {
  const s = report.summary;
  const page = html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Retold report</title><style>${raw(CSS)}</style></head><body>
<header><h1>Retold report</h1><p class="muted">${s.articles} articles · ${s.stories} stories (${s.multiArticleStories} with several articles) · ${s.copies} copies · ${s.related} related links${s.rejected > 0 ? ` · ${s.rejected} inputs rejected` : ''} · generated ${report.generated}</p>
<nav aria-label="Stories"><details><summary>All stories</summary><ol>${report.stories.map((st) => html`<li><a href="#${st.id}">${st.title}</a> <span class="muted">(${st.articles.length})</span></li>`)}</ol></details></nav></header>
<main>${report.stories.map(story)}
${report.rejected.length === 0 ? '' : html`<section class="story"><h2>Rejected inputs</h2><table><thead><tr><th>input</th><th>code</th><th>problem</th></tr></thead><tbody>${report.rejected.map((r) => html`<tr><td>${r.input}${r.record === undefined ? '' : `#${r.record}`}</td><td>${r.code}</td><td>${r.message}</td></tr>`)}</tbody></table></section>`}
</main></body></html>`;
  return page.html;
}
