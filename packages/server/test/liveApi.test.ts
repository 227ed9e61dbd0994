// /api/v1/live (DESIGN.md §1.8), segments mode, over a real WebSocket against the real server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFeatures, liveRoutes, makeLiveRoutes, LIVE_CLOSE } from '@callcov/server';
import { analyseCall, BUILT_IN_POLICIES, BUILT_IN_SCORECARDS } from '@callcov/core/analysis';
import { withReviews } from '@callcov/core';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { connectLive } from './liveTestClient.ts';

const connect = connectLive;

const seg = (speaker: 'Agent' | 'Customer', text: string, start: number, end: number) => ({ event: 'segment', speaker, text, start, end });
const CALL = [
  seg('Agent', 'Hello, my name is Ana from Harper Valley Bank, how can I help?', 0, 4),
  seg('Customer', 'I want to pay my bill by card.', 4.5, 7),
  seg('Agent', 'Sure, go ahead with the card number.', 7.5, 10),
  seg('Customer', 'It is 4111 1111 1111 1111.', 10.5, 16),
  seg('Agent', 'Thanks. Look, this is bullshit, I already told you twice.', 31, 35),
  seg('Customer', 'Excuse me?', 35.5, 36),
  seg('Agent', 'Sorry. Anything else? Thank you for calling, goodbye.', 36.5, 40),
];

