import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import {
  signCallCovSignature,
  signStandardWebhook,
  standardWebhookSignatureHeader,
  verifyCallCovSignature,
  verifyStandardWebhookSignature,
} from './webhookSignature.ts';

test('the published Standard Webhooks test vector', () => {
  const sig = signStandardWebhook('msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
  assert.equal(sig, 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
});

test("X-CallCov-Signature equals the guide's Python validate_webhook computation (python3 hmac)", () => {
  const secret = 'whsec_abcDEF123+/=';
  const body = '{"id":"550e8400","status":"completed","text":"Hola, gracias por llamar… ñ"}';
  const py = execFileSync(
    'python3',
    ['-c', 'import hmac,hashlib,sys; print(hmac.new(sys.argv[1].encode("utf-8"), sys.stdin.buffer.read(), hashlib.sha256).hexdigest())', secret],
    { input: Buffer.from(body, 'utf8') },
  )
    .toString()
    .trim();
  assert.equal(signCallCovSignature(body, secret), py);
});

test('property: our signatures verify with the standardwebhooks package and with our own verifier', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 24, maxLength: 64 }), fc.json(), fc.integer({ min: 1, max: 4e9 }), (key, body, ts) => {
      const secret = `whsec_${Buffer.from(key).toString('base64')}`;
      const id = `msg_${ts}`;
      const header = standardWebhookSignatureHeader(id, ts, body, [secret]);
      const wh = new Webhook(secret);
      // the package checks the timestamp against its clock: sign "now" for that check
      const now = Math.floor(Date.now() / 1000);
      const nowHeader = standardWebhookSignatureHeader(id, now, body, [secret]);
      wh.verify(body, { 'webhook-id': id, 'webhook-timestamp': String(now), 'webhook-signature': nowHeader });
      assert.ok(verifyStandardWebhookSignature(id, ts, body, header, [secret]));
      assert.ok(verifyCallCovSignature(body, signCallCovSignature(body, secret), [secret]));
      assert.ok(!verifyCallCovSignature(body + ' ', signCallCovSignature(body, secret), [secret]));
    }),
    { numRuns: 200 },
  );
});

test('during a rotation both secrets sign, and either verifies', () => {
  const a = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
  const b = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;
  const header = standardWebhookSignatureHeader('msg_1', 1700000000, 'x', [b, a]);
  assert.equal(header.split(' ').length, 2);
  assert.ok(verifyStandardWebhookSignature('msg_1', 1700000000, 'x', header, [a]));
  assert.ok(verifyStandardWebhookSignature('msg_1', 1700000000, 'x', header, [b]));
  assert.ok(!verifyStandardWebhookSignature('msg_1', 1700000001, 'x', header, [a]));
});
