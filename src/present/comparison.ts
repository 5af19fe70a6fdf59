/** Side-by-side terminal rendering of a comparison of two articles. */
import type { Article } from '../model/article.js';
import type { Comparison } from '../model/alignment.js';

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line.length + w.length + 1 > width && line !== '') {
      out.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') out.push(line);
  return out.length === 0 ? [''] : out;
}

function columns(left: string, right: string, width: number): string[] {
  const l = wrap(left, width);
  const r = wrap(right, width);
  const n = Math.max(l.length, r.length);
  return Array.from({ length: n }, (_, i) => `${(l[i] ?? '').padEnd(width)} │ ${r[i] ?? ''}`);
}

/**
 * Aligned sentences side by side in order of the first article; words only on one side are marked
 * [-removed-] (left) and {+added+} (right). Sentences found on one side only are listed after.
 */
export function renderComparison(a: Article, b: Article, c: Comparison, totalWidth: number): string {
  const width = Math.max(30, Math.floor((totalWidth - 3) / 2));
  const out: string[] = [...columns(`A ${a.id} ${a.title ?? ''}`, `B ${b.id} ${b.title ?? ''}`, width), '─'.repeat(width) + '─┼─' + '─'.repeat(width)];
  for (const p of c.pairs) {
    const left = p.diff.filter((d) => d.kind !== 'added').map((d) => (d.kind === 'removed' ? `[-${d.text}-]` : d.text)).join(' ');
    const right = p.diff.filter((d) => d.kind !== 'removed').map((d) => (d.kind === 'added' ? `{+${d.text}+}` : d.text)).join(' ');
    out.push(...columns(`${p.a + 1}. ${left}`, `${p.b + 1}. ${right}  (${p.score})`, width), '');
  }
  out.push(`Only in A (${c.onlyA.length}):`);
  for (const i of c.onlyA) out.push(...wrap(`${i + 1}. ${a.sentences[i]?.text ?? ''}`, totalWidth).map((l) => '  ' + l));
  out.push(`Only in B (${c.onlyB.length}):`);
  for (const i of c.onlyB) out.push(...wrap(`${i + 1}. ${b.sentences[i]?.text ?? ''}`, totalWidth).map((l) => '  ' + l));
  return out.join('\n') + '\n';
}
