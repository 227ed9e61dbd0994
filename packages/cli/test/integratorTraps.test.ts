import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CallCov, CallCovError, CallCovNotFoundError, DEFAULT_BASE_URL } from '@callcov/sdk/node';
import { Webhook } from 'standardwebhooks';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { waitFor, startTestServer, type TestServer } from '../../../test/support/testServer.ts';
import { runCli } from './support/runCli.ts';

const EXAMPLE = fileURLToPath(new URL('../../../examples/transcript-request.json', import.meta.url));

/** Issue 14: what trips up an integrator in the first hour, run against a real server (sqlite). */
describe('CLI and SDK without traps', () => {
  let s: TestServer;
  let dir: string;
  let receiver: TestReceiver;
  let api: string[];
  before(async () => {
    s = await startTestServer('sqlite');
    receiver = await startReceiver();
    dir = mkdtempSync(join(tmpdir(), 'callcov-traps-'));
    api = ['--api-key', s.key, '--base-url', s.url];
  });
  after(async () => {
    await receiver.close();
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('analyze <request>.json sends a transcript and keeps agent_id / contact_id; flags override the file', async () => {
    const r = await runCli(['analyze', EXAMPLE, '--json', ...api]);
    assert.equal(r.code, 0, r.stderr);
    const created = JSON.parse(r.stdout);
    assert.deepEqual(created.call, { agent_id: 'agent_001', contact_id: 'customer_12345' });
    const done = await waitFor(async () => {
      const a = (await s.api(`/api/v1/analysis/${created.id}`)).body;
      return a.status === 'completed' || a.status === 'failed' ? a : null;
    }, 30000, 'analysis');
    assert.equal(done.status, 'completed', done.error_message);
    assert.equal(done.transcript.segments.length, 7);

    const t = await runCli(['analyze', '--transcript', EXAMPLE, '--agent-id', 'agent_flag', '--json', ...api]);
    assert.equal(t.code, 0, t.stderr);
    assert.deepEqual(JSON.parse(t.stdout).call, { agent_id: 'agent_flag', contact_id: 'customer_12345' });
  });

  test('exit codes and messages: missing key 3, bad --metadata names the flag (2), --json errors are JSON', async () => {
    const noKey = await runCli(['analyze', EXAMPLE, '--base-url', s.url], { env: { CALLCOV_API_KEY: '' } });
    assert.equal(noKey.code, 3, noKey.stderr);
    assert.match(noKey.stderr, /API key/);

    const badMeta = await runCli(['analyze', EXAMPLE, '--metadata', '{oops', ...api]);
    assert.equal(badMeta.code, 2);
    assert.match(badMeta.stderr, /--metadata must be a JSON object/);

    const jsonUsage = await runCli(['analyze', EXAMPLE, '--metadata', '[1]', '--json', ...api]);
    assert.equal(jsonUsage.code, 2);
    assert.equal(JSON.parse(jsonUsage.stdout).error.type, 'usage_error');
    assert.match(JSON.parse(jsonUsage.stdout).error.message, /--metadata/);

    const notFound = await runCli(['deliveries', 'list', '00000000-0000-4000-8000-000000000001', '--json', ...api]);
    assert.equal(notFound.code, 1);
    const e = JSON.parse(notFound.stdout).error;
    assert.equal(e.type, 'not_found_error');
    assert.equal(e.status, 404);
    assert.match(e.request_id, /^req_/);

    const unknownOption = await runCli(['analyze', '--nope', '--json']);
    assert.equal(unknownOption.code, 2);
    assert.equal(JSON.parse(unknownOption.stdout).error.type, 'usage_error');
  });

  test('serve on a taken port exits 3 with a clear message', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await runCli(['serve'], { env: { PORT: String(port), HOST: '127.0.0.1', CALLCOV_DATA_DIR: join(dir, 'serve-data'), LOG_LEVEL: 'silent' }, timeoutMs: 30000 });
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: the port is already in use`));
    } finally {
      blocker.close();
    }
  });

  test('trigger sends a signed sample event through the dispatcher; deliveries list shows it', async () => {
    const r = await runCli(['trigger', 'analysis.failed', '--forward-to', `${receiver.url}/hook`, '--json', ...api]);
    assert.equal(r.code, 0, r.stderr);
    const queued = JSON.parse(r.stdout).data[0];
    assert.equal(queued.event, 'analysis.failed');
    const got = await waitFor(async () => receiver.requests.find((q) => q.url === '/hook' && q.headers['webhook-id'] === queued.webhook_id) ?? null, 15000, 'test event');
    assert.equal(got.headers['x-callcov-event'], 'analysis.failed');
    const body = JSON.parse(got.body);
    assert.equal(body.status, 'failed');
    assert.equal(body.metadata.test_event, true);
    new Webhook(s.secret).verify(got.body, got.headers); // throws when the signature is wrong
    const bad = await runCli(['trigger', 'analysis.nope', ...api]);
    assert.equal(bad.code, 2);
  });

  test('echo ?status=500 answers 500 (the delivery is retried); deliveries list shows the next attempt', async () => {
    const echo = await fetch(`${s.url}/echo/retry-me?status=503`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(echo.status, 503);
    assert.equal((await fetch(`${s.url}/echo/retry-me?status=abc`, { method: 'POST', body: '{}' })).status, 400);
    const seen = await (await fetch(`${s.url}/view/retry-me.json`)).json();
    assert.equal(seen.data?.length ?? seen.requests?.length, 1, JSON.stringify(seen));

    const slow = await s.newKey('slowretry');
    // a long schedule would keep it pending: the test server's schedule is 1,2,3,4,5 s, so look while it is pending
    const r = await runCli(['trigger', 'analysis.completed', '--forward-to', `${s.url}/echo/retry-me?status=500`, '--json', '--api-key', slow.key, '--base-url', s.url]);
    assert.equal(r.code, 0, r.stderr);
    const text = await waitFor(async () => {
      const l = await runCli(['deliveries', 'list', '--api-key', slow.key, '--base-url', s.url]);
      return /next attempt \d{4}-\d\d-\d\dT/.test(l.stdout) ? l.stdout : null;
    }, 15000, 'a pending delivery with its next attempt');
    assert.match(text, /#1 .* 500 /);
  });

  test('SDK: no base URL is guessed (CALLCOV_BASE_URL, else an explicit error); a missing upload file is named; errors carry the request id', async () => {
    assert.equal(DEFAULT_BASE_URL, 'http://127.0.0.1:8080', 'the documented address of a local callcov serve');
    const saved = process.env.CALLCOV_BASE_URL;
    delete process.env.CALLCOV_BASE_URL;
    try {
      assert.throws(() => new CallCov({ apiKey: 'sk_test_x' }), (err: unknown) => err instanceof CallCovError && /No base URL.*CALLCOV_BASE_URL/.test((err as Error).message));
      process.env.CALLCOV_BASE_URL = 'http://127.0.0.1:9999/api/v1/';
      assert.equal(new CallCov({ apiKey: 'sk_test_x' }).baseUrl, 'http://127.0.0.1:9999', 'CALLCOV_BASE_URL, normalised');
      assert.equal(new CallCov({ apiKey: 'sk_test_x', baseUrl: DEFAULT_BASE_URL }).baseUrl, 'http://127.0.0.1:8080');
    } finally {
      if (saved !== undefined) process.env.CALLCOV_BASE_URL = saved;
      else delete process.env.CALLCOV_BASE_URL;
    }
    const client = new CallCov({ apiKey: s.key, baseUrl: s.url });
    await assert.rejects(client.analyses.create({ file: join(dir, 'missing.wav') }), (err: unknown) => {
      assert.ok(err instanceof CallCovError);
      assert.match((err as Error).message, /Cannot upload '.*missing\.wav': no such file/);
      return true;
    });
    await assert.rejects(client.analyses.retrieve('00000000-0000-4000-8000-000000000002'), (err: unknown) => {
      assert.ok(err instanceof CallCovNotFoundError);
      assert.match(err.requestId ?? '', /^req_/);
      return true;
    });
    writeFileSync(join(dir, 'x'), '');
  });
});
