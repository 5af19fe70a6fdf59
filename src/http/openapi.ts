/**
 * The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. Its schemas are plain JSON Schema
 * 2020-12 with `additionalProperties: false`, and the API tests validate every response body against them, so
 * the document cannot drift from what the server sends.
 */

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };
type Schema = { readonly [k: string]: Json };

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const strings: Schema = { type: 'array', items: str };
const obj = (properties: Record<string, Schema>, required: readonly string[], description?: string): Schema => ({
  type: 'object',
  ...(description === undefined ? {} : { description }),
  properties,
  required: [...required],
  additionalProperties: false,
});

const schemas: Record<string, Schema> = {
  Error: obj(
    {
      code: { type: 'string', description: 'Stable machine-readable code, e.g. usage, http.not-found, input.malformed-record, store.failed.' },
      message: { type: 'string', description: 'What is wrong, where, and how to fix it.' },
      mergedInto: { type: 'string', description: 'For story.merged: the story it lives on as.' },
      rejections: { type: 'array', items: ref('Rejection'), description: 'For an ingest request of which nothing could be read: why, per record.' },
    },
    ['code', 'message'],
  ),
  Scores: obj({ body: num, names: num, numbers: num, days: num, total: num }, ['body', 'names', 'numbers', 'total']),
  Evidence: obj(
    { terms: strings, names: strings, numbers: strings, clashes: strings, scores: ref('Scores') },
    ['terms', 'names', 'numbers', 'clashes', 'scores'],
    'What a decision rests on: shared rare words, names and numbers, clashing names, the scores.',
  ),
  Placement: obj(
    {
      kind: { type: 'string', enum: ['copy', 'story', 'new'] },
      of: { type: 'string', description: 'For a copy: the article it copies.' },
      jaccard: num,
      containment: num,
      exact: bool,
      evidence: ref('Evidence'),
      nearest: { type: 'string', description: 'For a new story: the nearest story it did not join.' },
    },
    ['kind'],
  ),
  StorySummary: obj(
    {
      id: str,
      title: str,
      articles: { type: 'integer', description: 'Articles, copies included.' },
      versions: { type: 'integer', description: 'Independent tellings (articles that are not copies).' },
      sources: strings,
      names: { ...strings, description: 'The heaviest names of the story, lower case.' },
      first: { type: 'string', description: 'Earliest article time, ISO 8601.' },
      last: { type: 'string', description: 'Latest article time, ISO 8601.' },
    },
    ['id', 'title', 'articles', 'versions', 'sources', 'names'],
  ),
  StoryArticle: obj(
    { id: str, title: str, source: str, url: str, published: str, path: str, record: int, lead: str, chars: int, placement: ref('Placement') },
    ['id', 'path', 'lead', 'chars', 'placement'],
  ),
  Related: obj({ story: str, title: str, evidence: ref('Evidence') }, ['story', 'title', 'evidence']),
  Story: obj(
    {
      story: ref('StorySummary'),
      articles: { type: 'array', items: ref('StoryArticle'), description: 'In arrival order.' },
      copies: { type: 'array', items: strings, description: 'Groups of article ids that are copies of each other.' },
      related: { type: 'array', items: ref('Related') },
    },
    ['story', 'articles', 'copies', 'related'],
  ),
  StoryPage: obj(
    {
      stories: { type: 'array', items: ref('StorySummary') },
      total: { type: 'integer', description: 'Stories matching the filters over all pages.' },
      next: { type: 'string', description: 'Cursor of the next page (pass as `cursor`).' },
    },
    ['stories', 'total'],
  ),
  Article: obj(
    {
      id: str,
      story: { type: 'string', description: 'The story it belongs to now.' },
      title: str,
      source: str,
      url: str,
      byline: str,
      published: str,
      externalId: str,
      path: str,
      record: int,
      format: str,
      text: { type: 'string', description: 'Normalised body text; paragraphs separated by a blank line.' },
      sentences: { type: 'array', items: obj({ start: int, end: int, paragraph: int }, ['start', 'end', 'paragraph']) },
      chrome: strings,
      placement: ref('Placement'),
      ingested: str,
    },
    ['id', 'story', 'path', 'format', 'text', 'sentences', 'chrome', 'placement', 'ingested'],
  ),
  ArticleHit: obj(
    {
      id: str,
      story: str,
      title: str,
      source: str,
      published: str,
      snippet: { type: 'string', description: 'Text around the best match; matched words between ** and **.' },
      score: { type: 'number', description: 'bm25 relevance, larger is better.' },
    },
    ['id', 'story', 'snippet', 'score'],
  ),
  SearchResult: obj(
    {
      query: str,
      articles: { type: 'array', items: ref('ArticleHit') },
      stories: { type: 'array', items: obj({ story: ref('StorySummary'), score: num, matches: int, best: ref('ArticleHit') }, ['story', 'score', 'matches', 'best']) },
    },
    ['query', 'articles', 'stories'],
  ),
  Similar: obj(
    {
      article: str,
      story: { type: 'string', description: 'The story the article belongs to.' },
      stories: {
        type: 'array',
        items: obj({ story: ref('StorySummary'), accepted: bool, own: bool, evidence: ref('Evidence') }, ['story', 'accepted', 'own', 'evidence']),
      },
    },
    ['article', 'story', 'stories'],
  ),
  Rejection: obj({ input: str, record: int, code: str, message: str }, ['input', 'code', 'message']),
  IngestResult: obj(
    {
      stored: int,
      existing: int,
      rejected: int,
      articles: {
        type: 'array',
        items: obj({ id: str, status: { type: 'string', enum: ['stored', 'existing'] }, story: str, placement: ref('Placement') }, ['id', 'status', 'story']),
      },
      rejections: { type: 'array', items: ref('Rejection') },
      merges: { type: 'array', items: obj({ into: str, from: str }, ['into', 'from']) },
    },
    ['stored', 'existing', 'rejected', 'articles', 'rejections', 'merges'],
  ),
  DiffRun: obj({ kind: { type: 'string', enum: ['equal', 'added', 'removed'] }, text: str }, ['kind', 'text']),
  Comparison: obj(
    {
      a: str,
      b: str,
      pairs: {
        type: 'array',
        items: obj({ a: int, b: int, score: num, diff: { type: 'array', items: ref('DiffRun') } }, ['a', 'b', 'score', 'diff']),
      },
      onlyA: { type: 'array', items: int },
      onlyB: { type: 'array', items: int },
      sentencesA: strings,
      sentencesB: strings,
    },
    ['a', 'b', 'pairs', 'onlyA', 'onlyB', 'sentencesA', 'sentencesB'],
  ),
  Health: obj(
    { status: { type: 'string', enum: ['ok'] }, version: str, schemaVersion: int, articles: int, stories: int, uptimeSeconds: num },
    ['status', 'version', 'schemaVersion', 'articles', 'stories', 'uptimeSeconds'],
  ),
};

