import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detach, detachJson } from './detach.js';

test('detach keeps the text of short and long strings, views included', () => {
  const text = 'The minister’s arrival marks a pivotal moment. '.repeat(40);
  const view = text.slice(5, 400);
  assert.equal(detach(view), view);
  assert.equal(detach('short'), 'short');
  assert.equal(detach(''), '');
});

test('detachJson copies plain data deeply, sharing nothing with the input', () => {
  const input = { a: 'x'.repeat(50), list: [{ n: 1.5, ok: true, s: 'y'.repeat(20) }], nested: { empty: [] as string[] } };
  const copy = detachJson(input);
  assert.deepEqual(copy, input);
  assert.notEqual(copy.list, input.list);
  assert.notEqual(copy.list[0], input.list[0]);
  assert.notEqual(copy.nested, input.nested);
});
