import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWords } from './diff.js';
import type { DiffRun } from '../model/alignment.js';

const sideA = (runs: readonly DiffRun[]): string => runs.filter((r) => r.kind !== 'added').map((r) => r.text).join('');
const sideB = (runs: readonly DiffRun[]): string => runs.filter((r) => r.kind !== 'removed').map((r) => r.text).join('');
const fold = (s: string): string => s.replace(/’/g, "'").replace(/\s+/g, ' ').trim();

test('a one-word change is one removed and one added run between equal runs', () => {
  const a = 'Belousov’s recent arrival in India marks a pivotal moment.';
  const b = 'Belousov’s arrival in India marks a significant moment.';
  assert.deepEqual(diffWords(a, b), [
    { kind: 'equal', text: 'Belousov’s ' },
    { kind: 'removed', text: 'recent ' },
    { kind: 'equal', text: 'arrival in India marks a ' },
    { kind: 'removed', text: 'pivotal ' },
    { kind: 'added', text: 'significant ' },
    { kind: 'equal', text: 'moment.' },
  ]);
});

test('equal + removed runs give A back exactly; equal + added give B’s words', () => {
  const a = 'Scheduled for December 4-5, Putin’s trip will see him meet with Indian President Droupadi Murmu.';
  const b = 'The upcoming visit of President Vladimir Putin to India, scheduled for December 4-5, is expected.';
  const runs = diffWords(a, b);
  assert.equal(sideA(runs), a);
  assert.equal(fold(sideB(runs)), fold(b));
  assert.ok(runs.some((r) => r.kind === 'equal' && r.text.includes('December 4-5')));
});

test('curly and straight apostrophes do not count as differences; case does', () => {
  assert.deepEqual(diffWords('India’s Foreign Ministry said', "India's Foreign Ministry said"), [{ kind: 'equal', text: 'India’s Foreign Ministry said' }]);
  assert.deepEqual(
    diffWords('India’s Foreign Ministry said', 'India’s foreign Ministry said').map((r) => r.kind),
    ['equal', 'removed', 'added', 'equal'],
  );
});

test('identical and empty sentences', () => {
  assert.deepEqual(diffWords('Talks resume.', 'Talks resume.'), [{ kind: 'equal', text: 'Talks resume.' }]);
  assert.deepEqual(diffWords('', 'New text.'), [{ kind: 'added', text: 'New text.' }]);
});

test('very long sentences fall back to prefix/suffix trimming and stay fast', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
  const a = words.join(' ');
  const b = [...words.slice(0, 10), ...words.slice(10).reverse()].join(' ');
  const t0 = performance.now();
  const runs = diffWords(a, b);
  assert.ok(performance.now() - t0 < 500);
  assert.equal(sideA(runs), a);
  assert.equal(runs[0]?.kind, 'equal');
});
