// Security: a key revoked on this process stops working at once (its cached authentication is evicted), and an address
// that keeps failing authentication is rate limited (429 + Retry-After) before any key lookup is made.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/testServer.ts';

describe('authentication hardening', () => {
  let s: TestServer;
  before(async () => {
    // per key 10/s, burst 30; so failed authentications per address: 1/s, burst 3
    s = await startTestServer('sqlite', { env: { CALLCOV_RATE_LIMIT: '10', CALLCOV_RATE_LIMIT_BURST: '30' } });
  });
  after(() => s.stop());

  test('failed authentications are rate limited per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await s.api('/api/v1/analysis', { key: `sk_test_${'x'.repeat(32)}${i}` })).status);
    assert.deepEqual(statuses.slice(0, 3), [401, 401, 401]);
    assert.ok(statuses.slice(3).every((c) => c === 429), `statuses: ${statuses}`);
    const limited = await s.api('/api/v1/analysis', { key: null });
    assert.equal(limited.status, 429, 'a request without a key counts too');
    assert.equal(limited.body.error.type, 'rate_limit_error');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    // while the address is limited even a good key waits (guessing must not go on); a second later it works again
    await new Promise((r) => setTimeout(r, 1100));
    assert.equal((await s.api('/api/v1/analysis')).status, 200);
  });

  test('a revoked key is refused on the very next request (no cached authentication outlives the revocation)', async () => {
    const created = await s.api('/api/v1/api_keys', { method: 'POST' });
    assert.equal(created.status, 201, created.text);
    assert.equal((await s.api('/api/v1/analysis', { key: created.body.key })).status, 200, 'the new key works (and is now cached)');
    assert.equal((await s.api(`/api/v1/api_keys/${created.body.id}`, { method: 'DELETE' })).status, 200);
    const after = await s.api('/api/v1/analysis', { key: created.body.key });
    assert.equal(after.status, 401, after.text);
    assert.equal(after.body.error.code, 'invalid_api_key');
  });
});
