// Security: tenant isolation on every /api/v1 route (taken from the served OpenAPI document, so a new route is covered
// or makes this test fail until it is classified), API keys hashed at rest (the SQLite file bytes and PostgreSQL's
// api_keys table never hold a key in clear), and no key or webhook secret in the server's debug logs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey } from '@callcov/services';
import { BACKENDS, createTestDatabase } from '../support/testDatabase.ts';
import { startTestServer, sampleTranscript, waitFor, type TestServer } from '../support/testServer.ts';
import { startReceiver, type TestReceiver } from '../support/testReceiver.ts';
import { createKeyWithCli, startCallCovProcess, stopGracefully } from '../../bench/cluster.ts';

type Kind = 'analysis' | 'endpoint' | 'apiKey' | 'policy' | 'scorecard';
interface Operation {
  method: string;
  path: string;
}

/** Which object an `{id}` route addresses. A new kind of object route must be added here. */
function kindOf(path: string): Kind | null {
  if (/^\/api\/v1\/analysis\/\{id\}/.test(path)) return 'analysis';
  if (/^\/api\/v1\/webhook_endpoints\/\{id\}/.test(path)) return 'endpoint';
  if (/^\/api\/v1\/api_keys\/\{id\}/.test(path)) return 'apiKey';
  if (/^\/api\/v1\/policies\/\{id\}/.test(path)) return 'policy';
  if (/^\/api\/v1\/scorecards\/\{id\}/.test(path)) return 'scorecard';
  return null;
}

/** Policy / scorecard documents (a copy of the built-in default), for creating and versioning custom ones. */
const documents: Partial<Record<'policy' | 'scorecard', Record<string, unknown>>> = {};
const bodyFor = (op: Operation): unknown => {
  if (op.method === 'patch' || (op.method === 'post' && op.path === '/api/v1/webhook_endpoints/{id}')) return { description: 'taken over' };
  if (op.method === 'post' && op.path.endsWith('/{id}/versions')) return { ...documents[kindOf(op.path) as 'policy' | 'scorecard'], name: 'taken over' };
  if (op.method === 'post' && op.path === '/api/v1/analysis/{id}/reviews') return { check_id: 'recording_disclosure', status: 'failed', comment: 'taken over' };
  return undefined;
};

