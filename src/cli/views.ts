/** `retold compare`, `retold quotes`, `retold entities`: views over articles read from paths. */
import type { Article } from '../model/article.js';
import { InputError } from '../model/errors.js';
import { ingestPaths } from '../ingest/index.js';
import { normaliseArticle } from '../normalise/index.js';
import { Rarity } from '../features/rarity.js';
import { compareArticles } from '../align/index.js';
import { analyze } from '../pipeline/analyze.js';
import { reportParts } from '../present/report.js';
import { renderComparison } from '../present/comparison.js';
import { renderStory } from '../present/terminal.js';

/** Read one article: `file` (its only or first article) or `file#N` (its N-th record). */
export async function readOneArticle(spec: string): Promise<Article> {
  const m = /^(.*)#(\d+)$/.exec(spec);
  const path = m === null ? spec : m[1]!;
  const record = m === null ? undefined : Number(m[2]);
  for await (const item of ingestPaths([path])) {
    if (item.kind === 'rejected') {
      if (record === undefined || item.error.record === record) throw item.error;
      continue;
    }
    if (record !== undefined && item.article.origin.record !== record) continue;
    const n = normaliseArticle(item.article);
    if (n.kind === 'rejected') throw n.error;
    return n.article;
  }
  throw new InputError('input.not-found', path, record === undefined ? 'holds no article' : `has no record ${record}`);
}

/** Print two articles side by side with aligned sentences paired. Returns the exit code. */
export async function compareCommand(a: string, b: string, opts: { json?: boolean; width?: number }): Promise<number> {
  const [x, y] = [await readOneArticle(a), await readOneArticle(b)];
  const rarity = new Rarity();
  rarity.observe(new Set(x.text.toLowerCase().split(/\W+/)));
  rarity.observe(new Set(y.text.toLowerCase().split(/\W+/)));
  const comparison = compareArticles(x, y, { rarity });
  if (opts.json === true) process.stdout.write(JSON.stringify({ ...comparison, titles: { a: x.title ?? null, b: y.title ?? null } }, null, 2) + '\n');
  else process.stdout.write(renderComparison(x, y, comparison, opts.width ?? Math.min(process.stdout.columns ?? 120, 160)));
  return 0;
}

/** Analyse paths and print one story in full (`--story id`) or every story with several versions. */
export async function storiesCommand(paths: readonly string[], opts: { story?: string; json?: boolean; part?: 'quotes' | 'entities' }): Promise<number> {
  const result = await analyze(paths);
  // Only the stories shown are built with their detail (one, with --story).
  const parts = reportParts(result);
  const chosen = parts.stories
    .filter((s) => (opts.story === undefined ? s.articles > 1 || opts.part !== undefined : s.id === opts.story))
    .map((s) => s.build(true));
  if (opts.story !== undefined && chosen.length === 0) {
    process.stderr.write(`retold: no story ${opts.story}; stories are ${parts.stories.slice(0, 10).map((s) => s.id).join(', ')}…\n`);
    return 2;
  }
  if (opts.json === true) {
    const pick = opts.part === undefined ? chosen : chosen.map((s) => ({ id: s.id, title: s.title, [opts.part!]: s[opts.part!], ...(opts.part === 'quotes' ? { sourceStatus: s.sourceStatus, quoteGroups: s.quoteGroups } : {}) }));
    process.stdout.write(JSON.stringify(pick, null, 2) + '\n');
  } else if (opts.part === 'quotes') {
    for (const s of chosen.filter((x) => x.quotes.length > 0)) {
      process.stdout.write(`${s.id}  ${s.title}\n  ${s.sourceStatus.named} named, ${s.sourceStatus.unnamed} unnamed, ${s.sourceStatus.anonymous} anonymous\n`);
      for (const q of s.quotes) process.stdout.write(`  [${q.status}] ${q.speaker ?? 'no speaker'}: “${q.text}”  (${q.article})\n`);
      process.stdout.write('\n');
    }
  } else if (opts.part === 'entities') {
    for (const s of chosen.filter((x) => x.entities.length > 0)) {
      process.stdout.write(`${s.id}  ${s.title}\n`);
      for (const e of s.entities) process.stdout.write(`  ${e.type.padEnd(12)} ${e.name}${e.titles.length > 0 ? ` (${e.titles.join(', ')})` : ''}${e.aliases.length > 0 ? ` — also ${e.aliases.join(', ')}` : ''} ×${e.mentions}\n`);
      process.stdout.write('\n');
    }
  } else for (const s of chosen) process.stdout.write(renderStory(s) + '\n');
  for (const r of parts.rejected) process.stderr.write(`retold: ${r.message}\n`);
  return parts.rejected.length > 0 ? 1 : 0;
}
