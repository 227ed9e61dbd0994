import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';

/** The guide's Python check, run as a real python3 process (asynchronously: the servers under test share this event loop). */
const pythonValidate = async (secret: string, body: string, signature: string): Promise<boolean> => {
  const child = spawn('python3', [
    '-c',
    // the guide's validate_webhook, verbatim in substance
    'import hmac,hashlib,sys\nsecret=sys.argv[1]\nsig=sys.argv[2]\npayload=sys.stdin.buffer.read()\nexpected=hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()\nprint(hmac.compare_digest(sig, expected))',
    secret,
    signature,
  ], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(Buffer.from(body, 'utf8'));
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const [code] = await once(child, 'close');
  assert.equal(code, 0, 'python3 ran');
  return out.trim() === 'True';
};

const SCHEDULE = [0.3, 0.6, 0.9, 1.2, 1.5];

for (const backend of BACKENDS) {
  describe(`webhook delivery on ${backend}`, () => {
    let s: TestServer;
    let ok: TestReceiver;
    before(async () => {
      s = await startTestServer(backend, { env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: SCHEDULE.join(','), CALLCOV_WEBHOOK_TIMEOUT_MS: '700' } });
      ok = await startReceiver();
    });
    after(async () => {
      await ok.close();
      await s.stop();
    });

    const submit = async (webhookUrl: string | null, extra: object = {}) => {
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, ...(webhookUrl ? { webhook_url: webhookUrl } : {}), ...extra } });
      assert.equal(r.status, 202, r.text);
      return r.body.id as string;
    };
    const deliveries = async (id: string) => (await s.api(`/api/v1/analysis/${id}/deliveries`)).body.data as any[];

    test('the completed analysis is POSTed with every header, verifiable three ways, byte for byte what GET returns', async () => {
      const id = await submit(`${ok.url}/hook`);
      const req = await waitFor(async () => ok.requests.find((r) => r.body.includes(id)), 10000, 'webhook');
      const h = req.headers;
      assert.equal(h['content-type'], 'application/json');
      assert.match(h['user-agent']!, /^CallCov-Webhooks\//);
      assert.equal(h['x-callcov-event'], 'analysis.completed');
      assert.equal(h['x-callcov-attempt'], '1');
      assert.match(h['x-callcov-delivery']!, /^dlv_/);
      assert.equal(h['webhook-id'], `msg_${id.replaceAll('-', '')}`);
      assert.ok(Math.abs(Number(h['webhook-timestamp']) - Date.now() / 1000) < 5);
      const event = new Webhook(s.secret).verify(req.body, { 'webhook-id': h['webhook-id']!, 'webhook-timestamp': h['webhook-timestamp']!, 'webhook-signature': h['webhook-signature']! }) as any;
      assert.equal(event.id, id);
      assert.ok(await pythonValidate(s.secret, req.body, h['x-callcov-signature']!), "the guide's Python check accepts it");
      assert.ok(!(await pythonValidate(s.secret, req.body.replace('completed', 'failed'), h['x-callcov-signature']!)), 'and refuses a tampered body');
      const get = await s.api(`/api/v1/analysis/${id}`);
      assert.equal(req.body, get.text, 'the webhook body is the GET body');
      const d = await waitFor(async () => {
        const list = await deliveries(id);
        return list[0]?.status === 'succeeded' ? list : null;
      });
      assert.equal(d.length, 1);
      assert.equal(d[0].attempts.length, 1);
      assert.equal(d[0].attempts[0].status_code, 200);
      assert.equal(d[0].attempts[0].response_body, 'ok');
      assert.equal(d[0].webhook_id, h['webhook-id']);
    });

    test('a receiver that always fails gets exactly 1 + 5 attempts, at the configured schedule', async () => {
      const failing = await startReceiver((_r, res) => {
        res.statusCode = 500;
        res.end('nope');
      });
      try {
        const id = await submit(`${failing.url}/x`);
        const d = await waitFor(async () => {
          const list = await deliveries(id);
          return list[0]?.status === 'failed' ? list[0] : null;
        }, 20000, 'delivery to give up');
        assert.equal(d.attempts.length, 6);
        assert.ok(d.attempts.every((a: any) => a.status_code === 500 && a.error_class === 'non_2xx' && a.response_body === 'nope'));
        const mine = failing.requests.filter((r) => r.body.includes(id));
        assert.equal(mine.length, 6);
        assert.deepEqual(mine.map((r) => r.headers['x-callcov-attempt']), ['1', '2', '3', '4', '5', '6']);
        assert.equal(new Set(mine.map((r) => r.headers['webhook-id'])).size, 1, 'same webhook-id on every retry');
        const gaps = mine.slice(1).map((r, i) => (r.at - mine[i]!.at) / 1000);
        gaps.forEach((g, i) => {
          assert.ok(g >= SCHEDULE[i]! * 0.98, `retry ${i + 1} came after ${g}s, scheduled ${SCHEDULE[i]}s`);
          assert.ok(g <= SCHEDULE[i]! * 1.1 + 0.5, `retry ${i + 1} came after ${g}s, scheduled ${SCHEDULE[i]}s`);
        });
        await new Promise((r) => setTimeout(r, 2000));
        assert.equal(failing.requests.filter((r) => r.body.includes(id)).length, 6, 'nothing after the last retry');
        assert.equal((await s.api(`/api/v1/analysis/${id}`)).body.status, 'completed', 'the analysis stays available');
      } finally {
        await failing.close();
      }
    });

    test('each failure is recorded with its error class', async () => {
      const behaviours: Record<string, (res: import('node:http').ServerResponse, raw: import('node:http').IncomingMessage) => void> = {
        non_2xx_404: (res) => {
          res.statusCode = 404;
          res.end('not here');
        },
        redirect: (res) => {
          res.statusCode = 302;
          res.setHeader('location', 'http://127.0.0.1:1/elsewhere');
          res.end();
        },
        timeout: () => {},
        connection_reset: (_res, raw) => {
          raw.socket.destroy();
        },
      };
      const receivers: TestReceiver[] = [];
      try {
        const expectations: Array<[string, string, RegExp]> = [];
        for (const [name, fn] of Object.entries(behaviours)) {
          const r = await startReceiver((_q, res, raw) => fn(res, raw));
          receivers.push(r);
          const id = await submit(`${r.url}/${name}`);
          expectations.push([id, name, new RegExp(name === 'non_2xx_404' ? '^non_2xx$' : `^${name}$`)]);
        }
        const closed = createServer();
        await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
        const closedPort = (closed.address() as import('node:net').AddressInfo).port;
        await new Promise<void>((r) => closed.close(() => r()));
        expectations.push([await submit(`http://127.0.0.1:${closedPort}/x`), 'refused', /^connection_refused$/]);
        for (const [id, name, cls] of expectations) {
          const d = await waitFor(async () => (await deliveries(id))[0]?.attempts?.[0], 10000, `first attempt of ${name}`);
          assert.match(d.error_class, cls, `${name}: ${JSON.stringify(d)}`);
          assert.equal(typeof d.error_message, 'string');
          assert.equal(typeof d.duration_ms, 'number');
          if (name === 'non_2xx_404') assert.equal(d.response_body, 'not here');
          if (name === 'timeout') assert.ok(d.duration_ms >= 650, 'timed out after the configured 700 ms');
        }
      } finally {
        for (const r of receivers) await r.close();
      }
    });

    test('Retry-After on 429 is honoured within the schedule', async () => {
      let n = 0;
      const r = await startReceiver((_q, res) => {
        n++;
        if (n === 1) {
          res.statusCode = 429;
          res.setHeader('retry-after', '1');
          return res.end();
        }
        res.end('ok');
      });
      try {
        const id = await submit(`${r.url}/ra`);
        await waitFor(async () => (await deliveries(id))[0]?.status === 'succeeded', 10000);
        const [a, b] = r.requests;
        assert.ok((b!.at - a!.at) / 1000 >= 0.95, 'waited the 1 s asked for instead of the 0.3 s first step');
      } finally {
        await r.close();
      }
    });

    test('resend: a new delivery with its own attempt log and the same webhook-id and body', async () => {
      const id = await submit(`${ok.url}/resend`);
      await waitFor(async () => (await deliveries(id))[0]?.status === 'succeeded');
      const res = await s.api(`/api/v1/analysis/${id}/deliveries`, { method: 'POST' });
      assert.equal(res.status, 202, res.text);
      assert.equal(res.body.trigger, 'manual');
      const list = await waitFor(async () => {
        const l = await deliveries(id);
        return l.length === 2 && l.every((d) => d.status === 'succeeded') ? l : null;
      });
      assert.notEqual(list[0].id, list[1].id);
      const got = ok.requests.filter((r) => r.url === '/resend' && r.body.includes(id));
      assert.equal(got.length, 2);
      assert.equal(got[0]!.headers['webhook-id'], got[1]!.headers['webhook-id']);
      assert.equal(got[0]!.body, got[1]!.body);
      const pending = await s.api('/api/v1/analysis', { method: 'POST', json: { audio_url: 'http://127.0.0.1:1/never.wav' } });
      const notFinished = await s.api(`/api/v1/analysis/${pending.body.id}/deliveries`, { method: 'POST' });
      assert.ok([409, 400].includes(notFinished.status));
    });

    test('secret rotation: both secrets sign for the overlap, each verifies', async () => {
      const before = await s.api('/api/v1/webhooks/secret');
      assert.equal(before.body.secret, s.secret);
      const rotated = await s.api('/api/v1/webhooks/secret/rotate', { method: 'POST' });
      assert.notEqual(rotated.body.secret, s.secret);
      assert.equal(rotated.body.previous[0].secret, s.secret);
      assert.ok(rotated.body.previous[0].expires_at - Date.now() / 1000 > 23 * 3600);
      const id = await submit(`${ok.url}/rotated`);
      const req = await waitFor(async () => ok.requests.find((r) => r.url === '/rotated' && r.body.includes(id)));
      const h = req.headers;
      assert.equal(h['webhook-signature']!.split(' ').length, 2);
      for (const secret of [s.secret, rotated.body.secret]) {
        new Webhook(secret).verify(req.body, { 'webhook-id': h['webhook-id']!, 'webhook-timestamp': h['webhook-timestamp']!, 'webhook-signature': h['webhook-signature']! });
      }
      assert.ok(await pythonValidate(rotated.body.secret, req.body, h['x-callcov-signature']!), 'X-CallCov-Signature uses the new secret');
      s.secret = rotated.body.secret;
    });

    test('default endpoints receive events when the analysis has no webhook_url; event filters apply', async () => {
      const acct = await s.newKey(`endpoints-${backend}`);
      const a = await startReceiver();
      const b = await startReceiver();
      try {
        const mk = (json: object) => s.api('/api/v1/webhook_endpoints', { key: acct.key, method: 'POST', json });
        const e1 = await mk({ url: `${a.url}/all` });
        assert.equal(e1.status, 201, e1.text);
        const e2 = await mk({ url: `${b.url}/failed-only`, events: ['analysis.failed'] });
        assert.deepEqual(e2.body.events, ['analysis.failed']);
        const bad = await mk({ url: `${b.url}/x`, events: ['analysis.exploded'] });
        assert.equal(bad.status, 400);
        const r = await s.api('/api/v1/analysis', { key: acct.key, method: 'POST', json: { transcript: sampleTranscript } });
        await waitFor(async () => a.requests.find((q) => q.body.includes(r.body.id)), 10000, 'endpoint delivery');
        await new Promise((res) => setTimeout(res, 300));
        assert.equal(b.requests.length, 0, 'the failed-only endpoint got nothing for a completed analysis');
        const off = await s.api(`/api/v1/webhook_endpoints/${e1.body.id}`, { key: acct.key, method: 'PATCH', json: { enabled: false } });
        assert.equal(off.body.enabled, false);
        const list = await s.api('/api/v1/webhook_endpoints', { key: acct.key });
        assert.equal(list.body.data.length, 2);
        assert.equal((await s.api(`/api/v1/webhook_endpoints/${e1.body.id}`)).status, 404, 'other accounts cannot see it');
      } finally {
        await a.close();
        await b.close();
      }
    });

    test('the echo service records deliveries and shows whether signatures verify', async () => {
      const echoId = `echo-${backend}-${Date.now()}`;
      const id = await submit(`${s.url}/echo/${echoId}`);
      const view = await waitFor(async () => {
        const v = await s.api(`/view/${echoId}.json`, { key: null });
        return v.body.data.length > 0 ? v.body : null;
      }, 10000, 'echo');
      const entry = view.data[0];
      assert.equal(JSON.parse(entry.body).id, id);
      assert.deepEqual(entry.verification, { secret_found: true, x_callcov_signature: 'valid', webhook_signature: 'valid' });
      const forged = await fetch(`${s.url}/echo/${echoId}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-callcov-signature': 'deadbeef' }, body: JSON.stringify({ id }) });
      assert.equal(forged.status, 200);
      const again = (await s.api(`/view/${echoId}.json`, { key: null })).body;
      assert.equal(again.data.length, 2);
      assert.equal(again.data[0].verification.x_callcov_signature, 'invalid', 'newest first');
      const page = await fetch(`${s.url}/view/${echoId}`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type')!, /text\/html/);
      assert.match(await page.text(), /Webhook echo/);
      assert.equal((await fetch(`${s.url}/view/bad%20id`)).status, 400);
    });
  });
}
