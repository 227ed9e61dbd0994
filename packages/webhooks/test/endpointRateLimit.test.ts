import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@callcov/core';
import { createApiKey } from '@callcov/services';
import { defaultFeatures, startCallCov, type RunningCallCov } from '@callcov/server';
import { endpointBurst, takeEndpointToken } from '@callcov/webhooks';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, waitFor } from '../../../test/support/testServer.ts';

const CLI = fileURLToPath(new URL('../../cli/src/main.ts', import.meta.url));
const PER_MINUTE = 300; // 5 a second, a bucket of 5
const TOTAL = 30;

/** The most arrivals seen in any window of `windowMs`. */
function maxInWindow(times: number[], windowMs: number): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < t.length; j++) {
    while (t[j]! - t[i]! >= windowMs) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

for (const backend of BACKENDS) {
  describe(`rate_limit_per_minute on ${backend}`, () => {
    test('the bucket in the database: a burst, then the rate; two takers share it', async () => {
      const t = await createTestDatabase(backend);
      try {
        const db = t.database.db;
        const now = 1_000_000;
        let taken = 0;
        for (let i = 0; i < 10; i++) if ((await takeEndpointToken(db, 'we_x', 60, now)) === 0) taken++;
        assert.equal(taken, endpointBurst(60), 'one second of the rate (at least 1) at once');
        assert.equal(await takeEndpointToken(db, 'we_x', 60, now + 500), 500, 'then the wait until the next token');
        assert.equal(await takeEndpointToken(db, 'we_x', 60, now + 1000), 0);
        // two connections (as two processes would) racing for one bucket never take more than it holds
        const other = t.reopen();
        try {
          const results = await Promise.all(Array.from({ length: 20 }, (_, i) => takeEndpointToken(i % 2 ? other.db : db, 'we_y', 600, now)));
          assert.equal(results.filter((r) => r === 0).length, endpointBurst(600));
        } finally {
          await other.close();
        }
      } finally {
        await t.cleanup();
      }
    });

    describe('two dispatcher processes at once', () => {
      let t: TestDatabase;
      let api: RunningCallCov;
      let worker: RunningCallCov;
      let rx: TestReceiver;
      const children: ChildProcess[] = [];
      const logs: string[] = ['', ''];
      before(async () => {
        t = await createTestDatabase(backend);
        const env = { CALLCOV_DATA_DIR: t.dataDir, CALLCOV_POLL_INTERVAL_MS: '20', CALLCOV_LEASE_MS: '5000', LOG_LEVEL: 'silent', PORT: '0', CALLCOV_RATE_LIMIT: '100000', CALLCOV_RATE_LIMIT_BURST: '100000' };
        const config = parseConfig(env);
        api = await startCallCov(config, 'api', defaultFeatures(config), { database: t.database });
        worker = await startCallCov(config, 'worker', defaultFeatures(config), { database: t.database });
        rx = await startReceiver();
        for (const i of [0, 1]) {
          const child = spawn(process.execPath, [CLI, 'serve', '--role', 'dispatcher'], {
            env: { ...process.env, ...env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'info' },
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          child.stdout!.on('data', (c: Buffer) => (logs[i] += String(c)));
          child.stderr!.on('data', (c: Buffer) => (logs[i] += String(c)));
          children.push(child);
        }
      });
      after(async () => {
        for (const c of children) {
          if (c.exitCode === null) {
            c.kill('SIGTERM');
            await once(c, 'exit');
          }
        }
        await rx.close();
        await worker.stop();
        await api.stop();
        await t.cleanup();
      });

      test(`${TOTAL} deliveries to an endpoint limited to ${PER_MINUTE}/min never exceed it, though both dispatchers deliver`, async () => {
        const key = await createApiKey(t.database, 'rl', 'test', Date.now());
        const call = (path: string, body: object) =>
          fetch(`${api.url}${path}`, { method: 'POST', headers: { 'x-api-key': key.key, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
        const ep = await call('/api/v1/webhook_endpoints', { url: `${rx.url}/limited`, rate_limit_per_minute: PER_MINUTE });
        assert.equal(ep.rate_limit_per_minute, PER_MINUTE);
        for (let i = 0; i < TOTAL; i++) await call('/api/v1/analysis', { transcript: sampleTranscript });
        await waitFor(async () => rx.requests.length >= TOTAL, 60000, 'every delivery');
        const times = rx.requests.map((r) => r.at);
        const span = (Math.max(...times) - Math.min(...times)) / 1000;
        const rate = PER_MINUTE / 60;
        const burst = endpointBurst(PER_MINUTE);
        const perSecond = maxInWindow(times, 1000);
        const perTwoSeconds = maxInWindow(times, 2000);
        const delivered = logs.map((l) => l.split('\n').filter((line) => line.includes('webhook delivered')).length);
        console.log(`# ${backend}: ${TOTAL} deliveries over ${span.toFixed(1)} s; most in any 1 s: ${perSecond}, in any 2 s: ${perTwoSeconds} (limit ${rate}/s, bucket ${burst}); by dispatcher: ${delivered.join(' + ')}`);
        assert.ok(span >= (TOTAL - burst) / rate - 0.5, `took ${span} s, at least ${(TOTAL - burst) / rate} s at ${rate}/s`);
        // The bucket is exact at the moment a token is taken (the first test). Between that moment and the request's
        // arrival lie a database write, signing and a connection, which on a loaded 2-core CI machine can hold a few
        // deliveries back for hundreds of ms and then release them together. The span above is the strict evidence of
        // the rate; the windows allow that jitter (3 arrivals) and still catch a bucket that is not shared, which lets
        // two dispatchers through at about twice the rate (~20 in a second, ~30 in two).
        const JITTER = 3;
        assert.ok(perSecond <= burst + rate + JITTER, `${perSecond} in one second`);
        assert.ok(perTwoSeconds <= burst + 2 * rate + JITTER, `${perTwoSeconds} in two seconds`);
        assert.ok(delivered[0]! > 0 && delivered[1]! > 0, `both dispatchers delivered (${delivered.join(', ')})`);
        assert.ok(delivered[0]! + delivered[1]! >= TOTAL - 2, 'the dispatchers logged (nearly) every delivery (a log line may be lost when a child is stopped)');
        // a deferred delivery is not an attempt: every one succeeded at its first attempt
        // the receiver has the last request a moment before the dispatcher records its attempt
        const rows = await waitFor(async () => {
          const r = await t.database.db.selectFrom('webhook_attempts').select(['attempt', 'succeeded']).execute();
          return r.length >= TOTAL ? r : null;
        }, 10000, 'every attempt recorded');
        assert.equal(rows.length, TOTAL);
        assert.ok(rows.every((r) => r.attempt === 1 && r.succeeded === 1));
      });
    });
  });
}
