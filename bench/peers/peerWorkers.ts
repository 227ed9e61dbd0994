// What a user would build instead of CallCov's dispatcher: a minimal BullMQ worker (Redis) and a minimal pg-boss
// worker (PostgreSQL), each signing the body twice as CallCov does (X-CallCov-Signature hex HMAC and Standard
// Webhooks) and POSTing it with Node's fetch; a non-2xx answer throws, so the queue retries it.
import { createHmac, randomUUID } from 'node:crypto';

export interface Delivery {
  body: string;
}

/** Signs and POSTs one delivery; throws on anything but a 2xx (the queue's retry then applies). */
export function makeDeliver(url: string, secret: string): (d: Delivery) => Promise<void> {
  const key = Buffer.from(secret, 'utf8');
  return async ({ body }) => {
    const id = `msg_${randomUUID()}`;
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-callcov-signature': createHmac('sha256', key).update(body).digest('hex'),
        'webhook-id': id,
        'webhook-timestamp': String(ts),
        'webhook-signature': `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`,
      },
      body,
      signal: AbortSignal.timeout(30000),
    });
    await res.arrayBuffer();
    if (res.status < 200 || res.status >= 300) throw new Error(`receiver answered ${res.status}`);
  };
}
