/**
 * CoNLL-2003 reading and entity-level scoring (conlleval-style exact span match over PER, ORG and LOC), shared
 * by bench/eval-conll.ts and the quality gate test. The data is evaluation-only: read at run time, never copied.
 */
import type { Article, Sentence } from '../src/model/article.js';
import { asArticleId } from '../src/model/ids.js';
import type { EntityMention, EntityType } from '../src/model/entity.js';

export const CONLL_DIR = '/work/shared/eval/conll2003';
export type Label = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const LABELS: readonly Label[] = ['PER', 'ORG', 'LOC'];
export const TO_LABEL: Record<EntityType, Label> = { person: 'PER', organisation: 'ORG', place: 'LOC' };

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly label: Label;
}

/** One CoNLL document: its rebuilt text (tokens joined by spaces, one sentence per paragraph) and gold spans. */
export interface ConllDoc {
  readonly text: string;
  readonly sentenceStarts: readonly number[];
  /** PER, ORG and LOC spans; MISC is dropped (not scored). */
  readonly gold: readonly Span[];
}

/** Parses IOB1 lines (`token POS chunk NE`, -DOCSTART- between documents) into documents. */
export function parseConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: { token: string; tag: string }[][] = [];
  let sentence: { token: string; tag: string }[] = [];
  const flushDoc = (): void => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
    if (sentences.length > 0) docs.push(buildDoc(sentences));
    sentences = [];
  };
  for (const line of content.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (line.trim() === '') {
      if (sentence.length > 0) sentences.push(sentence);
      sentence = [];
      continue;
    }
    const parts = line.split(' ');
    sentence.push({ token: parts[0] ?? '', tag: parts[parts.length - 1] ?? 'O' });
  }
  flushDoc();
  return docs;
}

function buildDoc(sentences: readonly { token: string; tag: string }[][]): ConllDoc {
  let text = '';
  const starts: number[] = [];
  const gold: Span[] = [];
  for (const s of sentences) {
    if (text.length > 0) text += '\n\n';
    starts.push(text.length);
    let open: { start: number; end: number; label: Label } | undefined;
    const close = (): void => {
      if (open !== undefined && open.label !== 'MISC') gold.push(open);
      open = undefined;
    };
    s.forEach((tok, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += tok.token;
      const end = text.length;
      if (tok.tag === 'O') {
        close();
        return;
      }
      const label = tok.tag.slice(2) as Label;
      if (open !== undefined && open.label === label && !tok.tag.startsWith('B-')) open.end = end;
      else {
        close();
        open = { start, end, label };
      }
    });
    close();
  }
  return { text, sentenceStarts: starts, gold };
}

/** The document as an Article: one sentence per paragraph. */
export function conllArticle(doc: ConllDoc, i: number): Article {
  const sentences: Sentence[] = [];
  const paragraphs: string[] = [];
  doc.sentenceStarts.forEach((start, j) => {
    const end = j + 1 < doc.sentenceStarts.length ? (doc.sentenceStarts[j + 1] ?? 0) - 2 : doc.text.length;
    const t = doc.text.slice(start, end);
    paragraphs.push(t);
    sentences.push({ index: j, paragraph: j, text: t, start, end });
  });
  return {
    kind: 'article',
    id: asArticleId(i.toString(16).padStart(16, '0')),
    origin: { path: 'conll', format: 'text', record: i + 1 },
    text: doc.text,
    paragraphs,
    sentences,
    chrome: [],
  };
}

/** True positives, false positives and false negatives per label. */
export interface Counts {
  readonly tp: Map<Label, number>;
  readonly fp: Map<Label, number>;
  readonly fn: Map<Label, number>;
}

export function emptyCounts(): Counts {
  return {
    tp: new Map(LABELS.map((l) => [l, 0])),
    fp: new Map(LABELS.map((l) => [l, 0])),
    fn: new Map(LABELS.map((l) => [l, 0])),
  };
}

/** Adds one document's exact-span comparison to `counts`; returns the keys `start:end` of errors. */
export function scoreDoc(
  doc: ConllDoc,
  mentions: readonly EntityMention[],
  counts: Counts,
): { falsePositives: [string, Label, Label | undefined][]; falseNegatives: [string, Label][] } {
  const goldKey = new Map(doc.gold.map((g) => [`${g.start}:${g.end}`, g.label]));
  const predKey = new Map(mentions.map((m) => [`${m.start}:${m.end}`, TO_LABEL[m.type]]));
  const falsePositives: [string, Label, Label | undefined][] = [];
  const falseNegatives: [string, Label][] = [];
  const inc = (m: Map<Label, number>, l: Label): void => {
    m.set(l, (m.get(l) ?? 0) + 1);
  };
  for (const [k, label] of predKey) {
    const g = goldKey.get(k);
    if (g === label) inc(counts.tp, label);
    else {
      inc(counts.fp, label);
      falsePositives.push([k, label, g]);
    }
  }
  for (const [k, label] of goldKey) {
    if (predKey.get(k) !== label) {
      inc(counts.fn, label);
      if (!predKey.has(k)) falseNegatives.push([k, label]);
    }
  }
  return { falsePositives, falseNegatives };
}

/** Precision, recall and F1 of one label, or of all when `label` is undefined. */
export function prf(counts: Counts, label?: Label): { precision: number; recall: number; f1: number; gold: number; predicted: number } {
  const pick = (m: Map<Label, number>): number =>
    label === undefined ? [...m.values()].reduce((a, b) => a + b, 0) : (m.get(label) ?? 0);
  const t = pick(counts.tp);
  const p = pick(counts.fp);
  const n = pick(counts.fn);
  const precision = t + p === 0 ? 0 : t / (t + p);
  const recall = t + n === 0 ? 0 : t / (t + n);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: t + n, predicted: t + p };
}
