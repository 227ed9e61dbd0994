import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { CallCov, verifyWebhook, WebhookVerificationError, type TranscriptInput } from '../src/index.ts';

const reason = (r: string) => (err: unknown) => err instanceof WebhookVerificationError && err.reason === r;

// Real deliveries from the real dispatcher to a receiver on 127.0.0.1 (one backend: the SDK only sees HTTP).
describe('verifyWebhook on real CallCov deliveries (sqlite)', () => {
  let s: TestServer;
  let receiver: TestReceiver;
  let client: CallCov;
  before(async () => {
    s = await startTestServer('sqlite');
    receiver = await startReceiver();
    client = new CallCov({ apiKey: s.key, baseUrl: s.url });
  });
  after(async () => {
    await receiver.close();
    await s.stop();
  });

  const deliver = async (c: CallCov) => {
    const a = await c.analyses.create({ transcript: sampleTranscript as TranscriptInput, webhook_url: `${receiver.url}/webhooks/analysis` });
    return waitFor(async () => receiver.requests.find((r) => r.body.includes(a.id)), 15000, 'webhook delivery');
  };

  test('a real delivery verifies (string and Buffer bodies), agrees with standardwebhooks, and is byte-for-byte GET', async () => {
    const req = await deliver(client);
    const event = await verifyWebhook(req.body, req.headers, s.secret);
    assert.equal(event.type, 'analysis.completed');
    assert.equal(event.scheme, 'standard-webhooks');
    assert.equal(event.id, req.headers['webhook-id']);
    assert.equal(event.data.status, 'completed');
    assert.equal(((await verifyWebhook(Buffer.from(req.body), req.headers, s.secret)).data as { id: string }).id, (event.data as { id: string }).id);
    assert.deepEqual(new Webhook(s.secret).verify(req.body, req.headers as Record<string, string>), event.data);
    const got = await s.api(`/api/v1/analysis/${event.data.id}`);
    assert.equal(got.text, req.body);
    // the guide's scheme alone (strip the Standard Webhooks headers)
    const { 'webhook-signature': _s, 'webhook-id': _i, 'webhook-timestamp': _t, ...legacy } = req.headers;
    assert.equal((await verifyWebhook(req.body, legacy, s.secret)).scheme, 'x-callcov-signature');
  });

  test('a tampered body, an old timestamp (replay) and another account\'s secret are rejected', async () => {
    const req = await deliver(client);
    const tampered = req.body.replace('"completed"', '"failed"');
    await assert.rejects(verifyWebhook(tampered, req.headers, s.secret), reason('signature_mismatch'));
    const ts = Number(req.headers['webhook-timestamp']);
    await assert.rejects(verifyWebhook(req.body, req.headers, s.secret, { now: () => (ts + 301) * 1000 }), reason('timestamp_too_old'));
    assert.throws(() => new Webhook(s.secret).verify(tampered, req.headers as Record<string, string>));
    const other = await s.newKey('someone-else');
    await assert.rejects(verifyWebhook(req.body, req.headers, other.secret), reason('signature_mismatch'));
    // re-serialising the parsed JSON with other spacing breaks the signature: the error says why
    await assert.rejects(verifyWebhook(JSON.stringify(JSON.parse(req.body), null, 2), req.headers, s.secret), (e: unknown) => {
      assert.ok(e instanceof WebhookVerificationError);
      assert.match(e.message, /re-serialised/);
      return true;
    });
  });

  test('after a rotation, deliveries verify with the new and with the old secret', async () => {
    const k = await s.newKey(`rotation_${Date.now()}`);
    const c = new CallCov({ apiKey: k.key, baseUrl: s.url });
    const rotated = await c.webhookSecret.rotate();
    const req = await deliver(c);
    assert.equal(req.headers['webhook-signature']!.split(' ').length, 2, 'one v1 entry per valid secret');
    await verifyWebhook(req.body, req.headers, rotated.secret);
    await verifyWebhook(req.body, req.headers, k.secret);
    new Webhook(k.secret).verify(req.body, req.headers as Record<string, string>);
    new Webhook(rotated.secret).verify(req.body, req.headers as Record<string, string>);
  });
});
