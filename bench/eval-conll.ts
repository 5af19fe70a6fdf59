/**
 * Entity-level evaluation of `extractEntities` on CoNLL-2003 English (conlleval-style exact span match).
 *
 *   npx tsx bench/eval-conll.ts [--file eng.testa] [--errors 40] [--type person|organisation|place]
 *
 * Reads /work/shared/eval/conll2003/<file> (IOB1; `token POS chunk NE`; documents split by -DOCSTART-,
 * sentences by blank lines), rebuilds each document's text (tokens joined by spaces, one sentence per
 * paragraph), runs the extractor and scores PER, ORG and LOC. MISC is not scored: gold MISC spans are
 * ignored and the extractor never predicts MISC. The data is evaluation-only and is never copied.
 * `--errors N` prints a sample of N errors with context (for development on eng.train).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { EntityType } from '../src/model/entity.js';
import { extractEntities } from '../src/features/entities/index.js';
import { CONLL_DIR, LABELS, TO_LABEL, conllArticle, emptyCounts, parseConll, prf, scoreDoc, type Label } from './conll.js';

function parseArgs(argv: readonly string[]): { file: string; errors: number; only: Label | undefined } {
  let file = 'eng.testa';
  let errors = 0;
  let only: Label | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--file') file = argv[++i] ?? file;
    else if (a === '--errors') errors = Number(argv[++i] ?? '20');
    else if (a === '--type') only = TO_LABEL[argv[++i] as EntityType];
    else if (a === '--help' || a === '-h') {
      console.log('usage: npx tsx bench/eval-conll.ts [--file eng.testa] [--errors N] [--type person|organisation|place]');
      process.exit(0);
    }
  }
  return { file: isAbsolute(file) ? file : join(CONLL_DIR, file), errors, only };
}

function main(): void {
  const { file, errors, only } = parseArgs(process.argv.slice(2));
  if (!existsSync(file)) {
    console.error(`eval-conll: ${file} not found; the CoNLL-2003 files live in ${CONLL_DIR}`);
    process.exit(2);
  }
  const docs = parseConll(readFileSync(file, 'utf8'));
  const counts = emptyCounts();
  const errs: string[] = [];
  let bytes = 0;
  let ms = 0;
  docs.forEach((doc, i) => {
    const article = conllArticle(doc, i);
    bytes += Buffer.byteLength(doc.text);
    const t0 = performance.now();
    const mentions = extractEntities(article);
    ms += performance.now() - t0;
    const { falsePositives, falseNegatives } = scoreDoc(doc, mentions, counts);
    const ctx = (k: string): string => {
      const [start, end] = k.split(':').map(Number) as [number, number];
      const flat = (s: string): string => s.replaceAll('\n', ' | ');
      return flat(doc.text.slice(Math.max(0, start - 40), start)) + '[' + doc.text.slice(start, end) + ']' + flat(doc.text.slice(end, end + 30));
    };
    for (const [k, label, g] of falsePositives) {
      if (only === undefined || only === label || only === g) errs.push(`FP doc${i} ${label} (gold ${g ?? '-'}): ${ctx(k)}`);
    }
    for (const [k, label] of falseNegatives) if (only === undefined || only === label) errs.push(`FN doc${i} ${label}: ${ctx(k)}`);
  });
  const row = (name: string, label?: Label): string => {
    const r = prf(counts, label);
    const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
    return `${name.padEnd(8)} precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  (gold ${r.gold}, predicted ${r.predicted})`;
  };
  console.log(`CoNLL-2003 ${file}: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, extractEntities ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (first call loads the word table)`);
  console.log(row('overall'));
  for (const l of LABELS) console.log(row(l, l));
  if (errors > 0) {
    const step = Math.max(1, Math.floor(errs.length / errors));
    for (let i = 0; i < errs.length && i / step < errors; i += step) console.log(errs[i]);
  }
}

main();
