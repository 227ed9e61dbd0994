import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@callcov/core';
import { createPocketsphinxEngine } from '@callcov/pipeline';
import { createApiKey } from '@callcov/services';
import type { CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';
import { makeCalls } from '../../pipeline/test/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/testDatabase.ts';
import { waitFor } from '../../../test/support/testServer.ts';
import { defaultFeatures, startCallCov, type RunningCallCov } from '@callcov/server';

const CLI = fileURLToPath(new URL('../../cli/src/main.ts', import.meta.url));
const avail = await createPocketsphinxEngine().available();

describe('graceful shutdown of a worker (SIGTERM)', { skip: avail.ok ? false : `SKIPPED: pocketsphinx unavailable here: ${avail.reason}` }, () => {
  let t: TestDatabase;
  let api: RunningCallCov;
  let script: CallScript;
  let cleanup = async () => {};
  before(async () => {
    t = await createTestDatabase('sqlite');
    const config = parseConfig({ CALLCOV_DATA_DIR: t.dataDir, DATABASE_URL: t.databaseUrl, PORT: '0', LOG_LEVEL: 'silent' });
    api = await startCallCov(config, 'api', defaultFeatures(config), { database: t.database });
    ({ script, cleanup } = await makeCalls('card-replacement', ['wav-pcm-16k']));
  });
  after(async () => {
    await api.stop();
    await cleanup();
    await t.cleanup();
  });

  test('a worker stopped mid-transcription exits promptly and gives its job back; another worker finishes it', async () => {
    const key = await createApiKey(t.database, 'shutdown', 'test', Date.now());
    const form = new FormData();
    form.set('audio', new Blob([await readFile(script.files['wav-pcm-16k']!)]), 'call.wav');
    const res = await fetch(`${api.url}/api/v1/analysis`, { method: 'POST', headers: { 'x-api-key': key.key }, body: form });
    const { id } = (await res.json()) as { id: string };
    const env = { ...process.env, DATABASE_URL: t.databaseUrl, CALLCOV_DATA_DIR: t.dataDir, LOG_LEVEL: 'silent', CALLCOV_POLL_INTERVAL_MS: '50', CALLCOV_LEASE_MS: '60000', CALLCOV_SHUTDOWN_DEADLINE_MS: '300' };
    const worker = spawn(process.execPath, [CLI, 'serve', '--role', 'worker'], { env, stdio: 'ignore' });
    const get = async () => (await (await fetch(`${api.url}/api/v1/analysis/${id}`, { headers: { 'x-api-key': key.key } })).json()) as { status: string; progress: number | null };
    await waitFor(async () => (await get()).status === 'processing', 30000, 'processing to start');
    await new Promise((r) => setTimeout(r, 500));
    const stoppedAt = Date.now();
    worker.kill('SIGTERM');
    const [code] = await once(worker, 'exit');
    const took = Date.now() - stoppedAt;
    console.log(`# worker exited with code ${code} ${took} ms after SIGTERM, mid-transcription`);
    assert.equal(code, 0);
    assert.ok(took < 5000, 'promptly: in-flight work is stopped after the 300 ms deadline');
    const job = await t.database.db.selectFrom('jobs').selectAll().where('payload', 'like', `%${id}%`).executeTakeFirstOrThrow();
    assert.equal(job.status, 'pending', 'the job is claimable again at once, not held until a 60 s lease expires');
    assert.equal(job.claimed_by, null);
    assert.equal(job.attempts, 0, 'a stop on purpose does not count as a failed attempt');
    assert.notEqual((await get()).status, 'failed', 'stopping a worker is not the recording’s fault');
    const second = spawn(process.execPath, [CLI, 'serve', '--role', 'worker'], { env, stdio: 'ignore' });
    try {
      const done = await waitFor(async () => {
        const a = await get();
        return a.status === 'completed' || a.status === 'failed' ? a : null;
      }, 120000, 'the second worker to finish');
      assert.equal(done.status, 'completed');
    } finally {
      second.kill('SIGTERM');
      await once(second, 'exit');
    }
  });
});
