import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sampleTranscript as sample, startTestServer, type TestServer } from '../../../test/support/testServer.ts';
import {
  CallCov,
  CallCovAuthenticationError,
  CallCovConnectionError,
  CallCovIdempotencyError,
  CallCovInvalidRequestError,
  CallCovNotFoundError,
  CallCovTimeoutError,
  type Analysis,
  type TranscriptInput,
} from '../src/node.ts';

const sampleTranscript = sample as TranscriptInput;
import { startFaultyProxy } from './support/faultyProxy.ts';

const execFileAsync = promisify(execFile);

// The SDK talks HTTP only, so one backend (SQLite) is enough here; the server's own suites cover PostgreSQL.
describe('SDK against a real CallCov server (sqlite)', () => {
  let s: TestServer;
  let client: CallCov;
  before(async () => {
    s = await startTestServer('sqlite');
    client = new CallCov({ apiKey: s.key, baseUrl: `${s.url}/api/v1` });
  });
  after(async () => {
    await s.stop();
  });

  test('create (transcript) -> waitFor with progress -> retrieve -> del', async () => {
    const created = await client.analyses.create({ transcript: sampleTranscript, agent_id: 'agent_001', contact_id: 'c_1', metadata: { crm: 'x1' } });
    assert.equal(created.object, 'analysis');
    assert.equal(created.status, 'queued');
    const seen: string[] = [];
    const done = await client.analyses.waitFor(created.id, { timeout: 20000, intervalMs: 50, onProgress: (a) => seen.push(a.status) });
    assert.equal(done.status, 'completed');
    assert.ok(seen.length >= 1 && seen.at(-1) === 'completed');
    assert.ok(done.results?.quality?.metrics.talk_time.agent_seconds! > 0);
    const again = await client.analyses.retrieve(created.id);
    assert.deepEqual(again, done);
    const deleted = await client.analyses.del(created.id);
    assert.equal(deleted.deleted, true);
    assert.equal(deleted.transcript, null);
  });

  test('list: await gives one page, for-await walks every page', async () => {
    const agent = `agent_list_${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await client.analyses.create({ transcript: sampleTranscript, agent_id: agent })).id);
    const page = await client.analyses.list({ agent_id: agent, limit: 2 });
    assert.equal(page.object, 'list');
    assert.equal(page.data.length, 2);
    assert.equal(page.has_more, true);
    const all: Analysis[] = [];
    for await (const a of client.analyses.list({ agent_id: agent, limit: 2 })) all.push(a);
    assert.deepEqual(all.map((a) => a.id).sort(), [...ids].sort());
    assert.equal(new Set(all.map((a) => a.id)).size, 5);
  });

  test('typed errors: authentication, not found, invalid request with param, idempotency conflict', async () => {
    const bad = new CallCov({ apiKey: 'sk_test_' + 'x'.repeat(40), baseUrl: s.url });
    await assert.rejects(bad.analyses.list(), CallCovAuthenticationError);
    await assert.rejects(client.analyses.retrieve('00000000-0000-4000-8000-000000000000'), (e: unknown) => e instanceof CallCovNotFoundError && e.status === 404);
    await assert.rejects(client.analyses.create({ audio_url: 'not a url' }), (e: unknown) => {
      assert.ok(e instanceof CallCovInvalidRequestError, String(e));
      assert.equal(e.param, 'audio_url');
      assert.equal(typeof e.code, 'string');
      return true;
    });
    const key = `idem_${Date.now()}`;
    const first = await client.analyses.create({ transcript: sampleTranscript, agent_id: 'a' }, { idempotencyKey: key });
    const replay = await client.analyses.create({ transcript: sampleTranscript, agent_id: 'a' }, { idempotencyKey: key });
    assert.equal(replay.id, first.id);
    await assert.rejects(client.analyses.create({ transcript: sampleTranscript, agent_id: 'b' }, { idempotencyKey: key }), CallCovIdempotencyError);
  });

  test('upload from a path with upload progress, and from a Blob', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callcov-sdk-'));
    try {
      const wav = join(dir, 'tone.wav');
      await execFileAsync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-ar', '8000', wav]);
      const progress: Array<[number, number]> = [];
      const a = await client.analyses.create({ file: wav, agent_id: 'up' }, { onUploadProgress: (sent, total) => progress.push([sent, total]) });
      assert.equal(a.status, 'queued');
      const [lastSent, total] = progress.at(-1)!;
      assert.ok(total > 1000 && lastSent === total, `progress ${JSON.stringify(progress.slice(-2))}`);
      const b = await client.analyses.create({ file: new Blob([new Uint8Array([1, 2, 3])]), filename: 'x.wav' });
      assert.equal(b.status, 'queued');
      await client.analyses.del(a.id);
      await client.analyses.del(b.id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('waitFor gives up with CallCovTimeoutError while the audio download hangs', async () => {
    const hanging = createServer(() => {}); // accepts, never answers
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    try {
      const a = await client.analyses.create({ audio_url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/call.wav` });
      const t0 = Date.now();
      await assert.rejects(client.analyses.waitFor(a.id, { timeout: 400, intervalMs: 50 }), (e: unknown) => e instanceof CallCovTimeoutError && e.code === 'wait_timeout');
      assert.ok(Date.now() - t0 < 2000);
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  test('webhook endpoints CRUD, secret retrieve/rotate, deliveries list', async () => {
    const ep = await client.webhookEndpoints.create({ url: 'http://127.0.0.1:9/hook', events: ['analysis.completed'], description: 'sdk test' });
    assert.equal(ep.object, 'webhook_endpoint');
    assert.equal((await client.webhookEndpoints.retrieve(ep.id)).url, ep.url);
    assert.ok((await client.webhookEndpoints.list()).data.some((e) => e.id === ep.id));
    assert.equal((await client.webhookEndpoints.update(ep.id, { enabled: false })).enabled, false);
    assert.equal((await client.webhookEndpoints.del(ep.id)).deleted, true);
    const k = await s.newKey('rotator');
    const c = new CallCov({ apiKey: k.key, baseUrl: s.url });
    const before = await c.webhookSecret.retrieve();
    assert.equal(before.secret, k.secret);
    const rotated = await c.webhookSecret.rotate();
    assert.notEqual(rotated.secret, k.secret);
    assert.equal(rotated.previous[0]?.secret, k.secret);
    assert.equal((await c.deliveries.list()).object, 'list');
  });

  test('policies and scorecards: list built-ins, create, version, retrieve a version, set default, analyse with it', async () => {
    const k = await s.newKey(`docs_${Date.now()}`);
    const c = new CallCov({ apiKey: k.key, baseUrl: s.url });
    const builtIn = (await c.policies.list()).data.find((p) => p.id === 'default')!;
    assert.equal(builtIn.built_in, true);
    const { id: _id, version: _v, ...body } = builtIn.document;
    const mine = await c.policies.create({ ...body, id: 'acme_policy', name: 'Acme' });
    assert.deepEqual([mine.id, mine.version, mine.built_in], ['acme_policy', 1, false]);
    const v2 = await c.policies.createVersion('acme_policy', { ...body, name: 'Acme v2' });
    assert.equal(v2.version, 2);
    assert.equal((await c.policies.retrieve('acme_policy', { version: 1 })).name, 'Acme');
    assert.equal((await c.policies.setDefault('acme_policy')).default, true);
    await assert.rejects(c.policies.create({ ...body, rules: [] }), (e: unknown) => e instanceof CallCovInvalidRequestError);
    assert.ok((await c.scorecards.list()).data.some((d) => d.id === 'default'));
    const a = await c.analyses.create({ transcript: sampleTranscript });
    const done = await c.analyses.waitFor(a.id, { timeout: 20000, intervalMs: 50 });
    assert.equal(done.status, 'completed');
    assert.deepEqual(done.results?.compliance?.policy, { id: 'acme_policy', version: 2 });
  });

  describe('retries through a faulty proxy on 127.0.0.1', () => {
    test('create survives injected 503s with one Idempotency-Key, and makes exactly one analysis', async () => {
      const k = await s.newKey(`retry_${Date.now()}`);
      const proxy = await startFaultyProxy(s.url, (n) => (n <= 2 ? { kind: 'status', status: 503 } : null));
      try {
        const retries: number[] = [];
        const c = new CallCov({ apiKey: k.key, baseUrl: proxy.url, maxRetries: 3, onRetry: (i) => retries.push(i.status ?? 0) });
        const a = await c.analyses.create({ transcript: sampleTranscript });
        assert.deepEqual(retries, [503, 503]);
        assert.equal(proxy.seen.length, 3);
        const keys = new Set(proxy.seen.map((r) => r.headers['idempotency-key']));
        assert.equal(keys.size, 1, 'the same Idempotency-Key on every attempt');
        const direct = new CallCov({ apiKey: k.key, baseUrl: s.url });
        const page = await direct.analyses.list();
        assert.deepEqual(page.data.map((x) => x.id), [a.id]);
      } finally {
        await proxy.close();
      }
    });

    test('a dropped connection is retried for GET; 429 Retry-After is honoured', async () => {
      const created = await client.analyses.create({ transcript: sampleTranscript });
      const proxy = await startFaultyProxy(s.url, (n) => (n === 1 ? { kind: 'drop' } : n === 2 ? { kind: 'status', status: 429, headers: { 'retry-after': '1' } } : null));
      try {
        const c = new CallCov({ apiKey: s.key, baseUrl: proxy.url, maxRetries: 2 });
        const t0 = Date.now();
        const got = await c.analyses.retrieve(created.id);
        assert.equal(got.id, created.id);
        assert.ok(Date.now() - t0 >= 1000, 'waited the Retry-After second');
        assert.deepEqual(proxy.seen.map((r) => r.outcome), ['dropped', 'injected', 'forwarded']);
      } finally {
        await proxy.close();
      }
    });

    test('retries give up after maxRetries; a non-idempotent resend is not retried', async () => {
      const proxy = await startFaultyProxy(s.url, () => ({ kind: 'status', status: 503 }));
      try {
        const c = new CallCov({ apiKey: s.key, baseUrl: proxy.url, maxRetries: 1 });
        await assert.rejects(c.analyses.retrieve('00000000-0000-4000-8000-000000000000'), (e: any) => e.status === 503);
        assert.equal(proxy.seen.length, 2);
        await assert.rejects(c.deliveries.resend('00000000-0000-4000-8000-000000000000'), (e: any) => e.status === 503);
        assert.equal(proxy.seen.length, 3);
      } finally {
        await proxy.close();
      }
      const nowhere = new CallCov({ apiKey: s.key, baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
      await assert.rejects(nowhere.analyses.list(), CallCovConnectionError);
    });
  });
});
