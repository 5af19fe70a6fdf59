/**
 * Direct-quote extraction scored against PolNeAR (Newell, Margolin & Ruths, LREC 2018).
 *
 *   npx tsx bench/eval-polnear.ts [--part dev|train] [--data DIR] [--show fp|fn|speaker|speaker-exact|align]
 *                                 [--limit N] [--file NAME-SUBSTRING] [--rounds N]
 *
 * Data: /work/shared/eval/polnear/<part>/{text,attributions} (brat standoff; see its SOURCE.md). Each
 * article is built as a RawArticle (the whole .txt as its text, headline included) and normalised with
 * `normaliseArticle`; the extractor runs on the normalised text and every predicted offset is mapped back
 * to the .txt by aligning the two texts character by character (the normaliser only drops or replaces
 * characters and lines; the alignment is checked and mismatches are counted and printed).
 *
 * Gold direct quotes. PolNeAR annotates every attribution (direct, indirect, mixed); the Content span of a
 * relation may be discontiguous ('“A,” he said, “B.”' is one Content with two fragments); fragments that
 * only white space separates are first joined when that rejoins one quote (the annotation tool splits a
 * Content at sentence ends: '“A.' + 'B,”'), not when each is a whole quote ('“A.”⏎⏎“B.”'). A
 * *fragment* of a Content span is then a gold direct quote when, after trimming white space,
 *   1. it starts with an opening quotation mark (“ " ‘ ' „ « or a doubled '' ‘‘), or the character just
 *      before it is one (the annotator left the mark out);
 *   2. it ends with a quotation mark, possibly followed by , . ; : ! ? — (or the character after it is one);
 *   3. between its first and last mark there is no other mark of the first mark's family, apostrophes
 *      between letters (and a letter’s possessive) excepted — so '“A,” and “B”' (two quotes in one
 *      paraphrase) and '“A” in the city' (a quote inside paraphrase) are not gold direct quotes.
 * Identical fragments of one .ann file count once. Fragments are compared by their *core*: the span
 * without the marks, surrounding white space and edge punctuation (, . ; : ! ? … — –). An article with
 * several annotators (several .ann files) is scored once per .ann file.
 *
 * Predictions: the `quotes` of `extractQuotes` (scare quotes are not predictions of direct quotes); their
 * core is taken the same way.
 *
 * Scores:
 *   content exact   — predicted core = gold core;
 *   content overlap — predicted and gold cores share at least one character (one-to-one, greedy by overlap);
 *   speaker, for found quotes — among overlap-matched pairs whose gold relation has a Source: the predicted
 *     speaker span equals the Source span (exact; also with the speaker's description appended) or shares
 *     a character with it (overlap). The predicted span is `Quote.speakerSpan`: the mention the cue attaches
 *     to (a pronoun stays a pronoun; a continued quote points at the mention of the quote it continues);
 *   speaker, overall — P = correct speakers / predicted quotes with a speaker, R = correct speakers / gold
 *     quotes with a Source, F1 of the two (a speaker is correct when its quote is matched and the speaker
 *     matches as above).
 *
 * Speed: CPU time of `extractQuotes` alone over the part's distinct articles (already normalised), best of
 * `--rounds` warm rounds, printed beside a reference pass (lower-casing and /\w+/g tokenising the same text)
 * measured in the same run, since absolute figures vary between machines.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, RawArticle } from '../src/model/article.js';
import { asArticleId } from '../src/model/ids.js';
import type { Quote } from '../src/model/quote.js';
import { extractQuotes } from '../src/features/quotes/index.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

interface GoldQuote extends Span {
  /** Source fragments (empty when the relation has no Source). */
  readonly source: readonly Span[];
}

