/**
 * The static HTML report: the web views (story list, story pages, article pages, comparisons) rendered into
 * one self-contained page. Each view is a section; the address fragment picks the one shown (CSS `:target`),
 * so it reads like the served site with no script and no request. Every article-derived string is escaped
 * through `html`; the Content-Security-Policy allows the one inline stylesheet (by hash) and nothing else.
 */
import type { Article } from '../model/article.js';
import { html, type SafeHtml } from './escape.js';
import type { Report } from './report.js';
import { ReportIndex } from '../web/data.js';
import { staticPage } from '../web/layout.js';
import { staticLinks, staticViewId, type Links } from '../web/links.js';
import { articleView } from '../web/views/article.js';
import { compareView } from '../web/views/compare.js';
import { storyCard } from '../web/views/list.js';
import { comparePair, nothing, storySpan } from '../web/views/parts.js';
import { storyView } from '../web/views/story.js';

/** Options of the static report. */
export interface StaticReportOptions {
  /**
   * Article text the page may hold (article views and comparisons, in characters): stories come largest
   * first, and past the budget articles show their lead only and comparisons are left out. Default 5 million
   * (the page is then at most ≈ 25 MB beyond the story views, which are about the size of the JSON report).
   */
  readonly maxTextChars?: number;
}

const DEFAULT_MAX_TEXT = 5_000_000;

function section(kind: 'story' | 'article' | 'compare', id: string, label: string, body: SafeHtml): SafeHtml {
  return html`<section class="view" id="${staticViewId(kind, id)}" aria-label="${label}">${body}</section>`;
}

function listSection(report: Report, links: Links): SafeHtml {
  const s = report.summary;
  const newest = [...report.stories].filter((x) => x.last !== undefined).sort((a, b) => Date.parse(b.last!) - Date.parse(a.last!) || b.id.localeCompare(a.id));
  return html`<section class="view" id="stories" aria-labelledby="stories-h"><h1 id="stories-h">Stories</h1>
<p class="muted">${s.articles} articles · ${s.stories} stories (${s.multiArticleStories} with several articles) · ${s.copies} copies · ${s.related} related links${s.rejected > 0 ? ` · ${s.rejected} inputs rejected` : ''} · generated ${report.generated}</p>
${newest.length === 0 ? nothing : html`<details><summary>Newest first</summary><ol>${newest.map((x) => html`<li>${storySpan(x)} <a href="${links.story(x.id)}">${x.title}</a> <span class="muted">(${x.articles.length})</span></li>`)}</ol></details>`}
<h2>Largest first</h2>
<ol class="cards">${report.stories.map((x) => storyCard(x, links, 'h3'))}</ol>
${report.rejected.length === 0 ? nothing : html`<h2>Rejected inputs</h2><div class="scroll"><table><thead><tr><th scope="col">Input</th><th scope="col">Code</th><th scope="col">Problem</th></tr></thead><tbody>${report.rejected.map((r) => html`<tr><td>${r.input}${r.record === undefined ? '' : ` #${r.record}`}</td><td>${r.code}</td><td>${r.message}</td></tr>`)}</tbody></table></div>`}</section>`;
}

/**
 * Render the report as one HTML document. `texts` (the normalised articles, `AnalyzeResult.texts`) adds
 * each article's text with its additions highlighted and the comparison of each version with the version it
 * most likely draws on; without it the page holds the story and article views without text.
 */
export function renderStaticReport(report: Report, texts: ReadonlyMap<string, Article> = new Map(), options: StaticReportOptions = {}): string {
  const index = new ReportIndex(report, texts);
  let budget = options.maxTextChars ?? DEFAULT_MAX_TEXT;
  const withText = new Set<string>();
  const pairs: [string, string][] = [];
  for (const s of report.stories) {
    for (const a of s.articles) {
      const t = texts.get(a.id);
      if (t === undefined || t.text.length > budget) continue;
      budget -= t.text.length;
      withText.add(a.id);
    }
    if (s.articles.length < 2) continue;
    const seen = new Set<string>();
    for (const a of s.articles) {
      const pair = comparePair(s, a);
      if (pair === undefined || !withText.has(pair[0]) || !withText.has(pair[1]) || seen.has(pair.join('\n'))) continue;
      const cost = (texts.get(pair[0])?.text.length ?? 0) + (texts.get(pair[1])?.text.length ?? 0);
      if (cost > budget) continue;
      budget -= cost;
      seen.add(pair.join('\n'));
      pairs.push([pair[0], pair[1]]);
    }
  }
  const links = staticLinks(new Set(pairs.map(([a, b]) => `${a}\n${b}`)));
  const views: SafeHtml[] = [listSection(report, links)];
  for (const s of report.stories) {
    views.push(section('story', s.id, `Story: ${s.title}`, storyView(s, links, { compareForm: false })));
    for (const a of s.articles) {
      const view = index.article(a.id);
      if (view === undefined) continue;
      const shown = withText.has(a.id) ? view : { ...view, text: '', sentences: [] };
      const omitted = index.hasText(a.id) ? 'The text is left out of this report to keep it small; the lead:' : 'The text of this article was not kept; the lead:';
      views.push(section('article', a.id, `Article: ${a.title ?? a.lead}`, articleView(shown, links, { textOmitted: omitted })));
    }
  }
  for (const [a, b] of pairs) {
    const view = index.compare(a, b);
    if (view !== undefined) views.push(section('compare', `${a}-${b}`, 'Comparison of two versions', compareView(view, links)));
  }
  return staticPage('Retold report', html`${views}`);
}

/** The static report (kept name): `renderStaticReport` with the texts when given. */
export function renderHtmlReport(report: Report, texts?: ReadonlyMap<string, Article>): string {
  return renderStaticReport(report, texts);
}
