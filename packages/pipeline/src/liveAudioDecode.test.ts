import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeMulaw, decodePcm16, LiveAudioDecoder, Upsampler8to16 } from './liveAudioDecode.ts';
import { LiveTurnEndpointer } from './liveTurnEndpointer.ts';

test('µ-law decodes as G.711: 0xff and 0x7f are silence, 0x00 and 0x80 the extremes', () => {
  assert.deepEqual([...decodeMulaw(Uint8Array.from([0xff, 0x7f, 0x00, 0x80]))], [0, 0, -32124, 32124]);
  // monotone over each half
  const pos = decodeMulaw(Uint8Array.from({ length: 128 }, (_, i) => 0xff - i));
  for (let i = 1; i < 128; i++) assert.ok(pos[i]! >= pos[i - 1]!);
});

test('pcm16 is little-endian; an odd frame is refused', () => {
  assert.deepEqual([...decodePcm16(Uint8Array.from([0x01, 0x00, 0xff, 0xff]))], [1, -1]);
  const d = new LiveAudioDecoder('pcm16', 16000);
  assert.match(d.frameProblem(new Uint8Array(3)) ?? '', /even number/);
  assert.equal(d.frameProblem(new Uint8Array(4)), null);
});

test('8 -> 16 kHz doubles the length, interpolates and has no seams between frames', () => {
  const whole = new Upsampler8to16().push(Int16Array.from([0, 100, 200, 300]));
  const up = new Upsampler8to16();
  const parts = [...up.push(Int16Array.from([0, 100])), ...up.push(Int16Array.from([200, 300]))];
  assert.deepEqual(parts, [...whole]);
  assert.deepEqual([...whole], [0, 0, 50, 100, 150, 200, 250, 300]);
  const d = new LiveAudioDecoder('mulaw', 8000);
  d.decode(new Uint8Array(4000));
  assert.equal(d.seconds, 0.5);
});

test('the endpointer opens a turn at speech, hands its audio on, closes it after the silence, and does not keep clicks', () => {
  const rate = 16000;
  const tone = (s: number) => Int16Array.from({ length: s * rate }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 300 * i) / rate)));
  const silence = (s: number) => new Int16Array(s * rate);
  const e = new LiveTurnEndpointer();
  assert.deepEqual(e.push(silence(1)), []);
  const opened = e.push(tone(2));
  assert.equal(opened[0]!.kind, 'open');
  const open = opened[0] as Extract<(typeof opened)[number], { kind: 'open' }>;
  assert.ok(Math.abs(open.start - 0.76) < 0.05, String(open.start));
  assert.ok(opened.slice(1).every((x) => x.kind === 'audio'));
  assert.equal(e.openTurnStart, open.start);
  const closing = e.push(silence(1));
  const close = closing.find((x) => x.kind === 'close');
  assert.ok(close && close.kind === 'close' && close.keep);
  assert.ok(Math.abs(close.start + close.speechSeconds - 3.15) < 0.05, String(close.start + close.speechSeconds));
  assert.equal(e.openTurnStart, null);
  const click = e.push(Int16Array.from([...tone(0.1), ...silence(1)])).find((x) => x.kind === 'close');
  assert.ok(click && click.kind === 'close' && !click.keep, 'a 0.1 s click is not kept');
  e.push(tone(1));
  const last = e.flush();
  assert.equal(last.length, 1, 'the last turn is flushed');
  assert.ok(last[0]!.kind === 'close' && last[0]!.keep);
});
