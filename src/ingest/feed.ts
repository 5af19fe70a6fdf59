import type { RawArticle } from '../model/article.js';
import { parseHtmlDocument, parseXmlDocument, textOf, type DomElement } from './dom.js';
import { htmlFragmentToText } from './html.js';
import type { IngestItem, Limits } from './options.js';
import { normalisePublished } from './published.js';
import { noArticle, tooLarge, unsupported } from './rejections.js';
import { normaliseLineEndings } from './text.js';

/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item or entry is one article, record n being the n-th item.
 * The feed's title is every article's source; the item's HTML content goes through the same paragraph extraction
 * as pages, falling back to all of its block text when it is too short for Readability.
 */
export function parseFeed(xml: string, input: string, bytes: number, limits: Limits): IngestItem[] {
  const document = parseXmlDocument(xml);
  const root = document.documentElement;
  const rootName = root?.tagName ?? '';
  let entries: FeedEntry[];
  let format: 'rss' | 'atom';
  if (root !== null && (rootName === 'rss' || rootName === 'rdf:RDF')) {
    format = 'rss';
    entries = readRss(root);
  } else if (root !== null && rootName === 'feed') {
    format = 'atom';
    entries = readAtom(root);
  } else {
    return [
      unsupported(input, `XML whose root element is <${rootName || '?'}> is neither an RSS feed (<rss>) nor an Atom feed (<feed>)`),
    ];
  }
  if (entries.length === 0) return [noArticle(input, `the ${format === 'rss' ? 'RSS' : 'Atom'} feed has no items`)];

  const items: IngestItem[] = [];
  let pending = 0;
  entries.forEach((entry, index) => {
    const record = index + 1;
    // A feed is parsed whole, so each item is given an equal share of the file's bytes for progress reporting.
    const share = Math.floor((bytes * record) / entries.length) - Math.floor((bytes * index) / entries.length);
    pending += share;
    const result = entryToArticle(entry, input, format, record, limits);
    if (result.kind === 'article') {
      items.push({ kind: 'article', article: result.article, bytes: pending });
      pending = 0;
    } else items.push(result);
  });
  return items;
}

interface FeedEntry {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly url: string | undefined;
  readonly published: string | undefined;
  readonly byline: string | undefined;
  readonly source: string | undefined;
  /** The content as HTML, or as plain text when the feed says so. */
  readonly content: { readonly value: string; readonly html: boolean } | undefined;
  /** Names of the content elements looked for, for the message when there is none. */
  readonly contentNames: string;
}

