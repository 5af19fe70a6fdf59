import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError, RetoldError } from './errors.js';

test('InputError names the input and the record', () => {
  const e = new InputError('input.malformed-record', 'feed.jsonl', 'not valid JSON', { record: 7 });
  assert.ok(e instanceof RetoldError);
  assert.equal(e.code, 'input.malformed-record');
  assert.equal(e.message, 'feed.jsonl (record 7): not valid JSON');
  assert.equal(e.name, 'InputError');
  assert.equal(e.record, 7);
});