describe('tenant isolation on every /api/v1 route (SQLite)', () => {
  let s: TestServer;
  let receiver: TestReceiver;
  let operations: Operation[];
  const A: Record<string, string> = {};
  const objects: Record<'aTest' | 'aLive', Record<Kind, string>> = { aTest: {} as Record<Kind, string>, aLive: {} as Record<Kind, string> };
  let bKey = '';
  let aLiveKey = '';

  before(async () => {
    receiver = await startReceiver();
    s = await startTestServer('sqlite');
    A.key = s.key;
    const aLive = await s.newKey('acme', 'live');
    aLiveKey = aLive.key;
    assert.equal(aLive.accountId, s.accountId, 'the live key belongs to the same account');
    bKey = (await s.newKey('globex', 'test')).key;
    for (const [who, key, hook] of [
      ['aTest', s.key, `${receiver.url}/hook`],
      ['aLive', aLiveKey, 'https://127.0.0.1:9/hook'],
    ] as const) {
      const analysis = await s.api('/api/v1/analysis', { method: 'POST', key, json: { transcript: sampleTranscript, ...(who === 'aTest' ? { webhook_url: hook } : {}) } });
      assert.equal(analysis.status, 202, analysis.text);
      const endpoint = await s.api('/api/v1/webhook_endpoints', { method: 'POST', key, json: { url: hook } });
      assert.equal(endpoint.status, 201, endpoint.text);
      const keys = await s.api('/api/v1/api_keys', { key });
      assert.equal(keys.status, 200, keys.text);
      const custom: Partial<Record<Kind, string>> = {};
      for (const [kind, path] of [['policy', 'policies'], ['scorecard', 'scorecards']] as const) {
        if (!documents[kind]) {
          const builtIn = (await s.api(`/api/v1/${path}`, { key })).body.data[0];
          const { id: _id, version: _v, ...doc } = (await s.api(`/api/v1/${path}/${builtIn.id}`, { key })).body.document;
          documents[kind] = doc;
        }
        const made = await s.api(`/api/v1/${path}`, { method: 'POST', key, json: { ...documents[kind], id: `iso_${who.toLowerCase()}_${kind}` } });
        assert.equal(made.status, 201, made.text);
        custom[kind] = made.body.id;
      }
      objects[who] = { analysis: analysis.body.id, endpoint: endpoint.body.id, apiKey: (keys.body.data ?? keys.body)[0].id, policy: custom.policy!, scorecard: custom.scorecard! };
    }
    await waitFor(async () => (await s.api(`/api/v1/analysis/${objects.aTest.analysis}/deliveries`)).body?.data?.length > 0, 15000, 'a delivery');
    const doc = await s.api('/api/v1/openapi.json');
    operations = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .filter(([p]) => p.startsWith('/api/v1/') && p !== '/api/v1/openapi.json')
      .flatMap(([path, methods]) => Object.keys(methods).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((method) => ({ method, path })));
  });
  after(async () => {
    await s?.stop();
    await receiver?.close();
  });

  test('every route with an {id} addresses a known kind of object', () => {
    const unknown = operations.filter((o) => o.path.includes('{') && kindOf(o.path) === null);
    assert.deepEqual(unknown, [], 'classify these routes in kindOf() so their isolation is tested');
    assert.ok(operations.length >= 15, `found ${operations.length} operations`);
  });

  const request = (op: Operation, id: string, key: string) =>
    s.api(op.path.replace('{id}', id), { method: op.method.toUpperCase(), key, ...(bodyFor(op) !== undefined ? { json: bodyFor(op) } : {}), signal: AbortSignal.timeout(5000) });

  test("account B's key gets 404 on every route addressing account A's objects (every method)", async () => {
    const tried: string[] = [];
    for (const op of operations.filter((o) => kindOf(o.path))) {
      const r = await request(op, objects.aTest[kindOf(op.path)!], bKey);
      assert.equal(r.status, 404, `${op.method.toUpperCase()} ${op.path} as account B: ${r.status} ${r.text}`);
      assert.equal(r.body.error.type, 'not_found_error');
      tried.push(`${op.method.toUpperCase()} ${op.path}`);
    }
    console.log(`# isolation checked on ${tried.length} object routes: ${tried.join(', ')}`);
  });

  test("a test-mode key gets 404 on every route addressing the same account's live objects", async () => {
    for (const op of operations.filter((o) => kindOf(o.path))) {
      const r = await request(op, objects.aLive[kindOf(op.path)!], A.key!);
      assert.equal(r.status, 404, `${op.method.toUpperCase()} ${op.path} with the test key on a live object: ${r.status} ${r.text}`);
    }
  });

  test('the attacks changed nothing: A still sees its objects intact', async () => {
    const analysis = await s.api(`/api/v1/analysis/${objects.aTest.analysis}`);
    assert.equal(analysis.status, 200);
    assert.notEqual(analysis.body.deleted, true);
    assert.equal(analysis.body.results.compliance.reviewed, false, 'B recorded no review on A\'s analysis');
    const endpoint = await s.api(`/api/v1/webhook_endpoints/${objects.aTest.endpoint}`);
    assert.equal(endpoint.status, 200);
    assert.notEqual(endpoint.body.description, 'taken over');
    const live = await s.api(`/api/v1/webhook_endpoints/${objects.aLive.endpoint}`, { key: aLiveKey });
    assert.equal(live.status, 200);
    assert.notEqual(live.body.description, 'taken over');
    assert.equal((await s.api('/api/v1/analysis', { key: A.key! })).status, 200, "A's key still works (not revoked by B)");
    for (const path of ['policies', 'scorecards']) {
      const doc = await s.api(`/api/v1/${path}/${objects.aTest[path === 'policies' ? 'policy' : 'scorecard']}`);
      assert.equal(doc.status, 200);
      assert.equal(doc.body.version, 1, `B added no version to A's ${path}`);
      assert.equal(doc.body.default, false, `B did not make A's ${path} the default`);
    }
  });

  test("lists, account-level routes and the event stream never show another account's or mode's objects", async () => {
    const secretA = (await s.api('/api/v1/webhooks/secret')).text;
    const foreign = [...Object.values(objects.aTest), ...Object.values(objects.aLive)];
    for (const op of operations.filter((o) => o.method === 'get' && !kindOf(o.path))) {
      if (op.path.includes('stream')) continue;
      const r = await s.api(op.path, { key: bKey, signal: AbortSignal.timeout(5000) });
      assert.ok(r.status < 500, `${op.path}: ${r.status}`);
      for (const id of foreign) assert.ok(!r.text.includes(id), `GET ${op.path} as B shows A's ${id}`);
      const live = await s.api(op.path, { key: aLiveKey, signal: AbortSignal.timeout(5000) });
      for (const id of Object.values(objects.aTest)) if (id !== objects.aTest.apiKey || !op.path.includes('api_keys')) assert.ok(!live.text.includes(id), `GET ${op.path} in live mode shows test object ${id}`);
    }
    const secretB = (await s.api('/api/v1/webhooks/secret', { key: bKey })).body;
    const secretLive = (await s.api('/api/v1/webhooks/secret', { key: aLiveKey })).body;
    for (const other of [secretB, secretLive]) assert.ok(!secretA.includes(JSON.stringify(other).match(/whsec_[A-Za-z0-9+/=]+/)![0]), 'secrets differ by account and mode');
    // rotating B's secret leaves A's alone
    await s.api('/api/v1/webhooks/secret/rotate', { method: 'POST', key: bKey });
    assert.equal((await s.api('/api/v1/webhooks/secret')).text, secretA);

    const stream = operations.find((o) => o.path.includes('stream'));
    if (stream) {
      const res = await fetch(`${s.url}${stream.path}`, { headers: { 'x-api-key': bKey }, signal: AbortSignal.timeout(4000) });
      assert.equal(res.status, 200);
      const created = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      await waitFor(async () => (await s.api(`/api/v1/analysis/${created.body.id}`)).body.status === 'completed', 10000, 'A analysis completed');
      let seen = '';
      const reader = res.body!.getReader();
      const until = Date.now() + 1500;
      try {
        while (Date.now() < until) {
          const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), until - Date.now()))]);
          if (!chunk || chunk.done) break;
          seen += new TextDecoder().decode(chunk.value);
        }
      } catch {
        // the timeout aborts the stream
      }
      await reader.cancel().catch(() => {});
      assert.ok(!seen.includes(created.body.id), "B's event stream carried A's analysis");
    }
  });
});

