/**
 * Word-level difference of two sentences for highlighting: runs of equal, removed (only in A) and added
 * (only in B) text. Longest common subsequence over word and punctuation tokens, compared with typographic
 * apostrophes and dashes folded (’ = ', – = -); whitespace travels with the token before it. Equal runs carry
 * A's text, so equal + removed runs give A back exactly, and equal + added runs give B up to that typography
 * and spacing.
 */
import type { DiffRun } from '../model/alignment.js';

interface DiffToken {
  readonly key: string;
  /** The token and the whitespace after it. */
  readonly text: string;
}

/** Beyond this many DP cells the diff falls back to common prefix and suffix only (never quadratic blow-up). */
const MAX_CELLS = 250_000;

function diffTokens(s: string): DiffToken[] {
  const tokens: DiffToken[] = [];
  const re = /([\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*|\S)(\s*)/gu;
  const lead = /^\s*/u.exec(s)?.[0] ?? '';
  if (lead !== '') tokens.push({ key: '', text: lead });
  for (const m of s.slice(lead.length).matchAll(re)) {
    const word = m[1] ?? '';
    const key = word.replace(/[’‘]/gu, "'").replace(/[–—]/gu, '-');
    tokens.push({ key, text: word + (m[2] ?? '') });
  }
  return tokens;
}

/** The word diff of sentence `a` against sentence `b`. */
export function diffWords(a: string, b: string): DiffRun[] {
  const ta = diffTokens(a);
  const tb = diffTokens(b);
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start]!.key === tb[start]!.key) start++;
  let endA = ta.length;
  let endB = tb.length;
  while (endA > start && endB > start && ta[endA - 1]!.key === tb[endB - 1]!.key) {
    endA--;
    endB--;
  }
  const ops: { kind: DiffRun['kind']; text: string }[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: 'equal', text: ta[i]!.text });
  const midA = ta.slice(start, endA);
  const midB = tb.slice(start, endB);
  if (midA.length * midB.length <= MAX_CELLS) ops.push(...lcsOps(midA, midB));
  else {
    for (const t of midA) ops.push({ kind: 'removed', text: t.text });
    for (const t of midB) ops.push({ kind: 'added', text: t.text });
  }
  for (let i = endA; i < ta.length; i++) ops.push({ kind: 'equal', text: ta[i]!.text });

  const runs: DiffRun[] = [];
  for (const op of ops) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.kind === op.kind) runs[runs.length - 1] = { kind: op.kind, text: last.text + op.text };
    else runs.push(op);
  }
  return runs;
}

function lcsOps(a: readonly DiffToken[], b: readonly DiffToken[]): { kind: DiffRun['kind']; text: string }[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = LCS length of a[i..] and b[j..], flattened.
  const lcs = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[at(i, j)] = a[i]!.key === b[j]!.key ? lcs[at(i + 1, j + 1)]! + 1 : Math.max(lcs[at(i + 1, j)]!, lcs[at(i, j + 1)]!);
    }
  }
  const ops: { kind: DiffRun['kind']; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i]!.key === b[j]!.key) {
      ops.push({ kind: 'equal', text: a[i]!.text });
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[at(i + 1, j)]! >= lcs[at(i, j + 1)]!)) {
      // Removals before additions at a change point: reads "old → new".
      ops.push({ kind: 'removed', text: a[i]!.text });
      i++;
    } else {
      ops.push({ kind: 'added', text: b[j]!.text });
      j++;
    }
  }
  return ops;
}
