import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { signWebhook } from './signWebhook.ts';
import { verifyWebhook, WebhookVerificationError } from './verifyWebhook.ts';

const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const at = (seconds: number) => () => seconds * 1000;
const reason = (r: string) => (err: unknown) => err instanceof WebhookVerificationError && err.reason === r;

test('accepts the published Standard Webhooks test vector, and signWebhook reproduces it', async () => {
  const headers = { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp), 'webhook-signature': VECTOR.signature };
  const event = await verifyWebhook(VECTOR.body, headers, VECTOR.secret, { now: at(VECTOR.timestamp + 10) });
  assert.equal(event.id, VECTOR.id);
  assert.equal(event.scheme, 'standard-webhooks');
  const signed = await signWebhook(VECTOR.body, VECTOR.secret, { id: VECTOR.id, timestamp: VECTOR.timestamp });
  assert.equal(signed['webhook-signature'], VECTOR.signature);
});

test('agrees with the standardwebhooks package on random bodies, ids and secrets (property)', async () => {
  // standardwebhooks parses the body as JSON, so compare on JSON bodies
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 24, maxLength: 64 }), fc.jsonValue(), fc.stringMatching(/^msg_[A-Za-z0-9]{1,30}$/), async (key, value, id) => {
      const secret = `whsec_${Buffer.from(key).toString('base64')}`;
      const body = JSON.stringify(value) ?? 'null';
      const ts = Math.floor(Date.now() / 1000);
      const ours = await signWebhook(body, secret, { id, timestamp: ts });
      assert.doesNotThrow(() => new Webhook(secret).verify(body, ours));
      const theirs = new Webhook(secret).sign(id, new Date(ts * 1000), body);
      const event = await verifyWebhook(body, { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': theirs }, secret);
      assert.equal(event.id, id);
    }),
    { numRuns: 60 },
  );
});

test("X-CallCov-Signature alone is checked with the guide's scheme (whole secret as UTF-8 key, hex)", async () => {
  const secret = 'whsec_abcDEF123+/=';
  const body = '{"id":"550e8400-e29b-41d4-a716-446655440000","status":"completed"}';
  const sig = createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest('hex');
  const event = await verifyWebhook(body, { 'X-CallCov-Signature': sig }, secret);
  assert.equal(event.scheme, 'x-callcov-signature');
  assert.equal(event.type, 'analysis.completed');
  assert.equal(event.id, 'msg_550e8400e29b41d4a716446655440000');
  await assert.rejects(verifyWebhook(body + ' ', { 'X-CallCov-Signature': sig }, secret), reason('signature_mismatch'));
  await assert.rejects(verifyWebhook(body, { 'X-CallCov-Signature': sig }, secret, { allowSignatureOnly: false }), reason('missing_headers'));
});

test('timestamps outside the tolerance are rejected both ways; inside are accepted', async () => {
  const h = { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp), 'webhook-signature': VECTOR.signature };
  await assert.rejects(verifyWebhook(VECTOR.body, h, VECTOR.secret, { now: at(VECTOR.timestamp + 301) }), reason('timestamp_too_old'));
  await assert.rejects(verifyWebhook(VECTOR.body, h, VECTOR.secret, { now: at(VECTOR.timestamp - 301) }), reason('timestamp_in_future'));
  await verifyWebhook(VECTOR.body, h, VECTOR.secret, { now: at(VECTOR.timestamp + 299) });
  await verifyWebhook(VECTOR.body, h, VECTOR.secret, { now: at(VECTOR.timestamp + 3000), toleranceSeconds: 3600 });
  await assert.rejects(verifyWebhook(VECTOR.body, { ...h, 'webhook-timestamp': 'yesterday' }, VECTOR.secret), reason('invalid_timestamp'));
});

test('string, Buffer, Uint8Array and ArrayBuffer bodies verify; Headers objects and arrays of entries work', async () => {
  const h = new Headers({ 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp), 'webhook-signature': VECTOR.signature });
  const opts = { now: at(VECTOR.timestamp) };
  const buf = Buffer.from(VECTOR.body);
  for (const body of [VECTOR.body, buf, new Uint8Array(buf), new TextEncoder().encode(VECTOR.body).buffer]) {
    assert.equal((await verifyWebhook(body as Uint8Array, h, VECTOR.secret, opts)).id, VECTOR.id);
  }
  await verifyWebhook(VECTOR.body, [...h.entries()], VECTOR.secret, opts);
});

test('a tampered body, a wrong secret, missing headers and a parsed body are rejected with a reason', async () => {
  const h = { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp), 'webhook-signature': VECTOR.signature };
  const opts = { now: at(VECTOR.timestamp) };
  await assert.rejects(verifyWebhook('{"test": 2432232315}', h, VECTOR.secret, opts), reason('signature_mismatch'));
  await assert.rejects(verifyWebhook(VECTOR.body, h, 'whsec_' + Buffer.alloc(32, 7).toString('base64'), opts), reason('signature_mismatch'));
  await assert.rejects(verifyWebhook(VECTOR.body, { ...h, 'webhook-id': 'msg_other' }, VECTOR.secret, opts), reason('signature_mismatch'));
  await assert.rejects(verifyWebhook(VECTOR.body, {}, VECTOR.secret, opts), reason('missing_signature'));
  await assert.rejects(verifyWebhook(VECTOR.body, { 'webhook-signature': VECTOR.signature }, VECTOR.secret, opts), reason('missing_headers'));
  // the classic mistake: verifying JSON.parse'd (then re-serialised) data instead of the raw bytes
  await assert.rejects(verifyWebhook(JSON.parse(VECTOR.body), h, VECTOR.secret, opts), (err: unknown) => {
    assert.ok(err instanceof WebhookVerificationError && err.reason === 'body_not_raw');
    assert.match(err.message, /raw request body/);
    return true;
  });
  await assert.rejects(verifyWebhook(JSON.stringify(JSON.parse(VECTOR.body)), h, VECTOR.secret, opts), (err: unknown) => {
    assert.ok(err instanceof WebhookVerificationError && err.reason === 'signature_mismatch');
    assert.match(err.message, /re-serialised/);
    return true;
  });
});

test('several v1 entries (a rotation) and several secrets on the receiving side', async () => {
  const a = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
  const b = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;
  const c = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
  const body = '{"id":"x","status":"failed"}';
  const headers = await signWebhook(body, [b, a], { id: 'msg_1', event: 'analysis.failed' });
  assert.equal(headers['webhook-signature']!.split(' ').length, 2);
  assert.equal((await verifyWebhook(body, headers, a)).type, 'analysis.failed');
  await verifyWebhook(body, headers, b);
  await verifyWebhook(body, headers, [c, a]);
  await assert.rejects(verifyWebhook(body, headers, c), reason('signature_mismatch'));
  await assert.rejects(verifyWebhook(body, headers, 'whsec_%%%not-base64'), reason('invalid_secret'));
});
