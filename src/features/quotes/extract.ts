import type { Article } from '../../model/article.js';
import type { Quote, QuotesResult, ScareQuote, SourceStatus, TextSpan } from '../../model/quote.js';
import { type Cue, type Mention, findPostCue, findPreCue, isFiniteCue, speakerBefore } from './attribution.js';
import { NON_PERSON_WORDS, PRONOUNS } from './lexicon.js';
import { findQuoteSpans, type QuoteSpan } from './marks.js';
import { nearestPerson } from './person-names.js';
import { sourceStatus } from './source-status.js';
import { colonSpeaker, sentenceSubject } from './subject.js';
import { countWords, isAbbreviationPeriod, isSpace, isTerminator, tokenize, type Token } from './tokens.js';

/** How far (characters) a cue is looked for on either side of a quote. */
const WINDOW = 300;
/**
 * How far back the words before a quote are read. A cue verb with its speaker and adjunct fits in far
 * less ('Dave Leip’s Atlas of U.S. Presidential Elections, which examines bellwether states, to state,' is
 * about 100 characters); reading a whole long sentence before every mid-sentence quote would cost more than
 * the rest of the extraction.
 */
const PRE_WINDOW = 180;
/** Quotes of at most this many words with no cue and no speaker nearby are scare quotes. */
const SCARE_MAX_WORDS = 6;

/** Words that introduce a name or title rather than speech: 'a book titled “…”', 'what he called “…”'. */
const NAMING_WORDS = new Set([
  'titled', 'entitled', 'called', 'dubbed', 'named', 'headlined', 'nicknamed', 'labeled', 'labelled', 'branded',
  'termed', 'coined', 'so-called', 'word', 'words', 'phrase', 'slogan', 'hashtag', 'as',
]);

interface Attributed {
  readonly speaker?: string;
  readonly speakerDescription?: string;
  readonly status: SourceStatus;
  readonly cue?: string;
  readonly speakerSpan?: TextSpan;
  readonly cueSpan?: TextSpan;
}

interface Found {
  readonly span: QuoteSpan;
  readonly quote: Quote;
  /** End of the attribution written after the quote, or the quote's end. */
  readonly attributionEnd: number;
  /** A quoted fragment inside attributed indirect speech: not output, but its speaker may go on. */
  readonly partial: boolean;
}

const isMarkCode = (c: number): boolean =>
  c === 0x22 || c === 0x27 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;

/**
 * Direct quotes with their speakers, and scare quotes, of one article.
 *
 * One pass finds the quotation marks (see marks.ts); cue patterns then run only in a short window on each
 * side of each quote (see attribution.ts), so the cost is linear in the text plus a constant per quote.
 * - A quote with a cue ('said X', 'X said:', 'according to X') is direct, attributed to the cue's speaker.
 * - A quote opening a sentence with no cue, right after a direct quote (same or previous paragraph),
 *   continues that quote's speaker; if a sentence of narration stands between them, the subject of that
 *   sentence speaks instead when it has one ('Bolton distanced himself … “I’m going to support him.”').
 * - A quote after a colon with no cue verb is direct, spoken by the name before the colon or the
 *   sentence's subject ('Cruz called them on it: “…”').
 * - A fragment inside a sentence ('a ‘privileged strategic partnership’ between') or a short quote with
 *   no speaker anywhere near is a scare quote; a fragment inside attributed indirect speech
 *   ('X said the plan was “a disaster”', '“a disaster,” X said' mid-sentence) is neither and is left out.
 */
