import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseByteRange } from './parseByteRange.ts';

test('parseByteRange: whole resource without a usable header', () => {
  assert.equal(parseByteRange(undefined, 100), null);
  assert.equal(parseByteRange('items=0-5', 100), null);
  assert.equal(parseByteRange('bytes=0-1,5-6', 100), null);
  assert.equal(parseByteRange('bytes=-', 100), null);
  assert.equal(parseByteRange('bytes=9-3', 100), null);
});

test('parseByteRange: bounded, open and suffix ranges', () => {
  assert.deepEqual(parseByteRange('bytes=0-9', 100), { start: 0, end: 9 });
  assert.deepEqual(parseByteRange('bytes=90-', 100), { start: 90, end: 99 });
  assert.deepEqual(parseByteRange('bytes=90-500', 100), { start: 90, end: 99 });
  assert.deepEqual(parseByteRange('bytes=-10', 100), { start: 90, end: 99 });
  assert.deepEqual(parseByteRange('bytes=-500', 100), { start: 0, end: 99 });
});

test('parseByteRange: unsatisfiable ranges', () => {
  assert.equal(parseByteRange('bytes=100-', 100), 'unsatisfiable');
  assert.equal(parseByteRange('bytes=-0', 100), 'unsatisfiable');
  assert.equal(parseByteRange('bytes=0-', 0), 'unsatisfiable');
});
