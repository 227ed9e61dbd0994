import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { defaultFeatures, startCallCov } from '@callcov/server';
import { CallCov, verifyWebhook, type TranscriptInput } from '@callcov/sdk';
import { runCli, startCli } from './support/runCli.ts';

describe('callcov listen, end to end (sqlite)', () => {
  let s: TestServer;
  let receiver: TestReceiver;
  before(async () => {
    s = await startTestServer('sqlite');
    receiver = await startReceiver((r, res) => {
      res.statusCode = r.url.includes('teapot') ? 418 : 200;
      res.end('{"received":true}');
    });
  });
  after(async () => {
    await receiver.close();
    await s.stop();
  });

  test('--print-secret prints the account secret', async () => {
    const r = await runCli(['listen', '--print-secret', '--api-key', s.key, '--base-url', s.url]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), s.secret);
  });

  test('a completed and a failed analysis reach the local receiver signed and verifiable, within a second', async () => {
    const cli = startCli(['listen', '--forward-to', `${receiver.url}/webhooks/analysis`, '--api-key', s.key, '--base-url', s.url, '--json']);
    const audio404 = createServer((_q, r) => {
      r.statusCode = 404;
      r.end('nope');
    });
    await new Promise<void>((r) => audio404.listen(0, '127.0.0.1', r));
    try {
      await waitFor(async () => cli.lines.some((l) => l.includes('"ready":true')), 15000, `listen ready (stderr: ${cli.stderr()})`);
      const created = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      assert.equal(created.status, 202);
      const id = created.body.id as string;
      const req = await waitFor(async () => receiver.requests.find((r) => r.body.includes(id)), 15000, 'forwarded webhook');
      const row = await s.db.database.db.selectFrom('analyses').select(['completed_at']).where('id', '=', id).executeTakeFirstOrThrow();
      const latency = req.at - row.completed_at!;
      console.log(`listen latency: completed_at -> local receiver ${latency} ms`);
      assert.ok(latency < 1000, `forwarded ${latency} ms after completion`);
      assert.equal(req.method, 'POST');
      assert.equal(req.url, '/webhooks/analysis');
      assert.equal(req.headers['x-callcov-event'], 'analysis.completed');
      assert.equal(req.headers['webhook-id'], `msg_${id.replaceAll('-', '')}`);
      const event = await verifyWebhook(req.body, req.headers, s.secret);
      assert.equal((event.data as { id: string }).id, id);
      new Webhook(s.secret).verify(req.body, req.headers as Record<string, string>);
      assert.equal(req.body, (await s.api(`/api/v1/analysis/${id}`)).text, 'the body is byte for byte what GET returns');
      const line = await waitFor(async () => cli.lines.find((l) => l.includes(id)), 5000, 'status line');
      const printed = JSON.parse(line);
      assert.equal(printed.status, 200);
      assert.equal(printed.type, 'analysis.completed');

      const failing = await s.api('/api/v1/analysis', { method: 'POST', json: { audio_url: `http://127.0.0.1:${(audio404.address() as AddressInfo).port}/call.wav` } });
      const fid = failing.body.id as string;
      const freq = await waitFor(async () => receiver.requests.find((r) => r.body.includes(fid)), 15000, 'forwarded failure');
      assert.equal(freq.headers['x-callcov-event'], 'analysis.failed');
      assert.equal((await verifyWebhook(freq.body, freq.headers, s.secret)).type, 'analysis.failed');
    } finally {
      audio404.close();
      await cli.stop();
    }
  });

  test('--events filters, non-2xx answers are printed, and another account\'s analyses never show up', async () => {
    const cli = startCli(['listen', '--forward-to', `${receiver.url}/teapot`, '--events', 'analysis.completed', '--api-key', s.key, '--base-url', s.url]);
    try {
      await waitFor(async () => cli.lines.some((l) => l.includes('Ready!')), 15000, 'ready');
      await waitFor(async () => cli.lines.some((l) => l.includes(s.secret)), 2000, 'prints the signing secret');
      const other = await s.newKey('other-account');
      const theirs = await s.api('/api/v1/analysis', { method: 'POST', key: other.key, json: { transcript: sampleTranscript } });
      const mine = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      await waitFor(async () => receiver.requests.find((r) => r.url === '/teapot' && r.body.includes(mine.body.id)), 15000, 'mine forwarded');
      await waitFor(async () => cli.lines.some((l) => l.includes('[418]')), 5000, 'status printed');
      await new Promise((r) => setTimeout(r, 400));
      assert.ok(!receiver.requests.some((r) => r.body.includes(theirs.body.id)), "another account's event is not forwarded");
    } finally {
      await cli.stop();
    }
  });

  test('usage errors exit 2; a bad key exits 1 with the API message', async () => {
    const noUrl = await runCli(['listen', '--api-key', s.key, '--base-url', s.url]);
    assert.equal(noUrl.code, 2);
    assert.match(noUrl.stderr, /--forward-to/);
    const badKey = await runCli(['listen', '--forward-to', receiver.url, '--api-key', 'sk_test_' + 'x'.repeat(40), '--base-url', s.url]);
    assert.equal(badKey.code, 1);
    assert.match(badKey.stderr, /API key/);
  });
});