export function extractQuotes(article: Article): QuotesResult {
  const text = article.text;
  const spans = findQuoteSpans(text);
  const found: Found[] = [];
  const scare: ScareQuote[] = [];
  const people: Mention[] = [];

  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as QuoteSpan;
    const prevSpan = spans[s - 1];
    const nextSpan = spans[s + 1];
    const last = found[found.length - 1];
    const content = text.slice(span.start, span.end);
    // Only 'none', 'a few' or 'more than a scare quote' matters: stop counting there.
    const words = countWords(text, span.start, span.end, SCARE_MAX_WORDS + 1);
    if (words === 0) {
      scare.push(scareOf(span, content));
      continue;
    }

    // Before the quote: back to the sentence start, the previous quote or the paragraph start.
    let lower = Math.max(span.paragraphStart, wordStart(text, span.open - PRE_WINDOW));
    if (prevSpan !== undefined && prevSpan.close <= span.open && prevSpan.close > lower) lower = prevSpan.close;
    // The previous quote's own cue ('“…,” said X, calling it ‘odd’') is no cue for this one.
    if (last !== undefined && last.span === prevSpan && last.attributionEnd > lower && last.attributionEnd <= span.open &&
      last.quote.cue !== undefined) {
      const end = last.attributionEnd;
      if (!/^[\s,]*$/.test(text.slice(end, span.open))) lower = end;
    }
    const preStart = sentenceStart(text, span.open, lower);
    let preToks = tokenize(text, preStart, span.open);
    let preSentenceStart = preStart;
    if (preToks.length === 0 && preStart === span.paragraphStart) {
      // 'Caddell continued:' ending the previous paragraph introduces this one.
      const colon = previousParagraphColon(text, span.paragraphStart);
      if (colon >= 0) {
        preSentenceStart = sentenceStart(text, colon, Math.max(0, colon - WINDOW));
        preToks = tokenize(text, preSentenceStart, colon + 1);
      }
    }
    let pre = findPreCue(text, preToks);
    if (pre.kind === 'sentence-start' && prevSpan !== undefined && preStart === prevSpan.close &&
      prevSpan.paragraphStart === span.paragraphStart && !endsWithTerminator(text, prevSpan)) {
      // Right after another quote in the same sentence: 'said that “ethanol people” “do a fantastic job.”'
      pre = { kind: 'inline', lastWord: '' };
    }
    if (pre.kind === 'cue' && pre.bare && startsLower(content) && !endsWithTerminator(text, span)) {
      // 'Obama said “it gets me mad” every time …': a fragment in indirect speech.
      pre = { kind: 'indirect' };
    }

    // After the quote, up to the next quote (the cue may run past a broken paragraph: 'said Dr.⏎Anand …').
    let post: Cue | undefined;
    if (!span.runOn) {
      let e = span.end;
      while (e > span.start && isMarkCode(text.charCodeAt(e - 1))) e--;
      const lastChar = text.charCodeAt(e - 1);
      const commaAfter = nextNonSpace(text, span.close) === 0x2c;
      const handsOff = commaAfter || lastChar === 0x2c || lastChar === 0x3f || lastChar === 0x21 ||
        lastChar === 0x2014 || lastChar === 0x2013 || lastChar === 0x2d || lastChar === 0x2026;
      const endsSentence = !handsOff && lastChar === 0x2e;
      if (handsOff || endsSentence) {
        const limit = Math.min(nextSpan?.open ?? text.length, span.close + WINDOW);
        post = findPostCue(text, tokenize(text, span.close, limit, true), endsSentence);
      }
    }

    if (pre.kind === 'indirect' || pre.kind === 'inline') {
      // A fragment inside a sentence. With a cue after it, a partial quote in indirect speech ('The plan is
      // “a disaster,” Smith said'), whose speaker may go on in the next quote; inside indirect speech
      // ('said that “…”'), neither direct nor scare; otherwise a scare quote.
      if (post !== undefined && !post.participle && !(pre.kind === 'inline' && NAMING_WORDS.has(pre.lastWord))) {
        const quote = quoteOf(span, content, attribute(text, post, people, spans));
        found.push({ span, quote, attributionEnd: post.end, partial: true });
      } else if (pre.kind === 'inline') {
        scare.push(scareOf(span, content));
      }
      continue;
    }

    let cue: Cue | undefined = post;
    if (cue === undefined && pre.kind === 'cue') cue = pre.cue;

    // Shares the cue of the quote just before it: '“A,” said X, “B.”', '“A,” he said, adding, “B.”'
    if (last !== undefined && last.span === prevSpan && pre.kind === 'cue' && cue === pre.cue && post === undefined &&
      (pre.cue.participle || last.attributionEnd >= (pre.cue.speaker?.start ?? pre.cue.cue.start))) {
      pushDirect(found, span, continueQuote(last.quote, span, content), -1);
      continue;
    }

    if (cue !== undefined && (cue.participle || cue.speaker === undefined)) {
      // '…, telling reporters, “…”', 'Obama punctuated his list by saying “…”': the sentence's subject.
      const from = sentenceStart(text, span.open, Math.max(span.paragraphStart, span.open - WINDOW));
      const subject = subjectBefore(text, tokenize(text, from, cue.cue.start));
      if (subject !== undefined) {
        cue = { ...cue, speaker: subject, participle: false };
      } else if (last !== undefined && continues(text, last.span, span)) {
        pushDirect(found, span, continueQuote(last.quote, span, content), -1);
        continue;
      }
    }

    if (cue !== undefined) {
      pushDirect(found, span, quoteOf(span, content, attribute(text, cue, people, spans)), cue === post ? cue.end : -1);
      continue;
    }

    // No cue of its own.
    const standalone = words > SCARE_MAX_WORDS || sentenceLike(content);
    if (startsLower(text.slice(span.close, Math.min(text.length, span.close + 3)).trimStart())) {
      // The sentence goes on after the quote ('“…” from diplomacy to the defense budget'): part of a sentence.
      if (!standalone) scare.push(scareOf(span, content));
      continue;
    }
    if (pre.kind === 'colon' && !standalone) {
      scare.push(scareOf(span, content));
      continue;
    }
    if (pre.kind === 'colon') {
      let n = preToks.length;
      while (n > 0 && preToks[n - 1]?.kind === 'break') n--;
      const before = preToks.slice(0, n - 1);
      const speaker = colonSpeaker(text, before) ?? subjectBefore(text, before);
      const colonTok = preToks[n - 1] as Token;
      if (speaker !== undefined) {
        const colonCue: Cue = {
          speaker, cue: { text: ':', start: colonTok.start, end: colonTok.end }, context: '', participle: false,
          end: colonTok.end,
        };
        pushDirect(found, span, quoteOf(span, content, attribute(text, colonCue, people, spans)), -1);
        continue;
      }
    }
    if (pre.kind === 'clause' && !standalone) {
      // 'The group's slogan, “Dry Feet for All,” appeared …'
      scare.push(scareOf(span, content));
      continue;
    }
    if (last !== undefined && continues(text, last.span, span)) {
      const narration = narrationBetween(text, last, span);
      const subject = narration === undefined ? undefined : subjectBefore(text, tokenize(text, narration.start, narration.end));
      if (subject !== undefined) {
        const quote = quoteOf(span, content, attribute(text, { speaker: subject, cue: subject, context: '', participle: false, end: subject.end }, people, spans));
        pushDirect(found, span, withoutCue(quote), -1);
      } else {
        pushDirect(found, span, continueQuote(last.quote, span, content), -1);
      }
      continue;
    }
    if (standalone) {
      // A quote standing alone: spoken by the subject of the sentence before it, if any.
      const previous = previousSentence(text, span.open, Math.max(0, span.open - WINDOW));
      const subject = previous === undefined ? undefined : subjectBefore(text, tokenize(text, previous.start, previous.end));
      if (subject !== undefined) {
        const quote = quoteOf(span, content, attribute(text, { speaker: subject, cue: subject, context: '', participle: false, end: subject.end }, people, spans));
        pushDirect(found, span, withoutCue(quote), -1);
      } else {
        pushDirect(found, span, quoteOf(span, content, { status: 'unnamed' }), -1);
      }
      continue;
    }
    scare.push(scareOf(span, content));
  }

  // A quote running over paragraphs may be attributed only in its last paragraph: '“A …⏎“B,” she said.'
  const out = found.filter((f) => !f.partial);
  const quotes = out.map((f) => f.quote);
  for (let q = quotes.length - 2; q >= 0; q--) {
    const here = out[q] as Found;
    const next = quotes[q + 1] as Quote;
    const quote = quotes[q] as Quote;
    if (here.span.runOn && quote.speaker === undefined && next.speaker !== undefined) {
      quotes[q] = { ...next, text: quote.text, start: quote.start, end: quote.end, continued: false };
    }
  }
  return { quotes, scare };
}

