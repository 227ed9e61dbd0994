// Security: deleting an analysis (or its expiry under retention) reaches its webhooks (DESIGN.md §1.9): the stored
// delivery bodies are erased, pending retries are cancelled and never POST the pre-delete body, and "send again" of a
// deleted analysis is refused with 409. On SQLite and on PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { purgeExpiredData } from '@callcov/services';
import { BACKENDS } from '../support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../support/testServer.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const backend of BACKENDS) {
  describe(`DELETE and retention reach webhook deliveries (${backend})`, () => {
    let s: TestServer;
    let failing: TestReceiver;
    before(async () => {
      // a receiver that always fails, so every delivery stays pending with retries 1, 2, 3, 4, 5 s apart
      failing = await startReceiver((_r, res) => {
        res.statusCode = 500;
        res.end('down');
      });
      s = await startTestServer(backend, { env: { CALLCOV_RETENTION_DAYS: '7' } });
    });
    after(async () => {
      await s.stop();
      await failing.close();
    });

    const submitFailingDelivery = async (hook: string) => {
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, webhook_url: `${failing.url}/${hook}` } });
      assert.equal(r.status, 202, r.text);
      await waitFor(async () => failing.requests.some((q) => q.url === `/${hook}`), 20000, 'first failed attempt');
      return r.body.id as string;
    };
    const deliveries = (analysisId: string) =>
      s.db.database.db.selectFrom('webhook_deliveries').select(['payload', 'status', 'next_attempt_at']).where('analysis_id', '=', analysisId).execute();

    test('DELETE erases stored payloads, cancels pending retries (nothing more is POSTed) and send again answers 409', async () => {
      const id = await submitFailingDelivery('deleted');
      const before = await deliveries(id);
      assert.ok(before.length > 0 && before.every((d) => d.status === 'pending' && d.payload.includes('Patricia')), 'the pending delivery holds the transcript');

      assert.equal((await s.api(`/api/v1/analysis/${id}`, { method: 'DELETE' })).status, 200);
      const deletedAt = Date.now();
      const after = await deliveries(id);
      assert.ok(after.every((d) => d.payload === '' && d.status !== 'pending' && d.next_attempt_at === null), JSON.stringify(after));

      const again = await s.api(`/api/v1/analysis/${id}/deliveries`, { method: 'POST' });
      assert.equal(again.status, 409, again.text);
      assert.equal(again.body.error.code, 'analysis_deleted');
      assert.equal(again.body.error.param, 'id');

      // the retry schedule (1 s, 2 s, ...) would have sent twice more by now; an attempt already in flight may land
      await sleep(3500);
      const late = failing.requests.filter((q) => q.url === '/deleted' && q.at > deletedAt + 300);
      assert.deepEqual(late.map((q) => q.body.slice(0, 60)), [], 'no webhook POSTed after DELETE');
      assert.ok(!failing.requests.some((q) => q.url === '/deleted' && q.at > deletedAt + 300 && q.body.includes('Patricia')));
      const log = await s.api(`/api/v1/analysis/${id}/deliveries`);
      assert.equal(log.status, 200);
      assert.ok(log.body.data.every((d: any) => d.status === 'failed' && d.next_attempt_at === null), JSON.stringify(log.body.data));
    });

    test('retention erases the stored payloads of deliveries older than CALLCOV_RETENTION_DAYS and cancels their retries', async () => {
      const oldId = await submitFailingDelivery('expired');
      const recentId = await submitFailingDelivery('recent');
      const eightDaysAgo = Date.now() - 8 * 86400_000;
      await s.db.database.db.updateTable('analyses').set({ completed_at: eightDaysAgo }).where('id', '=', oldId).execute();
      await s.db.database.db.updateTable('webhook_deliveries').set({ created_at: eightDaysAgo }).where('analysis_id', '=', oldId).execute();
      await purgeExpiredData(s.running.ctx);
      const old = await deliveries(oldId);
      assert.ok(old.length > 0 && old.every((d) => d.payload === '' && d.status === 'failed' && d.next_attempt_at === null), JSON.stringify(old));
      const recent = await deliveries(recentId);
      assert.ok(recent.every((d) => d.payload.includes('Patricia')), 'recent deliveries keep their body');
      const purgedAt = Date.now();
      await sleep(3500);
      assert.deepEqual(failing.requests.filter((q) => q.url === '/expired' && q.at > purgedAt + 300).map((q) => q.at), [], 'no retry after expiry');
    });
  });
}