interface PredQuote extends Span {
  readonly speaker?: Span;
  /** Speaker span extended over its description, when the description follows it. */
  readonly speakerWithDescription?: Span;
  readonly quote: Quote;
}

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const part = opt('part', 'dev');
const dataDir = opt('data', '/work/shared/eval/polnear');
const show = opt('show', '');
const limit = Number(opt('limit', '40'));
const only = opt('file', '');
if (part !== 'dev' && part !== 'train' && part !== 'test') {
  console.error(`--part must be dev or train (got '${part}')`);
  process.exit(2);
}
const base = join(dataDir, part);
if (!existsSync(join(base, 'attributions'))) {
  console.error(`PolNeAR not found at ${base} (expected attributions/ and text/ there); pass --data DIR`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------
// Building articles

type Normalise = (raw: RawArticle) => { kind: 'article'; article: Article } | { kind: 'rejected' };
let normalise: Normalise | undefined;
try {
  const mod = (await import('../src/normalise/index.js')) as { normaliseArticle?: Normalise };
  normalise = mod.normaliseArticle;
} catch {
  normalise = undefined;
}

/** Fallback when src/normalise is absent: the text as is, paragraphs at line breaks, one sentence each. */
function plainArticle(text: string, path: string): Article {
  const paragraphs = text.split('\n');
  let offset = 0;
  const sentences = paragraphs.map((p, index) => {
    const s = { index, paragraph: index, text: p, start: offset, end: offset + p.length };
    offset += p.length + 1;
    return s;
  });
  return {
    kind: 'article', id: asArticleId('0000000000000000'), origin: { path, format: 'text' }, text, paragraphs,
    sentences, chrome: [],
  };
}

const fold = (c: string): string => {
  if (c === '\u00a0' || c === '\t' || c === '\u2009' || c === '\u202f' || c === '\u2007') return ' ';
  if (c === '\u2010' || c === '\u2011' || c === '\u2212') return '-';
  if (c === '\r') return '\n';
  return c;
};
const isWs = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
/** Characters the normaliser removes: soft hyphen, zero-width ones, C0 controls. */
const dropped = (c: number): boolean => c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff || c < 0x09;

/**
 * For each offset of `norm` (and its end), the offset in `raw` it came from. Greedy: equal characters
 * advance both texts; white space and dropped characters are skipped; after a removed line (chrome, a
 * headline) the next 16 characters are searched for.
 */
function align(raw: string, norm: string): Int32Array {
  const map = new Int32Array(norm.length + 1);
  let i = 0;
  for (let j = 0; j < norm.length; j++) {
    const n = norm[j] as string;
    if (i < raw.length && fold(raw[i] as string) === fold(n)) {
      map[j] = i++;
      continue;
    }
    if (isWs(n)) {
      map[j] = i;
      if (isWs(raw[i])) i++;
      continue;
    }
    while (i < raw.length && (isWs(raw[i]) || dropped(raw.charCodeAt(i)))) i++;
    if (i < raw.length && fold(raw[i] as string) === fold(n)) {
      map[j] = i++;
      continue;
    }
    const snippet = norm.slice(j, j + 16);
    const k = raw.indexOf(snippet, i);
    if (k >= 0) {
      i = k;
      map[j] = i++;
      continue;
    }
    map[j] = i++;
  }
  map[norm.length] = i;
  return map;
}

// ---------------------------------------------------------------------------------------------------------
// Gold

const OPEN_DOUBLE = ['“', '"', '„', '«', "''", '‘‘', '’’', '``'];
const OPEN_SINGLE = ['‘', "'"];
const DOUBLE_CHARS = /["“”„«»]|''|‘‘|’’/;
const EDGE_PUNCT = /[\s,.;:!?…—–-]/;
const MARK = /["“”„«»‘’']/;

function markAt(text: string, i: number): { family: 'double' | 'single'; len: number } | undefined {
  for (const m of OPEN_DOUBLE) if (text.startsWith(m, i)) return { family: 'double', len: m.length };
  for (const m of OPEN_SINGLE) if (text.startsWith(m, i)) return { family: 'single', len: 1 };
  return undefined;
}

/** The core of a span: marks, white space and edge punctuation stripped from both ends. */
function core(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && (EDGE_PUNCT.test(text[a] as string) || MARK.test(text[a] as string))) a++;
  while (b > a && (EDGE_PUNCT.test(text[b - 1] as string) || MARK.test(text[b - 1] as string))) b--;
  return { start: a, end: b };
}

/** Whether the fragment [a, b) of `text` is a direct quote (rules 1–3 of the header). */
function isDirectFragment(text: string, a0: number, b0: number): boolean {
  let a = a0;
  let b = b0;
  while (a < b && isWs(text[a])) a++;
  while (b > a && isWs(text[b - 1])) b--;
  if (b <= a) return false;
  let open = markAt(text, a);
  let innerStart = a + (open?.len ?? 0);
  if (open === undefined) {
    // The mark just before the fragment.
    const before2 = text.slice(Math.max(0, a - 2), a);
    if (before2 === "''" || before2 === '‘‘' || before2 === '’’') open = { family: 'double', len: 2 };
    else if (/["“„«]/.test(text[a - 1] ?? '')) open = { family: 'double', len: 1 };
    else if (/[‘']/.test(text[a - 1] ?? '')) open = { family: 'single', len: 1 };
    if (open === undefined) return false;
    innerStart = a;
  }
  // Closing mark: at the end (after trailing punctuation) or just after the fragment.
  let e = b;
  while (e > innerStart && /[,.;:!?—]/.test(text[e - 1] as string)) e--;
  let innerEnd: number;
  if (e > innerStart && MARK.test(text[e - 1] as string)) {
    innerEnd = e - 1;
    if (open.family === 'double' && e - 2 >= innerStart && /['’]/.test(text[e - 2] as string) && /['’]/.test(text[e - 1] as string)) innerEnd = e - 2;
  } else if (MARK.test(text[b] ?? '')) {
    innerEnd = b;
  } else {
    return false;
  }
  if (innerEnd <= innerStart) return false;
  const inner = text.slice(innerStart, innerEnd);
  if (open.family === 'double') return !DOUBLE_CHARS.test(inner);
  // Single family: apostrophes between letters and possessives are fine.
  for (let k = 0; k < inner.length; k++) {
    const c = inner[k] as string;
    if (c === '‘') return false;
    if (c === '’' || c === "'") {
      const p = inner[k - 1] ?? ' ';
      const n = inner[k + 1] ?? ' ';
      const letter = (x: string): boolean => /\p{L}|\d/u.test(x);
      if (letter(p) && letter(n)) continue;
      if (/s/i.test(p) && n === ' ') continue;
      return false;
    }
  }
  return true;
}

/**
 * Fragments separated only by white space are one fragment when the first does not end a quote and the
 * second does not open one: the annotation tool splits a Content span at sentence boundaries ('“A. B,”' is
 * stored as '“A.' + 'B,”'), while '“A.”⏎⏎“B.”' stays two quotes.
 */
function mergeAdjacent(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const lastEndsQuote = last !== undefined && /["“”„«»‘’'][,.;:!?—]*\s*$/.test(text.slice(last.start, last.end));
    const nextStartsQuote = /^\s*["“”„«‘']/.test(text.slice(s.start, s.end));
    if (last !== undefined && s.start >= last.end && /^\s*$/.test(text.slice(last.end, s.start)) && !lastEndsQuote && !nextStartsQuote) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    } else {
      out.push(s);
    }
  }
  return out;
}

function parseSpans(s: string): Span[] {
  return s.split(';').map((part) => {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    return { start: a ?? 0, end: b ?? 0 };
  });
}

function goldQuotes(text: string, ann: string): GoldQuote[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const relations: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (t !== null) {
      spans.set(t[1] as string, { type: t[2] as string, spans: parseSpans(t[3] as string) });
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e !== null) {
      const args: Record<string, string> = {};
      for (const kv of (e[1] as string).split(/\s+/)) {
        const [k, v] = kv.split(':');
        if (k !== undefined && v !== undefined) args[k] = v;
      }
      relations.push(args);
    }
  }
  const out = new Map<string, GoldQuote>();
  for (const r of relations) {
    const content = r.Content === undefined ? undefined : spans.get(r.Content);
    if (content === undefined) continue;
    const source = r.Source === undefined ? [] : (spans.get(r.Source)?.spans ?? []);
    for (const f of mergeAdjacent(text, content.spans)) {
      if (!isDirectFragment(text, f.start, f.end)) continue;
      const c = core(text, f.start, f.end);
      const key = `${c.start}:${c.end}`;
      const had = out.get(key);
      if (had === undefined || (had.source.length === 0 && source.length > 0)) out.set(key, { ...c, source });
    }
  }
  return [...out.values()].sort((x, y) => x.start - y.start);
}

// ---------------------------------------------------------------------------------------------------------
// Scoring

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlapLen = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const extent = (spans: readonly Span[]): Span | undefined =>
  spans.length === 0 ? undefined : { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
const sameSpan = (a: Span | undefined, b: Span | undefined): boolean =>
  a !== undefined && b !== undefined && a.start === b.start && a.end === b.end;

/** Greedy one-to-one matching by overlap length. Returns pairs [gold index, pred index]. */
function matchOverlap(gold: readonly Span[], pred: readonly Span[]): [number, number][] {
  const cand: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const o = overlapLen(gold[g] as Span, pred[p] as Span);
      if (o > 0) cand.push([o, g, p]);
    }
  }
  cand.sort((x, y) => y[0] - x[0]);
  const gu = new Set<number>();
  const pu = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, g, p] of cand) {
    if (gu.has(g) || pu.has(p)) continue;
    gu.add(g);
    pu.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

const totals = {
  files: 0, gold: 0, pred: 0, exact: 0, overlap: 0,
  goldWithSource: 0, predWithSpeaker: 0,
  matchedWithSource: 0, spkExact: 0, spkExactDesc: 0, spkOverlap: 0,
  alignMismatch: 0, rejected: 0,
};
const shown: string[] = [];
const built: Article[] = [];
const snippet = (text: string, s: Span, pad = 60): string =>
  `${text.slice(Math.max(0, s.start - pad), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + pad)}`.replace(/\n/g, '¶');

const files = readdirSync(join(base, 'attributions')).filter((f) => f.endsWith('.ann') && f.includes(only)).sort();
for (const file of files) {
  const name = file.replace(/_[^_]+\.ann$/, '');
  const textPath = join(base, 'text', `${name}.txt`);
  if (!existsSync(textPath)) continue;
  const raw = readFileSync(textPath, 'utf8');
  const ann = readFileSync(join(base, 'attributions', file), 'utf8');
  totals.files++;

  let article: Article;
  let map: Int32Array | undefined;
  if (normalise !== undefined) {
    const r = normalise({ kind: 'raw', origin: { path: textPath, format: 'text' }, text: raw });
    if (r.kind !== 'article') {
      totals.rejected++;
      article = plainArticle(raw, textPath);
    } else {
      article = r.article;
      map = align(raw, article.text);
    }
  } else {
    article = plainArticle(raw, textPath);
  }
  const result = extractQuotes(article);
  built.push(article);

  const toRaw = (s: Span): Span => {
    if (map === undefined) return s;
    const a = map[s.start] ?? 0;
    const b = s.end > s.start ? (map[s.end - 1] ?? 0) + 1 : a;
    return { start: a, end: b };
  };
  const preds: PredQuote[] = [];
  for (const q of result.quotes) {
    const span = toRaw({ start: q.start, end: q.end });
    const squash = (s: string): string => s.replace(/\s+/g, '');
    if (squash(raw.slice(span.start, span.end)) !== squash(q.text)) {
      totals.alignMismatch++;
      if (show === 'align' && shown.length < limit) shown.push(`${file}\n  raw:        ${JSON.stringify(raw.slice(span.start, span.end).slice(0, 120))}\n  normalised: ${JSON.stringify(q.text.slice(0, 120))}`);
    }
    const c = core(raw, span.start, span.end);
    const speaker = q.speakerSpan === undefined ? undefined : toRaw(q.speakerSpan);
    let speakerWithDescription = speaker;
    if (speaker !== undefined && q.speakerDescription !== undefined) {
      const at = raw.indexOf(q.speakerDescription.split(' ')[0] ?? '', speaker.end);
      if (at >= 0 && at - speaker.end <= 3) {
        const d = squash(q.speakerDescription);
        let e = at;
        let got = 0;
        while (e < raw.length && got < d.length) {
          if (!isWs(raw[e])) got++;
          e++;
        }
        speakerWithDescription = { start: speaker.start, end: e };
      }
    }
    preds.push({ ...c, quote: q, ...(speaker === undefined ? {} : { speaker }), ...(speakerWithDescription === undefined ? {} : { speakerWithDescription }) });
  }
  const gold = goldQuotes(raw, ann);
  totals.gold += gold.length;
  totals.pred += preds.length;
  totals.goldWithSource += gold.filter((g) => g.source.length > 0).length;
  totals.predWithSpeaker += preds.filter((p) => p.speaker !== undefined).length;

  if (only !== '') {
    for (const g of gold) console.log('GOLD', g.start, g.end, JSON.stringify(raw.slice(g.start, g.start + 50)));
    for (const p of preds) console.log('PRED', p.start, p.end, JSON.stringify(raw.slice(p.start, p.start + 50)));
  }
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
  totals.exact += new Set(preds.map((p) => `${p.start}:${p.end}`).filter((k) => goldKeys.has(k))).size;
  const pairs = matchOverlap(gold, preds);
  totals.overlap += pairs.length;
  const matchedG = new Set(pairs.map(([g]) => g));
  const matchedP = new Set(pairs.map(([, p]) => p));
  for (const [g, p] of pairs) {
    const gq = gold[g] as GoldQuote;
    const pq = preds[p] as PredQuote;
    if (gq.source.length === 0) continue;
    totals.matchedWithSource++;
    const gs = extent(gq.source);
    const exact = sameSpan(pq.speaker, gs);
    const exactDesc = exact || sameSpan(pq.speakerWithDescription, gs);
    const over = pq.speaker !== undefined && gq.source.some((s) => overlaps(s, pq.speaker as Span));
    if (exact) totals.spkExact++;
    if (exactDesc) totals.spkExactDesc++;
    if (over) totals.spkOverlap++;
    if (((show === 'speaker' && !over) || (show === 'speaker-exact' && over && !exactDesc)) && shown.length < limit) {
      shown.push(`${file}\n  gold source: ${gs === undefined ? '-' : JSON.stringify(raw.slice(gs.start, gs.end))}  predicted: ${pq.speaker === undefined ? '-' : JSON.stringify(raw.slice(pq.speaker.start, pq.speaker.end))} (${pq.quote.speaker ?? ''}, ${pq.quote.continued ? 'continued' : pq.quote.cue ?? ''})\n  ${snippet(raw, gq, 160)}`);
    }
  }
  if (show === 'fn') {
    gold.forEach((g, i) => {
      if (!matchedG.has(i) && shown.length < limit) shown.push(`${file}\n  ${snippet(raw, g, 100)}`);
    });
  }
  if (show === 'fp') {
    preds.forEach((p, i) => {
      if (!matchedP.has(i) && shown.length < limit) shown.push(`${file} (${p.quote.speaker ?? '-'}, ${p.quote.continued ? 'continued' : p.quote.cue ?? '-'})\n  ${snippet(raw, p, 100)}`);
    });
  }
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const prf = (tp: number, np: number, ng: number): string => {
  const p = np === 0 ? 0 : tp / np;
  const r = ng === 0 ? 0 : tp / ng;
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1(p, r).toFixed(3)}`;
};
const pct = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));

if (shown.length > 0) console.log(`${shown.join('\n\n')}\n`);
console.log(`PolNeAR ${part}: ${totals.files} annotation files, ${totals.gold} gold direct quotes (fragments), ${totals.pred} predicted quotes`);
console.log(`articles built with ${normalise === undefined ? 'the fallback splitter (src/normalise absent)' : 'normaliseArticle'}; quotes whose text differs from the .txt at the mapped offsets: ${totals.alignMismatch} (characters the normaliser replaced, e.g. ― → —; see --show align); rejected by the normaliser: ${totals.rejected}`);
console.log(`content exact    ${prf(totals.exact, totals.pred, totals.gold)}`);
console.log(`content overlap  ${prf(totals.overlap, totals.pred, totals.gold)}`);
console.log(`speaker, found quotes with a gold Source (${totals.matchedWithSource}): exact ${pct(totals.spkExact, totals.matchedWithSource)}  exact incl. description ${pct(totals.spkExactDesc, totals.matchedWithSource)}  overlap ${pct(totals.spkOverlap, totals.matchedWithSource)}`);
console.log(`speaker overall exact    ${prf(totals.spkExactDesc, totals.predWithSpeaker, totals.goldWithSource)}  (exact incl. description)`);
console.log(`speaker overall overlap  ${prf(totals.spkOverlap, totals.predWithSpeaker, totals.goldWithSource)}`);

// Speed: CPU time (user + system, so other processes on a shared machine do not count) of extractQuotes
// over every distinct article of the part, best of ROUNDS warm rounds, beside a reference in the same run
// (lower-case the text and match /\w+/g: a plain tokenising pass) because absolute figures vary by machine.
const ROUNDS = Number(opt('rounds', '15'));
const distinct = [...new Map(built.map((a) => [a.text, a])).values()];
const bytes = distinct.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const cpuMs = (run: () => void): number => {
  const t = process.cpuUsage();
  run();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
let bestQuotes = Infinity;
let bestReference = Infinity;
let quotesPerRound = 0;
let wordsPerRound = 0;
for (let r = 0; r < ROUNDS; r++) {
  bestQuotes = Math.min(bestQuotes, cpuMs(() => {
    quotesPerRound = 0;
    for (const a of distinct) quotesPerRound += extractQuotes(a).quotes.length;
  }));
  bestReference = Math.min(bestReference, cpuMs(() => {
    wordsPerRound = 0;
    for (const a of distinct) {
      const re = /\w+/g;
      const lower = a.text.toLowerCase();
      while (re.exec(lower) !== null) wordsPerRound++;
    }
  }));
}
const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(`speed: extractQuotes ${mbps(bestQuotes)} MB/s (${quotesPerRound} quotes), reference tokenise ${mbps(bestReference)} MB/s (${wordsPerRound} words); ratio ${(bestReference / bestQuotes).toFixed(2)}; ${distinct.length} articles, ${(bytes / 1e6).toFixed(2)} MB, CPU time, best of ${ROUNDS}`);