function entryToArticle(
  entry: FeedEntry,
  input: string,
  format: 'rss' | 'atom',
  record: number,
  limits: Limits,
): { readonly kind: 'article'; readonly article: RawArticle } | Extract<IngestItem, { kind: 'rejected' }> {
  const { content } = entry;
  if (content === undefined) return noArticle(input, `the item has no ${entry.contentNames}`, record);
  const size = Buffer.byteLength(content.value);
  if (size > limits.maxRecordBytes) return tooLarge(input, size, limits.maxRecordBytes, 'maxRecordBytes', record);
  const text = content.html ? htmlFragmentToText(content.value) : normaliseLineEndings(content.value).trim();
  if (text === '') return noArticle(input, `the item's ${entry.contentNames.split(', ')[0] ?? 'content'} holds no text`, record);
  const published = normalisePublished(entry.published);
  return {
    kind: 'article',
    article: {
      kind: 'raw',
      origin: { path: input, record, format },
      ...(entry.id === undefined ? {} : { externalId: entry.id }),
      ...(entry.url === undefined ? {} : { url: entry.url }),
      ...(entry.source === undefined ? {} : { source: entry.source }),
      ...(entry.title === undefined ? {} : { title: entry.title }),
      ...(entry.byline === undefined ? {} : { byline: entry.byline }),
      ...(published === undefined ? {} : { published }),
      text,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// RSS

function readRss(root: DomElement): FeedEntry[] {
  const channel = child(root, 'channel');
  const image = channel === undefined ? undefined : child(channel, 'image');
  const source =
    channel === undefined
      ? undefined
      : outletName(textOf(child(channel, 'title')), [
          textOf(child(channel, 'copyright')),
          textOf(image === undefined ? undefined : child(image, 'title')),
          textOf(child(channel, 'link')),
        ]);
  const items = root.getElementsByTagName('item');
  const entries: FeedEntry[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    const guid = child(item, 'guid');
    const guidText = textOf(guid);
    const permalink = guidText !== undefined && guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText);
    const html = rawText(child(item, 'content:encoded')) ?? rawText(child(item, 'description'));
    entries.push({
      id: guidText ?? item.getAttribute('rdf:about') ?? undefined,
      title: textOf(child(item, 'title')),
      url: textOf(child(item, 'link')) ?? (permalink ? guidText : undefined),
      published: textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date')),
      byline: textOf(child(item, 'dc:creator')) ?? rssAuthor(textOf(child(item, 'author'))),
      // An aggregator's item names the outlet it comes from in <source>.
      source: textOf(child(item, 'source')) ?? source,
      content: html === undefined ? undefined : { value: html, html: true },
      contentNames: 'content:encoded or description',
    });
  }
  return entries;
}

/** RSS `author` is an e-mail address, often with the name in parentheses: `jo@example.com (Jo Bloggs)`. */
function rssAuthor(author: string | undefined): string | undefined {
  if (author === undefined) return undefined;
  const named = /\(([^)]+)\)\s*$/.exec(author);
  if (named?.[1] !== undefined) return named[1].trim();
  return author.includes('@') ? undefined : author;
}

// ---------------------------------------------------------------------------------------------------------------
// Atom

function readAtom(root: DomElement): FeedEntry[] {
  const source = outletName(atomText(child(root, 'title')), [atomText(child(root, 'rights')), atomLink(root)]);
  const entries: FeedEntry[] = [];
  const nodes = root.getElementsByTagName('entry');
  for (let i = 0; i < nodes.length; i++) {
    const entry = nodes[i];
    if (entry === undefined) continue;
    const content = atomContent(child(entry, 'content')) ?? atomContent(child(entry, 'summary'));
    const author = child(entry, 'author');
    entries.push({
      id: textOf(child(entry, 'id')),
      title: atomText(child(entry, 'title')),
      url: atomLink(entry),
      published: textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated')),
      byline: textOf(author === undefined ? undefined : child(author, 'name')),
      source,
      content,
      contentNames: 'content or summary',
    });
  }
  return entries;
}

/** `type="text"` (the default), `"html"` (escaped markup) or `"xhtml"` (inline markup in a div). */
function atomContent(element: DomElement | undefined): FeedEntry['content'] {
  if (element === undefined || element.getAttribute('src') !== null) return undefined;
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const markup = element.innerHTML.trim();
    return markup === '' ? undefined : { value: markup, html: true };
  }
  const value = rawText(element);
  if (value === undefined) return undefined;
  return { value, html: type === 'html' || type === 'text/html' };
}

/** A title-like Atom text construct, with markup removed when it is HTML. */
function atomText(element: DomElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const content = atomContent(element);
  if (content === undefined) return undefined;
  const text = content.html ? htmlFragmentText(content.value) : content.value;
  const value = text.replace(/\s+/g, ' ').trim();
  return value === '' ? undefined : value;
}

function atomLink(entry: DomElement): string | undefined {
  let fallback: string | undefined;
  for (let i = 0; i < entry.children.length; i++) {
    const link = entry.children[i];
    if (link?.tagName !== 'link') continue;
    const href = link.getAttribute('href')?.trim();
    if (href === undefined || href === '') continue;
    const rel = link.getAttribute('rel') ?? 'alternate';
    if (rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

// ---------------------------------------------------------------------------------------------------------------

const SECTION_SEPARATORS = /\s+(?:[-–—|>]|::)\s+|:\s+/;

/**
 * The outlet's name from a feed title, which often names a section too: "The Harbour Courier – Latest",
 * "Science | The Guardian", "Reuters: World News". The part that the feed's copyright, image title or site address
 * also names is the outlet; without such a hint the whole title is kept rather than guessed at.
 */
export function outletName(title: string | undefined, hints: readonly (string | undefined)[]): string | undefined {
  if (title === undefined) return undefined;
  const parts = title.split(SECTION_SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return title;
  const haystack = hints
    .filter((h): h is string => h !== undefined)
    // Of an address only the host counts: "/science" in the path names a section, not the outlet.
    .map((h) => squash(h.replace(/^https?:\/\/(?:www\.)?([^/?#]+).*$/is, '$1')))
    .join(' ');
  const named = parts.filter((p) => squash(p).length >= 3 && haystack.includes(squash(p)));
  return named.length === 1 ? named[0] : title;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** First direct child with this (prefixed) tag name. */
function child(parent: DomElement, name: string): DomElement | undefined {
  for (let i = 0; i < parent.children.length; i++) {
    const element = parent.children[i];
    if (element?.tagName === name) return element;
  }
  return undefined;
}

/** Text content as is (HTML stays escaped-then-unescaped markup), or undefined when blank. */
function rawText(element: DomElement | undefined): string | undefined {
  const value = element?.textContent;
  return value === undefined || value === null || value.trim() === '' ? undefined : value;
}

/** Plain text of a short piece of HTML (an Atom title of type html), without paragraph detection. */
function htmlFragmentText(html: string): string {
  return parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`).body?.textContent ?? '';
}
