import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';

const PUBLIC_URL = 'https://callcov.example.com';

for (const backend of BACKENDS) {
  describe(`endpoint subscriptions on ${backend}: filters, payload modes, headers`, () => {
    let s: TestServer;
    let rx: TestReceiver;
    before(async () => {
      s = await startTestServer(backend, { env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.2,0.2', CALLCOV_PUBLIC_URL: PUBLIC_URL } });
      rx = await startReceiver();
    });
    after(async () => {
      await rx.close();
      await s.stop();
    });
    const endpoint = async (json: object) => {
      const r = await s.api('/api/v1/webhook_endpoints', { method: 'POST', json });
      assert.equal(r.status, 201, r.text);
      return r.body;
    };
    const submit = async (agentId: string) => {
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: agentId } });
      assert.equal(r.status, 202, r.text);
      return r.body.id as string;
    };
    const completed = (id: string) =>
      waitFor(async () => {
        const g = await s.api(`/api/v1/analysis/${id}`);
        return g.body.status === 'completed' ? g : null;
      });

    test('each endpoint gets only the analyses its filter matches, in its payload mode', async () => {
      // learn what this transcript yields, then subscribe endpoints that do and do not match it
      const probe = await completed(await submit('probe'));
      const compliance = probe.body.results.compliance;
      const failed: string[] = compliance.checks.filter((c: any) => c.status === 'failed').map((c: any) => c.id);
      const other = ['pass', 'fail', 'review'].find((st) => st !== compliance.status)!;
      const crm = await endpoint({ url: `${rx.url}/crm`, filter: { compliance_status: [compliance.status], agent_id: ['agent_a'] } });
      const bi = await endpoint({ url: `${rx.url}/bi`, payload: 'thin' });
      const qa = await endpoint({ url: `${rx.url}/qa`, payload: 'no_transcript', filter: { language: ['en'] } });
      const none = await endpoint({ url: `${rx.url}/none`, filter: { compliance_status: [other] } });
      const spanish = await endpoint({ url: `${rx.url}/es`, filter: { language: ['es'] } });
      const byCheck = failed.length > 0 ? await endpoint({ url: `${rx.url}/check`, filter: { failed_check: [failed[0], 'no_such_check'] } }) : null;
      assert.deepEqual(crm.filter, { compliance_status: [compliance.status], agent_id: ['agent_a'] });
      assert.equal(bi.payload, 'thin');
      assert.equal(crm.payload, 'full');

      const a = await submit('agent_a');
      const b = await submit('agent_b');
      const getA = await completed(a);
      await completed(b);
      const expected = { crm: 1, bi: 2, qa: 2, none: 0, es: 0, check: byCheck ? 2 : 0 };
      const at = (path: string) => rx.requests.filter((r) => r.url === `/${path}` && !r.body.includes('"probe"'));
      await waitFor(async () => Object.entries(expected).every(([p, n]) => at(p).length >= n), 10000, 'deliveries');
      await new Promise((r) => setTimeout(r, 300));
      for (const [p, n] of Object.entries(expected)) assert.equal(at(p).length, n, `${p} got ${at(p).length}`);

      const crmBody = at('crm')[0]!;
      assert.equal(crmBody.body, getA.text, 'full: byte for byte what GET returns');
      const thin = JSON.parse(at('bi').find((r) => r.body.includes(a))!.body);
      assert.deepEqual(Object.keys(thin), ['id', 'object', 'status', 'created', 'completed_at', 'call', 'summary', 'url']);
      assert.equal(thin.url, `${PUBLIC_URL}/api/v1/analysis/${a}`);
      assert.equal(thin.summary.compliance_status, compliance.status);
      assert.deepEqual(thin.summary.failed_checks, failed);
      assert.equal(thin.call.agent_id, 'agent_a');
      const qaBody = JSON.parse(at('qa').find((r) => r.body.includes(a))!.body);
      assert.equal(qaBody.transcript, null);
      assert.ok(qaBody.results.compliance.checks.every((c: any) => c.evidence.every((e: any) => e.quote === null)));
      assert.doesNotMatch(at('qa')[0]!.body, /Harper Valley/, 'nothing said in the call');
      // every shape is signed over its own bytes, and the webhook-id is the analysis's
      for (const r of [at('bi')[0]!, at('qa')[0]!]) {
        const h = r.headers;
        new Webhook(s.secret).verify(r.body, { 'webhook-id': h['webhook-id']!, 'webhook-timestamp': h['webhook-timestamp']!, 'webhook-signature': h['webhook-signature']! });
      }
      // a filter that leaves an analysis out queues no delivery at all
      const dl = (await s.api(`/api/v1/analysis/${b}/deliveries`)).body.data;
      assert.ok(!dl.some((d: any) => d.endpoint_id === crm.id || d.endpoint_id === none.id || d.endpoint_id === spanish.id));
      // resend: each endpoint gets its own payload again
      const resent = await s.api(`/api/v1/analysis/${a}/deliveries`, { method: 'POST' });
      assert.equal(resent.status, 202, resent.text);
      await waitFor(async () => at('bi').filter((r) => r.body.includes(a)).length === 2 && at('crm').length === 2, 10000, 'resend');
      assert.equal(at('bi').filter((r) => r.body.includes(a))[1]!.body, at('bi').find((r) => r.body.includes(a))!.body);
      for (const e of [crm, bi, qa, none, spanish, ...(byCheck ? [byCheck] : [])]) await s.api(`/api/v1/webhook_endpoints/${e.id}`, { method: 'DELETE' });
    });

    test("a test event reaches an endpoint in the endpoint's payload mode (thin and no_transcript), signed like a real one", async () => {
      const thin = await endpoint({ url: `${rx.url}/test-thin`, payload: 'thin' });
      const bare = await endpoint({ url: `${rx.url}/test-bare`, payload: 'no_transcript' });
      for (const ep of [thin, bare]) {
        const r = await s.api(`/api/v1/webhook_endpoints/${ep.id}/test`, { method: 'POST', json: {} });
        assert.equal(r.status, 202, r.text);
      }
      const r = await s.api('/api/v1/webhooks/test_events', { method: 'POST', json: { endpoint_id: thin.id, event: 'analysis.failed' } });
      assert.equal(r.status, 202, r.text);
      const got = await waitFor(async () => {
        const t = rx.requests.filter((q) => q.url === '/test-thin');
        const b = rx.requests.find((q) => q.url === '/test-bare');
        return t.length >= 2 && b ? { t, b } : null;
      }, 15000, 'the test events');
      for (const q of [...got.t, got.b]) new Webhook(s.secret).verify(q.body, q.headers as Record<string, string>);
      for (const q of got.t) {
        const body = JSON.parse(q.body);
        assert.equal(body.transcript, undefined, 'thin: no transcript');
        assert.match(String(body.url), new RegExp(`^${PUBLIC_URL}/api/v1/analysis/`), 'thin: the link to the full object');
      }
      const bareBody = JSON.parse(got.b.body);
      assert.equal(bareBody.transcript, null, 'no_transcript: transcript null');
      assert.equal(bareBody.metadata.test_event, true);
      assert.equal(bareBody.deleted, false, 'the sample is a whole analysis object (it has `deleted`)');
    });

    test('headers are sent on every attempt, stored encrypted, shown masked; a masked value sent back keeps the stored one', async () => {
      const secretValue = 'tok_live_0123456789abcdef';
      const ep = await endpoint({ url: `${rx.url}/h`, headers: { 'X-Api-Token': secretValue, 'X-Tenant': 'acme' } });
      assert.deepEqual(ep.headers, { 'X-Api-Token': '****cdef', 'X-Tenant': '****' });
      const row = await s.db.database.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', ep.id).executeTakeFirstOrThrow();
      assert.ok(row.headers_sealed!.startsWith('enc:v1:'));
      assert.ok(!row.headers_sealed!.includes(secretValue) && !row.headers_sealed!.includes('acme'), 'not in clear in the database');
      // a dashboard round trip: the masked token comes back unchanged, the tenant is edited
      const patched = await s.api(`/api/v1/webhook_endpoints/${ep.id}`, { method: 'PATCH', json: { headers: { 'X-Api-Token': '****cdef', 'X-Tenant': 'acme-2' } } });
      assert.equal(patched.status, 200, patched.text);
      const id = await submit('agent_h');
      const req = await waitFor(async () => rx.requests.find((r) => r.url === '/h' && r.body.includes(id)), 10000, 'delivery with headers');
      assert.equal(req.headers['x-api-token'], secretValue);
      assert.equal(req.headers['x-tenant'], 'acme-2');
      assert.match(req.headers['webhook-signature']!, /^v1,/);
      for (const bad of [{ 'webhook-signature': 'x' }, { 'Content-Type': 'text/plain' }, { 'X-CallCov-Event': 'x' }, { 'bad name': 'x' }]) {
        const r = await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${rx.url}/h`, headers: bad } });
        assert.equal(r.status, 400, JSON.stringify(bad));
        assert.equal(r.body.error.param, 'headers');
      }
      await s.api(`/api/v1/webhook_endpoints/${ep.id}`, { method: 'DELETE' });
    });

    test('timeout_ms applies per endpoint', async () => {
      const slow = await startReceiver((_r, res) => {
        setTimeout(() => res.end('late'), 1500);
      });
      try {
        const ep = await endpoint({ url: `${slow.url}/slow`, timeout_ms: 300 });
        assert.equal(ep.timeout_ms, 300);
        const id = await submit('agent_t');
        const attempt = await waitFor(async () => (await s.api(`/api/v1/analysis/${id}/deliveries`)).body.data.find((d: any) => d.endpoint_id === ep.id)?.attempts?.[0], 10000, 'attempt');
        assert.equal(attempt.error_class, 'timeout');
        assert.match(attempt.error_message, /300 ms/);
        assert.ok(attempt.duration_ms < 1400, `gave up after ${attempt.duration_ms} ms`);
        const bad = await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${slow.url}/slow`, timeout_ms: 50 } });
        assert.equal(bad.status, 400);
        await s.api(`/api/v1/webhook_endpoints/${ep.id}`, { method: 'DELETE' });
      } finally {
        await slow.close();
      }
    });
  });
}
