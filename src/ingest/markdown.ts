import type { RawArticle } from '../model/article.js';
import type { IngestItem } from './options.js';
import { normalisePublished } from './published.js';
import { normaliseLineEndings } from './text.js';

/** Markdown reduced to text, with what the front matter and the leading heading tell. */
export interface MarkdownArticle {
  readonly title?: string;
  readonly byline?: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  /** Paragraphs separated by blank lines. */
  readonly text: string;
}

/** The Markdown adapter: one file → one article. */
export function parseMarkdown(markdown: string, input: string, bytes: number): IngestItem[] {
  const article: RawArticle = { kind: 'raw', origin: { path: input, format: 'markdown' }, ...markdownToArticle(markdown) };
  return [{ kind: 'article', bytes, article }];
}

/**
 * Strips Markdown syntax that is not text: emphasis markers, link syntax (→ the link text), images, code fences
 * (their content stays), heading marks, quote marks, rules, HTML tags. List items stay one per line with their
 * markers; soft-wrapped paragraph lines are joined; paragraphs are separated by blank lines. A leading level-1
 * heading (ATX `# …` or setext `===`) is removed from the text and becomes the title unless front matter gives one.
 */
export function markdownToArticle(markdown: string): MarkdownArticle {
  const lines = normaliseLineEndings(markdown).split('\n');
  const front = readFrontMatter(lines);
  const blocks = toBlocks(lines, front.end);
  let title = front.fields.title;
  // A leading level-1 heading is the headline: never body text, and the title unless the front matter has one.
  if (blocks[0]?.heading === 1) {
    const headline = blocks.shift()?.text;
    title ??= headline;
  }
  const { fields } = front;
  return {
    ...(title === undefined || title === '' ? {} : { title }),
    ...(fields.byline === undefined ? {} : { byline: fields.byline }),
    ...(fields.source === undefined ? {} : { source: fields.source }),
    ...(fields.url === undefined ? {} : { url: fields.url }),
    ...(fields.published === undefined ? {} : { published: fields.published }),
    text: blocks.map((b) => b.text).join('\n\n'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Front matter

interface FrontMatter {
  /** Index of the first line after the front matter (0 when there is none). */
  readonly end: number;
  readonly fields: { title?: string; byline?: string; source?: string; url?: string; published?: string };
}

const FRONT_KEYS: Readonly<Record<string, 'title' | 'byline' | 'source' | 'url' | 'published'>> = {
  title: 'title', headline: 'title',
  author: 'byline', byline: 'byline',
  source: 'source', outlet: 'source', publisher: 'source', site: 'source',
  url: 'url', link: 'url', canonical: 'url', canonical_url: 'url',
  date: 'published', published: 'published', publishedat: 'published', published_at: 'published', pubdate: 'published',
};

/** A YAML front-matter block (`---` … `---` or `...`) read as flat `key: value` lines; nested YAML is ignored. */
function readFrontMatter(lines: readonly string[]): FrontMatter {
  const none: FrontMatter = { end: 0, fields: {} };
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return none;
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (close < 0) return none;
  const fields: { title?: string; byline?: string; source?: string; url?: string; published?: string } = {};
  for (const line of lines.slice(1, close)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    const key = m ? FRONT_KEYS[(m[1] ?? '').toLowerCase()] : undefined;
    if (!m || key === undefined || fields[key] !== undefined) continue;
    const value = unquote((m[2] ?? '').trim());
    if (value === '') continue;
    if (key === 'published') {
      const date = normalisePublished(value);
      if (date !== undefined) fields.published = date;
    } else fields[key] = value;
  }
  return { end: close + 1, fields };
}

function unquote(value: string): string {
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) {
    const inner = value.slice(1, -1);
    return q === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner.replace(/''/g, "'");
  }
  // An unquoted YAML value ends at a comment.
  return value.replace(/\s+#.*$/, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

interface Block {
  readonly text: string;
  /** Heading level, 0 for any other block. */
  readonly heading: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;

function toBlocks(lines: readonly string[], start: number): Block[] {
  const blocks: Block[] = [];
  let current = '';
  let hardBreak = false;
  const end = (heading = 0): void => {
    const text = current.trim();
    if (text !== '') blocks.push({ text, heading });
    current = '';
    hardBreak = false;
  };
  const add = (text: string, newLine: boolean): void => {
    current = current === '' ? text : `${current}${newLine || hardBreak ? '\n' : ' '}${text}`;
  };
  let fence: string | undefined;
  let inComment = false;
  for (let i = start; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) {
        fence = undefined;
        end();
      } else current = current === '' ? line : `${current}\n${line}`;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      end();
      fence = fenceOpen[1] ?? '```';
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    if (line.trim() === '') {
      end();
      continue;
    }
    if (current !== '' && SETEXT_1.test(line)) {
      end(1);
      continue;
    }
    if (current !== '' && SETEXT_2.test(line) && !current.includes('\n')) {
      end(2);
      continue;
    }
    if (RULE.test(line) || LINK_DEFINITION.test(line)) {
      end();
      continue;
    }
    // A table stays one block, a row per line, without its divider row.
    if (TABLE_DIVIDER.test(line) && current !== '') continue;
    const atx = ATX.exec(line);
    if (atx) {
      end();
      current = stripInline(atx[2] ?? '');
      end((atx[1] ?? '#').length);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      add(`${item[1] ?? '-'} ${stripInline(item[2] ?? '')}`, true);
    } else if (line.trimStart().startsWith('|')) {
      add(stripInline(line.trim()), true);
    } else {
      add(stripInline(line.trim()), false);
    }
    hardBreak = / {2,}$|\\$/.test(line);
    if (hardBreak && current.endsWith('\\')) current = current.slice(0, -1).trimEnd();
  }
  end();
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Inline syntax

const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
/** Escaped punctuation is parked in the private use area while markers are stripped, then put back. */
const PARK = 0xe000;
const PARKED = /[\ue000-\ue07f]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

/** One line of inline Markdown → text. Code spans keep their content verbatim. */
export function stripInline(line: string): string {
  let s = line.replace(ESCAPABLE, (_, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)));
  const parts = s.split(/(`+)([^`]*?)\1/);
  // split() with two groups yields [text, ticks, code, text, ticks, code, …, text].
  let out = '';
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] ?? '';
    if (k % 3 === 0) out += stripSpans(part);
    else if (k % 3 === 2) out += part.trim();
  }
  s = out.replace(PARKED, (c) => String.fromCharCode(c.charCodeAt(0) - PARK));
  return s.replace(/[ \t]+$/, '');
}

function stripSpans(text: string): string {
  return text
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '')
    .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--.*?-->/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
}

function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[name.toLowerCase()];
}
