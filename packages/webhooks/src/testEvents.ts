// Test events (POST /api/v1/webhooks/test_events, POST /api/v1/webhook_endpoints/{id}/test, `callcov trigger`): a
// sample analysis event queued through the normal outbox and dispatcher, so it is signed, retried and logged exactly
// like a real one, in the receiving endpoint's payload mode.
import { checkClientUrl, invalidRequest, shapeWebhookPayload } from '@callcov/core';
import { newId, type Caller, type ServiceContext } from '@callcov/services';
import { addDelivery, JOB_DELIVER_WEBHOOK, webhookTargets, type WebhookTarget } from './enqueueWebhooks.ts';
import { toDeliveryObject } from './deliveryObjects.ts';
import { getEndpoint } from './webhookEndpoints.ts';

/** Events `callcov trigger` / POST /api/v1/webhooks/test_events can send as samples. */
export const TEST_EVENTS = ['analysis.completed', 'analysis.failed'] as const;
export type TestEvent = (typeof TEST_EVENTS)[number];

/**
 * Pure: the body of a test event, a message about a sample analysis (metadata.test_event = true): `analysis.completed`
 * by default, or `analysis.failed` with an error code and message.
 */
export function sampleTestEventPayload(nowMs: number, livemode: boolean, event: TestEvent = 'analysis.completed'): string {
  const body = JSON.parse(sampleCompletedPayload(nowMs, livemode));
  if (event === 'analysis.failed') {
    Object.assign(body, { status: 'failed', transcript: null, results: null, error_code: 'audio_fetch_failed', error_message: 'audio_url returned HTTP 404 (test event)' });
  }
  return JSON.stringify(body);
}

function sampleCompletedPayload(nowMs: number, livemode: boolean): string {
  const now = Math.floor(nowMs / 1000);
  return JSON.stringify({
    id: '00000000-0000-4000-8000-000000000000',
    object: 'analysis',
    created: now - 60,
    livemode,
    status: 'completed',
    progress: null,
    call: { agent_id: 'agent_test', contact_id: 'contact_test' },
    audio: null,
    transcript: {
      text: 'Agent: Thank you for calling, this is a test event.\nCustomer: Thanks!',
      language: 'en',
      segments: [
        { speaker: 'Agent', text: 'Thank you for calling, this is a test event.', start: 0, end: 3, confidence: null },
        { speaker: 'Customer', text: 'Thanks!', start: 3.5, end: 4.2, confidence: null },
      ],
    },
    results: { compliance: null, quality: null, coaching: null },
    error_code: null,
    error_message: null,
    webhook_url: null,
    metadata: { test_event: true },
    completed_at: now,
    deleted: false,
  });
}

/** Queues a signed test message to one endpoint (a manual delivery with its own attempt log). */
export async function sendEndpointTestEvent(ctx: ServiceContext, caller: Caller, endpointId: string) {
  const endpoint = await getEndpoint(ctx, caller, endpointId);
  const now = ctx.now();
  const id = await ctx.database.transaction((trx) =>
    addDelivery(
      trx,
      {
        accountId: caller.accountId,
        mode: caller.mode,
        analysisId: null,
        endpointId: endpoint.id,
        event: 'analysis.completed',
        messageId: newId('msg_test'),
        url: endpoint.url,
        payload: shapeWebhookPayload(endpoint.payload, sampleTestEventPayload(now, caller.mode === 'live'), { publicUrl: ctx.config.publicUrl }),
        trigger: 'manual',
      },
      now,
    ),
  );
  ctx.jobAdded(JOB_DELIVER_WEBHOOK);
  const d = await ctx.database.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return toDeliveryObject(d, []);
}

/**
 * Queues a signed sample event through the normal outbox and dispatcher (signature headers, retries and the attempt
 * log as for a real one): to `url`, to one endpoint, or else to every enabled endpoint subscribed to the event.
 */
export async function sendTestEvents(ctx: ServiceContext, caller: Caller, input: { event?: TestEvent; url?: string; endpoint_id?: string }) {
  const event = input.event ?? 'analysis.completed';
  if (input.url !== undefined && input.endpoint_id !== undefined) throw invalidRequest('parameter_conflict', 'Give url or endpoint_id, not both.', 'endpoint_id');
  if (input.url !== undefined) {
    checkClientUrl(input.url, 'url', caller.mode);
  }
  const now = ctx.now();
  const payload = sampleTestEventPayload(now, caller.mode === 'live', event);
  const messageId = newId('msg_test');
  const endpoint = input.endpoint_id !== undefined ? await getEndpoint(ctx, caller, input.endpoint_id) : null;
  const ids = await ctx.database.transaction(async (trx) => {
    const targets: Array<Pick<WebhookTarget, 'url' | 'endpointId' | 'payload'>> = endpoint
      ? [{ url: endpoint.url, endpointId: endpoint.id, payload: endpoint.payload }]
      : await webhookTargets(trx, caller.accountId, caller.mode, event, input.url ?? null);
    if (targets.length === 0) {
      throw invalidRequest('no_webhook_target', `No enabled webhook endpoint subscribes to ${event}; pass url (callcov trigger --forward-to URL) or create one.`, 'url');
    }
    const out: string[] = [];
    for (const t of targets) {
      // shaped like a real event for that endpoint (its payload mode); a test event is never filtered out
      const body = shapeWebhookPayload(t.payload, payload, { publicUrl: ctx.config.publicUrl });
      out.push(await addDelivery(trx, { accountId: caller.accountId, mode: caller.mode, analysisId: null, endpointId: t.endpointId, event, messageId, url: t.url, payload: body, trigger: 'manual' }, now));
    }
    return out;
  });
  ctx.jobAdded(JOB_DELIVER_WEBHOOK);
  const rows = await ctx.database.db.selectFrom('webhook_deliveries').selectAll().where('id', 'in', ids).execute();
  return { object: 'list' as const, data: rows.map((d) => toDeliveryObject(d, [])), has_more: false };
}

