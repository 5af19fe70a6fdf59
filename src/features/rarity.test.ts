import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BackgroundRarity, Rarity } from './rarity.js';

test('background ranks function words below news vocabulary and unknown names highest', () => {
  const bg = BackgroundRarity.subtlex();
  assert.ok(bg.weight('the') < 0.01);
  assert.ok(bg.weight('said') < bg.weight('minister'));
  assert.ok(bg.weight('minister') < bg.weight('intergovernmental'));
  assert.equal(bg.weight('belousov'), bg.unknown);
  assert.equal(bg.has('belousov'), false);
});

test('corpus frequencies take over as the corpus grows', () => {
  const r = new Rarity();
  const before = r.idf('intergovernmental');
  for (let i = 0; i < 2000; i++) r.observe(['intergovernmental', `w${i}`]);
  assert.ok(r.idf('intergovernmental') < before / 3, 'a word in every document stops being rare');
  assert.ok(r.idf('w5') > r.idf('intergovernmental'));
});