function quoteOf(span: QuoteSpan, content: string, attributed: Attributed): Quote {
  return { kind: 'quote', text: content, start: span.start, end: span.end, ...attributed, continued: false };
}

function scareOf(span: QuoteSpan, content: string): ScareQuote {
  return { kind: 'scare', text: content, start: span.start, end: span.end };
}

function pushDirect(found: Found[], span: QuoteSpan, quote: Quote, attributionEnd: number): void {
  found.push({ span, quote, attributionEnd: Math.max(attributionEnd, span.close), partial: false });
}

/** The attribution fields of a quote from its cue; a pronoun speaker becomes the nearest named person. */
function attribute(text: string, cue: Cue, people: Mention[], spans: readonly QuoteSpan[]): Attributed {
  const cueSpan: TextSpan = { text: cue.cue.text, start: cue.cue.start, end: cue.cue.end };
  const cueWord = collapse(cueSpan.text).toLowerCase();
  if (cue.speaker === undefined) return { status: 'unnamed', cue: cueWord, cueSpan };
  const written = cue.speaker;
  const speakerSpan: TextSpan = { text: written.text, start: written.start, end: written.end };
  const description = cue.description === undefined ? {} : { speakerDescription: collapse(cue.description.text) };
  const lower = written.text.toLowerCase();
  if (PRONOUNS.has(lower)) {
    const person = lower === 'he' || lower === 'she' ? nearestPerson(text, written.start, people, spans) : undefined;
    if (person === undefined) return { speaker: written.text, status: 'unnamed', cue: cueWord, speakerSpan, cueSpan };
    return { speaker: collapse(person.text), status: 'named', cue: cueWord, speakerSpan, cueSpan };
  }
  const speaker = collapse(written.text);
  const status = sourceStatus(speaker, `${cue.description?.text ?? ''} ${cue.context}`);
  if (status === 'named' && !speaker.split(' ').some((w) => NON_PERSON_WORDS.has(w.toLowerCase()) && w !== w.toLowerCase())) {
    people.push({ text: speaker, start: written.start, end: written.end });
  }
  return { speaker, ...description, status, cue: cueWord, speakerSpan, cueSpan };
}

