import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';

const CLIENT_ID = 'callcov-client';
const CLIENT_SECRET = 'cs_0123456789abcdefghij';

/** A real OAuth2 token server (client credentials, client_secret_basic) on `host`; it issues tok_1, tok_2, … */
async function startTokenServer(host = '127.0.0.1', expiresIn = 3600) {
  const issued: string[] = [];
  const requests: Array<{ authorization: string | undefined; body: string }> = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push({ authorization: req.headers.authorization, body });
      const form = new URLSearchParams(body);
      const expected = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
      res.setHeader('content-type', 'application/json');
      if (req.url !== '/oauth/token' || req.method !== 'POST' || form.get('grant_type') !== 'client_credentials') {
        res.statusCode = 400;
        return res.end(JSON.stringify({ error: 'unsupported_grant_type' }));
      }
      if (req.headers.authorization !== expected) {
        res.statusCode = 401;
        return res.end(JSON.stringify({ error: 'invalid_client', error_description: 'bad client credentials' }));
      }
      const token = `tok_${++n}`;
      issued.push(token);
      res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: state.expiresIn, scope: form.get('scope') }));
    });
  });
  const state = { expiresIn };
  await new Promise<void>((r) => server.listen(0, host, r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/oauth/token`,
    issued,
    requests,
    state,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

for (const backend of BACKENDS) {
  describe(`OAuth2 client credentials to the receiver on ${backend}`, () => {
    let s: TestServer;
    let tokens: Awaited<ReturnType<typeof startTokenServer>>;
    let rx: TestReceiver;
    /** Tokens the receiver accepts (a revoked one gets 401). */
    const accepted = new Set<string>();
    before(async () => {
      s = await startTestServer(backend, { env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.2,0.2' } });
      tokens = await startTokenServer();
      rx = await startReceiver((r, res) => {
        const token = /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1];
        if (token === undefined || !accepted.has(token)) {
          res.statusCode = 401;
          return res.end('no');
        }
        res.end('ok');
      });
    });
    after(async () => {
      await rx.close();
      await tokens.close();
      await s.stop();
    });
    const submit = async () => (await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } })).body.id as string;
    const delivered = (id: string) =>
      waitFor(async () => {
        const d = (await s.api(`/api/v1/analysis/${id}/deliveries`)).body.data[0];
        return d && d.status !== 'pending' ? d : null;
      }, 10000, 'the delivery to finish');

    test('the bearer token is fetched once, cached, refreshed once on a 401, and fetched again after it expires', async () => {
      const ep = (
        await s.api('/api/v1/webhook_endpoints', {
          method: 'POST',
          json: { url: `${rx.url}/hook`, auth: { type: 'oauth2_client_credentials', token_url: tokens.url, client_id: CLIENT_ID, client_secret: CLIENT_SECRET, scope: 'webhooks:write' } },
        })
      ).body;
      assert.deepEqual(ep.auth, { type: 'oauth2_client_credentials', token_url: tokens.url, client_id: CLIENT_ID, client_secret: '****ghij', scope: 'webhooks:write' });
      const row = await s.db.database.db.selectFrom('webhook_endpoints').select('auth_sealed').where('id', '=', ep.id).executeTakeFirstOrThrow();
      assert.ok(!row.auth_sealed!.includes(CLIENT_SECRET), 'the client secret is stored encrypted');
      // the token server issues tok_1; the receiver accepts it
      accepted.add('tok_1');
      for (let i = 0; i < 3; i++) assert.equal((await delivered(await submit())).status, 'succeeded');
      assert.equal(tokens.issued.length, 1, 'one token for three deliveries (cached)');
      assert.equal(new URLSearchParams(tokens.requests[0]!.body).get('scope'), 'webhooks:write');
      assert.ok(rx.requests.every((r) => r.headers.authorization === 'Bearer tok_1'));

      // the receiver revokes tok_1: the next attempt gets 401, a new token is fetched and the POST succeeds, in one attempt
      accepted.delete('tok_1');
      accepted.add('tok_2');
      const d = await delivered(await submit());
      assert.equal(d.status, 'succeeded');
      assert.equal(d.attempts.length, 1);
      assert.equal(tokens.issued.length, 2);
      assert.deepEqual(rx.requests.slice(-2).map((r) => r.headers.authorization), ['Bearer tok_1', 'Bearer tok_2']);

      // a receiver that refuses every token: one refresh, then the attempt fails as a 401 (no token storm)
      accepted.clear();
      const refused = await waitFor(async () => {
        const x = (await s.api(`/api/v1/analysis/${(await delivered(await submit())).analysis_id}/deliveries`)).body.data[0];
        return x.status === 'failed' ? x : null;
      }, 15000, 'the refused delivery to give up');
      assert.equal(refused.attempts[0].status_code, 401);
      assert.equal(tokens.issued.length, 2 + refused.attempts.length, 'one new token per attempt, not more');

      // changed credentials (here the scope; the masked secret sent back keeps the stored one) get a token of their
      // own, and a short-lived token is fetched again once it expires
      tokens.state.expiresIn = 1;
      const patched = await s.api(`/api/v1/webhook_endpoints/${ep.id}`, { method: 'PATCH', json: { auth: { ...ep.auth, scope: 'webhooks:read' } } });
      assert.equal(patched.body.auth.client_secret, '****ghij');
      for (let t = 1; t <= 20; t++) accepted.add(`tok_${t}`);
      const issuedBefore = tokens.issued.length;
      assert.equal((await delivered(await submit())).status, 'succeeded');
      assert.equal(tokens.issued.length, issuedBefore + 1, 'new credentials, new token');
      assert.equal(tokens.requests.at(-1)!.authorization, `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`, 'the stored secret was kept');
      await new Promise((r) => setTimeout(r, 1200));
      assert.equal((await delivered(await submit())).status, 'succeeded');
      assert.equal(tokens.issued.length, issuedBefore + 2, 'an expired token is not reused');
      await s.api(`/api/v1/webhook_endpoints/${ep.id}`, { method: 'DELETE' });
    });

    test('bad client credentials fail the attempt as auth_failed, naming the token server answer, never the secret', async () => {
      const ep = (
        await s.api('/api/v1/webhook_endpoints', {
          method: 'POST',
          json: { url: `${rx.url}/hook`, auth: { type: 'oauth2_client_credentials', token_url: tokens.url, client_id: CLIENT_ID, client_secret: 'wrong_secret_value_1234' } },
        })
      ).body;
      const d = await delivered(await submit());
      const attempt = d.attempts[0];
      assert.equal(attempt.error_class, 'auth_failed');
      assert.match(attempt.error_message, /HTTP 401: invalid_client \(bad client credentials\)/);
      assert.doesNotMatch(attempt.error_message, /wrong_secret/);
      await s.api(`/api/v1/webhook_endpoints/${ep.id}`, { method: 'DELETE' });
    });
  });
}

describe('the token URL is under the outbound address rules', () => {
  test('in production a token URL on a refused address fails the attempt (blocked), while the allowed receiver is never reached', async () => {
    const s = await startTestServer('sqlite', {
      env: { CALLCOV_ENV: 'production', CALLCOV_ENCRYPTION_KEY: 'ab'.repeat(32), CALLCOV_ALLOW_NETWORKS: '127.0.0.1/32', CALLCOV_WEBHOOK_RETRY_SCHEDULE: '60' },
    });
    // the receiver is on an allowed address; the token server on 127.0.0.2 (loopback, not allowed)
    const tokens = await startTokenServer('127.0.0.2');
    const rx = await startReceiver();
    try {
      await s.api('/api/v1/webhook_endpoints', {
        method: 'POST',
        json: { url: `${rx.url}/hook`, auth: { type: 'oauth2_client_credentials', token_url: tokens.url, client_id: CLIENT_ID, client_secret: CLIENT_SECRET } },
      });
      const id = (await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } })).body.id;
      const attempt = await waitFor(async () => (await s.api(`/api/v1/analysis/${id}/deliveries`)).body.data[0]?.attempts?.[0], 10000, 'attempt');
      assert.equal(attempt.error_class, 'auth_failed');
      assert.match(attempt.error_message, /127\.0\.0\.2.*loopback.*not allowed in production/);
      assert.equal(tokens.requests.length, 0, 'nothing reached the refused address');
      assert.equal(rx.requests.length, 0, 'no POST without a token');
    } finally {
      await rx.close();
      await tokens.close();
      await s.stop();
    }
  });
});
