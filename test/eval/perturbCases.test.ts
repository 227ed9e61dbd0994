// The label-preserving ASR damage of bench/analysis-eval (--perturb) is reproducible and keeps what was said.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { numberInWords, perturbCase, seededRandom } from '../../bench/analysis-eval/perturbCases.ts';
import type { EvalCase } from '../../bench/analysis-eval/scoreCases.ts';

const call: EvalCase = {
  id: 'en-x-001',
  language: 'en',
  segments: [
    { speaker: 'Agent', text: "Thanks for calling, I'm Dana. We'll note that. Your balance is $250.", start: 0, end: 8 },
    { speaker: 'Customer', text: 'My card is 4111 1111 1111 1111.', start: 8.5, end: 12 },
  ],
  labels: { pci_card_data: 'failed' },
};

describe('perturbCases', () => {
  test('numbers in words, English and Spanish', () => {
    assert.equal(numberInWords(250, 'en'), 'two hundred fifty');
    assert.equal(numberInWords(99, 'es'), 'noventa y nueve');
    assert.equal(numberInWords(21, 'es'), 'veintiuno');
    assert.equal(numberInWords(1500, 'es'), 'mil quinientos');
  });
  test('seeded: the same call and seed give the same damage; labels, speakers and order are kept', () => {
    const a = perturbCase(call, { rate: 1, seed: 3 });
    const b = perturbCase(call, { rate: 1, seed: 3 });
    assert.deepEqual(a, b);
    assert.deepEqual(a.labels, call.labels);
    assert.equal(a.asr, 'noisy');
    const text = a.segments.map((s) => s.text).join(' ');
    assert.doesNotMatch(text, /[0-9$.,']/, 'digits, symbols and punctuation are gone at rate 1');
    assert.match(text, /four one one one/);
    assert.ok(a.segments.every((s, i) => i === 0 || s.start >= a.segments[i - 1].start));
    assert.ok(a.segments.filter((s) => s.speaker === 'Customer').length >= 1);
  });
  test('rate 0 changes nothing but the id and the asr mark', () => {
    const z = perturbCase(call, { rate: 0, seed: 1 });
    assert.deepEqual(z.segments, call.segments);
  });
  test('the generator is uniform enough to be useful', () => {
    const r = seededRandom(5);
    const xs = Array.from({ length: 2000 }, r);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    assert.ok(mean > 0.45 && mean < 0.55, String(mean));
  });
});
