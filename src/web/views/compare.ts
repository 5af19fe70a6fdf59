/** Two versions side by side: aligned sentences paired on one row, word differences marked. */
import { html, type SafeHtml } from '../../present/escape.js';
import type { SentencePair } from '../../model/alignment.js';
import type { CompareView } from '../data.js';
import type { Links } from '../links.js';
import { headline, linkOr, nothing, placementTag, time, versionName } from './parts.js';

type Row = { readonly kind: 'pair'; readonly pair: SentencePair } | { readonly kind: 'a'; readonly a: number } | { readonly kind: 'b'; readonly b: number };

/**
 * Rows in the order of the left article; a sentence only on the right goes after the last row holding an
 * earlier right sentence, so both columns read top to bottom.
 */
export function compareRows(c: CompareView['comparison']): Row[] {
  const rows: Row[] = [...c.pairs.map((pair): Row => ({ kind: 'pair', pair })), ...c.onlyA.map((a): Row => ({ kind: 'a', a }))];
  const aOf = (r: Row): number => (r.kind === 'pair' ? r.pair.a : r.kind === 'a' ? r.a : -1);
  rows.sort((x, y) => aOf(x) - aOf(y) || (x.kind === 'pair' && y.kind === 'pair' ? x.pair.b - y.pair.b : 0));
  for (const b of c.onlyB) {
    let at = 0;
    rows.forEach((r, i) => {
      const rb = r.kind === 'pair' ? r.pair.b : r.kind === 'b' ? r.b : -1;
      if (rb >= 0 && rb < b) at = i + 1;
    });
    rows.splice(at, 0, { kind: 'b', b });
  }
  return rows;
}

/** The content of the comparison page. */
export function compareView(v: CompareView, links: Links): SafeHtml {
  const { a, b, comparison: c } = v;
  const rows = compareRows(c);
  const seenA = new Set<number>();
  const seenB = new Set<number>();
  const again = (seen: Set<number>, i: number): SafeHtml => {
    if (seen.has(i)) return html` <span class="muted">(again)</span>`;
    seen.add(i);
    return nothing;
  };
  const num = (i: number): SafeHtml => html`<span class="idx">${i + 1}.</span> `;
  const swap = links.compare(b.id, a.id);
  const side = (x: typeof a, label: string): SafeHtml =>
    html`<div><strong>${label}:</strong> <a href="${links.article(x.id)}">${headline(x, 120)}</a><div class="meta">${versionName(x)}${x.published === undefined ? nothing : html` · ${time(x.published)}`} ${placementTag(x)}</div></div>`;
  return html`<nav class="crumbs" aria-label="Breadcrumb"><ol><li>${linkOr(links.list(), 'Stories')}</li><li aria-current="page">Comparison</li></ol></nav>
<h1>Two versions side by side</h1>
${side(a, 'Left')}${side(b, 'Right')}
<p class="meta"><strong>${c.pairs.length}</strong> aligned sentence pairs · <strong>${c.onlyA.length}</strong> sentences only on the left · <strong>${c.onlyB.length}</strong> only on the right${swap === undefined ? nothing : html` · <a href="${swap}">Swap sides</a>`}</p>
<p class="legend">On aligned rows, <del>struck words</del> are only on the left and <ins>marked words</ins> only on the right; the figure is how alike the two sentences are (0 to 1).</p>
<div class="scroll"><table class="compare"><caption class="vh">Sentences of the left and right versions, aligned sentences on the same row</caption>
<thead><tr><th scope="col">Left: ${versionName(a)}</th><th scope="col">Right: ${versionName(b)}</th></tr></thead><tbody>${rows.map((r) => {
    if (r.kind === 'pair') {
      const p = r.pair;
      const left = p.diff.filter((d) => d.kind !== 'added').map((d) => (d.kind === 'removed' ? html`<del>${d.text}</del>` : html`${d.text}`));
      const right = p.diff.filter((d) => d.kind !== 'removed').map((d) => (d.kind === 'added' ? html`<ins>${d.text}</ins>` : html`${d.text}`));
      return html`<tr class="pair"><td data-side="Left">${num(p.a)}${left}${again(seenA, p.a)}</td><td data-side="Right">${num(p.b)}${right}${again(seenB, p.b)}<span class="score">similarity ${p.score}</span></td></tr>`;
    }
    if (r.kind === 'a') return html`<tr class="only only-a"><td data-side="Left">${num(r.a)}${v.aSentences[r.a] ?? ''}</td><td class="none" data-side="Right">no counterpart</td></tr>`;
    return html`<tr class="only only-b"><td class="none" data-side="Left">no counterpart</td><td data-side="Right">${num(r.b)}${v.bSentences[r.b] ?? ''}</td></tr>`;
  })}</tbody></table></div>`;
}
