import { readFile } from 'node:fs/promises';
import { ConfigError } from '../model/errors.js';

/**
 * Gold file format, version 1 (JSON):
 * ```json
 * { "version": 1,
 *   "stories": [ { "id": "s1", "title": "…", "topic": "…",
 *                  "articles": ["key", …],
 *                  "copies": [["key", "key"], …],
 *                  "related": ["s7", …] } ] }
 * ```
 * A story is one event; `articles` are the keys (record ids or file names) of every version of it. `copies`
 * groups articles of the story that are copies of one another (the first is usually the original). `related`
 * names other stories of the same file that are about a related event. `title` and `topic` are free text;
 * stories sharing a `topic` are siblings (same kind of event, other people and places).
 * Every article is in exactly one story and in at most one copy group. Unknown fields are refused, so a typo
 * ("artciles") is an error rather than an empty story.
 */
export const GOLD_VERSION = 1;

/** One gold story, as read; optional lists are empty when the file omits them. */
export interface GoldStory {
  readonly id: string;
  readonly title?: string;
  readonly topic?: string;
  readonly articles: readonly string[];
  readonly copies: readonly (readonly string[])[];
  readonly related: readonly string[];
}

/** A validated gold file (or several merged). */
export interface Gold {
  /** Where it was read from (file paths joined by ` + ` after a merge), for messages. */
  readonly source: string;
  readonly stories: readonly GoldStory[];
  /** Article key → story id, for every article of every story. */
  readonly storyOf: ReadonlyMap<string, string>;
  /** Article key → topic, for articles of stories that have one. */
  readonly topicOf: ReadonlyMap<string, string>;
  /** Every copy group of every story. */
  readonly copyGroups: readonly (readonly string[])[];
}

const STORY_FIELDS = new Set(['id', 'title', 'topic', 'articles', 'copies', 'related']);
const TOP_FIELDS = new Set(['version', 'stories']);

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates parsed JSON as a gold file. `source` names the file in messages. Throws {@link ConfigError} naming
 * the file and the entry at fault, e.g. `gold.json: stories[3].articles[2] is not a string (got number 7)`.
 */