const json = (schema: string, description: string): Json => ({ description, content: { 'application/json': { schema: ref(schema) } } });
const error = (description: string): Json => json('Error', description);
const query = (name: string, description: string, schema: Schema = str, required = false): Json => ({ name, in: 'query', required, description, schema });
const path = (name: string, description: string): Json => ({ name, in: 'path', required: true, description, schema: str });
const limitParam = (max: number, dflt: number): Json => query('limit', `Results per page, 1–${max} (default ${dflt}).`, { type: 'integer', minimum: 1, maximum: max });
const offsetParam = query('offset', 'Results to skip.', { type: 'integer', minimum: 0 });
const writeSecurity = [{ token: [] }];
const failed = error('The store failed (the server log says why); nothing of the request was kept.');

/** The OpenAPI document (a fresh object each call). */
export function openApiDocument(version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Retold API',
      version,
      description:
        'Stories, copies and related stories in a stream of news articles, with the evidence. Errors are JSON {code, message}. ' +
        'When the server runs with RETOLD_TOKEN set, POST requests need `Authorization: Bearer <token>`.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas,
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'The RETOLD_TOKEN of the server (only when it is set).' } },
    },
    paths: {
      '/api/articles': {
        post: {
          operationId: 'ingestArticles',
          summary: 'Add articles: stored once (same content → same id), placed in a story.',
          description:
            'Bodies: application/json (one record {id?, url?, source?, title?, published?, text | html} or an array of them), ' +
            'application/x-ndjson (one record per line), text/html (a page), text/plain and text/markdown (one article), ' +
            'application/rss+xml and application/atom+xml (a feed). For a page or text body, the query parameters url, source, ' +
            'title and published set those fields. At most 5 MB per request unless the server says otherwise.',
          security: writeSecurity,
          parameters: [
            query('url', 'URL of a page or text body (also its identity).'),
            query('source', 'Outlet of a page or text body.'),
            query('title', 'Title of a text body.'),
            query('published', 'Publication time of a page or text body (ISO 8601).'),
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: {} },
              'application/x-ndjson': { schema: str },
              'text/html': { schema: str },
              'text/plain': { schema: str },
              'text/markdown': { schema: str },
              'application/rss+xml': { schema: str },
              'application/atom+xml': { schema: str },
            },
          },
          responses: {
            '201': json('IngestResult', 'At least one article was stored; the others existed already or were rejected (listed).'),
            '200': json('IngestResult', 'Every article readable was stored before: nothing changed.'),
            '400': error('Empty body or bad query parameter.'),
            '401': error('RETOLD_TOKEN is set and the request has no or a wrong bearer token.'),
            '413': error('Body over the size limit.'),
            '415': error('Unsupported Content-Type.'),
            '422': error('No article could be read from the body; `rejections` says why.'),
            '500': failed,
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'One stored article with its text and placement.',
          parameters: [path('id', 'Article id (16 hex digits).')],
          responses: { '200': json('Article', 'The article.'), '404': error('No such article.'), '500': failed },
        },
      },
      '/api/articles/{id}/similar': {
        get: {
          operationId: 'similarStories',
          summary: 'Stories like this article: its features scored against the story index.',
          parameters: [path('id', 'Article id.'), limitParam(10, 10)],
          responses: { '200': json('Similar', 'Best first; `own` marks the story it belongs to.'), '400': error('Bad limit.'), '404': error('No such article.'), '500': failed },
        },
      },
      '/api/stories': {
        get: {
          operationId: 'listStories',
          summary: 'Stories, newest activity first, with filters and pages.',
          parameters: [
            query('from', 'Only stories with an article at or after this time (ISO 8601 date or date-time).'),
            query('to', 'Only stories with an article at or before this time (a date means its end).'),
            query('entity', 'Each word must be part of one of the story\'s names (case-insensitive).'),
            query('source', 'Only stories with an article from this source (case-insensitive).'),
            query('order', 'updated (default), created or size.', { type: 'string', enum: ['updated', 'created', 'size'] }),
            limitParam(500, 50),
            query('cursor', 'The `next` of the previous page.'),
            offsetParam,
          ],
          responses: { '200': json('StoryPage', 'A page of stories.'), '400': error('Bad filter, limit, cursor or offset.'), '500': failed },
        },
      },
      '/api/stories/{id}': {
        get: {
          operationId: 'getStory',
          summary: 'One story: its articles with their placements, copy groups and related stories.',
          parameters: [path('id', 'Story id (s + digits).')],
          responses: {
            '200': json('Story', 'The story.'),
            '301': { ...(error('The story was merged into another; Location names it.') as Record<string, Json>), headers: { Location: { schema: str } } },
            '404': error('No such story.'),
            '500': failed,
          },
        },
      },
      '/api/search': {
        get: {
          operationId: 'search',
          summary: 'Full-text search (bm25) over articles, and the stories they belong to.',
          parameters: [query('q', 'Words (all must match); "a phrase"; word* for a prefix.', str, true), limitParam(200, 20), offsetParam],
          responses: { '200': json('SearchResult', 'Best first.'), '400': error('No q, or no word in it.'), '500': failed },
        },
      },
      '/api/compare': {
        get: {
          operationId: 'compareArticles',
          summary: 'Sentence-by-sentence comparison of two stored articles.',
          parameters: [query('a', 'Article id.', str, true), query('b', 'Article id.', str, true)],
          responses: { '200': json('Comparison', 'Aligned sentence pairs with word diffs; sentences of each side without a counterpart.'), '400': error('a or b missing.'), '404': error('No such article.'), '500': failed },
        },
      },
      '/api/health': {
        get: { operationId: 'health', summary: 'Liveness and store figures.', responses: { '200': json('Health', 'The server and its store are up.'), '500': failed } },
      },
      '/api/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document.', responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
    },
  };
}
