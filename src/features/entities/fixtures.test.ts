import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { EntityType } from '../../model/entity.js';
import { extractEntities, extractNumbers, mergeEntities } from './index.js';
import { extractDates } from '../dates/index.js';
import { normaliseArticle } from '../../normalise/index.js';
import type { Article } from '../../model/article.js';

/** Runs every invented fixture in test/fixtures/entities (format in its README). */
const DIR = fileURLToPath(new URL('../../../test/fixtures/entities/', import.meta.url));

interface Fixture {
  readonly description: string;
  readonly articles: readonly { id: string; text: string; published?: string; title?: string }[];
  readonly mentions?: { must?: { text: string; type: EntityType; title?: string }[]; mustNot?: string[] };
  readonly merged?: {
    must?: { name: string; type: EntityType; aliases?: string[]; titles?: string[] }[];
    mustNot?: string[];
  };
  readonly dates?: {
    must?: { text: string; start?: string; end?: string; certain?: boolean; unresolved?: boolean }[];
  };
  readonly numbers?: {
    must?: { text: string; value?: number; unit?: string; ordinal?: boolean; context?: string }[];
    mustNot?: string[];
  };
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
  const fx = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture;
  const articles = fx.articles.map((a) =>
    normalised(a.text, {
      path: `${file}#${a.id}`,
      ...(a.published === undefined ? {} : { published: a.published }),
      ...(a.title === undefined ? {} : { title: a.title }),
    }),
  );
  const perArticle = articles.map((a) => ({ articleId: a.id as string, mentions: extractEntities(a) }));
  const mentions = perArticle.flatMap((p) => p.mentions);

  if (fx.mentions !== undefined) {
    test(`${file}: mentions (${fx.description})`, () => {
      const seen = mentions.map((m) => `${m.type}:${m.text}${m.title === undefined ? '' : ` [${m.title}]`}`);
      for (const want of fx.mentions?.must ?? []) {
        const hit = mentions.find(
          (m) => m.text === want.text && m.type === want.type && (want.title === undefined || m.title === want.title),
        );
        assert.ok(hit, `missing ${want.type} "${want.text}"${want.title ? ` [${want.title}]` : ''}; got ${seen.join(', ')}`);
      }
      for (const bad of fx.mentions?.mustNot ?? []) {
        assert.ok(!mentions.some((m) => m.text === bad), `"${bad}" must not be an entity; got ${seen.join(', ')}`);
      }
      // Offsets point at the text.
      for (const [i, p] of perArticle.entries()) {
        for (const m of p.mentions) assert.equal(articles[i]?.text.slice(m.start, m.end), m.text);
      }
    });
  }

  if (fx.merged !== undefined) {
    test(`${file}: merged entities`, () => {
      const entities = mergeEntities(perArticle);
      const seen = entities.map((e) => `${e.type}:${e.name}{${e.aliases.join('|')}}`).join(', ');
      for (const want of fx.merged?.must ?? []) {
        const e = entities.find((x) => x.name === want.name && x.type === want.type);
        assert.ok(e, `missing entity ${want.type} "${want.name}"; got ${seen}`);
        for (const alias of want.aliases ?? []) assert.ok(e.aliases.includes(alias), `${want.name}: alias "${alias}" missing; got ${e.aliases.join(', ')}`);
        for (const title of want.titles ?? []) assert.ok(e.titles.includes(title), `${want.name}: title "${title}" missing; got ${e.titles.join(', ')}`);
      }
      for (const bad of fx.merged?.mustNot ?? []) {
        assert.ok(!entities.some((e) => e.name === bad), `no entity may be named "${bad}"; got ${seen}`);
      }
    });
  }

  if (fx.dates !== undefined) {
    test(`${file}: dates`, () => {
      const dates = articles.flatMap((a) => extractDates(a));
      const seen = dates.map((d) => `${d.text}=${d.resolved?.start ?? '?'}..${d.resolved?.end ?? ''}`).join(', ');
      for (const want of fx.dates?.must ?? []) {
        const d = dates.find((x) => x.text === want.text);
        assert.ok(d, `missing date "${want.text}"; got ${seen}`);
        if (want.unresolved === true) assert.equal(d.resolved, undefined, `${want.text} must stay unresolved`);
        if (want.start !== undefined) assert.equal(d.resolved?.start, want.start, `${want.text} start`);
        if (want.end !== undefined) assert.equal(d.resolved?.end, want.end, `${want.text} end`);
        if (want.start !== undefined && want.end === undefined) assert.equal(d.resolved?.end, undefined, `${want.text} is one day`);
        if (want.certain !== undefined) assert.equal(d.certain, want.certain, `${want.text} certain`);
      }
    });
  }

  if (fx.numbers !== undefined) {
    test(`${file}: numbers`, () => {
      const numbers = articles.flatMap((a) => extractNumbers(a));
      const seen = numbers.map((n) => `${n.text}=${n.value}${n.unit ?? ''}/${n.context}`).join(', ');
      for (const want of fx.numbers?.must ?? []) {
        const n = numbers.find((x) => x.text === want.text);
        assert.ok(n, `missing number "${want.text}"; got ${seen}`);
        if (want.value !== undefined) assert.equal(n.value, want.value, `${want.text} value`);
        if (want.unit !== undefined) assert.equal(n.unit, want.unit, `${want.text} unit`);
        if (want.ordinal !== undefined) assert.equal(n.ordinal, want.ordinal, `${want.text} ordinal`);
        if (want.context !== undefined) assert.equal(n.context, want.context, `${want.text} context`);
      }
      for (const bad of fx.numbers?.mustNot ?? []) {
        assert.ok(!numbers.some((n) => n.text === bad), `"${bad}" must not be a number; got ${seen}`);
      }
    });
  }
}

/** A RawArticle through the real normaliser (headline, chrome, paragraphs, sentences). */
function normalised(text: string, options: { published?: string; title?: string; path: string }): Article {
  const r = normaliseArticle({
    kind: 'raw',
    origin: { path: options.path, format: 'text' },
    text,
    ...(options.published === undefined ? {} : { published: options.published }),
    ...(options.title === undefined ? {} : { title: options.title }),
  });
  if (r.kind !== 'article') throw r.error;
  return r.article;
}