function continueQuote(previous: Quote, span: QuoteSpan, content: string): Quote {
  return { ...previous, text: content, start: span.start, end: span.end, continued: true };
}

function withoutCue(quote: Quote): Quote {
  const { cue: _cue, cueSpan: _cueSpan, ...rest } = quote;
  return rest;
}

/** A subject in `toks` that is a person or a pronoun, not an unrelated capitalised phrase. */
function subjectBefore(text: string, toks: readonly Token[]): Mention | undefined {
  // A cue verb in the sentence names its own subject ('Hayek confirmed … and said, “…”' has none; 'X said …').
  for (let k = 0; k < toks.length; k++) {
    if (isFiniteCue(toks, k)) {
      const cue = speakerBefore(text, toks, k);
      if (!cue.participle && cue.speaker !== undefined) return cue.speaker;
      break;
    }
  }
  return sentenceSubject(text, toks);
}

/** Whether `span` may continue the quote `prev`: same paragraph, or the paragraph right after it. */
function continues(text: string, prev: QuoteSpan, span: QuoteSpan): boolean {
  if (prev.paragraphStart === span.paragraphStart) return true;
  for (let i = prev.paragraphEnd; i < span.paragraphStart; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && !isSpace(c)) return false;
  }
  return true;
}

/**
 * The last sentence of narration between the previous quote's sentence and `span`, when there is one of
 * at least four words.
 */
