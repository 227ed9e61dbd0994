import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AudioPipelineError, createPocketsphinxEngine, probeAudio, transcribeCall } from '../src/index.ts';
import type { CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';
import { makeCalls } from './fixtures.ts';

const exec = promisify(execFile);
const engine = createPocketsphinxEngine();

describe('input failures become coded AudioPipelineErrors and leave no temp files', () => {
  let script: CallScript;
  let dir = '';
  let tempDir = '';
  let cleanup = async () => {};
  before(async () => {
    ({ dir, script, cleanup } = await makeCalls('card-replacement', ['wav-pcm-16k', 'flac']));
    tempDir = await mkdtemp(join(tmpdir(), 'callcov-fail-'));
  });
  after(async () => {
    assert.deepEqual(await readdir(tempDir), [], 'no temporary files left behind');
    await rm(tempDir, { recursive: true, force: true });
    await cleanup();
  });

  const run = (filePath: string, extra: Partial<Parameters<typeof transcribeCall>[0]> = {}) =>
    transcribeCall({ filePath, language: 'en', engine, tempDir, ...extra });
  const expectError = async (p: Promise<unknown>, code: string, message?: RegExp) => {
    await assert.rejects(p, (err: unknown) => {
      assert.ok(err instanceof AudioPipelineError, `not an AudioPipelineError: ${err}`);
      assert.equal(err.code, code, err.message);
      if (message) assert.match(err.message, message);
      return true;
    });
  };

  test('an HTML page saved as .wav is not_audio (detected text/html)', async () => {
    const p = join(dir, 'page.wav');
    await writeFile(p, '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not found</body></html>\n');
    await expectError(run(p), 'not_audio', /^file is not audio \(detected text\/html\)$/);
  });

  test('JSON and PDF are named too', async () => {
    const j = join(dir, 'x.mp3');
    await writeFile(j, '{"error": "nope"}');
    await expectError(probeAudio(j), 'not_audio', /application\/json/);
    const pdf = join(dir, 'x.flac');
    await writeFile(pdf, '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj');
    await expectError(probeAudio(pdf), 'not_audio', /application\/pdf/);
  });

  test('a zero-length file is not_audio', async () => {
    const p = join(dir, 'empty.wav');
    await writeFile(p, '');
    await expectError(run(p), 'not_audio', /empty/);
  });

  test('a WAV truncated to half its length is corrupt_audio (header promises more than decodes)', async () => {
    const full = await readFile(script.files['wav-pcm-16k']);
    const p = join(dir, 'half.wav');
    await writeFile(p, full.subarray(0, Math.floor(full.length / 2)));
    await expectError(run(p), 'corrupt_audio', /truncated/);
  });

  test('a FLAC truncated mid-stream and one cut inside its header are corrupt_audio', async () => {
    const full = await readFile(script.files['flac']);
    const mid = join(dir, 'mid.flac');
    await writeFile(mid, full.subarray(0, Math.floor(full.length / 3)));
    await expectError(run(mid), 'corrupt_audio', /truncated/);
    const head = join(dir, 'head.flac');
    await writeFile(head, full.subarray(0, 30));
    await expectError(run(head), 'corrupt_audio');
  });

  test('a silent recording is silent_audio', async () => {
    const p = join(dir, 'silent.wav');
    await exec('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=stereo', '-t', '10', '-c:a', 'pcm_mulaw', p]);
    await expectError(run(p), 'silent_audio', /silent/);
  });

  test('a call longer than the configured limit is audio_too_long', async () => {
    await expectError(run(script.files['wav-pcm-16k'], { maxDurationSeconds: 5 }), 'audio_too_long', /^audio longer than the 5 s limit/);
  });

  test('a file over the byte limit is audio_too_large', async () => {
    await expectError(run(script.files['flac'], { maxBytes: 10_000 }), 'audio_too_large', /larger than/);
  });

  test('a WAV with an unknown codec tag is unsupported_codec', async () => {
    const data = Buffer.alloc(16000, 1);
    const fmt = Buffer.alloc(16);
    fmt.writeUInt16LE(0x1234, 0); fmt.writeUInt16LE(1, 2); fmt.writeUInt32LE(8000, 4); fmt.writeUInt32LE(16000, 8); fmt.writeUInt16LE(2, 12); fmt.writeUInt16LE(16, 14);
    const body = Buffer.concat([Buffer.from('WAVEfmt '), Buffer.from([16, 0, 0, 0]), fmt, Buffer.from('data'), Buffer.from([0x80, 0x3e, 0, 0]), data]);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(body.length);
    const p = join(dir, 'odd.wav');
    await writeFile(p, Buffer.concat([Buffer.from('RIFF'), size, body]));
    await expectError(run(p), 'unsupported_codec');
  });

  test('a missing recogniser is asr_unavailable', async () => {
    const missing = createPocketsphinxEngine({ bin: '/nonexistent/pocketsphinx_continuous' });
    await expectError(run(script.files['flac'], { engine: missing }), 'asr_unavailable', /not found/);
  });

  test('a recogniser whose model file is missing is asr_unavailable, naming the file', async () => {
    const noModel = createPocketsphinxEngine({ dict: join(dir, 'no-such.dict') });
    await expectError(run(script.files['flac'], { engine: noModel }), 'asr_unavailable', /no-such\.dict is missing/);
  });

  test('a successful availability check is made once per process, not once per call', async () => {
    const first = createPocketsphinxEngine().available();
    assert.equal(createPocketsphinxEngine().available(), first, 'the same check is shared');
    assert.equal(typeof (await first).ok, 'boolean');
  });

  test('a channel mapping outside the file is invalid_channels', async () => {
    await expectError(run(script.files['flac'], { channels: { agent: 0, customer: 3 } }), 'invalid_channels', /channels\.customer/);
  });
});