describe('API keys are hashed at rest', () => {
  for (const backend of BACKENDS) {
    test(`${backend}: the clear key never appears in the stored data`, async () => {
      const t = await createTestDatabase(backend);
      try {
        const keys = [await createApiKey(t.database, 'acme', 'test', Date.now()), await createApiKey(t.database, 'acme', 'live', Date.now())];
        if (backend === 'sqlite') {
          await t.database.close();
          const file = join(t.dataDir, 'callcov.db');
          const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
          assert.ok(bytes.length > 4096, 'read the database file');
          for (const k of keys) {
            assert.equal(bytes.indexOf(k.key), -1, 'clear key in the SQLite file');
            assert.equal(bytes.indexOf(k.key.slice(8, -4)), -1, "the key's secret part in the SQLite file");
          }
          t.database = t.reopen();
        } else {
          const rows = await t.database.db.selectFrom('api_keys').selectAll().execute();
          assert.equal(rows.length, 2);
          const text = JSON.stringify(rows);
          for (const k of keys) {
            assert.ok(!text.includes(k.key), 'clear key in api_keys');
            assert.ok(!text.includes(k.key.slice(8, -4)), "the key's secret part in api_keys");
          }
          for (const r of rows) assert.match(String(r.key_hash), /^[0-9a-f]{64}$|^[A-Za-z0-9+/=_-]{40,}$/, 'a hash is stored');
        }
      } finally {
        await t.cleanup();
      }
    });
  }
});

