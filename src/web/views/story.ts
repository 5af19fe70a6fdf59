/**
 * The story page: what the versions agree on (with support), what each version adds, quotes with their
 * speakers and source status, entities, timeline, numbers, provenance, copies folded and related stories.
 */
import { html, type SafeHtml } from '../../present/escape.js';
import type { ReportAddition, ReportArticle, ReportQuote, ReportStory } from '../../present/report.js';
import type { Links } from '../links.js';
import {
  articleIndex,
  comparePair,
  compareTarget,
  copyReason,
  evidenceView,
  foldCopies,
  headline,
  join,
  linkOr,
  nothing,
  placementTag,
  statusTag,
  storySpan,
  storyStats,
  time,
  versionName,
  whereFrom,
} from './parts.js';

/** Options of the story view. */
export interface StoryViewOptions {
  /** A form to compare any two articles (served pages only: the static report has no such page). */
  readonly compareForm: boolean;
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter === 0 ? 0 : inter / (a.size + b.size - inter);
}

/** The quotes of `article` that an addition (or any sentence) holds. */
export function quotesWithin(text: string, article: string, quotes: readonly ReportQuote[]): ReportQuote[] {
  return quotes.filter((q) => q.article === article && q.text.length > 0 && text.includes(q.text.trim()));
}

/** "said a senior official (anonymous source)". */
export function attribution(q: ReportQuote): SafeHtml {
  const who = q.speaker === undefined ? html`<span class="muted">no speaker found</span>` : html`<strong>${q.speaker}</strong>`;
  return html`${who}${q.description === undefined ? nothing : html`, ${q.description}`} ${statusTag(q.status)}`;
}

function additionItem(x: ReportAddition, a: ReportArticle, quotes: readonly ReportQuote[]): SafeHtml {
  const held = quotesWithin(x.text, a.id, quotes);
  const holds = x.holds.filter((h) => h !== 'quote' || held.length === 0);
  return html`<li><mark>${x.text}</mark>${holds.map((h) => html` <span class="tag">new ${h}</span>`)}${held.length === 0 ? nothing : html`<div class="quote-by">Quote by ${join(held.map(attribution), '; ')}</div>`}</li>`;
}

function versionCard(s: ReportStory, a: ReportArticle, copies: readonly ReportArticle[], links: Links): SafeHtml {
  const byId = articleIndex(s);
  const target = compareTarget(s, a);
  const pair = comparePair(s, a);
  const compare = pair === undefined ? undefined : links.compare(pair[0], pair[1]);
  const label = target === undefined ? '' : { copied: 'the article it copies', 'drawn on': 'the version it draws on', origin: 'the likely origin', next: versionName(byId.get(target.id) ?? a) }[target.why];
  const sh = a.shares;
  const repAdds = new Set(a.additions.map((x) => x.text));
  return html`<li class="card" id="${links.partId('story', s.id, `v-${a.id}`)}"><h3><a class="item" href="${links.article(a.id)}">${headline(a)}</a></h3>
<p class="meta">${versionName(a)}${a.published === undefined ? nothing : html` · ${time(a.published)}`} ${placementTag(a)}${a.source === undefined && a.url === undefined ? nothing : html` · ${whereFrom(a)}`}</p>
${sh === undefined ? nothing : html`<p class="meta">Shares <strong>${sh.shared}</strong> of ${sh.total} sentences with other versions, adds <strong>${sh.added}</strong> <meter min="0" max="${sh.total}" value="${sh.shared}" aria-label="share of sentences other versions support">${sh.shared}/${sh.total}</meter></p>`}
<p class="meta"><a href="${links.article(a.id, 'why')}">Why it is in this story</a>${compare === undefined ? nothing : html` · <a href="${compare}">Compare with ${label}</a>`}</p>
${a.additions.length === 0 ? (s.versions > 1 ? html`<p class="meta">Adds nothing the other versions lack.</p>` : nothing) : html`<details open><summary>Adds ${a.additions.length} ${a.additions.length === 1 ? 'sentence' : 'sentences'} no other version has</summary><ul class="additions">${a.additions.map((x) => additionItem(x, a, s.quotes))}</ul></details>`}
${copies.length === 0 ? nothing : html`<details class="copies"><summary>${copies.length} ${copies.length === 1 ? 'copy' : 'copies'} of this version</summary><ul>${copies.map((c) => {
    const cmp = links.compare(c.placement.of ?? a.id, c.id);
    const own = c.additions.filter((x) => !repAdds.has(x.text));
    for (const x of own) repAdds.add(x.text);
    return html`<li><a href="${links.article(c.id)}">${headline(c, 100)}</a> <span class="muted">${versionName(c)}</span>${c.published === undefined ? nothing : html` · ${time(c.published)}`}<div class="meta">${copyReason(c, byId.get(c.placement.of ?? ''), links)}${cmp === undefined ? nothing : html` <a href="${cmp}">Compare</a>`}</div>${own.length === 0 ? nothing : html`<p class="meta">Adds to the version it copies:</p><ul class="additions">${own.map((x) => additionItem(x, c, s.quotes))}</ul>`}</li>`;
  })}</ul></details>`}</li>`;
}

