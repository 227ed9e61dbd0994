import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseForWer, wordErrorRate } from './wordErrorRate.ts';

test('WER on normalised text', () => {
  assert.equal(normaliseForWer('Hola, ¿En qué puedo ayudarle?'), 'hola en que puedo ayudarle');
  assert.equal(wordErrorRate('Thank you for calling.', 'thank you for calling'), 0);
  assert.equal(wordErrorRate('a b c d', 'a x c'), 0.5);
  assert.equal(wordErrorRate('a b', 'a b c d'), 1);
});