for (const backend of BACKENDS) {
  describe(`live calls (segments mode) on ${backend}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend, {
        features: (config) => {
          const f = defaultFeatures(config);
          const publicRoutes = (f.app?.publicRoutes ?? []).filter((r) => r !== liveRoutes);
          f.app = { ...f.app, publicRoutes: [...publicRoutes, makeLiveRoutes({ maxCallsPerKey: 2, maxMessageBytes: 4096, dropGraceMs: 300 })] };
          return f;
        },
      });
    });
    after(async () => {
      await s.stop();
    });
    const liveUrl = () => `${s.url}/api/v1/live`;

    test('start, segments with alerts as the evidence arrives, stop: the final analysis equals analyseCall and the webhook is sent', async () => {
      const c = connect(liveUrl(), { 'x-api-key': s.key });
      c.send({ event: 'start', agent_id: 'agent_7', contact_id: 'cust_9', language: 'en', webhook_url: `${s.url}/echo/live-${backend}`, metadata: { crm: 'z' } });
      const started = await c.next('started');
      assert.match(started.analysis_id, /^[0-9a-f-]{36}$/);
      const row = await s.api(`/api/v1/analysis/${started.analysis_id}`);
      assert.equal(row.status, 200);
      assert.equal(row.body.status, 'processing', 'a live analysis row exists from `started`');
      assert.deepEqual(row.body.call, { agent_id: 'agent_7', contact_id: 'cust_9' });

      for (const m of CALL.slice(0, 4)) c.send(m);
      const pci = await c.next('alert');
      assert.equal(pci.check_id, 'pci_card_data');
      assert.equal(pci.status, 'failed');
      assert.equal(pci.severity, 'critical');
      assert.equal(pci.at, 16);
      assert.doesNotMatch(JSON.stringify(pci), /4111/);
      for (const m of CALL.slice(4)) c.send(m);
      const more = [await c.next('alert'), await c.next('alert')];
      assert.deepEqual(more.map((a) => `${a.check_id}:${a.status}`).sort(), ['prohibited_language:failed', 'recording_disclosure:at_risk']);
      for (const a of more) assert.equal(a.at, 35);
      c.send({ event: 'stop' });
      const completed = await c.next('completed', 30000);
      const closed = await c.closed;
      assert.equal(closed.code, 1000);
      const keys = c.messages.filter((m) => m.type === 'alert').map((m) => `${m.check_id}:${m.status}`);
      assert.equal(new Set(keys).size, keys.length, 'at most one alert per check and status');

      const analysis = completed.analysis;
      assert.equal(analysis.id, started.analysis_id);
      assert.equal(analysis.status, 'completed');
      const segments = CALL.map(({ speaker, text, start, end }) => ({ speaker, text, start, end }));
      const expected = analyseCall({ segments, language: 'en', metadata: { crm: 'z' }, redactPii: true, policy: BUILT_IN_POLICIES.default!, scorecard: BUILT_IN_SCORECARDS.default! });
      assert.deepEqual(analysis.results, JSON.parse(JSON.stringify(withReviews(expected.results))), 'the final analysis is the post-call engine on the same segments');
      assert.equal(analysis.transcript.segments.length, CALL.length);
      assert.doesNotMatch(JSON.stringify(analysis.transcript), /4111/, 'the card number is redacted in the stored transcript');
      const get = await s.api(`/api/v1/analysis/${started.analysis_id}`);
      assert.deepEqual(get.body, analysis);

      const deliveries = await waitFor(async () => {
        const d = await s.api(`/api/v1/analysis/${started.analysis_id}/deliveries`);
        const list = d.body?.data ?? [];
        return list.length > 0 && list.some((x: any) => x.status === 'succeeded' || x.status === 'delivered') ? list : null;
      }, 15000, 'the webhook delivery');
      assert.ok(deliveries.length >= 1);
    });

    test('auth: ?api_key= works; a bad or missing key gets HTTP 401 before the upgrade and never `started`', async () => {
      const ok = connect(`${liveUrl()}?api_key=${encodeURIComponent(s.key)}`);
      ok.send({ event: 'start' });
      assert.ok((await ok.next('started')).analysis_id);
      ok.ws.close();
      const bearer = connect(liveUrl(), { authorization: `Bearer ${s.key}` });
      bearer.send({ event: 'start' });
      assert.ok((await bearer.next('started')).analysis_id);
      bearer.ws.close();
      for (const headers of [{}, { 'x-api-key': 'sk_test_' + 'x'.repeat(32) }] as Array<Record<string, string>>) {
        const bad = connect(liveUrl(), headers);
        const closed = await bad.closed;
        assert.notEqual(closed.code, 1000);
        assert.equal(bad.messages.length, 0);
      }
      const res = await fetch(liveUrl(), { headers: { 'x-api-key': 'nope' } });
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as any).error.type, 'authentication_error');
    });

    test('bad, oversized and out-of-order messages: a clear error message, then a close code', async () => {
      const cases: Array<{ send: unknown[]; code: number; error: string }> = [
        { send: ['{not json'], code: LIVE_CLOSE.invalidMessage, error: 'invalid_json' },
        { send: [{ event: 'segment', speaker: 'Agent', text: 'hi', start: 0, end: 1 }], code: LIVE_CLOSE.outOfOrder, error: 'not_started' },
        { send: [{ event: 'start' }, { event: 'start' }], code: LIVE_CLOSE.outOfOrder, error: 'already_started' },
        { send: [{ event: 'start' }, seg('Agent', 'a', 5, 6), seg('Customer', 'b', 2, 3)], code: LIVE_CLOSE.outOfOrder, error: 'segment_out_of_order' },
        { send: [{ event: 'start' }, seg('Agent', 'x'.repeat(5000), 0, 1)], code: LIVE_CLOSE.tooLarge, error: 'message_too_large' },
        { send: [{ event: 'start' }, { event: 'segment', speaker: 'Bot', text: 'x', start: 0, end: 1 }], code: LIVE_CLOSE.invalidMessage, error: 'invalid_field' },
        { send: [{ event: 'start', language: 'fr' }], code: LIVE_CLOSE.invalidMessage, error: 'invalid_field' },
        { send: [{ event: 'start', policy_id: 'no_such_policy' }], code: LIVE_CLOSE.invalidMessage, error: 'resource_missing' },
        { send: [{ event: 'dance' }], code: LIVE_CLOSE.invalidMessage, error: 'unknown_event' },
      ];
      for (const k of cases) {
        const c = connect(liveUrl(), { 'x-api-key': s.key });
        for (const m of k.send) c.send(m);
        const err = await c.next('error');
        const closed = await c.closed;
        assert.equal(closed.code, k.code, JSON.stringify({ k, err }));
        if (k.error !== 'resource_missing') assert.equal(err.error.code, k.error, JSON.stringify(err));
        assert.equal(typeof err.error.message, 'string');
      }
    });

    test('a per-key cap on concurrent live calls; a dropped call is finalised after the grace period', async () => {
      const { key } = await s.newKey(`cap-${backend}`);
      const a = connect(liveUrl(), { 'x-api-key': key });
      const b = connect(liveUrl(), { 'x-api-key': key });
      a.send({ event: 'start', language: 'en' });
      b.send({ event: 'start' });
      const startedA = await a.next('started');
      await b.next('started');
      const c = connect(liveUrl(), { 'x-api-key': key });
      const err = await c.next('error');
      assert.equal(err.error.code, 'too_many_live_calls');
      assert.equal((await c.closed).code, LIVE_CLOSE.tooManyCalls);
      // another key is not affected
      const other = connect(liveUrl(), { 'x-api-key': s.key });
      other.send({ event: 'start' });
      await other.next('started');
      other.ws.close();

      a.send(seg('Agent', 'Thank you for calling, this call may be recorded.', 0, 3));
      await waitFor(async () => true, 100);
      a.ws.close(); // dropped before `stop`
      await a.closed;
      const done = await waitFor(async () => {
        const g = await s.api(`/api/v1/analysis/${startedA.analysis_id}`, { key });
        return g.body.status === 'completed' ? g.body : null;
      }, 15000, 'the dropped call to be finalised');
      assert.equal(done.transcript.segments.length, 1);
      // the slot is free again
      const d = connect(liveUrl(), { 'x-api-key': key });
      d.send({ event: 'start' });
      await d.next('started');
      d.ws.close();
      b.ws.close();
    });
  });
}
