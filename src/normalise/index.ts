import type { Article, RawArticle, Sentence } from '../model/article.js';
import { InputError } from '../model/errors.js';
import { stripChrome } from './chrome.js';
import { extractHeadline } from './headline.js';
import { articleIdFor } from './id.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { normaliseLine, normaliseText } from './unicode.js';

export { articleIdFor, hash64Hex } from './id.js';
export { detach } from './detach.js';
export { splitSentences, type SentenceSpan } from './sentences.js';
export {
  findClosingQuote,
  foldDashes,
  foldForMatching,
  isApostrophe,
  isClosingQuote,
  isOpeningQuote,
  isQuoteCode,
  normaliseText,
  quoteFamily,
} from './unicode.js';

/** What normalising one raw article gives: the article, or why there is none. */
export type NormaliseResult =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'rejected'; readonly error: InputError };

const present = (s: string | undefined, clean: (s: string) => string = (x) => x.trim()): string | undefined => {
  if (s === undefined) return undefined;
  const t = clean(s);
  return t === '' ? undefined : t;
};

/**
 * RawArticle → Article: Unicode clean-up, outlet chrome removed (kept in `chrome`), the headline of a
 * plain-text body taken as title, paragraphs (re-joined where wrongly broken), sentences with offsets into
 * `text`. Rejects with `input.empty` when there is no text and `input.no-article` when nothing but chrome
 * or a title remains. Linear in the text length.
 */
export function normaliseArticle(raw: RawArticle): NormaliseResult {
  const { origin } = raw;
  const reject = (code: 'input.empty' | 'input.no-article', problem: string): NormaliseResult => ({
    kind: 'rejected',
    error: new InputError(code, origin.path, problem, origin.record === undefined ? undefined : { record: origin.record }),
  });

  const body = normaliseText(raw.text);
  const knownTitle = present(raw.title, normaliseLine);
  if (body === '' && knownTitle !== undefined) return { kind: 'article', article: headlineOnly(raw, knownTitle) };
  if (body === '') {
    return reject('input.empty', 'the article text is empty or only whitespace; check that the input holds the article body');
  }

  const chrome = stripChrome(body.split('\n'));
  const head = extractHeadline(chrome.lines, knownTitle);
  const paragraphs = splitParagraphs(head.lines);
  if (paragraphs.length === 0) {
    return reject(
      'input.no-article',
      'no article text is left once the title and outlet chrome (labels, masthead, newsletter and copyright ' +
        'lines) are removed; is this an article page?',
    );
  }

  const text = paragraphs.join('\n\n');
  const sentences: Sentence[] = [];
  let offset = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] ?? '';
    for (const s of splitSentences(para)) {
      sentences.push({ index: sentences.length, paragraph: p, text: s.text, start: offset + s.start, end: offset + s.end });
    }
    offset += para.length + 2;
  }

  const removed = [...chrome.removed, ...head.removed].sort((a, b) => a.line - b.line);
  const article = assemble(raw, knownTitle ?? head.title, chrome.byline, { text, paragraphs, sentences, chrome: removed.map((r) => r.text) });
  return { kind: 'article', article };
}

/** A record with a headline and no body: an article whose text is empty (grouped on its title). */
function headlineOnly(raw: RawArticle, title: string): Article {
  return assemble(raw, title, undefined, { text: '', paragraphs: [], sentences: [], chrome: [] });
}

/** The article from the raw metadata (trimmed, blanks dropped) and the normalised body. */
function assemble(
  raw: RawArticle,
  title: string | undefined,
  bylineFromText: string | undefined,
  body: Pick<Article, 'text' | 'paragraphs' | 'sentences' | 'chrome'>,
): Article {
  const byline = present(raw.byline, normaliseLine) ?? bylineFromText;
  const externalId = present(raw.externalId);
  const url = present(raw.url);
  const source = present(raw.source, normaliseLine);
  const published = present(raw.published);
  return {
    kind: 'article',
    id: articleIdFor(raw, title, body.text),
    origin: raw.origin,
    ...(externalId === undefined ? {} : { externalId }),
    ...(url === undefined ? {} : { url }),
    ...(source === undefined ? {} : { source }),
    ...(title === undefined ? {} : { title }),
    ...(byline === undefined ? {} : { byline }),
    ...(published === undefined ? {} : { published }),
    ...body,
  };
}
