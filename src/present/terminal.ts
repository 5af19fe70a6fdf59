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
  if (s.agreement.length > 0) {
    lines.push(`    agreed by ${s.agreement[0]!.support} of ${s.versions} versions: ${s.agreement.filter((c) => c.support === s.agreement[0]!.support).length} claims; ${s.agreement.length} carried by ≥ 2`);
  }
  const q = s.sourceStatus;
  if (q.named + q.unnamed + q.anonymous > 0) lines.push(`    quotes: ${q.named} named, ${q.unnamed} unnamed, ${q.anonymous} anonymous sources`);
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

const wrap = (text: string, width: number, indent: string): string[] => {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line.length + w.length + 1 > width && line !== '') {
      out.push(indent + line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') out.push(indent + line);
  return out;
};

/** One story in full: articles, agreement, each version's additions, quotes, entities, timeline, provenance. */
export function renderStory(s: ReportStory): string {
  const out = story(s, 1000);
  const label = new Map(s.articles.map((a, i) => [a.id, `[${i + 1}]`]));
  if (s.agreement.length > 0) {
    out.push('', `  What the versions agree on (support = independent versions, of ${s.versions}):`);
    for (const c of s.agreement) out.push(...wrap(`${c.support}/${s.versions}  ${c.claim}`, 110, '    '));
  }
  const withAdditions = s.articles.filter((a) => a.additions.length > 0);
  if (withAdditions.length > 0) {
    out.push('', '  What each version adds:');
    for (const a of withAdditions) {
      const sh = a.shares;
      out.push(`    ${label.get(a.id)} ${a.id} ${a.source ?? ''}${sh === undefined ? '' : ` — ${sh.shared} of ${sh.total} sentences shared, ${sh.added} added`}`);
      for (const x of a.additions) out.push(...wrap(`+ ${x.holds.length > 0 ? `(${x.holds.join(', ')}) ` : ''}${x.text}`, 110, '        '));
    }
  }
  if (s.quotes.length > 0) {
    out.push('', `  Quotes (${s.sourceStatus.named} named, ${s.sourceStatus.unnamed} unnamed, ${s.sourceStatus.anonymous} anonymous):`);
    for (const q of s.quotes) {
      const who = q.speaker === undefined ? 'no speaker' : `${q.speaker}${q.description === undefined ? '' : `, ${q.description}`}`;
      out.push(...wrap(`${label.get(q.article)} [${q.status}] ${who}: “${q.text}”`, 110, '    '));
    }
    const moved = s.quoteGroups.filter((g) => g.speakersDiffer);
    for (const g of moved) out.push(...wrap(`! attributed to different speakers: ${g.speakers.join(' / ')} — “${g.text.slice(0, 80)}”`, 110, '    '));
  }
  if (s.entities.length > 0) {
    out.push('', '  Entities:');
    for (const e of s.entities.slice(0, 25)) {
      out.push(`    ${e.type.padEnd(12)} ${e.name}${e.titles.length > 0 ? ` (${e.titles.join(', ')})` : ''}${e.aliases.length > 0 ? ` — also ${e.aliases.join(', ')}` : ''} ×${e.mentions}`);
    }
  }
  if (s.timeline.length > 0) {
    out.push('', '  Timeline:');
    for (const t of s.timeline.slice(0, 20)) out.push(`    ${t.resolved ? t.date + (t.end === undefined ? '' : ` – ${t.end}`) : `“${t.text}” (unresolved)`}  ${t.articles.map((a) => label.get(a)).join('')}`);
  }
  const p = s.provenance;
  if (p !== undefined) {
    out.push('', `  Provenance: ${p.independentSources} independent source(s) behind ${p.articles} articles; closest to the origin: ${label.get(p.origin)} ${p.origin} (${p.reason})`);
    for (const l of p.links) out.push(`    ${label.get(l.from)} → ${label.get(l.to)}  ${l.evidence.slice(0, 2).join('; ')}`);
    for (const c of p.citations) out.push(`    ${label.get(c.article)} cites ${c.source}`);
  }
  return out.join('\n') + '\n';
}
