import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskPii } from './maskPii.ts';

const seg = { text: 'Hi, my card number is 4111 1111 1111 1111 and my email is pat@example.com.', start: 6.5, end: 10 };

test('maskPii: card numbers and emails in flagged segments are masked', () => {
  const hits = [
    { type: 'card_number', segment: 1, start: 7.54, end: 8.44 },
    { type: 'email', segment: 1, start: 9.24, end: 9.95 },
  ];
  assert.equal(maskPii(seg, 1, hits), 'Hi, my card number is [CARD_NUMBER] and my email is [EMAIL].');
});

test('maskPii: segments without detections are unchanged', () => {
  assert.equal(maskPii(seg, 0, [{ type: 'email', segment: 1, start: 9, end: 10 }]), seg.text);
});

test('maskPii: spoken numbers are hidden by time span', () => {
  const spoken = { text: 'my number is four one one one two', start: 0, end: 10 };
  const out = maskPii(spoken, 0, [{ type: 'phone', segment: 0, start: 4, end: 10 }]);
  assert.match(out, /^my number is? ?.*\[PHONE\]$/);
  assert.ok(!out.includes('four one one'), out);
});
