import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detach } from './detach.js';

test('detach keeps the text of short and long strings, views included', () => {
  const text = 'The minister’s arrival marks a pivotal moment. '.repeat(40);
  const view = text.slice(5, 400);
  assert.equal(detach(view), view);
  assert.equal(detach('short'), 'short');
  assert.equal(detach(''), '');
});
