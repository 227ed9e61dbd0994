import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createWhisperCppEngine, transcribeCall } from '../src/index.ts';
import { normaliseText, type CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';
import { makeCalls, wordErrorRate } from './fixtures.ts';

// Runs only where an operator model is present: CALLCOV_WHISPER_MODEL=/path/ggml-*.bin and whisper-cli on PATH (or CALLCOV_WHISPER_BIN).
const engine = createWhisperCppEngine();
const avail = await engine.available();
const skip = avail.ok ? false : `SKIPPED: whisper.cpp not available here (${avail.reason})`;
if (skip) console.log(`# whisper engine test ${skip}`);

describe('whisper.cpp engine with the operator model (EN, ES, auto-detect)', () => {
  let en: CallScript;
  let es: CallScript;
  const cleanups: Array<() => Promise<void>> = [];
  before(async () => {
    if (skip) return;
    const a = await makeCalls('card-replacement', ['wav-pcm-16k']);
    const b = await makeCalls('tarjeta-bloqueada', ['wav-pcm-16k']);
    en = a.script; es = b.script; cleanups.push(a.cleanup, b.cleanup);
  });
  after(async () => { for (const c of cleanups) await c(); });

  test('English call: words with timings, speakers by channel', { skip }, async () => {
    const r = await transcribeCall({ filePath: en.files['wav-pcm-16k'], language: 'en', engine });
    assert.equal(r.segments[0].speaker, 'Agent');
    assert.ok(wordErrorRate(en.reference_text, normaliseText(r.segments.map((s) => s.text).join(' '))) < 0.3);
  });

  test('Spanish call with auto-detect reports es', { skip }, async () => {
    const r = await transcribeCall({ filePath: es.files['wav-pcm-16k'], language: 'auto', engine });
    assert.equal(r.language, 'es');
    assert.ok(r.segments.length >= 3);
  });
});