/** Claims listed open; the rest (less supported) fold away. */
const SHOWN_CLAIMS = 10;
/** Wordings quoted per claim; past that, the versions are named (a claim of 50 versions is not 50 quotations). */
const SHOWN_WORDINGS = 12;

function claimList(s: ReportStory, claims: ReportStory['agreement'], start: number, links: Links): SafeHtml {
  const byId = articleIndex(s);
  return html`<ol class="claims"${start === 0 ? nothing : html` start="${start + 1}"`}>${claims.map((c, k) => {
    const n = start + k + 1;
    return html`<li id="${links.partId('story', s.id, `claim-${n}`)}"><span class="support">${c.support}/${s.versions}</span> <span class="muted">${c.support === s.versions ? 'versions (all)' : 'versions'}</span> <meter min="0" max="${s.versions}" value="${c.support}" aria-hidden="true"></meter>
<div>${c.claim}</div><details><summary>How each version says it</summary><ul>${c.sentences.slice(0, SHOWN_WORDINGS).map((x) => {
      const a = byId.get(x.article);
      return html`<li>${a === undefined ? html`${x.article}` : html`<a href="${links.article(a.id)}">${versionName(a)}</a>`}: ${x.text}</li>`;
    })}</ul>${c.sentences.length > SHOWN_WORDINGS ? html`<p class="meta">Also in ${join(
      [...new Set(c.sentences.slice(SHOWN_WORDINGS).map((x) => x.article))].map((id) => {
        const a = byId.get(id);
        return a === undefined ? html`${id}` : html`<a href="${links.article(id)}">${versionName(a)}</a>`;
      }),
      ', ',
    )}.</p>` : nothing}</details></li>`;
  })}</ol>`;
}

function agreementSection(s: ReportStory, id: string, links: Links): SafeHtml {
  let body: SafeHtml;
  if (s.versions < 2) body = html`<p class="muted">One version only: nothing to compare it with.</p>`;
  else if (s.provenance === undefined) body = html`<p class="muted">The versions were not aligned (the analysis ran without detail).</p>`;
  else if (s.agreement.length === 0) body = html`<p class="muted">No statement is carried by two independent versions.</p>`;
  else {
    const more = s.agreement.length - SHOWN_CLAIMS;
    body = html`<p class="muted">Statements carried by at least two independent versions (copies count once), most supported first.</p>
${claimList(s, s.agreement.slice(0, SHOWN_CLAIMS), 0, links)}${more > 0 ? html`<details><summary>${more} more ${more === 1 ? 'statement' : 'statements'}</summary>${claimList(s, s.agreement.slice(SHOWN_CLAIMS), SHOWN_CLAIMS, links)}</details>` : nothing}`;
  }
  return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">What the versions agree on</h2>${body}</section>`;
}