export function parseGold(json: unknown, source: string): Gold {
  const fail = (where: string, problem: string): never => {
    throw new ConfigError(`${source}: ${where} ${problem}`);
  };
  if (!isRecord(json)) {
    return fail('the top level', `must be an object {"version": 1, "stories": [...]}, got ${describe(json)}`);
  }
  for (const key of Object.keys(json)) {
    if (!TOP_FIELDS.has(key)) fail(`field "${key}"`, 'is not part of the gold format (expected "version", "stories")');
  }
  if (json['version'] !== GOLD_VERSION) {
    fail(
      'version',
      json['version'] === undefined
        ? `is missing; add "version": ${GOLD_VERSION}`
        : `must be ${GOLD_VERSION}, got ${describe(json['version'])} ` +
            `(this Retold reads gold version ${GOLD_VERSION} only)`,
    );
  }
  const rawStories = json['stories'];
  if (!Array.isArray(rawStories)) return fail('stories', `must be an array, got ${describe(rawStories)}`);

  const stories: GoldStory[] = [];
  const indexOfId = new Map<string, number>();
  const storyOfArticle = new Map<string, number>();
  const optionalString = (where: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return fail(where, `must be a string, got ${describe(value)}`);
    return value;
  };
  const keyAt = (where: string, value: unknown): string => {
    if (typeof value !== 'string') return fail(where, `is not a string (got ${describe(value)})`);
    if (value.length === 0) return fail(where, 'is an empty string');
    return value;
  };

  rawStories.forEach((raw: unknown, s) => {
    const at = `stories[${s}]`;
    if (!isRecord(raw)) return fail(at, `must be an object, got ${describe(raw)}`);
    for (const key of Object.keys(raw)) {
      if (!STORY_FIELDS.has(key)) {
        fail(at, `has unknown field "${key}" (expected id, title, topic, articles, copies, related)`);
      }
    }
    const id = keyAt(`${at}.id`, raw['id']);
    const earlier = indexOfId.get(id);
    if (earlier !== undefined) fail(`${at}.id`, `"${id}" is already the id of stories[${earlier}]`);
    indexOfId.set(id, s);
    const title = optionalString(`${at}.title`, raw['title']);
    const topic = optionalString(`${at}.topic`, raw['topic']);

    const rawArticles = raw['articles'];
    if (!Array.isArray(rawArticles)) {
      return fail(`${at}.articles`, `must be an array of article keys, got ${describe(rawArticles)}`);
    }
    if (rawArticles.length === 0) fail(`${at}.articles`, 'is empty; a story needs at least one article');
    const own = new Set<string>();
    const articles = rawArticles.map((value: unknown, a) => {
      const key = keyAt(`${at}.articles[${a}]`, value);
      if (own.has(key)) fail(`${at}.articles[${a}]`, `"${key}" is listed twice in this story`);
      const other = storyOfArticle.get(key);
      if (other !== undefined) {
        const otherId = stories[other]?.id ?? '';
        fail(
          `${at}.articles[${a}]`,
          `"${key}" is already in story "${otherId}" (stories[${other}]); an article belongs to one story`,
        );
      }
      own.add(key);
      storyOfArticle.set(key, s);
      return key;
    });

    const rawCopies = raw['copies'] ?? [];
    if (!Array.isArray(rawCopies)) {
      return fail(`${at}.copies`, `must be an array of arrays of article keys, got ${describe(rawCopies)}`);
    }
    const inCopyGroup = new Map<string, number>();
    const copies = rawCopies.map((group: unknown, g) => {
      const gAt = `${at}.copies[${g}]`;
      if (!Array.isArray(group)) return fail(gAt, `must be an array of article keys, got ${describe(group)}`);
      if (group.length < 2) fail(gAt, `has ${group.length} member(s); a copy group needs at least two`);
      return group.map((value: unknown, m) => {
        const key = keyAt(`${gAt}[${m}]`, value);
        if (!own.has(key)) {
          fail(`${gAt}[${m}]`, `"${key}" is not among this story's articles; add it to ${at}.articles`);
        }
        const previous = inCopyGroup.get(key);
        if (previous !== undefined) {
          fail(`${gAt}[${m}]`, `"${key}" is already in ${at}.copies[${previous}]; join the two groups`);
        }
        inCopyGroup.set(key, g);
        return key;
      });
    });

    const rawRelated = raw['related'] ?? [];
    if (!Array.isArray(rawRelated)) {
      return fail(`${at}.related`, `must be an array of story ids, got ${describe(rawRelated)}`);
    }
    const related = rawRelated.map((value: unknown, r) => keyAt(`${at}.related[${r}]`, value));

    stories.push({
      id,
      ...(title === undefined ? {} : { title }),
      ...(topic === undefined ? {} : { topic }),
      articles,
      copies,
      related,
    });
    return undefined;
  });

  // Related ids may point forward, so they are checked once every id is known.
  stories.forEach((story, s) => {
    story.related.forEach((id, r) => {
      if (id === story.id) fail(`stories[${s}].related[${r}]`, `names the story itself ("${id}")`);
      if (!indexOfId.has(id)) fail(`stories[${s}].related[${r}]`, `"${id}" is not the id of any story in this file`);
    });
  });
  return assemble(stories, source);
}

function assemble(stories: readonly GoldStory[], source: string): Gold {
  const storyOf = new Map<string, string>();
  const topicOf = new Map<string, string>();
  const copyGroups: (readonly string[])[] = [];
  for (const story of stories) {
    for (const key of story.articles) {
      storyOf.set(key, story.id);
      if (story.topic !== undefined) topicOf.set(key, story.topic);
    }
    copyGroups.push(...story.copies);
  }
  return { source, stories, storyOf, topicOf, copyGroups };
}

/** Reads and validates a gold file; a missing file or invalid JSON is a {@link ConfigError} naming the path. */
export async function readGoldFile(path: string): Promise<Gold> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT' ? `gold file not found: ${path}` : `cannot read gold file ${path}: ${(cause as Error).message}`,
      { cause },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`${path}: not valid JSON (${(cause as Error).message})`, { cause });
  }
  return parseGold(json, path);
}

/**
 * Joins gold files that cover different articles (e.g. one per corpus folder). Story ids must be unique across
 * the parts and an article may be in only one part; otherwise a {@link ConfigError} names both sources.
 */
export function mergeGold(parts: readonly Gold[]): Gold {
  const storySource = new Map<string, string>();
  const articleSource = new Map<string, { readonly story: string; readonly source: string }>();
  const stories: GoldStory[] = [];
  for (const part of parts) {
    for (const story of part.stories) {
      const other = storySource.get(story.id);
      if (other !== undefined) {
        throw new ConfigError(`story id "${story.id}" is used in both ${other} and ${part.source}; rename one`);
      }
      storySource.set(story.id, part.source);
      for (const key of story.articles) {
        const seen = articleSource.get(key);
        if (seen !== undefined) {
          throw new ConfigError(
            `article "${key}" is in story "${seen.story}" (${seen.source}) and in story "${story.id}" ` +
              `(${part.source}); an article belongs to one story`,
          );
        }
        articleSource.set(key, { story: story.id, source: part.source });
      }
      stories.push(story);
    }
  }
  return assemble(stories, parts.map((p) => p.source).join(' + '));
}
