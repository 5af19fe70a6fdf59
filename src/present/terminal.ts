/** Plain-text rendering of a report for the terminal. */
import type { Report, ReportArticle, ReportStory } from './report.js';

/** Options of the terminal rendering. */
export interface TerminalOptions {
  /** Most stories listed in full (the rest are counted). */
  readonly maxStories?: number;
  /** Most articles listed per story. */
  readonly maxArticles?: number;
}

function label(a: ReportArticle): string {
  const where = a.url ?? (a.record === undefined ? a.path : `${a.path}#${a.record}`);
  const title = a.title ?? a.lead;
  const short = title.length > 90 ? title.slice(0, 89) + '…' : title;
  const source = a.source === undefined ? '' : ` — ${a.source}`;
  return `${short}${source}  [${where}]`;
}

function placementNote(a: ReportArticle): string {
  const p = a.placement;
  if (p.kind === 'copy') return p.exact === true ? `exact copy of ${p.of}` : `copy of ${p.of} (containment ${p.containment})`;
  if (p.kind === 'story' && p.evidence !== undefined) {
    const e = p.evidence;
    const shared = [...new Set([...e.names.slice(0, 4), ...e.terms.slice(0, 4)])].slice(0, 6).join(', ');
    return `same story (score ${e.scores.total}; shares ${shared})`;
  }
  return 'first';
}

function story(s: ReportStory, maxArticles: number): string[] {
  const lines = [`${s.id}  ${s.title}`];
  const copies = s.articles.length - s.versions;
  lines.push(
    `    ${s.articles.length} articles, ${s.versions} independent version${s.versions === 1 ? '' : 's'}` +
      (copies > 0 ? `, ${copies} cop${copies === 1 ? 'y' : 'ies'}` : '') +
      (s.sources.length > 0 ? `; sources: ${s.sources.join(', ')}` : ''),
  );
  for (const a of s.articles.slice(0, maxArticles)) lines.push(`    - ${a.id}  ${label(a)}`, `        ${placementNote(a)}`);
  if (s.articles.length > maxArticles) lines.push(`    … and ${s.articles.length - maxArticles} more`);
  for (const r of s.related) {
    const why = [...r.evidence.names.slice(0, 4)].join(', ');
    lines.push(`    related: ${r.story}  ${r.title}${why === '' ? '' : `  (shares ${why})`}`);
  }
  return lines;
}

/** Render the report as text lines. */
export function renderTerminal(report: Report, options: TerminalOptions = {}): string {
  const maxStories = options.maxStories ?? 50;
  const maxArticles = options.maxArticles ?? 12;
  const s = report.summary;
  const out: string[] = [
    `${s.articles} articles → ${s.stories} stories (${s.multiArticleStories} with several articles), ` +
      `${s.copies} copies, ${s.related} related links` +
      (s.rejected > 0 ? `, ${s.rejected} inputs rejected` : '') +
      ` in ${(s.ms / 1000).toFixed(2)} s`,
    '',
  ];
  const multi = report.stories.filter((st) => st.articles.length > 1 || st.related.length > 0);
  for (const st of multi.slice(0, maxStories)) out.push(...story(st, maxArticles), '');
  if (multi.length > maxStories) out.push(`… ${multi.length - maxStories} more stories with several articles or related links`, '');
  const singles = report.stories.length - multi.length;
  if (singles > 0) out.push(`${singles} single-article ${singles === 1 ? 'story' : 'stories'} with no related story.`, '');
  if (report.rejected.length > 0) {
    out.push('Rejected inputs:');
    for (const r of report.rejected) out.push(`  ${r.message} [${r.code}]`);
    out.push('');
  }
  return out.join('\n');
}
