/**
 * The article page: where it came from, why it is in its story (the placement evidence), its text with its
 * additions highlighted and its agreed sentences marked, and its quotes.
 */
import { html, raw, type SafeHtml } from '../../present/escape.js';
import type { ArticleView } from '../data.js';
import type { Links } from '../links.js';
import { articleIndex, compareTarget, copyReason, evidenceView, headline, join, linkOr, nothing, placementTag, time, versionName, whereFrom } from './parts.js';
import { attribution } from './story.js';

interface Piece {
  readonly text: string;
  /** Index into the sentences, or -1 for text between sentences. */
  readonly sentence: number;
}

/** Cut the text into sentences and what lies between them (found in order; a sentence not found is skipped). */
function pieces(text: string, sentences: readonly string[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  sentences.forEach((s, i) => {
    const k = s === '' ? -1 : text.indexOf(s, at);
    if (k < 0) return;
    if (k > at) out.push({ text: text.slice(at, k), sentence: -1 });
    out.push({ text: s, sentence: i });
    at = k + s.length;
  });
  if (at < text.length) out.push({ text: text.slice(at), sentence: -1 });
  return out;
}

/** The text as paragraphs; `mark` decorates each sentence. */
function paragraphs(text: string, sentences: readonly string[], mark: (sentence: string) => SafeHtml): SafeHtml {
  const paras: string[] = [];
  let cur = '';
  for (const p of pieces(text, sentences)) {
    if (p.sentence >= 0) {
      cur += mark(p.text).html;
      continue;
    }
    const chunks = p.text.split(/\n\s*\n/u);
    chunks.forEach((c, i) => {
      if (i > 0) {
        paras.push(cur);
        cur = '';
      }
      cur += html`${c}`.html;
    });
  }
  paras.push(cur);
  return raw(
    paras
      .filter((p) => p.trim() !== '')
      .map((p) => `<p>${p}</p>`)
      .join('\n'),
  );
}

/** The content of the article page. */
export function articleView(v: ArticleView, links: Links, options: { readonly textOmitted?: string } = {}): SafeHtml {
  const { article: a, story: s } = v;
  const part = (name: string): string => links.partId('article', a.id, name);
  const byId = articleIndex(s);
  const p = a.placement;
  const additions = new Set(a.additions.map((x) => x.text));
  const claimOf = new Map<string, { n: number; support: number }>();
  s.agreement.forEach((c, i) => {
    for (const x of c.sentences) if (x.article === a.id && !claimOf.has(x.text)) claimOf.set(x.text, { n: i + 1, support: c.support });
  });
  const claims = new Set([...claimOf.values()].map((c) => c.n)).size;

  let why: SafeHtml;
  if (p.kind === 'copy') {
    const cmp = p.of === undefined ? undefined : links.compare(p.of, a.id);
    why = html`<p>${copyReason(a, p.of === undefined ? undefined : byId.get(p.of), links)}${cmp === undefined ? nothing : html` <a href="${cmp}">Compare the two</a>.`}</p>`;
  } else if (p.kind === 'story') {
    why = html`<p>It joined the story because it is about the same event as the articles already in it: it shares their names, rare words and numbers, and it was published close in time.</p>${p.evidence === undefined ? nothing : evidenceView(p.evidence)}`;
  } else {
    why = html`<p>It ${s.articles.length > 1 ? 'started this story: the other articles joined it' : 'is the only article of this story'}.</p>${
      p.nearest === undefined || p.evidence === undefined
        ? nothing
        : html`<p>The nearest other story, ${linkOr(links.story(p.nearest), s.related.find((r) => r.story === p.nearest)?.title ?? p.nearest)}, was not similar enough to join:</p>${evidenceView(p.evidence)}`
    }`;
  }

  const others = s.articles.filter((x) => x.id !== a.id).map((x) => ({ x, href: links.compare(x.id, a.id) ?? links.compare(a.id, x.id) }));
  const target = compareTarget(s, a)?.id;
  const ordered = [...others.filter((o) => o.x.id === target), ...others.filter((o) => o.x.id !== target)].filter((o) => o.href !== undefined);
  const quotes = s.quotes.filter((q) => q.article === a.id);
  const copiesOfThis = s.articles.filter((x) => x.placement.kind === 'copy' && x.placement.of === a.id);

  const mark = (sentence: string): SafeHtml => {
    if (additions.has(sentence)) return html`<mark>${sentence}</mark>`;
    const c = claimOf.get(sentence);
    if (c !== undefined)
      return html`<span class="agreed">${sentence}</span><sup class="n"><a href="${links.story(s.id, `claim-${c.n}`)}" aria-label="agreed statement ${c.n}, carried by ${c.support} of ${s.versions} versions">${c.support}/${s.versions}</a></sup>`;
    return html`${sentence}`;
  };

  return html`<nav class="crumbs" aria-label="Breadcrumb"><ol><li>${linkOr(links.list(), 'Stories')}</li><li><a href="${links.story(s.id)}">${s.title}</a></li><li aria-current="page">${versionName(a)}</li></ol></nav>
<h1>${headline(a, 200)}</h1>
<p class="meta">${versionName(a)}${a.published === undefined ? nothing : html` · ${time(a.published)}`} ${placementTag(a)} · ${whereFrom(a)}</p>
<dl class="facts"><dt>Article</dt><dd>${a.id} · ${a.chars.toLocaleString('en')} characters</dd><dt>Story</dt><dd><a href="${links.story(s.id)}">${s.title}</a> (${s.articles.length} articles, ${s.versions} versions)</dd>
${a.shares === undefined ? nothing : html`<dt>Shared</dt><dd>${a.shares.shared} of ${a.shares.total} sentences found in other versions; ${a.shares.added} found in none; ${claims} of the story's ${s.agreement.length} agreed statements</dd>`}
${copiesOfThis.length === 0 ? nothing : html`<dt>Copied by</dt><dd>${join(copiesOfThis.map((c) => html`<a href="${links.article(c.id)}">${versionName(c)}</a>`), ', ')}</dd>`}</dl>
<section aria-labelledby="${part('why')}-h" id="${part('why')}"><h2 id="${part('why')}-h">Why this article is in this story</h2>${why}</section>
${ordered.length === 0 ? nothing : html`<section aria-labelledby="${part('compare')}-h" id="${part('compare')}"><h2 id="${part('compare')}-h">Compare with another version</h2><ul>${ordered.map(({ x, href }) => html`<li><a href="${href!}">${versionName(x)}</a> — ${headline(x, 90)} ${placementTag(x)}</li>`)}</ul></section>`}
<section aria-labelledby="${part('text')}-h" id="${part('text')}"><h2 id="${part('text')}-h">Text</h2>
${
  v.text === ''
    ? html`<p class="muted">${options.textOmitted ?? 'The text of this article was not kept.'}</p><p>${a.lead}</p>`
    : html`${s.versions > 1 ? html`<p class="legend"><mark>Highlighted</mark>: found in no other independent version. <span class="agreed">Underlined</span>: a statement other versions carry too (the figure says how many).</p>` : nothing}<div class="text">${paragraphs(v.text, v.sentences, mark)}</div>`
}</section>
${quotes.length === 0 ? nothing : html`<section aria-labelledby="${part('quotes')}-h" id="${part('quotes')}"><h2 id="${part('quotes')}-h">Quotes</h2><ul class="cards">${quotes.map((q) => html`<li class="card"><blockquote>${q.text}</blockquote><div class="quote-by">${attribution(q)}${q.continued ? html` <span class="muted">(continues the previous quote)</span>` : nothing}</div></li>`)}</ul></section>`}`;
}
