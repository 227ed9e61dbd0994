import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSegments, type SpeakerWord } from './buildSegments.ts';

const w = (speaker: 'Agent' | 'Customer', word: string, start: number, end: number, confidence = 0.9): SpeakerWord => ({ speaker, word, start, end, confidence });

test('groups by speaker and pause; one stray word does not split a turn', () => {
  const segs = buildSegments([
    w('Agent', 'thank', 0.5, 0.8), w('Agent', 'you', 0.8, 1.0), w('Customer', 'mm', 0.9, 1.0, 0.2), w('Agent', 'for', 1.1, 1.3), w('Agent', 'calling', 1.3, 1.8),
    w('Customer', 'hi', 2.5, 2.8), w('Customer', 'there', 2.8, 3.1),
    w('Agent', 'hello', 6.0, 6.4),
  ]);
  assert.deepEqual(segs.map((s) => [s.speaker, s.text, s.start, s.end]), [
    ['Agent', 'Thank you for calling', 0.5, 1.8],
    ['Customer', 'Mm', 0.9, 1.0],
    ['Customer', 'Hi there', 2.5, 3.1],
    ['Agent', 'Hello', 6.0, 6.4],
  ]);
  assert.equal(segs[0].confidence, 0.9);
});

test('a long pause splits the same speaker; two words of the other speaker split a turn', () => {
  const segs = buildSegments([w('Agent', 'a', 0, 0.2), w('Agent', 'b', 2.0, 2.2), w('Customer', 'x', 2.3, 2.4), w('Customer', 'y', 2.4, 2.5), w('Agent', 'c', 2.6, 2.8)]);
  assert.deepEqual(segs.map((s) => s.text), ['A', 'B', 'X y', 'C']);
});

test('mono mode: any word of the other voice splits', () => {
  const segs = buildSegments([w('Agent', 'a', 0, 0.2), w('Customer', 'x', 0.3, 0.4), w('Agent', 'b', 0.5, 0.6)], { interruptWords: 1 });
  assert.deepEqual(segs.map((s) => s.text), ['A', 'X', 'B']);
});
