import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';

for (const backend of BACKENDS) {
  describe(`recovery after an outage and operational events on ${backend}`, () => {
    let s: TestServer;
    let crm: TestReceiver;
    let ops: TestReceiver;
    let down = false;
    before(async () => {
      s = await startTestServer(backend, { env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.1' } });
      crm = await startReceiver((_r, res) => {
        res.statusCode = down ? 503 : 200;
        res.end(down ? 'down' : 'ok');
      });
      ops = await startReceiver();
    });
    after(async () => {
      await crm.close();
      await ops.close();
      await s.stop();
    });
    const api = (path: string, init?: Parameters<TestServer['api']>[1]) => s.api(path, init);
    const submit = async (agentId: string) => {
      const r = await api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: agentId } });
      assert.equal(r.status, 202, r.text);
      return r.body.id as string;
    };
    const deliveryTo = async (analysisId: string, endpointId: string) =>
      (await api(`/api/v1/analysis/${analysisId}/deliveries`)).body.data.find((d: any) => d.endpoint_id === endpointId);
    const opsEvents = (type: string) => ops.requests.filter((r) => r.headers['x-callcov-event'] === type).map((r) => ({ r, body: JSON.parse(r.body) }));

    test('every delivery that failed in the outage is sent again with its webhook-id; endpoint.failing, delivery.exhausted, endpoint.recovered go out', async () => {
      const a = (await api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${crm.url}/crm` } })).body;
      const o = (await api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${ops.url}/ops`, events: ['endpoint.failing', 'endpoint.recovered', 'delivery.exhausted'] } })).body;
      assert.deepEqual(o.events, ['endpoint.failing', 'endpoint.recovered', 'delivery.exhausted']);
      const before = await submit('agent_ok');
      await waitFor(async () => (await deliveryTo(before, a.id))?.status === 'succeeded', 10000, 'a delivery before the outage');

      const since = Math.floor(Date.now() / 1000);
      down = true;
      const during = [await submit('agent_1'), await submit('agent_2'), await submit('agent_2')];
      const failed = await waitFor(async () => {
        const ds = await Promise.all(during.map((id) => deliveryTo(id, a.id)));
        return ds.every((d) => d?.status === 'failed') ? ds : null;
      }, 15000, 'the deliveries to give up (1 + 1 retry)');
      for (const d of failed) assert.equal(d.attempt_count, 2);
      const idsInOutage = new Set(crm.requests.filter((r) => during.some((id) => r.body.includes(id))).map((r) => r.headers['webhook-id']));
      assert.equal(idsInOutage.size, 3);

      // the operations endpoint heard about it: once failing, once per exhausted delivery
      await waitFor(async () => opsEvents('delivery.exhausted').length === 3 && opsEvents('endpoint.failing').length === 1, 10000, 'operational events');
      const failing = opsEvents('endpoint.failing')[0]!;
      assert.equal(failing.body.object, 'event');
      assert.equal(failing.body.data.id, a.id);
      assert.equal(failing.body.data.last_attempt.status_code, 503);
      assert.equal(typeof failing.body.data.failing_since, 'number');
      const exhausted = opsEvents('delivery.exhausted').map((e) => e.body.data);
      assert.deepEqual(exhausted.map((d) => d.analysis_id).sort(), [...during].sort());
      for (const d of exhausted) {
        assert.equal(d.object, 'webhook_delivery');
        assert.equal(d.endpoint_id, a.id);
        assert.equal(d.attempt_count, 2);
        assert.equal(d.last_attempt.status_code, 503);
        assert.ok(failed.some((f) => f.id === d.id && f.webhook_id === d.webhook_id));
      }
      for (const { r } of [failing, ...opsEvents('delivery.exhausted')]) {
        const h = r.headers;
        new Webhook(s.secret).verify(r.body, { 'webhook-id': h['webhook-id']!, 'webhook-timestamp': h['webhook-timestamp']!, 'webhook-signature': h['webhook-signature']! });
      }

      // validation
      assert.equal((await api('/api/v1/webhooks/recover', { method: 'POST', json: { since, until: since - 10 } })).body.error.param, 'until');
      assert.equal((await api('/api/v1/webhooks/recover', { method: 'POST', json: { since, endpoint_id: 'we_nope' } })).status, 404);
      assert.equal((await api('/api/v1/webhooks/recover', { method: 'POST', json: { since, status: 'pending' } })).status, 400);

      down = false;
      const receivedBefore = crm.requests.length;
      // the analysis list filters narrow it: agent_1's one delivery first
      const one = await api('/api/v1/webhooks/recover', { method: 'POST', json: { since, endpoint_id: a.id, agent_id: 'agent_1' } });
      assert.equal(one.status, 202, one.text);
      assert.equal(one.body.object, 'webhook_recovery');
      assert.match(one.body.id, /^whr_/);
      assert.equal(one.body.deliveries_queued, 1);
      const rest = await api('/api/v1/webhooks/recover', { method: 'POST', json: { since, endpoint_id: a.id } });
      assert.equal(rest.body.deliveries_queued, 2, 'the succeeded one before the outage is not sent again, nor agent_1 twice');
      await waitFor(async () => crm.requests.length >= receivedBefore + 3, 10000, 'the recovered deliveries');
      const recovered = crm.requests.slice(receivedBefore);
      assert.deepEqual(new Set(recovered.map((r) => r.headers['webhook-id'])), idsInOutage, 'the same webhook-ids');
      for (const id of during) {
        const d = await waitFor(async () => {
          const x = await deliveryTo(id, a.id);
          return x?.status === 'succeeded' ? x : null;
        });
        assert.equal(d.attempts.length, 3, 'a new attempt in the same delivery log');
        assert.deepEqual(d.attempts.map((t: any) => t.succeeded), [false, false, true]);
        assert.equal(recovered.find((r) => r.body.includes(id))!.headers['x-callcov-attempt'], '3');
        assert.equal(recovered.find((r) => r.body.includes(id))!.headers['x-callcov-delivery'], d.id);
      }
      await waitFor(async () => opsEvents('endpoint.recovered').length === 1, 10000, 'endpoint.recovered');
      assert.equal(opsEvents('endpoint.recovered')[0]!.body.data.failing_since, null);
      assert.equal(opsEvents('endpoint.failing').length, 1, 'one failing event for the whole outage');
      // nothing failed is left, so a second recovery queues nothing; `any` also re-sends succeeded ones
      assert.equal((await api('/api/v1/webhooks/recover', { method: 'POST', json: { since, endpoint_id: a.id } })).body.deliveries_queued, 0);
      const any = await api('/api/v1/webhooks/recover', { method: 'POST', json: { since: since - 3600, endpoint_id: a.id, status: 'any' } });
      assert.equal(any.body.deliveries_queued, 4);
      await waitFor(async () => crm.requests.length >= receivedBefore + 7, 10000, 'status any');
      // the dashboard chart's numbers: every attempt to the endpoint, by hour
      const stats = (await api(`/api/v1/webhook_endpoints/${a.id}/stats?hours=2`)).body;
      assert.equal(stats.object, 'webhook_endpoint_stats');
      assert.ok(stats.buckets.length === 2 || stats.buckets.length === 3, 'the hours asked for, the first one partial');
      const sum = (k: string) => stats.buckets.reduce((n: number, b: any) => n + b[k], 0);
      await waitFor(async () => (await Promise.all([before, ...during].map((id) => deliveryTo(id, a.id)))).every((d) => d.status === 'succeeded'), 10000, 'status any');
      const all = await Promise.all([before, ...during].map((id) => deliveryTo(id, a.id)));
      const fresh = (await api(`/api/v1/webhook_endpoints/${a.id}/stats?hours=2`)).body;
      const total = fresh.buckets.reduce((n: number, b: any) => n + b.attempts, 0);
      assert.equal(total, all.reduce((n, d) => n + d.attempts.length, 0));
      assert.equal(fresh.buckets.reduce((n: number, b: any) => n + b.succeeded, 0), all.reduce((n, d) => n + d.attempts.filter((t: any) => t.succeeded).length, 0));
      assert.ok(sum('attempts') > 0);
      const last = fresh.buckets.at(-1);
      assert.ok(last.success_rate > 0 && last.success_rate < 1 && last.p50_ms >= 0 && last.p95_ms >= last.p50_ms);
      await api(`/api/v1/webhook_endpoints/${a.id}`, { method: 'DELETE' });
      await api(`/api/v1/webhook_endpoints/${o.id}`, { method: 'DELETE' });
    });
  });
}
