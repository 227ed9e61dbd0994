import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnergyVad, regionsAbove, silenceIntervals } from './energyVad.ts';

const SR = 16000;
function tone(seconds: number, hz: number, amp: number): Int16Array {
  const out = new Int16Array(Math.round(seconds * SR));
  for (let i = 0; i < out.length; i++) out[i] = Math.round(amp * 32767 * Math.sin((2 * Math.PI * hz * i) / SR));
  return out;
}
const silence = (s: number) => new Int16Array(Math.round(s * SR));

test('finds speech regions and pitch, streamed in odd-sized chunks', () => {
  const vad = createEnergyVad({ sampleRate: SR, pitch: true });
  const signal = [silence(1), tone(2, 120, 0.3), silence(1.5), tone(1, 220, 0.3), silence(0.5)];
  const all = new Int16Array(signal.reduce((n, s) => n + s.length, 0));
  let off = 0;
  for (const s of signal) { all.set(s, off); off += s.length; }
  for (let i = 0; i < all.length; i += 777) vad.push(all.subarray(i, i + 777));
  const r = vad.finish();
  assert.equal(r.durationSeconds, 6);
  assert.equal(r.speech.length, 2);
  assert.ok(Math.abs(r.speech[0].start - 1) <= 0.04 && Math.abs(r.speech[0].end - 3) <= 0.04, JSON.stringify(r.speech));
  assert.ok(Math.abs(r.speech[1].start - 4.5) <= 0.04 && Math.abs(r.speech[1].end - 5.5) <= 0.04);
  const pitchAt = (t: number) => r.pitchHz[Math.round(t / r.frameSeconds)];
  assert.ok(Math.abs(pitchAt(2) - 120) < 8, `pitch ${pitchAt(2)}`);
  assert.ok(Math.abs(pitchAt(5) - 220) < 12, `pitch ${pitchAt(5)}`);
  assert.ok(Math.abs(r.speechSeconds - 3) < 0.1);
});

test('digital silence has no speech', () => {
  const vad = createEnergyVad({ sampleRate: SR });
  vad.push(silence(3));
  const r = vad.finish();
  assert.deepEqual(r.speech, []);
  assert.equal(r.peakDb, -100);
});

test('regionsAbove bridges short gaps and drops short bursts', () => {
  const lv = [-90, -20, -20, -90, -20, -20, -90, -90, -90, -90, -20, -90];
  assert.deepEqual(regionsAbove(lv, -50, 0.1, 0.15, 0.15), [{ start: 0.1, end: 0.6 }]);
});

test('silenceIntervals is the complement of all speakers\' speech', () => {
  const s = silenceIntervals([[{ start: 1, end: 3 }, { start: 8, end: 9 }], [{ start: 2.5, end: 5 }]], 12, 1);
  assert.deepEqual(s, [{ start: 0, end: 1 }, { start: 5, end: 8 }, { start: 9, end: 12 }]);
});
