import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPocketsphinxEngine, transcribeCall, type CallTranscript } from '../src/index.ts';
import { normaliseText, type CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';
import { makeCalls, wordErrorRate } from './fixtures.ts';

const engine = createPocketsphinxEngine();
const avail = await engine.available();

/** Each scripted turn is matched by a segment of the same speaker starting within 0.5 s. */
function assertTurnsMatch(result: CallTranscript, script: CallScript): void {
  for (const t of script.turns) {
    const seg = result.segments.find((s) => Math.abs(s.start - t.start) <= 0.5);
    assert.ok(seg, `no segment starts within 0.5 s of the ${t.speaker} turn at ${t.start}: ${JSON.stringify(result.segments.map((s) => [s.speaker, s.start]))}`);
    assert.equal(seg.speaker, t.speaker, `turn at ${t.start}`);
    assert.ok(Math.abs(seg.end - t.end) <= 0.5, `segment end ${seg.end} vs script ${t.end}`);
  }
  const hyp = normaliseText(result.segments.map((s) => s.text).join(' '));
  const wer = wordErrorRate(script.reference_text, hyp);
  assert.ok(wer <= 0.35, `WER ${wer.toFixed(2)}: ${hyp}`);
  for (const s of result.segments) {
    assert.ok(s.words.length > 0 && s.confidence >= 0 && s.confidence <= 1);
    for (const w of s.words) assert.ok(w.start >= s.start && w.end <= s.end + 1e-9 && w.start <= w.end);
  }
}

describe('transcribeCall with pocketsphinx (real ffmpeg + real ASR)', { skip: avail.ok ? false : `pocketsphinx unavailable: ${avail.reason}` }, () => {
  let script: CallScript;
  let cleanup = async () => {};
  before(async () => ({ script, cleanup } = await makeCalls('card-replacement', ['wav-ulaw-8k', 'mp3', 'wav-pcm-16k-mono'])));
  after(() => cleanup());

  test('stereo 8 kHz µ-law WAV: channel split gives Agent/Customer turns at the scripted times', async () => {
    const tempDir = await mkdtemp(join(tmpdir(), 'callcov-tc-'));
    const progress: number[] = [];
    try {
      const r = await transcribeCall({ filePath: script.files['wav-ulaw-8k'], language: 'en', engine, tempDir, onProgress: (f) => progress.push(f) });
      assert.deepEqual({ ...r.audio, duration_seconds: undefined }, { duration_seconds: undefined, format: 'wav', channels: 2, sample_rate: 8000, codec: 'pcm_mulaw' });
      assert.ok(Math.abs(r.audio.duration_seconds - script.duration_seconds) <= 0.1);
      assert.equal(r.speaker_method, 'channels');
      assert.equal(r.language, 'en');
      assertTurnsMatch(r, script);
      // silences come from the audio: the gap between the first agent turn and the customer's reply
      const gap = { start: script.turns[0].end, end: script.turns[1].start };
      assert.ok(r.silences.some((s) => Math.abs(s.start - gap.start) <= 0.3 && Math.abs(s.end - gap.end) <= 0.3), JSON.stringify(r.silences));
      assert.ok(progress.length >= 3 && progress.every((p, i) => i === 0 || p >= progress[i - 1]), `progress ${progress}`);
      assert.equal(progress[progress.length - 1], 1);
      assert.deepEqual(await readdir(tempDir), [], 'temporary files removed');
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
  });

  test('agent on channel 1: the channels mapping swaps the labels', async () => {
    const r = await transcribeCall({ filePath: script.files['mp3'], language: 'en', engine, channels: { agent: 1, customer: 0 } });
    const first = r.segments[0];
    assert.equal(first.speaker, 'Customer');
    assert.ok(Math.abs(first.start - script.turns[0].start) <= 0.5);
  });

  test('mono 16 kHz WAV: voice-turn segmentation; the greeting voice is labelled Agent', async () => {
    const r = await transcribeCall({ filePath: script.files['wav-pcm-16k-mono'], language: 'en', engine });
    assert.equal(r.speaker_method, 'voice_turns');
    assert.equal(r.audio.channels, 1);
    assertTurnsMatch(r, script);
  });

  test('Spanish with the English-only pocketsphinx engine is asr_unavailable', async () => {
    await assert.rejects(transcribeCall({ filePath: script.files['mp3'], language: 'es', engine }), { code: 'asr_unavailable' });
  });
});
