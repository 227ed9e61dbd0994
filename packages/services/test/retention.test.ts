import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { purgeExpiredData } from '@callcov/services';
import { startTestServer, waitFor } from '../../../test/support/testServer.ts';
import { startTestS3Server, type TestS3Server } from '../../../test/support/s3Server.ts';

// every test runs on the file store and on S3-compatible object storage (s3rver on 127.0.0.1)
let s3: TestS3Server;
before(async () => {
  s3 = await startTestS3Server();
  // the AWS SDK reads its credentials from the environment (this test process only)
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey });
});
after(() => s3.close());
const STORES = ['file store', 'S3 (s3rver)'] as const;
const storeEnv = (store: (typeof STORES)[number]): Record<string, string> => (store === 'file store' ? {} : s3.env(`retention-${Math.random().toString(36).slice(2)}`));

const upload = async (s: Awaited<ReturnType<typeof startTestServer>>) => {
  const form = new FormData();
  form.set('audio', new Blob(['definitely not audio']), 'call.wav');
  const r = await s.api('/api/v1/analysis', { method: 'POST', body: form });
  assert.equal(r.status, 202);
  await waitFor(async () => ['completed', 'failed'].includes((await s.api(`/api/v1/analysis/${r.body.id}`)).body.status), 10000);
  const row = await s.db.database.db.selectFrom('analyses').select(['audio_blob']).where('id', '=', r.body.id).executeTakeFirstOrThrow();
  const blobs = s.running.ctx.blobs;
  return { id: r.body.id as string, stored: async () => (await blobs.size(row.audio_blob!)) !== null };
};

for (const store of STORES) {
  test(`retention purges stored audio of analyses finished longer ago than CALLCOV_RETENTION_DAYS, and only those (${store})`, async () => {
    const s = await startTestServer('sqlite', { env: { CALLCOV_RETENTION_DAYS: '7', CALLCOV_RETENTION_TRANSCRIPTS: 'true', ...storeEnv(store) } });
    assert.equal(s.running.ctx.blobs.kind, store === 'file store' ? 'file' : 's3');
    try {
      const old = await upload(s);
      const recent = await upload(s);
      assert.ok((await old.stored()) && (await recent.stored()));
      await s.db.database.db.updateTable('analyses').set({ completed_at: Date.now() - 8 * 86400_000 }).where('id', '=', old.id).execute();
      assert.equal(await purgeExpiredData(s.running.ctx), 1);
      assert.ok(!(await old.stored()), 'old audio removed from the blob store');
      assert.ok(await recent.stored(), 'recent audio kept');
      assert.equal(await purgeExpiredData(s.running.ctx), 0, 'idempotent');
    } finally {
      await s.stop();
    }
  });

  test(`DELETE removes the stored audio file (${store})`, async () => {
    const s = await startTestServer('sqlite', { env: storeEnv(store) });
    try {
      const a = await upload(s);
      assert.ok(await a.stored());
      assert.equal((await s.api(`/api/v1/analysis/${a.id}`, { method: 'DELETE' })).status, 200);
      assert.ok(!(await a.stored()));
    } finally {
      await s.stop();
    }
  });
}
