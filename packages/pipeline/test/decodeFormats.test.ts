import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeChannels, probeAudio, sniffAudioFormat } from '../src/index.ts';
import { readFile } from 'node:fs/promises';
import { CALL_FORMATS, type CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';
import { makeCalls } from './fixtures.ts';

const expectedFormat: Record<string, string> = { wav: 'wav', mp3: 'mp3', flac: 'flac', ogg: 'ogg', m4a: 'm4a', webm: 'webm' };

describe('every supported format decodes with the right duration, channels and speech regions', () => {
  let dir = '';
  let script: CallScript;
  let cleanup = async () => {};
  before(async () => ({ dir, script, cleanup } = await makeCalls('card-replacement', Object.keys(CALL_FORMATS))));
  after(() => cleanup());

  for (const [variant, f] of Object.entries(CALL_FORMATS)) {
    test(`${variant}: probe, sniff, streaming decode, channel split`, async () => {
      const path = script.files[variant];
      const head = (await readFile(path)).subarray(0, 64);
      assert.equal(sniffAudioFormat(head), expectedFormat[f.ext]);
      const info = await probeAudio(path);
      assert.equal(info.channels, f.channels);
      assert.equal(info.format, expectedFormat[f.ext]);
      const work = await mkdtemp(join(tmpdir(), 'callcov-decode-test-'));
      try {
        const stereo = f.channels === 2;
        const d = await decodeChannels(path, { sourceChannels: stereo ? [0, 1] : [0], downmix: !stereo, tempDir: work, maxDurationSeconds: 3600 });
        assert.ok(Math.abs(d.durationSeconds - script.duration_seconds) <= 0.1, `decoded ${d.durationSeconds} s vs script ${script.duration_seconds} s`);
        if (info.duration_seconds !== null) assert.ok(Math.abs(info.duration_seconds - script.duration_seconds) <= 0.1, `probed ${info.duration_seconds} s`);
        assert.equal(d.channels.length, stereo ? 2 : 1);
        const tracks = stereo ? [['Agent', d.channels[0]], ['Customer', d.channels[1]]] as const : [['Both', d.channels[0]]] as const;
        for (const [role, ch] of tracks) {
          const turns = script.turns.filter((t) => role === 'Both' || t.speaker === role);
          // every scripted turn starts a speech region (within 0.3 s) on its channel, and no region starts elsewhere
          for (const t of turns) assert.ok(ch.vad.speech.some((r) => Math.abs(r.start - t.start) <= 0.3), `${role} turn at ${t.start} not found in ${JSON.stringify(ch.vad.speech)}`);
          for (const r of ch.vad.speech) assert.ok(turns.some((t) => r.start >= t.start - 0.3 && r.start <= t.end), `${role} speech at ${r.start} outside the script`);
        }
      } finally {
        await rm(work, { recursive: true, force: true });
      }
      assert.deepEqual(await readdir(work).catch(() => 'gone'), 'gone');
    });
  }
});

describe('decoding stops when its signal aborts (a worker shutting down)', () => {
  test('decodeChannels rejects with the abort reason, before or during decoding, and leaves no unhandled rejection', async () => {
    const { script, cleanup } = await makeCalls('card-replacement', ['wav-pcm-16k']);
    const work = await mkdtemp(join(tmpdir(), 'callcov-decode-abort-'));
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const reason = new Error('shutting down');
      const opts = { sourceChannels: [0], downmix: true, tempDir: work, maxDurationSeconds: 3600 };
      await assert.rejects(decodeChannels(script.files['wav-pcm-16k']!, { ...opts, signal: AbortSignal.abort(reason) }), (e) => e === reason);
      const ac = new AbortController();
      const during = decodeChannels(script.files['wav-pcm-16k']!, { ...opts, signal: ac.signal });
      setTimeout(() => ac.abort(reason), 1); // ffmpeg has just been started
      await assert.rejects(during, (e) => e === reason);
      await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await rm(work, { recursive: true, force: true });
      await cleanup();
    }
  });
});
