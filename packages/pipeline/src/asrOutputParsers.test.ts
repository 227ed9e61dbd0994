import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLastCmn, parsePocketsphinx5Json, parsePocketsphinxTimes } from './pocketsphinxEngine.ts';
import { parseWhisperCppJson } from './whisperCppEngine.ts';
import { parseVerboseJson } from './openaiAsrEngine.ts';
import { readWavDeclared } from './wavHeaderCheck.ts';
import { wavHeader } from './wavFileWriter.ts';

test('pocketsphinx -time yes output: fillers and alternate-pronunciation marks removed', () => {
  const out = 'thank you and\n<s> 0.090 0.160 0.998900\nthank 0.170 0.520 0.629989\n<sil> 2.740 2.820 0.352988\nyou 0.530 0.650 0.987083\nand(2) 12.850 12.990 0.591697\n[NOISE] 13.0 13.1 0.5\n</s> 5.630 5.750 1.000000\n';
  assert.deepEqual(parsePocketsphinxTimes(out), [
    { word: 'thank', start: 0.17, end: 0.52, confidence: 0.629989 },
    { word: 'you', start: 0.53, end: 0.65, confidence: 0.987083 },
    { word: 'and', start: 12.85, end: 12.99, confidence: 0.591697 },
  ]);
  assert.equal(parseLastCmn('INFO: cmn_live.c(138): Update to   < 52.21 28.83 -24.21 >\nINFO: x\nINFO: cmn_live.c(105): Update to   < 52.67 28.93 -25.72 >'), '52.67,28.93,-25.72');
  assert.equal(parseLastCmn('nothing'), null);
});

test('pocketsphinx 5.0 `single` JSON output', () => {
  const out = '{"b":0.000,"d":1.230,"p":0.981,"t":"hello world","w":[{"b":0.000,"d":0.100,"p":1.000,"t":"<sil>"},{"b":0.100,"d":0.500,"p":0.990,"t":"hello"},{"b":0.600,"d":0.630,"p":0.970,"t":"world(2)"}]}\n';
  assert.deepEqual(parsePocketsphinx5Json(out), [{ word: 'hello', start: 0.1, end: 0.6, confidence: 0.99 }, { word: 'world', start: 0.6, end: 1.23, confidence: 0.97 }]);
});

test('whisper.cpp -ojf -ml 1 output', () => {
  const r = parseWhisperCppJson({
    result: { language: 'es' },
    transcription: [
      { offsets: { from: 0, to: 320 }, text: ' Hola', tokens: [{ text: '[_BEG_]', p: 0.5 }, { text: ' Hola', p: 0.9 }] },
      { offsets: { from: 320, to: 400 }, text: ' [MUSIC]', tokens: [] },
      { offsets: { from: 400, to: 900 }, text: ' gracias', tokens: [{ text: ' grac', p: 0.8 }, { text: 'ias', p: 0.6 }] },
    ],
  });
  assert.equal(r.language, 'es');
  assert.deepEqual(r.words.map((w) => [w.word, w.start, w.end, Math.round(w.confidence * 100)]), [['Hola', 0, 0.32, 90], ['gracias', 0.4, 0.9, 70]]);
});

test('OpenAI verbose_json: language names mapped, confidence from the segment', () => {
  const r = parseVerboseJson({ language: 'spanish', words: [{ word: ' hola', start: 0.1, end: 0.4 }], segments: [{ start: 0, end: 1, avg_logprob: Math.log(0.8) }] }, 'auto');
  assert.deepEqual(r, { language: 'es', words: [{ word: 'hola', start: 0.1, end: 0.4, confidence: 0.8 }] });
});

test('WAV header promise is read (for truncation checks)', () => {
  assert.deepEqual(readWavDeclared(new Uint8Array(wavHeader(8000, 2, 32000))), { dataOffset: 44, dataBytes: 32000, byteRate: 32000 });
  assert.equal(readWavDeclared(new Uint8Array(wavHeader(8000, 1, 0))), null, 'streamed WAV with unknown length');
  assert.equal(readWavDeclared(new Uint8Array([1, 2, 3])), null);
});
