import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnergyVad } from './energyVad.ts';
import { segmentMonoTurns } from './monoTurns.ts';

const SR = 16000;
/** A vowel-like tone: fundamental plus two harmonics. */
function voice(seconds: number, hz: number): Int16Array {
  const out = new Int16Array(Math.round(seconds * SR));
  for (let i = 0; i < out.length; i++) {
    const p = (2 * Math.PI * hz * i) / SR;
    out[i] = Math.round(8000 * (Math.sin(p) + 0.5 * Math.sin(2 * p) + 0.3 * Math.sin(3 * p)));
  }
  return out;
}
const pause = (s: number) => new Int16Array(Math.round(s * SR));

function vadOf(parts: Int16Array[]) {
  const vad = createEnergyVad({ sampleRate: SR, pitch: true });
  for (const p of parts) vad.push(p);
  return vad.finish();
}

test('two voices alternating with pauses: turns clustered by pitch, first voice is cluster 0', () => {
  const turns = segmentMonoTurns(vadOf([pause(0.5), voice(2, 210), pause(1), voice(1.5, 110), pause(0.8), voice(1, 215), pause(1), voice(1.2, 105), pause(0.5)]));
  assert.deepEqual(turns.map((t) => t.cluster), [0, 1, 0, 1]);
  assert.ok(Math.abs(turns[1].start - 3.5) < 0.05, JSON.stringify(turns));
});

test('a speaker change without a pause is split at the pitch jump', () => {
  const turns = segmentMonoTurns(vadOf([pause(0.5), voice(2, 220), voice(2, 110), pause(0.5)]));
  assert.equal(turns.length, 2, JSON.stringify(turns));
  assert.ok(Math.abs(turns[0].end - 2.5) <= 0.1 && Math.abs(turns[1].start - 2.5) <= 0.1, JSON.stringify(turns));
  assert.deepEqual(turns.map((t) => t.cluster), [0, 1]);
});

test('same pitch throughout: voices alternate at pauses of 1 s or more', () => {
  const turns = segmentMonoTurns(vadOf([voice(1, 150), pause(0.6), voice(1, 150), pause(1.2), voice(1, 152), pause(0.2)]));
  assert.deepEqual(turns.map((t) => t.cluster), [0, 0, 1], 'a 0.6 s pause ends a turn but does not change the voice');
});
