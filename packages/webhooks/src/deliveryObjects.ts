import { invalidRequest, notFound, serializeAnalysis } from '@callcov/core';
import type { Db, WebhookAttemptsTable, WebhookDeliveriesTable } from '@callcov/db';
import { scoped } from '@callcov/db';
import type { Caller, ServiceContext } from '@callcov/services';
import { findAnalysis } from '@callcov/services';
import { addDelivery, analysisEventBodies, analysisMessageId, JOB_DELIVER_WEBHOOK, webhookTargets, type WebhookTarget } from './enqueueWebhooks.ts';

const sec = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));

export function toDeliveryObject(d: WebhookDeliveriesTable, attempts: WebhookAttemptsTable[]) {
  return {
    id: d.id,
    object: 'webhook_delivery',
    analysis_id: d.analysis_id,
    endpoint_id: d.endpoint_id,
    event: d.event,
    webhook_id: d.message_id,
    url: d.url,
    status: d.status,
    trigger: d.trigger,
    attempt_count: d.attempt_count,
    next_attempt_at: d.status === 'pending' ? sec(d.next_attempt_at) : null,
    created: sec(d.created_at),
    attempts: attempts.map((a) => ({
      attempt: a.attempt,
      started_at: a.started_at / 1000,
      url: a.url,
      status_code: a.status_code,
      duration_ms: a.duration_ms,
      response_body: a.response_body,
      error_class: a.error_class,
      error_message: a.error_message,
      succeeded: a.succeeded === 1,
      next_attempt_at: sec(a.next_attempt_at),
    })),
  };
}

async function deliveriesWithAttempts(db: Db, deliveries: WebhookDeliveriesTable[]) {
  if (deliveries.length === 0) return [];
  const attempts = await db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('delivery_id', 'in', deliveries.map((d) => d.id))
    .orderBy('attempt')
    .execute();
  // One consistent view without a snapshot transaction: an attempt and its delivery's attempt_count are written in one
  // transaction, so an attempt numbered past the attempt_count read above was committed after that read; leaving it
  // out keeps status, attempt_count and the attempt log telling the same story (never "pending" beside a success).
  return deliveries.map((d) => toDeliveryObject(d, attempts.filter((a) => a.delivery_id === d.id && a.attempt <= d.attempt_count)));
}

/** Every delivery of an analysis, newest first, each with its attempt log. */
export async function listDeliveries(ctx: ServiceContext, caller: Caller, analysisId: string) {
  const db = ctx.database.db;
  const analysis = await findAnalysis(db, caller, analysisId);
  if (!analysis) throw notFound('analysis', analysisId);
  const deliveries = await scoped(db, caller)
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('analysis_id', '=', analysisId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return { object: 'list', data: await deliveriesWithAttempts(db, deliveries), has_more: false };
}

/** Recent deliveries of the whole account (dashboard's delivery log). */
export async function listAccountDeliveries(ctx: ServiceContext, caller: Caller, limit: number) {
  const db = ctx.database.db;
  const deliveries = await scoped(db, caller)
    .selectFrom('webhook_deliveries')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return { object: 'list', data: await deliveriesWithAttempts(db, deliveries), has_more: deliveries.length === limit };
}

/**
 * Sends the analysis's final event again, now: a new delivery with its own attempt log and retry schedule, carrying the
 * same `webhook-id` and the same body as the original message, so receivers that dedupe by webhook-id see one message.
 */
export async function resendDelivery(ctx: ServiceContext, caller: Caller, analysisId: string) {
  const now = ctx.now();
  const id = await ctx.database.transaction(async (trx) => {
    const analysis = await findAnalysis(trx, caller, analysisId);
    if (!analysis) throw notFound('analysis', analysisId);
    if (analysis.deletedAt !== null) {
      throw invalidRequest('analysis_deleted', 'The analysis was deleted; its webhook payload is gone and it cannot be sent again.', 'id', 409);
    }
    if (analysis.status !== 'completed' && analysis.status !== 'failed') {
      throw invalidRequest('analysis_not_finished', 'The analysis is not completed or failed yet; its webhook is sent when it is.', 'id', 409);
    }
    // each endpoint gets the body it got the first time (its payload mode), else the analysis as it is now, shaped
    const originals = await trx
      .selectFrom('webhook_deliveries')
      .select(['payload', 'endpoint_id'])
      .where('analysis_id', '=', analysisId)
      .where('event', 'in', ['analysis.completed', 'analysis.failed'])
      .orderBy('created_at')
      .execute();
    const event = analysis.status === 'completed' ? 'analysis.completed' : 'analysis.failed';
    const targets = await webhookTargets(trx, caller.accountId, caller.mode, event, analysis.webhookUrl);
    const current = serializeAnalysis(analysis);
    const sends: Array<{ target: WebhookTarget; payload: string }> = [];
    for (const t of targets) {
      const original = originals.find((o) => o.endpoint_id === t.endpointId);
      if (original) sends.push({ target: t, payload: original.payload });
      else sends.push(...analysisEventBodies([t], current, { publicUrl: ctx.config.publicUrl }));
    }
    if (sends.length === 0) {
      throw invalidRequest('no_webhook_target', 'This analysis has no webhook_url and the account has no enabled webhook endpoint for this event (whose filter it matches).', 'webhook_url');
    }
    const ids: string[] = [];
    for (const { target: t, payload } of sends) {
      ids.push(
        await addDelivery(
          trx,
          { accountId: caller.accountId, mode: caller.mode, analysisId, endpointId: t.endpointId, event, messageId: analysisMessageId(analysisId), url: t.url, payload, trigger: 'manual' },
          now,
        ),
      );
    }
    return ids[0]!;
  });
  ctx.jobAdded(JOB_DELIVER_WEBHOOK);
  const d = await ctx.database.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return toDeliveryObject(d, []);
}
