import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { createPocketsphinxEngine } from '@callcov/pipeline';
import type { CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';
import { makeCalls } from '../../pipeline/test/fixtures.ts';
import { startReceiver } from '../../../test/support/testReceiver.ts';
import { startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';

const FORMATS = ['wav-ulaw-8k', 'wav-alaw-8k', 'wav-pcm-48k', 'mp3', 'flac', 'opus', 'm4a', 'webm'];
const avail = await createPocketsphinxEngine().available();

/** Every scripted turn has a segment of the same speaker within 0.5 s of its start. */
function assertTurns(analysis: any, script: CallScript) {
  for (const t of script.turns) {
    const seg = analysis.transcript.segments.find((s: any) => Math.abs(s.start - t.start) <= 0.5);
    assert.ok(seg, `no segment within 0.5 s of the ${t.speaker} turn at ${t.start}`);
    assert.equal(seg.speaker, t.speaker);
  }
}

describe('audio end to end through the API (real ffmpeg, real pocketsphinx)', { skip: avail.ok ? false : `SKIPPED: pocketsphinx unavailable here: ${avail.reason}` }, () => {
  let s: TestServer;
  let script: CallScript;
  let cleanup = async () => {};
  let files: Server;
  let filesUrl = '';
  before(async () => {
    s = await startTestServer('sqlite', { env: { CALLCOV_WORKER_CONCURRENCY: '2' } });
    ({ script, cleanup } = await makeCalls('card-replacement', FORMATS));
    files = createServer(async (req, res) => {
      const name = decodeURIComponent((req.url ?? '').slice(1));
      const path = Object.values(script.files).find((f) => basename(f) === name);
      if (!path) {
        res.statusCode = 404;
        return res.end('no such file');
      }
      // a misleading Content-Type: the format is sniffed from the bytes
      res.setHeader('content-type', 'application/octet-stream');
      res.end(await readFile(path));
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  after(async () => {
    files.close();
    await cleanup();
    await s.stop();
  });

  const finished = (id: string) =>
    waitFor(async () => {
      const g = (await s.api(`/api/v1/analysis/${id}`)).body;
      return g.status === 'completed' || g.status === 'failed' ? g : null;
    }, 120000, `analysis ${id}`);

  test(`uploads in ${FORMATS.length} formats: metadata from the real file, channel split, speaker turns on the script's times`, async () => {
    const submitted: Array<[string, string]> = [];
    for (const format of FORMATS) {
      const form = new FormData();
      form.set('agent_id', 'agent_audio');
      form.set('language', 'en');
      form.set('audio', new Blob([await readFile(script.files[format]!)]), basename(script.files[format]!));
      const r = await s.api('/api/v1/analysis', { method: 'POST', body: form });
      assert.equal(r.status, 202, r.text);
      submitted.push([format, r.body.id]);
    }
    // while the first call is transcribed, the analysis reports processing progress between 0 and 1
    const seen: number[] = [];
    await waitFor(async () => {
      const g = (await s.api(`/api/v1/analysis/${submitted[0]![1]}`)).body;
      if (g.status === 'processing' && typeof g.progress === 'number') seen.push(g.progress);
      return g.status === 'completed' || g.status === 'failed';
    }, 120000, 'first analysis');
    assert.ok(seen.length > 0 && seen.every((p) => p >= 0 && p <= 1), `progress seen: ${seen}`);
    for (const [format, id] of submitted) {
      const a = await finished(id);
      assert.equal(a.status, 'completed', `${format}: ${a.error_message}`);
      assert.ok(Math.abs(a.audio.duration_seconds - script.duration_seconds) <= 0.1, `${format}: duration ${a.audio.duration_seconds} vs ${script.duration_seconds}`);
      assert.equal(a.audio.channels, 2, format);
      assert.ok(a.audio.sample_rate >= 8000, format);
      assertTurns(a, script);
      assert.ok(a.results.quality.metrics.talk_time.agent_seconds > 0, format);
      assert.ok(a.results.compliance.checks.length > 0, format);
    }
  });

  test('audio_url fetched from an HTTP server, sniffed by content; the webhook arrives when done', async () => {
    const receiver = await startReceiver();
    try {
      const r = await s.api('/api/v1/analysis', {
        method: 'POST',
        json: { audio_url: `${filesUrl}/${basename(script.files['mp3']!)}`, webhook_url: `${receiver.url}/hook`, channels: { agent: 1, customer: 0 } },
      });
      const a = await finished(r.body.id);
      assert.equal(a.status, 'completed', a.error_message);
      assert.equal(a.audio.format, 'mp3');
      assert.equal(a.audio.url, `${filesUrl}/${basename(script.files['mp3']!)}`);
      assert.equal(a.transcript.segments[0].speaker, 'Customer', 'channels mapping swapped the labels');
      await waitFor(async () => receiver.requests.find((q) => q.body.includes(r.body.id)), 10000, 'webhook');
    } finally {
      await receiver.close();
    }
  });

  test('failures become failed analyses with a precise error_code', async () => {
    const cases: Array<[string, object, string]> = [
      ['404', { audio_url: `${filesUrl}/missing.wav` }, 'audio_fetch_failed'],
      ['connection refused', { audio_url: 'http://127.0.0.1:1/x.wav' }, 'audio_fetch_failed'],
    ];
    for (const [name, json, code] of cases) {
      const r = await s.api('/api/v1/analysis', { method: 'POST', json });
      const a = await finished(r.body.id);
      assert.equal(a.status, 'failed', name);
      assert.equal(a.error_code, code, `${name}: ${a.error_message}`);
    }
    const truncated = (await readFile(script.files['flac']!)).subarray(0, 300);
    const form = new FormData();
    form.set('audio', new Blob([truncated]), 'cut.flac');
    const t = await s.api('/api/v1/analysis', { method: 'POST', body: form });
    const a = await finished(t.body.id);
    assert.equal(a.status, 'failed');
    assert.match(a.error_code, /corrupt_audio|silent_audio|not_audio/);
    assert.equal(typeof a.error_message, 'string');
  });
});
