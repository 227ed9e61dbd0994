// Security: an open Server-Sent Events stream is only as good as its key. Revoking the key ends the stream within a
// few seconds, and one key cannot open an unbounded number of streams (each one polls the database).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, waitFor, type TestServer } from '../support/testServer.ts';

describe('event streams re-check their key and are capped per key', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(() => s.stop());

  const openStream = async (key: string) => {
    const ac = new AbortController();
    const res = await fetch(`${s.url}/api/v1/events/stream`, { headers: { 'x-api-key': key }, signal: ac.signal });
    return { res, close: () => ac.abort() };
  };

  /** Reads the stream until it ends; resolves with what it said and when it ended. */
  const readToEnd = async (res: Response) => {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, endedAt: Date.now() };
      text += decoder.decode(value, { stream: true });
    }
  };

  test('revoking the key ends its open stream within a few seconds', async () => {
    const created = await s.api('/api/v1/api_keys', { method: 'POST' });
    assert.equal(created.status, 201, created.text);
    const { res } = await openStream(created.body.key);
    assert.equal(res.status, 200);
    const ended = readToEnd(res);
    await new Promise((r) => setTimeout(r, 300));
    const revokedAt = Date.now();
    assert.equal((await s.api(`/api/v1/api_keys/${created.body.id}`, { method: 'DELETE' })).status, 200);
    const timeout = new Promise<null>((r) => setTimeout(() => r(null), 6000).unref());
    const outcome = await Promise.race([ended, timeout]);
    assert.ok(outcome, 'the stream was still open 6 s after its key was revoked');
    assert.ok(outcome.endedAt - revokedAt < 4000, `ended ${outcome.endedAt - revokedAt} ms after the revocation`);
    assert.match(outcome.text, /event: error\ndata: \{"type":"authentication_error","code":"invalid_api_key"/);
    // and the key cannot reconnect
    assert.equal((await openStream(created.body.key)).res.status, 401);
  });

  test('one key holds at most 10 open streams; the 11th is a 429 until one closes', async () => {
    const key = (await s.newKey('stream-hog')).key;
    const streams = [];
    for (let i = 0; i < 10; i++) {
      const st = await openStream(key);
      assert.equal(st.res.status, 200, `stream ${i + 1}`);
      streams.push(st);
    }
    const refused = await fetch(`${s.url}/api/v1/events/stream`, { headers: { 'x-api-key': key } });
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    const body = (await refused.json()) as { error: { type: string; code: string } };
    assert.equal(body.error.type, 'rate_limit_error');
    assert.equal(body.error.code, 'too_many_streams');
    // another key of the same account is not affected
    const other = await openStream(s.key);
    assert.equal(other.res.status, 200);
    other.close();
    streams.pop()!.close();
    let again: Awaited<ReturnType<typeof openStream>> | null = null;
    for (let i = 0; i < 40 && (!again || again.res.status !== 200); i++) {
      await new Promise((r) => setTimeout(r, 50));
      again = await openStream(key);
    }
    assert.equal(again!.res.status, 200, 'a slot is free again once a stream closes');
    again!.close();
    for (const st of streams) st.close();
  });
});

describe('event streams share one database poll per process', () => {
  test('50 open streams cost one query per poll interval, and each gets only its own account and mode', async () => {
    const { makeFinishedAnalysisFeed } = await import('../../packages/server/src/routes/finishedAnalysisFeed.ts');
    const s = await startTestServer('sqlite');
    // every subscription is stopped whatever an assertion says: a live feed keeps polling and the test process never exits
    let stops: Array<() => void> = [];
    try {
      let queries = 0;
      const counted = s.db.database.db.withPlugin({
        transformQuery: (args) => {
          queries++;
          return args.node;
        },
        transformResult: async (args) => args.result,
      });
      const feed = makeFinishedAnalysisFeed({ db: () => counted, now: Date.now, pollIntervalMs: 100, batchSize: 100, onError: (err) => assert.fail(String(err)) });
      const other = await s.newKey('someone-else');
      const got: Array<{ who: string; id: string }> = [];
      stops = Array.from({ length: 50 }, (_, i) => {
        const mine = i % 2 === 0;
        return feed.subscribe({
          accountId: mine ? s.accountId : other.accountId,
          mode: 'test',
          statuses: ['completed', 'failed'],
          onRow: (row) => got.push({ who: mine ? 'mine' : 'other', id: row.id }),
        });
      });
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: { segments: [{ speaker: 'Agent', text: 'Hello, thank you for calling.', start: 0, end: 2 }] } } });
      assert.equal(r.status, 202, r.text);
      const started = Date.now();
      const before = queries;
      // at least 1.5 s of polling, and until the analysis has finished and reached the streams (a loaded CI machine
      // can take longer than that to analyse it)
      const reached = () => got.filter((g) => g.who === 'mine' && g.id === r.body.id).length;
      await new Promise((res) => setTimeout(res, 1500));
      await waitFor(async () => reached() >= 25, 20000, 'the event on every stream of the account');
      await new Promise((res) => setTimeout(res, 300)); // a duplicate would show up in the next polls
      const polls = (Date.now() - started) / 100;
      assert.ok(queries - before <= polls + 2, `${queries - before} queries in ${polls.toFixed(0)} intervals for 50 streams`);
      assert.equal(reached(), 25, 'each of the 25 streams of the account got the event once');
      assert.equal(got.filter((g) => g.who === 'other').length, 0, "another account's streams got nothing");
      for (const stop of stops) stop();
      stops = [];
      const idle = queries;
      await new Promise((res) => setTimeout(res, 300));
      assert.equal(queries, idle, 'no polling once nobody listens');
    } finally {
      for (const stop of stops) stop();
      await s.stop();
    }
  });
});
