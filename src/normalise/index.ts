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

/** Options of `normaliseArticle`. */
export interface NormaliseOptions {
  /**
   * Split the sentences on first use of `article.sentences` rather than now: for a reading that may not need
   * them (grouping reads the text only). Such an article is a class instance whose `sentences` is a getter.
   */
  readonly lazySentences?: boolean;
}

/**
 * RawArticle → Article: Unicode clean-up, outlet chrome removed (kept in `chrome`), the headline of a
 * plain-text body taken as title, paragraphs (re-joined where wrongly broken), sentences with offsets into
 * `text`. Rejects with `input.empty` when there is no text and `input.no-article` when nothing but chrome
 * or a title remains. Linear in the text length.
 */
export function normaliseArticle(raw: RawArticle, options: NormaliseOptions = {}): NormaliseResult {
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
  const removed = [...chrome.removed, ...head.removed].sort((a, b) => a.line - b.line);
  const fields = assemble(raw, knownTitle ?? head.title, chrome.byline, { text, paragraphs, chrome: removed.map((r) => r.text) });
  const article: Article = options.lazySentences === true ? new LazySentences(fields) : { ...fields, sentences: sentencesOf(paragraphs) };
  return { kind: 'article', article };
}

/** The sentences of paragraphs joined by blank lines, with offsets into the joined text. */
function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    for (const s of splitSentences(para)) {
      sentences.push({ index: sentences.length, paragraph: p, text: s.text, start: offset + s.start, end: offset + s.end });
    }
    offset += para.length + 2;
  }
  return sentences;
}

/** An article whose sentences are split when first read (see NormaliseOptions.lazySentences). */
class LazySentences implements Article {
  declare readonly kind: 'article';
  declare readonly id: Article['id'];
  declare readonly origin: Article['origin'];
  declare readonly text: string;
  declare readonly paragraphs: readonly string[];
  declare readonly chrome: readonly string[];
  #sentences: readonly Sentence[] | undefined;

  constructor(fields: Omit<Article, 'sentences'>) {
    Object.assign(this, fields);
  }

  get sentences(): readonly Sentence[] {
    return (this.#sentences ??= sentencesOf(this.paragraphs));
  }

  toJSON(): Article {
    return { ...this, sentences: this.sentences };
  }
}

/**
 * The first sentence of an article (cut at 240 characters), for previews: splits only the first paragraph, so an
 * article with lazy sentences does not split them all.
 */
export function leadSentence(a: Pick<Article, 'paragraphs' | 'text'>): string {
  const p = a.paragraphs[0];
  const first = p === undefined ? a.text.slice(0, 200) : (splitSentences(p)[0]?.text ?? p.slice(0, 200));
  return first.length > 240 ? first.slice(0, 239) + '…' : first;
}

/** A record with a headline and no body: an article whose text is empty (grouped on its title). */
function headlineOnly(raw: RawArticle, title: string): Article {
  return { ...assemble(raw, title, undefined, { text: '', paragraphs: [], chrome: [] }), sentences: [] };
}

/** The article from the raw metadata (trimmed, blanks dropped) and the normalised body. */
function assemble(
  raw: RawArticle,
  title: string | undefined,
  bylineFromText: string | undefined,
  body: Pick<Article, 'text' | 'paragraphs' | 'chrome'>,
): Omit<Article, 'sentences'> {
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
