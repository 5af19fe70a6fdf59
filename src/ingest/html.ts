import { Readability } from '@mozilla/readability';
import {
  attributeOf,
  isElement,
  parseHtmlDocument,
  textOf,
  CDATA_SECTION_NODE,
  TEXT_NODE,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom.js';
import type { IngestItem } from './options.js';
import { normalisePublished } from './published.js';
import { noArticle } from './rejections.js';

/** Fewer words than this after extraction means the page holds no article (an index page, a login wall, an error). */
export const MIN_ARTICLE_WORDS = 25;

/** What an HTML page yields besides its origin. */
export interface HtmlArticle {
  readonly title?: string;
  readonly byline?: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  /** Paragraphs separated by blank lines. */
  readonly text: string;
}

/** A page's article, or why there is none. */
export type HtmlExtraction =
  | { readonly ok: true; readonly article: HtmlArticle }
  | { readonly ok: false; readonly why: string };

/** The HTML adapter: one page → one article, or an input.no-article rejection naming the file. */
export function parseHtml(html: string, input: string, bytes: number): IngestItem[] {
  const result = extractHtmlPage(html);
  if (!result.ok) return [noArticle(input, result.why)];
  return [{ kind: 'article', bytes, article: { kind: 'raw', origin: { path: input, format: 'html' }, ...result.article } }];
}

/** True when the markup is a whole page rather than a fragment (a feed item's content, a JSON `html` field). */
export function isHtmlDocument(html: string): boolean {
  return /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(html.slice(0, 2048));
}

/**
 * Main text and metadata of a page: @mozilla/readability picks the article; its paragraph structure becomes text.
 * Metadata is read before Readability runs, because Readability removes scripts (JSON-LD) and mutates the tree.
 */
export function extractHtmlPage(html: string): HtmlExtraction {
  try {
    return extract(html);
  } catch (error) {
    // Readability and linkedom are not expected to throw on any markup; if one does, only this page is lost.
    return { ok: false, why: `the HTML extractor failed (${error instanceof Error ? error.message : String(error)})` };
  }
}

function extract(html: string): HtmlExtraction {
  const document = parseHtmlDocument(html);
  const meta = readMetadata(document);
  const parsed = new Readability<DomElement>(document as never, { serializer: (node) => node as DomElement }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return { ok: false, why: 'the HTML extractor found no article text' };
  const siteName = meta.siteName ?? clean(parsed.siteName);
  const title = cleanTitle(meta.ogTitle ?? clean(parsed.title) ?? meta.documentTitle, siteName);
  const paragraphs = dropRepeatedTitle(blockParagraphs(content), title);
  const text = paragraphs.join('\n\n');
  const words = countWords(text);
  if (words < MIN_ARTICLE_WORDS) {
    return { ok: false, why: `the extracted text has ${words} word${words === 1 ? '' : 's'}, fewer than ${MIN_ARTICLE_WORDS}` };
  }
  const byline = cleanByline(parsed.byline);
  const published =
    normalisePublished(parsed.publishedTime) ?? meta.jsonLdPublished ?? meta.timePublished ?? meta.metaPublished;
  return {
    ok: true,
    article: {
      ...(title === undefined ? {} : { title }),
      ...(byline === undefined ? {} : { byline }),
      ...(siteName === undefined ? {} : { source: siteName }),
      ...(meta.url === undefined ? {} : { url: meta.url }),
      ...(published === undefined ? {} : { published }),
      text,
    },
  };
}

/**
 * Text of an HTML fragment (feed item content, a JSON record's `html`). Readability is tried first, as it drops
 * share buttons and "related" boxes; a fragment too short for it to be sure of falls back to all of its block text.
 */
export function htmlFragmentToText(html: string): string {
  const wrapped = `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const document = parseHtmlDocument(wrapped);
  const parsed = new Readability<DomElement>(document as never, { serializer: (node) => node as DomElement }).parse();
  if (parsed?.content) {
    const text = blockParagraphs(parsed.content).join('\n\n');
    if (countWords(text) >= MIN_ARTICLE_WORDS) return text;
  }
  // Readability mutated the first tree: parse again for the fallback.
  const body = parseHtmlDocument(wrapped).body;
  return body ? blockParagraphs(body).join('\n\n') : '';
}

// ---------------------------------------------------------------------------------------------------------------
// Block text

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'img', 'picture', 'figcaption', 'button', 'select', 'option', 'textarea', 'input', 'label', 'form', 'nav', 'head',
]);

/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'caption', 'ul', 'body', 'html',
]);

/** A list whose text is at least this share links is a "related stories" or "more from" box, not article text. */
const LINK_LIST_DENSITY = 0.8;

/**
 * Paragraphs of an element: every block element (p, h2–h6, li, blockquote, div, …) ends one, `<br>` breaks a line
 * and two of them a paragraph; whitespace inside a paragraph is collapsed. Captions, forms, media and link lists
 * are dropped. One pass over the tree.
 */
export function blockParagraphs(root: DomElement): string[] {
  const paragraphs: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const lines = run.join('').split('\n');
    run = [];
    let current: string[] = [];
    for (const raw of lines) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line !== '') current.push(line);
      else if (current.length > 0) {
        paragraphs.push(current.join('\n'));
        current = [];
      }
    }
    if (current.length > 0) paragraphs.push(current.join('\n'));
  };
  const walk = (node: DomNode, pre: boolean): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child === undefined) continue;
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        const value = child.textContent ?? '';
        // Source newlines are plain whitespace, except inside <pre>.
        run.push(pre ? value : value.replace(/\n/g, ' '));
        continue;
      }
      if (!isElement(child)) continue;
      const tag = child.localName.toLowerCase();
      if (tag === 'br') {
        run.push('\n');
        continue;
      }
      if (SKIPPED.has(tag)) continue;
      if ((tag === 'ul' || tag === 'ol') && linkDensity(child) >= LINK_LIST_DENSITY) continue;
      if (BLOCKS.has(tag)) {
        flush();
        walk(child, pre || tag === 'pre');
        flush();
      } else if (tag === 'td' || tag === 'th') {
        run.push(' ');
        walk(child, pre);
        run.push(' ');
      } else walk(child, pre);
    }
  };
  walk(root, false);
  flush();
  return paragraphs;
}

function linkDensity(element: DomElement): number {
  const total = (element.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  const links = element.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += (links[i]?.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

/** Readability often keeps the headline as the first block; the title is not part of the text. */
function dropRepeatedTitle(paragraphs: string[], title: string | undefined): string[] {
  const first = paragraphs[0];
  if (title === undefined || first === undefined) return paragraphs;
  return squash(first) === squash(title) ? paragraphs.slice(1) : paragraphs;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Number of whitespace-separated words. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------------------
// Metadata

interface PageMetadata {
  readonly ogTitle: string | undefined;
  readonly documentTitle: string | undefined;
  readonly siteName: string | undefined;
  readonly url: string | undefined;
  readonly jsonLdPublished: string | undefined;
  readonly timePublished: string | undefined;
  readonly metaPublished: string | undefined;
}

function readMetadata(document: DomDocument): PageMetadata {
  const meta = (key: string): string | undefined =>
    clean(attributeOf(document, `meta[property="${key}"]`, 'content') ?? attributeOf(document, `meta[name="${key}"]`, 'content'));
  const ogUrl = absoluteUrl(meta('og:url'));
  const canonical = absoluteUrl(attributeOf(document, 'link[rel="canonical"]', 'href'), ogUrl);
  return {
    ogTitle: meta('og:title'),
    documentTitle: clean(textOf(document.querySelector('title'))),
    siteName: meta('og:site_name'),
    url: canonical ?? ogUrl,
    jsonLdPublished: jsonLdPublished(document),
    timePublished: timePublished(document),
    metaPublished: firstDate(
      ['article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created'].map(meta),
    ),
  };
}

/** `datePublished` of the first JSON-LD node that has one, looking inside arrays and `@graph`. */
function jsonLdPublished(document: DomDocument): string | undefined {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i]?.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // A broken JSON-LD block is common and says nothing about the article.
    }
    const found = findDatePublished(data, 0);
    if (found !== undefined) return found;
  }
  return undefined;
}

function findDatePublished(data: unknown, depth: number): string | undefined {
  if (depth > 4 || typeof data !== 'object' || data === null) return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findDatePublished(item, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const own = normalisePublished(record['datePublished']);
  if (own !== undefined) return own;
  return findDatePublished(record['@graph'], depth + 1) ?? findDatePublished(record['mainEntity'], depth + 1);
}

/** An explicit publication mark (`itemprop=datePublished`), else the first `<time datetime>` (in `<article>` first). */
function timePublished(document: DomDocument): string | undefined {
  const marked =
    attributeOf(document, '[itemprop="datePublished"][datetime]', 'datetime') ??
    attributeOf(document, '[itemprop="datePublished"][content]', 'content');
  return firstDate([
    marked,
    attributeOf(document, 'article time[datetime]', 'datetime'),
    attributeOf(document, 'time[datetime]', 'datetime'),
  ]);
}

function firstDate(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    const date = normalisePublished(value);
    if (date !== undefined) return date;
  }
  return undefined;
}

function absoluteUrl(href: string | undefined, base?: string): string | undefined {
  if (href === undefined) return undefined;
  try {
    const url = base === undefined ? new URL(href) : new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const clean = (s: string | null | undefined): string | undefined => {
  const value = s?.replace(/\s+/g, ' ').trim();
  return value === undefined || value === '' ? undefined : value;
};

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' « ', ' » ', ' / ', ': '];

/** Removes a " | Site" suffix (or "Site | " prefix) when it is the site's name. */
export function cleanTitle(title: string | undefined, siteName: string | undefined): string | undefined {
  if (title === undefined || siteName === undefined) return title;
  const lower = title.toLowerCase();
  const site = siteName.toLowerCase();
  for (const separator of TITLE_SEPARATORS) {
    if (lower.endsWith(separator + site) && title.length > separator.length + site.length) {
      return title.slice(0, title.length - separator.length - site.length).trim();
    }
    if (lower.startsWith(site + separator) && title.length > separator.length + site.length) {
      return title.slice(site.length + separator.length).trim();
    }
  }
  return title;
}

function cleanByline(byline: string | null | undefined): string | undefined {
  const value = clean(byline)?.replace(/^by\s+/i, '');
  return value === undefined || value === '' ? undefined : value;
}
