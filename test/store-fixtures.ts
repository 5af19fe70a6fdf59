/**
 * Shared by the store and HTTP tests: small synthetic corpora (bench/generate.ts: invented outlets, people and
 * events, deterministic), normalised the way `retold ingest` does it, and temporary store files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles, type SynthArticle } from '../bench/generate.js';
import type { Article, RawArticle } from '../src/model/article.js';
import { normaliseArticle } from '../src/normalise/index.js';

/** Synthetic records with their truth, in publication order. */
export function synth(articles: number, seed: number, articlesPerDay?: number): SynthArticle[] {
  return [...generateArticles({ articles, seed, ...(articlesPerDay === undefined ? {} : { articlesPerDay }) })];
}

/** The JSONL text of synthetic records (one record per line), as `bench/generate.ts` writes it. */
export function synthJsonl(items: readonly SynthArticle[]): string {
  return items.map((a) => JSON.stringify(a.record)).join('\n') + '\n';
}

/** Normalised articles of synthetic records, as ingesting them from `path` (a JSONL file) would make them. */
export function synthArticles(items: readonly SynthArticle[], path = 'synth.jsonl'): Article[] {
  return items.map((a, i) => {
    const r = a.record;
    const raw: RawArticle = {
      kind: 'raw',
      origin: { path, record: i + 1, format: 'jsonl' },
      externalId: r.id,
      source: r.source,
      title: r.title,
      published: r.published,
      text: r.text,
    };
    const n = normaliseArticle(raw);
    if (n.kind !== 'article') throw new Error(`synthetic record ${r.id} did not normalise: ${n.error.message}`);
    return n.article;
  });
}

/** A temporary folder, removed after `run`. */
export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'retold-store-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Article id → story id. */
export type Membership = ReadonlyMap<string, string>;

/** Stories as sorted lists of sorted article ids: equal partitions compare equal whatever the story ids. */
export function partition(m: Membership): string[][] {
  const by = new Map<string, string[]>();
  for (const [a, s] of m) {
    const g = by.get(s) ?? [];
    g.push(a);
    by.set(s, g);
  }
  return [...by.values()].map((g) => g.sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
}