function quotesSection(s: ReportStory, id: string, links: Links): SafeHtml {
  if (s.quotes.length === 0) return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">Quotes</h2><p class="muted">No quotes found.</p></section>`;
  const byId = articleIndex(s);
  const { versionOf } = foldCopies(s);
  const bags = s.quotes.map((q) => words(q.text));
  const used = new Set<number>();
  const groups = s.quoteGroups.map((g) => {
    const bag = words(g.text);
    const members: ReportQuote[] = [];
    s.quotes.forEach((q, i) => {
      if (!used.has(i) && g.articles.includes(q.article) && (q.text === g.text || overlap(bag, bags[i]!) >= 0.6)) {
        used.add(i);
        members.push(q);
      }
    });
    return { g, members };
  });
  const rest = s.quotes.filter((_, i) => !used.has(i));
  const where = (ids: readonly string[]): SafeHtml =>
    join(
      ids.map((x) => {
        const a = byId.get(x);
        return a === undefined ? html`${x}` : html`<a href="${links.article(a.id)}">${versionName(a)}</a>`;
      }),
      ', ',
    );
  const st = s.sourceStatus;
  return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">Quotes</h2>
<p class="muted">Sources quoted (copies once): <strong>${st.named}</strong> named, <strong>${st.unnamed}</strong> unnamed, <strong>${st.anonymous}</strong> anonymous.</p>
<ul class="cards">${groups.map(({ g, members }) => {
    const versions = new Set(g.articles.map((x) => versionOf.get(x) ?? x)).size;
    const speakers = members.length > 0 ? members : [];
    return html`<li class="card"><blockquote>${g.text}</blockquote>
<div class="quote-by">${speakers.length === 0 ? html`${g.speakers.join('; ')}` : join(dedupe(speakers).map(attribution), '; ')}</div>
<p class="meta">${g.single ? html`<span class="tag">one version only</span> ` : html`<span class="tag">in ${versions} versions</span> `}${g.speakersDiffer ? html`<span class="tag warn">versions name different speakers</span> ` : nothing}in ${where(g.articles)}</p></li>`;
  })}${rest.map((q) => html`<li class="card"><blockquote>${q.text}</blockquote><div class="quote-by">${attribution(q)}</div><p class="meta">in ${where([q.article])}</p></li>`)}</ul></section>`;
}

/** One attribution per distinct speaker and status. */
function dedupe(qs: readonly ReportQuote[]): ReportQuote[] {
  const seen = new Set<string>();
  return qs.filter((q) => {
    const k = `${q.speaker ?? ''}\n${q.status}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function entitiesSection(s: ReportStory, id: string, links: Links): SafeHtml {
  if (s.entities.length === 0) return nothing;
  return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">People, places and organisations</h2><div class="scroll"><table><thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Also written</th><th scope="col" class="num">Mentions</th><th scope="col" class="num">Articles</th></tr></thead><tbody>${s.entities.map(
    (e) =>
      html`<tr><td>${linkOr(links.list({ entity: e.name }), e.name)}${e.titles.length === 0 ? nothing : html` <span class="muted">(${e.titles.join(', ')})</span>`}</td><td>${e.type}</td><td>${e.aliases.join(', ')}</td><td class="num">${e.mentions}</td><td class="num">${e.articles}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function timelineSection(s: ReportStory, id: string): SafeHtml {
  if (s.timeline.length === 0) return nothing;
  const entries = [...s.timeline].sort((a, b) => Number(b.resolved) - Number(a.resolved) || a.date.localeCompare(b.date));
  return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">Timeline</h2><ol>${entries.map(
    (t) =>
      html`<li><strong>${t.resolved ? time(t.date) : html`${t.date}`}${t.end === undefined ? nothing : html` – ${time(t.end)}`}</strong>${t.resolved && t.text !== t.date ? html` <span class="muted">(“${t.text}”)</span>` : nothing}: ${t.sentence} <span class="muted">— in ${t.articles.length} ${t.articles.length === 1 ? 'article' : 'articles'}</span></li>`,
  )}</ol></section>`;
}

function numbersSection(s: ReportStory, id: string): SafeHtml {
  if (s.numbers.length === 0) return nothing;
  return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">Numbers</h2><div class="scroll"><table><thead><tr><th scope="col">Number</th><th scope="col">Of</th><th scope="col" class="num">Articles</th></tr></thead><tbody>${s.numbers.map(
    (n) => html`<tr><td>${n.text}</td><td>${n.context}</td><td class="num">${n.articles}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function provenanceSection(s: ReportStory, id: string, links: Links): SafeHtml {
  const p = s.provenance;
  if (p === undefined) return nothing;
  const byId = articleIndex(s);
  const name = (x: string): SafeHtml => {
    const a = byId.get(x);
    return a === undefined ? html`${x}` : html`<a href="${links.article(a.id)}">${versionName(a)}</a>`;
  };
  const reason = p.reason === 'earliest-published' ? 'it was published first' : 'the other versions hold most of its sentences (not every version is dated)';
  return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">Where it started</h2>
<p>Most likely origin: ${name(p.origin)} — ${reason}. <strong>${p.independentSources}</strong> of ${p.articles} articles look independent (neither copies nor drawn from another version).</p>
${p.links.length === 0 ? nothing : html`<ul>${p.links.map((l) => html`<li>${name(l.to)} probably draws on ${name(l.from)} (${Math.round(l.score * 100)}% of its sentences aligned)${compareLink(links.compare(l.from, l.to))}${l.evidence.length === 0 ? nothing : html`<details><summary>Evidence</summary><ul>${l.evidence.map((e) => html`<li>${e}</li>`)}</ul></details>`}</li>`)}</ul>`}
${p.citations.length === 0 ? nothing : html`<h3>Sources the versions name</h3><ul>${p.citations.map((c) => html`<li>${name(c.article)} cites <strong>${c.source}</strong>: ${c.text}</li>`)}</ul>`}</section>`;
}

const compareLink = (href: string | undefined): SafeHtml => (href === undefined ? nothing : html` · <a href="${href}">compare</a>`);

function relatedSection(s: ReportStory, id: string, links: Links): SafeHtml {
  if (s.related.length === 0) return nothing;
  return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">Related stories</h2><p class="muted">Stories about the same people or topic but another event.</p><ul>${s.related.map(
    (r) => html`<li><a href="${links.story(r.story)}">${r.title}</a><details><summary>Why related</summary>${evidenceView(r.evidence)}</details></li>`,
  )}</ul></section>`;
}

function compareFormSection(s: ReportStory, id: string): SafeHtml {
  if (s.articles.length < 2) return nothing;
  const first = s.provenance?.origin ?? s.articles[0]!.id;
  const second = s.articles.find((a) => a.id !== first)!.id;
  const options = (selected: string): SafeHtml[] =>
    s.articles.map((a) => html`<option value="${a.id}"${a.id === selected ? html` selected` : nothing}>${versionName(a)} — ${headline(a, 60)}</option>`);
  return html`<section aria-labelledby="${id}-h" id="${id}"><h2 id="${id}-h">Compare two versions</h2>
