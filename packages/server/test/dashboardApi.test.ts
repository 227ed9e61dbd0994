// The JSON endpoints the dashboard uses: per-agent statistics, stored recordings with Range, API keys, endpoint test events.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';

const execFileAsync = promisify(execFile);

for (const backend of BACKENDS) {
  describe(`dashboard API on ${backend}`, () => {
    let s: TestServer;
    let tmp: string;
    before(async () => {
      s = await startTestServer(backend);
      tmp = await mkdtemp(join(tmpdir(), 'callcov-dashapi-'));
    });
    after(async () => {
      await s.stop();
      await rm(tmp, { recursive: true, force: true });
    });

    test('GET /api/v1/agents aggregates per agent, per account and mode', async () => {
      for (const agent of ['agent_a', 'agent_a', 'agent_b']) {
        const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: agent } });
        assert.equal(r.status, 202);
      }
      const other = await s.newKey('someone-else');
      await s.api('/api/v1/analysis', { method: 'POST', key: other.key, json: { transcript: sampleTranscript, agent_id: 'agent_z' } });
      await waitFor(async () => (await s.api('/api/v1/analysis?status=completed')).body.data.length === 3, 15000, 'completion');
      const res = await s.api('/api/v1/agents');
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.data.map((a: any) => [a.agent_id, a.calls, a.completed]), [['agent_a', 2, 2], ['agent_b', 1, 1]]);
      const a = res.body.data[0];
      assert.equal(a.trend.length, 1);
      assert.equal(a.trend[0].calls, 2);
      assert.equal(typeof a.avg_customer_sentiment, 'number');
      assert.equal(a.avg_duration_seconds, null, 'transcript calls have no audio duration');
      const none = await s.api(`/api/v1/agents?created_gte=${Math.floor(Date.now() / 1000) + 3600}`);
      assert.deepEqual(none.body.data, []);
      assert.equal((await s.api('/api/v1/agents?created_gte=abc')).status, 400);
      assert.equal((await s.api('/api/v1/agents', { key: null })).status, 401);
    });

    test('GET /api/v1/analysis/:id/audio streams the uploaded file, with Range support', async () => {
      const wav = join(tmp, 'tone.wav');
      await execFileAsync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-ar', '8000', '-ac', '1', '-y', wav]);
      const bytes = await readFile(wav);
      const form = new FormData();
      form.set('audio', new Blob([bytes], { type: 'audio/wav' }), 'tone.wav');
      const up = await fetch(`${s.url}/api/v1/analysis`, { method: 'POST', headers: { 'x-api-key': s.key }, body: form });
      const id = ((await up.json()) as any).id as string;
      assert.equal(up.status, 202);

      const whole = await fetch(`${s.url}/api/v1/analysis/${id}/audio`, { headers: { 'x-api-key': s.key } });
      assert.equal(whole.status, 200);
      assert.equal(whole.headers.get('accept-ranges'), 'bytes');
      assert.equal(Number(whole.headers.get('content-length')), bytes.length);
      assert.deepEqual(Buffer.from(await whole.arrayBuffer()), bytes);

      const part = await fetch(`${s.url}/api/v1/analysis/${id}/audio`, { headers: { 'x-api-key': s.key, range: 'bytes=100-199' } });
      assert.equal(part.status, 206);
      assert.equal(part.headers.get('content-range'), `bytes 100-199/${bytes.length}`);
      assert.deepEqual(Buffer.from(await part.arrayBuffer()), bytes.subarray(100, 200));

      const tail = await fetch(`${s.url}/api/v1/analysis/${id}/audio`, { headers: { 'x-api-key': s.key, range: 'bytes=-10' } });
      assert.deepEqual(Buffer.from(await tail.arrayBuffer()), bytes.subarray(bytes.length - 10));

      const bad = await fetch(`${s.url}/api/v1/analysis/${id}/audio`, { headers: { 'x-api-key': s.key, range: `bytes=${bytes.length}-` } });
      assert.equal(bad.status, 416);
      assert.equal(bad.headers.get('content-range'), `bytes */${bytes.length}`);

      const other = await s.newKey('audio-stranger');
      assert.equal((await s.api(`/api/v1/analysis/${id}/audio`, { key: other.key })).status, 404, "another account's audio does not exist");
      const transcriptOnly = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      const none = await s.api(`/api/v1/analysis/${transcriptOnly.body.id}/audio`);
      assert.equal(none.status, 404);
      assert.equal(none.body.error.code, 'no_stored_audio');

      await s.api(`/api/v1/analysis/${id}`, { method: 'DELETE' });
      assert.equal((await s.api(`/api/v1/analysis/${id}/audio`)).status, 404, 'deleted with the analysis');
    });

    test('API keys: list (no hashes), create, revoke; scoped to account and mode', async () => {
      const list = await s.api('/api/v1/api_keys');
      assert.equal(list.status, 200);
      assert.equal(list.body.data.length, 1);
      assert.equal(list.body.data[0].current, true);
      assert.ok(!/key_hash|[0-9a-f]{64}/.test(list.text), 'no hashes in the answer');
      assert.ok(!list.text.includes(s.key), 'no clear keys in the list');

      const created = await s.api('/api/v1/api_keys', { method: 'POST' });
      assert.equal(created.status, 201);
      assert.match(created.body.key, /^sk_test_/);
      assert.equal(created.body.current, false);
      assert.equal((await s.api('/api/v1/analysis?limit=1', { key: created.body.key })).status, 200);
      const listed = await s.api('/api/v1/api_keys');
      assert.equal(listed.body.data.length, 2);
      assert.ok(!listed.text.includes(created.body.key));

      const live = await s.newKey('acme', 'live');
      assert.equal((await s.api('/api/v1/api_keys', { key: live.key })).body.data.length, 1, 'live keys list only live keys');
      assert.equal((await s.api(`/api/v1/api_keys/${created.body.id}`, { method: 'DELETE', key: live.key })).status, 404);

      const self = await s.api(`/api/v1/api_keys/${list.body.data[0].id}`, { method: 'DELETE' });
      assert.equal(self.status, 409);
      assert.equal(self.body.error.code, 'cannot_revoke_current_key');

      const revoked = await s.api(`/api/v1/api_keys/${created.body.id}`, { method: 'DELETE' });
      assert.equal(revoked.status, 200);
      assert.equal(typeof revoked.body.revoked_at, 'number');
      await waitFor(async () => (await s.api('/api/v1/analysis?limit=1', { key: created.body.key })).status === 401, 10000, 'revoked key refused');
    });

    test('POST /api/v1/webhook_endpoints/:id/test sends a signed sample event', async () => {
      const ep = await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${s.url}/echo/dash-api-${backend}` } });
      assert.equal(ep.status, 201, ep.text);
      const sent = await s.api(`/api/v1/webhook_endpoints/${ep.body.id}/test`, { method: 'POST' });
      assert.equal(sent.status, 202, sent.text);
      assert.equal(sent.body.endpoint_id, ep.body.id);
      assert.match(sent.body.webhook_id, /^msg_test_/);
      const received = await waitFor(async () => (await s.api(`/view/dash-api-${backend}.json`, { key: null })).body?.data?.[0], 20000, 'the echo service to receive it').catch(async (err) => {
        const log = await s.api('/api/v1/webhooks/deliveries?limit=5');
        throw new Error(`${err.message}; deliveries: ${log.text.slice(0, 2000)}`);
      });
      assert.equal(JSON.parse(received.body).metadata.test_event, true);
      assert.equal(received.headers['x-callcov-event'], 'analysis.completed');
      assert.equal(received.verification.x_callcov_signature, 'valid');
      assert.equal(received.verification.webhook_signature, 'valid');
      assert.equal((await s.api('/api/v1/webhook_endpoints/we_nope/test', { method: 'POST' })).status, 404);
    });
  });
}