describe('no secrets in logs', () => {
  test('a server at LOG_LEVEL=debug never prints an API key or a webhook secret, across API, worker and dispatcher', { timeout: 60000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'callcov-logs-'));
    const env = { CALLCOV_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'debug', CALLCOV_POLL_INTERVAL_MS: '50', CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.2' };
    const receiver = await startReceiver((_r, res) => {
      res.statusCode = 500; // a failing receiver makes the dispatcher log its errors too
      res.end('nope');
    });
    const created = await createKeyWithCli(env, 'logs');
    const server = await startCallCovProcess('all', env, { keepOutput: true });
    const secrets = [created.key, created.webhook_secret];
    try {
      const url = server.url!;
      const call = async (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) => {
        const res = await fetch(url + path, init);
        return { status: res.status, text: await res.text() };
      };
      const submit = await call('/api/v1/analysis', { method: 'POST', headers: { 'x-api-key': created.key, 'content-type': 'application/json', 'idempotency-key': 'log-test' }, body: JSON.stringify({ transcript: sampleTranscript, webhook_url: `${receiver.url}/hook` }) });
      assert.equal(submit.status, 202);
      const id = JSON.parse(submit.text).id as string;
      await call(`/api/v1/analysis/${id}`, { headers: { authorization: `Bearer ${created.key}` } });
      await call('/api/v1/webhooks/secret', { headers: { 'x-api-key': created.key } });
      const rotated = await call('/api/v1/webhooks/secret/rotate', { method: 'POST', headers: { 'x-api-key': created.key } });
      for (const m of rotated.text.matchAll(/whsec_[A-Za-z0-9+/=]+/g)) secrets.push(m[0]);
      const newKey = await call('/api/v1/api_keys', { method: 'POST', headers: { 'x-api-key': created.key, 'content-type': 'application/json' }, body: '{}' });
      for (const m of newKey.text.matchAll(/sk_(?:test|live)_[A-Za-z0-9]+/g)) secrets.push(m[0]);
      const wrong = `sk_test_${'x'.repeat(40)}`;
      secrets.push(wrong);
      assert.equal((await call('/api/v1/analysis', { headers: { 'x-api-key': wrong } })).status, 401);
      assert.equal((await call('/api/v1/analysis', { headers: { authorization: `Bearer ${wrong}` } })).status, 401);
      await call('/echo/log-test', { method: 'POST', headers: { 'x-api-key': created.key, 'content-type': 'application/json' }, body: '{"hello":1}' });
      await waitFor(async () => receiver.requests.length >= 2, 15000, 'the dispatcher to try (and fail) twice');
      await stopGracefully(server);
      const log = server.output();
      assert.ok(log.split('\n').length > 10 && /"level":(20|30)/.test(log), `request logging was on and captured:\n${log.slice(0, 2000)}`);
      assert.ok(log.includes(id), 'the log names the analysis (so it is the log of this work)');
      assert.ok(log.includes('/api/v1/webhooks/secret') && log.includes('"statusCode":401'), 'requests (including the rejected ones) were logged');
      for (const secret of secrets) assert.ok(!log.includes(secret), `the log contains a secret: ${secret.slice(0, 12)}…`);
      if (process.env.CALLCOV_PRINT_LOG) console.log(log);
      console.log(`# ${log.split('\n').length} log lines at debug level checked for ${secrets.length} keys/secrets`);
    } finally {
      await stopGracefully(server);
      await receiver.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