<form class="pick" method="get" action="/compare"><label>Left<select name="a">${options(first)}</select></label><label>Right<select name="b">${options(second)}</select></label><button type="submit">Compare</button></form></section>`;
}

/** The whole story page (the content of `<main>`). */
export function storyView(s: ReportStory, links: Links, options: StoryViewOptions): SafeHtml {
  const part = (name: string): string => links.partId('story', s.id, name);
  const { versions, copiesOf } = foldCopies(s);
  const list = links.list();
  const sections: [string, string, boolean][] = [
    ['agreement', 'Agreement', true],
    ['versions', 'Versions', true],
    ['compare', 'Compare', options.compareForm && s.articles.length > 1],
    ['quotes', 'Quotes', true],
    ['entities', 'Entities', s.entities.length > 0],
    ['timeline', 'Timeline', s.timeline.length > 0],
    ['numbers', 'Numbers', s.numbers.length > 0],
    ['provenance', 'Origin', s.provenance !== undefined],
    ['related', 'Related', s.related.length > 0],
  ];
  const sources = s.sources.map((x) => linkOr(links.list({ source: x }), x));
  return html`<nav class="crumbs" aria-label="Breadcrumb"><ol><li>${linkOr(list, 'Stories')}</li><li aria-current="page">${s.id}</li></ol></nav>
<h1>${s.title}</h1>${storyStats(s)}
<p class="meta">${storySpan(s)}${sources.length === 0 ? nothing : html`${s.first === undefined ? '' : ' · '}${join(sources, ', ')}`}</p>
<nav class="toc" aria-label="On this page"><ul>${sections.filter((x) => x[2]).map(([id, label]) => html`<li><a href="#${part(id)}">${label}</a></li>`)}</ul></nav>
${agreementSection(s, part('agreement'), links)}
<section aria-labelledby="${part('versions')}-h" id="${part('versions')}"><h2 id="${part('versions')}-h">Versions and what each adds</h2>
<p class="legend">${s.versions > 1 ? html`<mark>Highlighted</mark> sentences are found in no other independent version. ` : nothing}Copies are folded under the version they copy.</p>
<ol class="cards">${versions.map((a) => versionCard(s, a, copiesOf.get(a.id) ?? [], links))}</ol></section>
${options.compareForm ? compareFormSection(s, part('compare')) : nothing}
${quotesSection(s, part('quotes'), links)}
${entitiesSection(s, part('entities'), links)}
${timelineSection(s, part('timeline'))}
${numbersSection(s, part('numbers'))}
${provenanceSection(s, part('provenance'), links)}
${relatedSection(s, part('related'), links)}`;
}