for (const backend of BACKENDS) describe(`GET /api/v1/events/stream on ${backend}`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer(backend);
  });
  after(async () => {
    await s.stop();
  });

  test('needs a key, validates events, and resumes after Last-Event-ID', async () => {
    assert.equal((await fetch(`${s.url}/api/v1/events/stream`)).status, 401);
    const bad = await s.api('/api/v1/events/stream?events=analysis.exploded');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.param, 'events');
    const a = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
    await waitFor(async () => (await s.api(`/api/v1/analysis/${a.body.id}`)).body.status === 'completed', 15000, 'completed');
    // resuming from before the analysis finished replays it
    const controller = new AbortController();
    const res = await fetch(`${s.url}/api/v1/events/stream`, { headers: { authorization: `Bearer ${s.key}`, 'last-event-id': `0_00000000-0000-0000-0000-000000000000` }, signal: controller.signal });
    assert.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('\n\nid:') || !text.endsWith('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const m = /id: (\S+)\nevent: (\S+)\ndata: (.*)\n/.exec(text)!;
    assert.equal(m[2], 'analysis.completed');
    const data = JSON.parse(m[3]!);
    assert.equal(data.webhook_id, `msg_${a.body.id.replaceAll('-', '')}`);
    assert.equal(data.body, (await s.api(`/api/v1/analysis/${a.body.id}`)).text);
    assert.match(m[1]!, new RegExp(`_${a.body.id}$`));
  });
});

describe('the event stream sees analyses finished by another CallCov process (api-only server + separate worker, sqlite)', () => {
  test('an api-role server streams what a worker on its own connection completes', async () => {
    const s = await startTestServer('sqlite', { role: 'api' });
    const secondDb = s.db.reopen();
    const worker = await startCallCov(s.config, 'worker', defaultFeatures(s.config), { database: secondDb });
    const ac = new AbortController();
    try {
      const client = new CallCov({ apiKey: s.key, baseUrl: s.url });
      const seen: string[] = [];
      let connected!: () => void;
      const ready = new Promise<void>((r) => (connected = r));
      const reading = (async () => {
        for await (const e of client.events.stream({ signal: ac.signal, onConnect: () => connected() })) seen.push(e.body);
      })();
      await ready;
      const a = await client.analyses.create({ transcript: sampleTranscript as TranscriptInput });
      await waitFor(async () => seen.some((b) => b.includes(a.id)), 15000, 'event from the worker process');
      ac.abort();
      await reading;
    } finally {
      ac.abort();
      await worker.stop();
      await secondDb.close();
      await s.stop();
    }
  });
});