function narrationBetween(text: string, last: Found, span: QuoteSpan): { start: number; end: number } | undefined {
  const from = sentenceEnd(text, last.attributionEnd, span.open);
  if (from < 0) return undefined;
  const sentence = previousSentence(text, span.open, from);
  if (sentence === undefined || countWords(text, sentence.start, sentence.end) < 4) return undefined;
  return sentence;
}

/** The end (just after the terminator) of the sentence running at `pos`, before `limit`; -1 if none. */
function sentenceEnd(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i;
    if (!isTerminator(c)) continue;
    if (c === 0x2e && isAbbreviationPeriod(text, i)) continue;
    let j = i + 1;
    while (j < limit && isMarkCode(text.charCodeAt(j))) j++;
    const n = text.charCodeAt(j);
    if (j >= text.length || n === 0x0a || isSpace(n)) return j;
  }
  return -1;
}

/** The sentence that ends before `pos` (skipping white space and line breaks back), no earlier than `lower`. */
function previousSentence(text: string, pos: number, lower: number): { start: number; end: number } | undefined {
  let end = pos;
  while (end > lower && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x0a)) end--;
  if (end <= lower) return undefined;
  const start = sentenceStart(text, end - 1, lower);
  return start < end ? { start, end } : undefined;
}

/**
 * The sentence start before `pos`, no further back than `lower`: just after a full stop, question or
 * exclamation mark followed by white space (not an abbreviation's period), else `lower`.
 */
function sentenceStart(text: string, pos: number, lower: number): number {
  for (let i = pos - 1; i > lower; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (!isSpace(c)) continue;
    let p = i - 1;
    while (p > lower && isMarkCode(text.charCodeAt(p))) p--;
    const t = text.charCodeAt(p);
    if (isTerminator(t) && !(t === 0x2e && isAbbreviationPeriod(text, p))) return i + 1;
  }
  return lower;
}

/** `i` moved forward to the start of a word (after white space), so a window never starts mid-word. */
function wordStart(text: string, i: number): number {
  if (i <= 0) return 0;
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j - 1)) && text.charCodeAt(j - 1) !== 0x0a) j++;
  return j;
}

/** Offset of the colon ending the previous non-empty paragraph, or -1. */
function previousParagraphColon(text: string, paragraphStart: number): number {
  let i = paragraphStart - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x0a || isSpace(text.charCodeAt(i)))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x3a ? i : -1;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

/** Reads as a sentence of its own: an upper-case start and a full stop, question or exclamation mark at the end. */
function sentenceLike(content: string): boolean {
  const first = content.charAt(0);
  let e = content.length;
  while (e > 0 && isMarkCode(content.charCodeAt(e - 1))) e--;
  const lastCode = content.charCodeAt(e - 1);
  return first !== first.toLowerCase() && (lastCode === 0x2e || lastCode === 0x3f || lastCode === 0x21);
}

/** Whether the quote's content (closing marks of nested quotes aside) ends with . ? or !. */
function endsWithTerminator(text: string, span: QuoteSpan): boolean {
  let e = span.end;
  while (e > span.start && isMarkCode(text.charCodeAt(e - 1))) e--;
  return isTerminator(text.charCodeAt(e - 1));
}

function startsLower(s: string): boolean {
  const c = s.charAt(0);
  return c !== '' && c !== c.toUpperCase();
}

/** White space runs as one space, trimmed; the string itself when it has nothing to collapse (most speakers). */
function collapse(s: string): string {
  let clean = s.length > 0;
  for (let i = 0; i < s.length && clean; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) clean = i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 32;
    else if (c < 33 || (c >= 0x7f && isWhiteSpace(c))) clean = false;
  }
  return clean ? s : s.replace(/\s+/g, ' ').trim();
}

/** `\s` beyond ASCII (and DEL, which is not). */
const isWhiteSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
  c === 0x205f || c === 0x3000 || c === 0xfeff;
