import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../support/testServer.ts';

/**
 * Bad input over every endpoint: for each path and method of the served OpenAPI document, random path parameters,
 * query strings, headers and JSON (or non-JSON) bodies. Nothing may answer 5xx, every 4xx carries the error object,
 * and the queue is left with no stuck job.
 */
describe('fuzz: every endpoint’s body, query and headers (SQLite)', () => {
  let s: TestServer;
  let routes: Array<{ method: string; path: string }> = [];
  let realId = '';
  before(async () => {
    s = await startTestServer('sqlite', { env: { CALLCOV_RATE_LIMIT: '1000000', CALLCOV_RATE_LIMIT_BURST: '1000000' } });
    const doc = (await s.api('/api/v1/openapi.json', { key: null })).body;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) {
        if (path.endsWith('/events/stream') || path.endsWith('/audio')) continue; // streaming responses: covered elsewhere
        routes.push({ method: method.toUpperCase(), path });
      }
    }
    realId = (await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } })).body.id;
  });
  after(async () => {
    await s.stop();
  });

  test('no 5xx and always the documented error object', async () => {
    assert.ok(routes.length >= 15, `${routes.length} routes`);
    const pathParam = fc.oneof(fc.constant(realId), fc.uuid(), fc.string({ maxLength: 40 }), fc.constant('default'), fc.constant('..%2F..'));
    const query = fc.dictionary(
      fc.oneof(fc.constantFrom('limit', 'starting_after', 'status', 'agent_id', 'created_gte', 'created_lte', 'failed_check', 'version', 'events'), fc.string({ maxLength: 10 })),
      fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String), fc.constant('')),
      { maxKeys: 4 },
    );
    const body = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.constant('{"url": "http://127.0.0.1:1/x", "events": ["analysis.completed"]}'),
      fc.constant('{"transcript": {"segments": []}}'),
    );
    const headers = fc.record(
      {
        'content-type': fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', ''),
        'idempotency-key': fc.string({ maxLength: 300 }),
        authorization: fc.constantFrom('Bearer ', 'Bearer x', 'Basic abc'),
      },
      { requiredKeys: [] },
    );
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), pathParam, query, body, headers, fc.boolean(), async (route, param, q, b, h, withKey) => {
        const path = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(param));
        const qs = new URLSearchParams(q).toString();
        const init: RequestInit = { method: route.method, headers: Object.fromEntries(Object.entries(h).filter(([, v]) => /^[\t\x20-\x7e]*$/.test(v as string))) as Record<string, string> };
        if (b !== undefined && route.method !== 'GET' && route.method !== 'DELETE') init.body = b;
        const res = await s.api(`${path}${qs ? `?${qs}` : ''}`, { ...init, key: withKey ? s.key : null });
        requests++;
        assert.ok(res.status < 500, `${route.method} ${path}?${qs} -> ${res.status}: ${res.text.slice(0, 300)}`);
        if (res.status >= 400 && path.startsWith('/api/')) {
          assert.equal(typeof res.body?.error?.type, 'string', `${route.method} ${path} -> ${res.status} without the error object: ${res.text.slice(0, 200)}`);
        }
      }),
      { numRuns: Number(process.env.CALLCOV_FUZZ_RUNS ?? 600) },
    );
    console.log(`# ${requests} fuzzed requests over ${routes.length} routes: no 5xx`);
    // nothing the fuzzing queued may be left stuck: every job finishes or is scheduled for a retry
    await waitFor(async () => {
      const running = await s.db.database.db.selectFrom('jobs').select('id').where('status', '=', 'running').where('lease_until', '<', Date.now()).execute();
      return running.length === 0;
    }, 20000, 'no job holding an expired lease');
  });
});
