import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmtPassRate, humanize, withoutLabel } from './format.ts';

test('pass rates say what they count, and never a rate over calls that all need review', () => {
  assert.equal(fmtPassRate(9, 1 / 3), '3 of 9 calls passed (33%)');
  assert.equal(fmtPassRate(9, 0, { passed: 0, failed: 9, review: 0 }), '0 of 9 calls passed (0%)');
  assert.equal(fmtPassRate(9, 1 / 3, { passed: 3, failed: 2, review: 4 }), '3 of 9 calls passed (33%) · 4 need review');
  assert.equal(fmtPassRate(9, 0, { passed: 0, failed: 0, review: 9 }), 'No verdict yet: all 9 calls need review');
  assert.equal(fmtPassRate(1, 0, { passed: 0, failed: 0, review: 1 }), 'No verdict yet: the call needs review');
  assert.equal(fmtPassRate(1, 1), '1 of 1 call passed (100%)');
  assert.equal(fmtPassRate(0, null), 'No compliance result yet');
});

test('labels are not repeated, and ids read as titles', () => {
  assert.equal(withoutLabel('Closing: Found: closing (0:26).', 'Closing'), 'Found: closing (0:26).');
  assert.equal(withoutLabel('closing: Found it', 'x', 'Closing'), 'Found it');
  assert.equal(withoutLabel('Found: greeting (0:00).', 'Greeting'), 'Found: greeting (0:00).');
  assert.equal(humanize('active_listening'), 'Active listening');
  assert.equal(humanize('closing'), 'Closing');
});
