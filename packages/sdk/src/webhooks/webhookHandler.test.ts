import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signWebhook } from './signWebhook.ts';
import { webhookHandler } from './webhookHandler.ts';
import type { AnyWebhookEvent } from './verifyWebhook.ts';

const secret = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const body = JSON.stringify({ id: '550e8400-e29b-41d4-a716-446655440000', object: 'analysis', status: 'completed' });

test('answers before processing, dedupes by webhook-id, and releases the id when processing throws', async () => {
  const order: string[] = [];
  let fail = true;
  const h = webhookHandler({
    secret,
    onCompleted: async () => {
      order.push('process');
      if (fail) throw new Error('db down');
    },
    onError: () => order.push('onError'),
  });
  const headers = await signWebhook(body, secret, { id: 'msg_1', event: 'analysis.completed' });
  const first = await h.handle(body, headers);
  order.push(`answer ${first.status}`);
  await first.process();
  assert.deepEqual(order, ['answer 200', 'process', 'onError']);
  fail = false;
  const again = await h.handle(body, headers);
  assert.equal(again.body, '{"received":true}', 'released after the failure, so the redelivery is processed');
  await again.process();
  const dup = await h.handle(body, headers);
  assert.equal(dup.body, '{"received":true,"duplicate":true}');
});

test('a body already parsed by a JSON middleware is a 500 that explains the raw-body requirement', async () => {
  const h = webhookHandler({ secret });
  const headers = await signWebhook(body, secret, { id: 'msg_2' });
  const r = await h.handle(JSON.parse(body), headers);
  assert.equal(r.status, 500);
  assert.match(JSON.parse(r.body).error.message, /raw request body/);
  const forged = await h.handle(body, { ...headers, 'webhook-signature': 'v1,AAAA' });
  assert.equal(forged.status, 401);
});

test('fetch adapter hands the processing promise to waitUntil', async () => {
  const seen: AnyWebhookEvent[] = [];
  const h = webhookHandler({ secret, onEvent: (e) => void seen.push(e) });
  const pending: Promise<unknown>[] = [];
  const headers = await signWebhook(body, secret, { id: 'msg_3' });
  const res = await h.fetch(new Request('http://x/hook', { method: 'POST', headers, body }), { waitUntil: (p) => void pending.push(p) });
  assert.equal(res.status, 200);
  assert.equal(pending.length, 1);
  await Promise.all(pending);
  assert.equal(seen[0]?.id, 'msg_3');
});

test('operational events (endpoint.failing, delivery.exhausted, …) are verified, typed by the header and go to onOperational', async () => {
  const seen: string[] = [];
  const h = webhookHandler({
    secret,
    onCompleted: () => void seen.push('completed'),
    onOperational: (e) => void seen.push(`${e.type}:${e.data.type}`),
  });
  const exhausted = JSON.stringify({ object: 'event', type: 'delivery.exhausted', created: 1, data: { id: 'dlv_1', object: 'webhook_delivery', webhook_id: 'msg_a', event: 'analysis.completed', analysis_id: 'a', endpoint_id: 'we_1', url: 'https://x', attempt_count: 6, last_attempt: { status_code: 503, error_class: 'non_2xx', error_message: 'HTTP 503' } } });
  const headers = await signWebhook(exhausted, secret, { id: 'msg_exhausted_1', event: 'delivery.exhausted' });
  const r = await h.handle(exhausted, headers);
  assert.equal(r.status, 200);
  assert.equal(r.event?.type, 'delivery.exhausted');
  await r.process();
  // without the event header (the guide's scheme), the envelope's type is used
  const failing = JSON.stringify({ object: 'event', type: 'endpoint.failing', created: 1, data: { id: 'we_1', object: 'webhook_endpoint', url: 'https://x', enabled: true, failing_since: 1, disabled_reason: null, last_attempt: null } });
  const fh = await signWebhook(failing, secret, { id: 'msg_failing_1' });
  delete fh['x-callcov-event'];
  const r2 = await h.handle(failing, fh);
  await r2.process();
  assert.deepEqual(seen, ['delivery.exhausted:delivery.exhausted', 'endpoint.failing:endpoint.failing']);
});
