import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signing of webhook bodies (pure compute). Two schemes are sent on every attempt. */

const toBuffer = (body: string | Uint8Array): Buffer => (typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body));

/** `X-CallCov-Signature`: hex HMAC-SHA256 of the raw body, keyed with the whole secret string as UTF-8 (the guide's Python `validate_webhook`). */
export const signCallCovSignature = (body: string | Uint8Array, secret: string): string =>
  createHmac('sha256', Buffer.from(secret, 'utf8')).update(toBuffer(body)).digest('hex');

/** The Standard Webhooks key: base64-decode of the secret without `whsec_`. */
export const standardWebhooksKey = (secret: string): Buffer =>
  Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');

/** One `v1,<base64>` entry of `webhook-signature`: HMAC-SHA256 over "{id}.{timestamp}.{body}". */
export function signStandardWebhook(msgId: string, timestampSeconds: number, body: string | Uint8Array, secret: string): string {
  const mac = createHmac('sha256', standardWebhooksKey(secret));
  mac.update(`${msgId}.${timestampSeconds}.`);
  mac.update(toBuffer(body));
  return `v1,${mac.digest('base64')}`;
}

/** The `webhook-signature` header: one entry per currently valid secret (two during a rotation), space separated. */
export const standardWebhookSignatureHeader = (
  msgId: string,
  timestampSeconds: number,
  body: string | Uint8Array,
  secrets: readonly string[],
): string => secrets.map((s) => signStandardWebhook(msgId, timestampSeconds, body, s)).join(' ');

const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Does `signature` (the X-CallCov-Signature value) match the body under any of `secrets`? Constant-time. */
export const verifyCallCovSignature = (body: string | Uint8Array, signature: string, secrets: readonly string[]): boolean =>
  secrets.some((s) => safeEqual(signCallCovSignature(body, s), signature.trim().toLowerCase()));

/** Does any `v1,` entry of a webhook-signature header match under any of `secrets`? Constant-time per comparison. */
export function verifyStandardWebhookSignature(
  msgId: string,
  timestampSeconds: number,
  body: string | Uint8Array,
  header: string,
  secrets: readonly string[],
): boolean {
  const given = header.split(' ').filter((p) => p.startsWith('v1,'));
  return secrets.some((s) => {
    const expected = signStandardWebhook(msgId, timestampSeconds, body, s);
    return given.some((g) => safeEqual(g, expected));
  });
}
