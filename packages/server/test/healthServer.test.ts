import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer } from '../../../test/support/testServer.ts';
import { freePort } from '../../../bench/cluster.ts';

test('a worker with CALLCOV_HEALTH_PORT serves /healthz, /readyz and /metrics (for probes and scraping), and nothing else', async () => {
  const port = await freePort();
  const s = await startTestServer('sqlite', { role: 'worker', env: { CALLCOV_HEALTH_PORT: String(port) } });
  try {
    assert.equal(s.running.app, null, 'no API in a worker');
    const base = s.running.healthUrl;
    assert.equal(base, `http://127.0.0.1:${port}`);
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { status: string }).status, 'ready');
    const metrics = await fetch(`${base}/metrics`);
    assert.equal(metrics.status, 200);
    const text = await metrics.text();
    assert.match(text, /^# TYPE callcov_queue_jobs gauge$/m);
    assert.match(text, /role="worker"/);
    assert.equal((await fetch(`${base}/api/v1/analysis`)).status, 404);
  } finally {
    await s.stop();
  }
});

test('without CALLCOV_HEALTH_PORT a worker opens no port', async () => {
  const s = await startTestServer('sqlite', { role: 'worker' });
  try {
    assert.equal(s.running.healthUrl, null);
  } finally {
    await s.stop();
  }
});
