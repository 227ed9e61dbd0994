// Security: the public echo service (DESIGN.md §1.6) cannot be used as free storage or to exhaust memory. In
// production it refuses (401, stores nothing) requests that carry no valid CallCov signature; everywhere its total
// storage is capped in bytes (oldest evicted) and a view loads one bounded page of bodies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { sampleTranscript, startTestServer, type TestServer } from '../support/testServer.ts';

const post = (s: TestServer, echoId: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${s.url}/echo/${echoId}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const view = async (s: TestServer, path: string) => (await s.api(path, { key: null })).body;
const storedBytes = async (s: TestServer) =>
  Number((await s.db.database.db.selectFrom('echo_requests').select((eb) => eb.fn.sum<number>('size_bytes').as('b')).executeTakeFirst())?.b ?? 0);

describe('echo service in production: only CallCov-signed requests are recorded', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite', { env: { CALLCOV_ENV: 'production', CALLCOV_ENCRYPTION_KEY: 'ab'.repeat(32) } });
  });
  after(() => s.stop());

  test('unsigned and wrongly signed requests are 401 and stored nothing; a signed one is recorded', async () => {
    const unsigned = await post(s, 'prod-echo', JSON.stringify({ hello: 'world' }));
    assert.equal(unsigned.status, 401);
    const err = (await unsigned.json()) as { error: { type: string; code: string } };
    assert.equal(err.error.type, 'authentication_error');
    assert.equal(err.error.code, 'unsigned_echo_request');

    const a = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
    assert.equal(a.status, 202, a.text);
    const body = JSON.stringify({ id: a.body.id, object: 'analysis' });
    const forged = await post(s, 'prod-echo', body, { 'x-callcov-signature': createHmac('sha256', 'whsec_not-the-secret').update(body).digest('hex') });
    assert.equal(forged.status, 401);
    assert.deepEqual((await view(s, '/view/prod-echo.json')).data, [], 'nothing stored for refused requests');
    assert.equal(await storedBytes(s), 0);

    const signed = await post(s, 'prod-echo', body, { 'x-callcov-signature': createHmac('sha256', s.secret).update(body).digest('hex') });
    assert.equal(signed.status, 200, await signed.clone().text());
    const v = await view(s, '/view/prod-echo.json');
    assert.equal(v.data.length, 1);
    assert.equal(v.data[0].verification.x_callcov_signature, 'valid');
  });
});

describe('echo service storage is capped in bytes and views are bounded pages', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite', { env: { CALLCOV_ECHO_MAX_MB: '1' } });
  });
  after(() => s.stop());

  const big = (n: number, tag: string) => JSON.stringify({ tag, pad: 'x'.repeat(n) });

  test('total echo storage stays under CALLCOV_ECHO_MAX_MB, the oldest requests evicted first (across ids)', async () => {
    for (let i = 0; i < 12; i++) assert.equal((await post(s, `flood-${i}`, big(200_000, `r${i}`))).status, 200);
    const bytes = await storedBytes(s);
    assert.ok(bytes <= 1024 * 1024, `stored ${bytes} bytes`);
    assert.equal((await view(s, '/view/flood-0.json')).data.length, 0, 'the oldest went');
    assert.equal((await view(s, '/view/flood-11.json')).data.length, 1, 'the newest stays');
  });

  test('a view loads about 2 MB of bodies per page at most and pages on with next_before', async () => {
    const t = await startTestServer('sqlite', { env: { CALLCOV_ECHO_MAX_MB: '64' } });
    try {
      for (let i = 0; i < 30; i++) assert.equal((await post(t, 'paged', big(300_000, `r${i}`))).status, 200);
      const seen: string[] = [];
      let path = '/view/paged.json';
      for (let pages = 0; pages < 20; pages++) {
        const page = await view(t, path);
        const bodyBytes = page.data.reduce((n: number, q: { body: string }) => n + q.body.length, 0);
        assert.ok(bodyBytes <= 2.2 * 1024 * 1024, `page ${pages} carries ${bodyBytes} body bytes`);
        seen.push(...page.data.map((q: { body: string }) => JSON.parse(q.body).tag));
        if (!page.has_more) break;
        path = `/view/paged.json?before=${page.next_before}`;
      }
      assert.deepEqual(seen, Array.from({ length: 30 }, (_, i) => `r${29 - i}`), 'every request once, newest first');
      const small = await view(t, '/view/paged.json?limit=3');
      assert.equal(small.data.length, 3);
      assert.equal(small.has_more, true);
      const bad = await t.api('/view/paged.json?limit=1000', { key: null });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.param, 'limit');
    } finally {
      await t.stop();
    }
  });
});

describe('echo view security headers', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(() => s.stop());

  test('/view/{id} sends a nonce CSP, nosniff, no framing and no referrer; only its own nonce-tagged script and style run', async () => {
    const res = await fetch(`${s.url}/view/headers-test`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, `CSP: ${csp}`);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    const html = await res.text();
    assert.deepEqual([...html.matchAll(/<(script|style)([^>]*)>/g)].map((m) => m[2]), [` nonce="${nonce}"`, ` nonce="${nonce}"`]);
    assert.ok(!/ style="/.test(html), 'no inline style attributes (the CSP would block them)');
    const again = await fetch(`${s.url}/view/headers-test`);
    assert.notEqual(/'nonce-([^']+)'/.exec(again.headers.get('content-security-policy') ?? '')?.[1], nonce, 'a fresh nonce per response');
    const json = await fetch(`${s.url}/view/headers-test.json`);
    assert.equal(json.headers.get('x-content-type-options'), 'nosniff');
    assert.match(json.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });
});
