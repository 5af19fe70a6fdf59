import type { Article, Sentence } from '../../model/article.js';
import { asArticleId } from '../../model/ids.js';

/**
 * Builds an Article from plain text for tests and benchmarks of this stage, until the normaliser's
 * `normaliseArticle` can be used: paragraphs split on blank lines, sentences on '.', '?' or '!' followed by
 * a space and a capital letter or quote. Not a sentence splitter for production.
 */
export function articleFromText(
  text: string,
  options: { id?: string; published?: string; title?: string } = {},
): Article {
  const sentences: Sentence[] = [];
  const paragraphs: string[] = [];
  let paragraph = 0;
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const para = m[0];
    if (para.trim() === '') continue;
    paragraphs.push(para);
    let s = 0;
    const boundary = /[.?!]['"’”]?\s+(?=[A-Z'"‘“])/g;
    for (let b = boundary.exec(para); b !== null; b = boundary.exec(para)) {
      const e = b.index + b[0].trimEnd().length;
      pushSentence(para.slice(s, e), m.index + s);
      s = b.index + b[0].length;
    }
    if (s < para.length) pushSentence(para.slice(s), m.index + s);
    paragraph++;
  }
  function pushSentence(t: string, start: number): void {
    if (t.trim() === '') return;
    sentences.push({ index: sentences.length, paragraph, text: t, start, end: start + t.length });
  }
  return {
    kind: 'article',
    id: asArticleId(options.id ?? '0000000000000000'),
    origin: { path: 'test', format: 'text' },
    ...(options.published === undefined ? {} : { published: options.published }),
    ...(options.title === undefined ? {} : { title: options.title }),
    text,
    paragraphs,
    sentences,
    chrome: [],
  };
}
