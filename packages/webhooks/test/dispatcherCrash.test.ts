import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@callcov/core';
import { createApiKey } from '@callcov/services';
import { defaultFeatures, startCallCov, type RunningCallCov } from '@callcov/server';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, waitFor } from '../../../test/support/testServer.ts';

const CLI = fileURLToPath(new URL('../../cli/src/main.ts', import.meta.url));
const TOTAL = Number(process.env.CALLCOV_CRASH_TEST_ANALYSES ?? 300);
const KILLS = 8;

for (const backend of BACKENDS) {
  describe(`dispatcher crash test on ${backend}`, () => {
    let t: TestDatabase;
    let api: RunningCallCov;
    let receiver: TestReceiver;
    let child: ChildProcess | null = null;
    const env = (db: TestDatabase) => ({
      ...process.env,
      DATABASE_URL: db.databaseUrl,
      CALLCOV_DATA_DIR: db.dataDir,
      CALLCOV_POLL_INTERVAL_MS: '20',
      CALLCOV_LEASE_MS: '1000',
      CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.2,0.2,0.2,0.2,0.2',
      LOG_LEVEL: 'silent',
      PORT: '0',
      CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST: '8',
    });
    let childErrors = '';
    const startDispatcher = () => {
      child = spawn(process.execPath, [CLI, 'serve', '--role', 'dispatcher'], { env: env(t), stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.on('data', (c: Buffer) => {
        childErrors = (childErrors + String(c)).slice(-4000);
      });
    };

    before(async () => {
      t = await createTestDatabase(backend);
      const config = parseConfig({ ...env(t), DATABASE_URL: '', CALLCOV_RATE_LIMIT: '100000', CALLCOV_RATE_LIMIT_BURST: '100000' });
      // the API and the analysis worker run here; the dispatcher runs in a child process that we keep killing
      api = await startCallCov(config, 'api', defaultFeatures(config), { database: t.database });
      const worker = await startCallCov(config, 'worker', defaultFeatures(config), { database: t.database });
      const stopApi = api.stop;
      api.stop = async () => {
        await worker.stop();
        await stopApi();
      };
      // a slowish receiver keeps deliveries in flight when the kills land
      receiver = await startReceiver((_r, res) => {
        setTimeout(() => res.end('ok'), 100);
      });
    });
    after(async () => {
      if (child && child.exitCode === null) {
        child.kill('SIGKILL');
        await once(child, 'exit');
      }
      await receiver.close();
      await api.stop();
      await t.cleanup();
    });

    test(`${TOTAL} webhooks all arrive at least once while the dispatcher is SIGKILLed ${KILLS} times`, async () => {
      const key = await createApiKey(t.database, 'crash', 'test', Date.now());
      const ids: string[] = [];
      for (let i = 0; i < TOTAL; i++) {
        const res = await fetch(`${api.url}/api/v1/analysis`, {
          method: 'POST',
          headers: { 'x-api-key': key.key, 'content-type': 'application/json' },
          body: JSON.stringify({ transcript: sampleTranscript, webhook_url: `${receiver.url}/hook` }),
        });
        assert.equal(res.status, 202);
        ids.push(((await res.json()) as { id: string }).id);
      }
      const received = () => new Set(receiver.requests.map((r) => (JSON.parse(r.body) as { id: string }).id));
      // The dispatcher starts once every analysis is in (so a slow, busy machine cannot deliver them all before the
      // kills); each kill lands 250-650 ms into a life that has delivered something, i.e. with deliveries in flight.
      startDispatcher();
      for (let k = 0; k < KILLS; k++) {
        const arrived = receiver.requests.length;
        await new Promise((r) => setTimeout(r, 250 + Math.random() * 400));
        await waitFor(async () => receiver.requests.length > arrived || received().size === TOTAL, 20000, 'a delivery by this dispatcher').catch(() => undefined);
        child!.kill('SIGKILL');
        await once(child!, 'exit');
        startDispatcher();
      }
      const beforeDrain = receiver.requests.length;
      try {
        await waitFor(async () => received().size === TOTAL, 120000, 'every webhook');
      } catch (err) {
        const jobs = await t.database.db.selectFrom('jobs').selectAll().execute();
        const deliveries = await t.database.db.selectFrom('webhook_deliveries').select(['status']).execute();
        console.log(`# received ${received().size}/${TOTAL}; jobs ${JSON.stringify(jobs.slice(0, 5))} (${jobs.length}); deliveries by status ${JSON.stringify(deliveries.reduce((m: Record<string, number>, d) => ((m[d.status] = (m[d.status] ?? 0) + 1), m), {}))}; dispatcher stderr: ${childErrors}`);
        throw err;
      }
      const duplicates = receiver.requests.length - received().size;
      console.log(`# ${backend}: ${TOTAL}/${TOTAL} webhooks received after ${KILLS} SIGKILLs of the dispatcher (${beforeDrain} requests had arrived by the last kill); ${duplicates} duplicates (same webhook-id, at-least-once)`);
      assert.ok(beforeDrain < TOTAL, 'the kills landed while deliveries were still in flight');
      assert.deepEqual([...received()].sort(), [...ids].sort());
      await waitFor(
        async () => (await t.database.db.selectFrom('jobs').select('id').execute()).length === 0,
        20000,
        'the queue to drain (no stuck jobs)',
      );
    });
  });
}
