import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor } from '../../../test/support/testServer.ts';

describe('webhook endpoints that keep failing', () => {
  test('an endpoint failing for 5 days is disabled and the other endpoints get endpoint.disabled', async () => {
    const s = await startTestServer('sqlite', { env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.2' } });
    const broken = await startReceiver((_r, res) => {
      res.statusCode = 503;
      res.end('down');
    });
    const healthy = await startReceiver();
    try {
      const mk = (json: object) => s.api('/api/v1/webhook_endpoints', { method: 'POST', json });
      const bad = (await mk({ url: `${broken.url}/hook` })).body;
      const good = (await mk({ url: `${healthy.url}/hook`, events: ['endpoint.disabled'] })).body;
      // the endpoint has been failing since 6 days ago (as if every delivery since then failed)
      await s.db.database.db.updateTable('webhook_endpoints').set({ failing_since: Date.now() - 6 * 86400e3 }).where('id', '=', bad.id).execute();
      await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      const notice = await waitFor(async () => healthy.requests.find((r) => r.headers['x-callcov-event'] === 'endpoint.disabled'), 10000, 'endpoint.disabled event');
      const event = JSON.parse(notice.body);
      assert.equal(event.type, 'endpoint.disabled');
      assert.equal(event.data.id, bad.id);
      const after = (await s.api(`/api/v1/webhook_endpoints/${bad.id}`)).body;
      assert.equal(after.enabled, false);
      assert.match(after.disabled_reason, /5 days/);
      assert.equal((await s.api(`/api/v1/webhook_endpoints/${good.id}`)).body.enabled, true);
      const reenabled = (await s.api(`/api/v1/webhook_endpoints/${bad.id}`, { method: 'PATCH', json: { enabled: true } })).body;
      assert.equal(reenabled.enabled, true);
      assert.equal(reenabled.failing_since, null, 're-enabling starts a new failure window');
    } finally {
      await broken.close();
      await healthy.close();
      await s.stop();
    }
  });

  test('a recent failure does not disable the endpoint; a success clears the failure window', async () => {
    let fail = true;
    const s = await startTestServer('sqlite', { env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.2' } });
    const flaky = await startReceiver((_r, res) => {
      res.statusCode = fail ? 500 : 200;
      res.end();
    });
    try {
      const ep = (await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${flaky.url}/hook` } })).body;
      await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      const failing = await waitFor(async () => {
        const e = (await s.api(`/api/v1/webhook_endpoints/${ep.id}`)).body;
        return e.failing_since !== null ? e : null;
      });
      assert.equal(failing.enabled, true);
      fail = false;
      await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      await waitFor(async () => (await s.api(`/api/v1/webhook_endpoints/${ep.id}`)).body.failing_since === null, 10000, 'failure window cleared');
    } finally {
      await flaky.close();
      await s.stop();
    }
  });
});

describe('outbound safety through the API', () => {
  test('production refuses loopback webhook and audio URLs with a clear error; development allows them', async () => {
    const receiver = await startReceiver();
    const prod = await startTestServer('sqlite', { env: { CALLCOV_ENV: 'production', CALLCOV_ENCRYPTION_KEY: 'cd'.repeat(32), CALLCOV_WEBHOOK_RETRY_SCHEDULE: '60' } });
    try {
      try {
        await t1();
      } finally {
        await prod.stop();
      }
      const dev = await startTestServer('sqlite');
      try {
        await dev.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, webhook_url: `${receiver.url}/hook` } });
        await waitFor(async () => receiver.requests.length === 1, 10000, 'delivery in development');
      } finally {
        await dev.stop();
      }
    } finally {
      await receiver.close();
    }
    async function t1() {
      const a = await prod.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, webhook_url: `${receiver.url}/hook` } });
      const attempt = await waitFor(async () => (await prod.api(`/api/v1/analysis/${a.body.id}/deliveries`)).body.data[0]?.attempts?.[0], 10000);
      assert.equal(attempt.error_class, 'blocked_address');
      assert.match(attempt.error_message, /127\.0\.0\.1.*loopback.*not allowed in production/);
      const b = await prod.api('/api/v1/analysis', { method: 'POST', json: { audio_url: `http://localhost:${receiver.port}/call.wav` } });
      const failed = await waitFor(async () => {
        const g = (await prod.api(`/api/v1/analysis/${b.body.id}`)).body;
        return g.status === 'failed' ? g : null;
      }, 10000);
      assert.equal(failed.error_code, 'audio_url_blocked');
      assert.match(failed.error_message, /audio_url host localhost resolves to 127\.0\.0\.1 \(loopback\), which is not allowed in production/);
      assert.equal(receiver.requests.length, 0, 'nothing reached the private address');
      const live = await prod.newKey('live-co', 'live');
      const httpLive = await prod.api('/api/v1/analysis', { key: live.key, method: 'POST', json: { transcript: sampleTranscript, webhook_url: 'http://example.com/hook' } });
      assert.equal(httpLive.status, 400);
      assert.equal(httpLive.body.error.param, 'webhook_url');
    }
  });
});

describe('dispatcher concurrency', () => {
  test('a receiver that never answers does not hold up deliveries to others (per-host limit)', async () => {
    const s = await startTestServer('sqlite', {
      env: { CALLCOV_DISPATCHER_CONCURRENCY: '8', CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST: '3', CALLCOV_WEBHOOK_TIMEOUT_MS: '20000', CALLCOV_WEBHOOK_RETRY_SCHEDULE: '60' },
    });
    const hanging = await startReceiver(() => {});
    const fast = await startReceiver();
    try {
      // the hanging receiver is reached as "localhost", the fast one as 127.0.0.1: two hosts
      for (let i = 0; i < 10; i++) await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, webhook_url: `http://localhost:${hanging.port}/slow` } });
      await waitFor(async () => hanging.requests.length >= 3, 10000, 'the slow host to take its slots');
      const started = Date.now();
      for (let i = 0; i < 10; i++) await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, webhook_url: `${fast.url}/fast` } });
      await waitFor(async () => fast.requests.length === 10, 10000, 'deliveries to the fast host');
      console.log(`# 10 deliveries to a fast host took ${Date.now() - started} ms while another host hung (${hanging.requests.length} requests in flight there, limit 3)`);
      assert.ok(hanging.requests.length <= 3, 'never more than the per-host limit in flight to one host');
    } finally {
      await hanging.close();
      await fast.close();
      await s.stop();
    }
  });
});
