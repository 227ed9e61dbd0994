// Live calls survive their server (DESIGN.md §1.8, issue 17): the API process serving a live call is SIGKILLed
// mid-call; what it had received is in the database, and a worker (another process) analyses it once the call's
// heartbeat has stopped for CALLCOV_LIVE_ABANDON_SECONDS. Real processes, real WebSocket, both backends.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@callcov/core';
import { createApiKey, finaliseAbandonedLiveCalls } from '@callcov/services';
import { defaultFeatures, startCallCov, type RunningCallCov } from '@callcov/server';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../../../test/support/testDatabase.ts';
import { waitFor } from '../../../test/support/testServer.ts';
import { connectLive } from './liveTestClient.ts';

const CLI = fileURLToPath(new URL('../../cli/src/main.ts', import.meta.url));

for (const backend of BACKENDS) {
  describe(`live calls across a server crash on ${backend}`, () => {
    let t: TestDatabase;
    let worker: RunningCallCov;
    let api: ChildProcess;
    let apiUrl = '';
    const env = { CALLCOV_POLL_INTERVAL_MS: '20', LOG_LEVEL: 'silent', CALLCOV_LIVE_ABANDON_SECONDS: '5' };
    before(async () => {
      t = await createTestDatabase(backend);
      const config = parseConfig({ ...env, CALLCOV_DATA_DIR: t.dataDir, PORT: '0' });
      worker = await startCallCov(config, 'worker', defaultFeatures(config), { database: t.database });
      api = spawn(process.execPath, [CLI, 'serve', '--role', 'api'], {
        env: { ...process.env, ...env, CALLCOV_DATA_DIR: t.dataDir, DATABASE_URL: t.databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      api.stdout!.on('data', (c: Buffer) => (out += String(c)));
      api.stderr!.on('data', (c: Buffer) => (out += String(c)));
      apiUrl = await waitFor(async () => /"url":"(http:\/\/127\.0\.0\.1:\d+)"|listening on (http:\/\/127\.0\.0\.1:\d+)|Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.slice(1).find(Boolean) ?? null, 30000, `the api process listening (output: ${out.slice(-400)})`);
    });
    after(async () => {
      if (api.exitCode === null && api.signalCode === null) {
        api.kill('SIGKILL');
        await once(api, 'exit');
      }
      await worker.stop();
      await t.cleanup();
    });

    test('the API process dies mid-call: the segments it received are analysed by a worker, nothing lost', async () => {
      const key = await createApiKey(t.database, 'live-crash', 'test', Date.now());
      const c = connectLive(`${apiUrl}/api/v1/live`, { 'x-api-key': key.key });
      c.send({ event: 'start', language: 'en', agent_id: 'agent_live' });
      const { analysis_id: id } = await c.next('started', 15000);
      const said = [
        { speaker: 'Agent', text: 'Thank you for calling Harper Valley Bank, my name is Ana, this call is recorded.', start: 0, end: 5 },
        { speaker: 'Customer', text: 'Hi Ana, I want to check the balance of my savings account.', start: 5.5, end: 9 },
        { speaker: 'Agent', text: 'Of course. Can you confirm your date of birth please?', start: 9.5, end: 12 },
      ];
      for (const s of said) c.send({ event: 'segment', ...s });
      // what was received is in the database while the call goes on
      await waitFor(async () => {
        const row = await t.database.db.selectFrom('analyses').select(['input_json', 'live_seen_at']).where('id', '=', id).executeTakeFirst();
        return row?.input_json && JSON.parse(row.input_json).segments.length === said.length && row.live_seen_at ? row : null;
      }, 15000, 'the received segments stored');
      api.kill('SIGKILL');
      await once(api, 'exit');
      const final = await waitFor(async () => {
        const row = await t.database.db.selectFrom('analyses').select(['status', 'transcript_json', 'error_message', 'live_seen_at']).where('id', '=', id).executeTakeFirst();
        return row && (row.status === 'completed' || row.status === 'failed') ? row : null;
      }, 60000, 'the abandoned call analysed by the worker');
      assert.equal(final.status, 'completed', final.error_message ?? '');
      assert.equal(final.live_seen_at, null);
      const segments = JSON.parse(final.transcript_json!).segments as Array<{ text: string }>;
      assert.deepEqual(segments.map((s) => s.text), said.map((s) => s.text));
      // handed over once: nothing is left to hand over, and no job of it remains
      assert.equal(await finaliseAbandonedLiveCalls(worker.ctx, 0), 0);
      const jobs = await t.database.db.selectFrom('jobs').select('id').where('payload', 'like', `%${id}%`).execute();
      assert.equal(jobs.length, 0);
    });
  });
}
