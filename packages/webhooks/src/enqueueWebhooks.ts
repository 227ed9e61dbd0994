import { randomUUID } from 'node:crypto';
import { serializeAnalysis, type AnalysisRecord } from '@callcov/core';
import type { AnalysesTable, AnalysisReviewsTable, Db } from '@callcov/db';
import { serializeAnalysisRow } from '@callcov/services';
import { addJob } from '@callcov/queue';

export const JOB_DELIVER_WEBHOOK = 'deliver_webhook';
export type WebhookEvent = 'analysis.completed' | 'analysis.failed' | 'analysis.reviewed' | 'endpoint.disabled';
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = ['analysis.completed', 'analysis.failed', 'analysis.reviewed', 'endpoint.disabled'];

export const newDeliveryId = () => `dlv_${randomUUID().replaceAll('-', '')}`;

/** The stable `webhook-id` of an analysis's final event: the same on every retry and every resend. */
export const analysisMessageId = (analysisId: string) => `msg_${analysisId.replaceAll('-', '')}`;

export interface NewDelivery {
  accountId: string;
  mode: 'test' | 'live';
  analysisId: string | null;
  endpointId: string | null;
  event: WebhookEvent;
  messageId: string;
  url: string;
  payload: string;
  trigger: 'automatic' | 'manual';
}

/** Writes a delivery and its job in the caller's transaction (the outbox). */
export async function addDelivery(trx: Db, d: NewDelivery, now: number): Promise<string> {
  const id = newDeliveryId();
  await trx
    .insertInto('webhook_deliveries')
    .values({
      id,
      account_id: d.accountId,
      mode: d.mode,
      analysis_id: d.analysisId,
      endpoint_id: d.endpointId,
      event: d.event,
      message_id: d.messageId,
      url: d.url,
      payload: d.payload,
      status: 'pending',
      trigger: d.trigger,
      attempt_count: 0,
      next_attempt_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await addJob(trx, { type: JOB_DELIVER_WEBHOOK, payload: { delivery_id: id }, maxAttempts: 1000 }, now);
  return id;
}

/** Where an event for this account goes: the analysis's own webhook_url, else the account's enabled endpoints that want it. */
export async function webhookTargets(
  trx: Db,
  accountId: string,
  mode: 'test' | 'live',
  event: WebhookEvent,
  explicitUrl: string | null,
): Promise<Array<{ url: string; endpointId: string | null }>> {
  if (explicitUrl) return [{ url: explicitUrl, endpointId: null }];
  const endpoints = await trx
    .selectFrom('webhook_endpoints')
    .select(['id', 'url', 'events_json'])
    .where('account_id', '=', accountId)
    .where('mode', '=', mode)
    .where('enabled', '=', 1)
    .orderBy('created_at')
    .execute();
  return endpoints
    .filter((e) => (JSON.parse(e.events_json) as string[]).includes(event))
    .map((e) => ({ url: e.url, endpointId: e.id }));
}

/** The outbox hook run in the transaction that makes an analysis completed or failed. */
export async function enqueueAnalysisWebhooks(trx: Db, record: AnalysisRecord, now: number): Promise<number> {
  const event: WebhookEvent = record.status === 'completed' ? 'analysis.completed' : 'analysis.failed';
  const mode = record.livemode ? 'live' : 'test';
  const targets = await webhookTargets(trx, record.accountId, mode, event, record.webhookUrl);
  const payload = serializeAnalysis(record);
  for (const t of targets) {
    await addDelivery(
      trx,
      { accountId: record.accountId, mode, analysisId: record.id, endpointId: t.endpointId, event, messageId: analysisMessageId(record.id), url: t.url, payload, trigger: 'automatic' },
      now,
    );
  }
  return targets.length;
}

/**
 * The outbox hook run in the transaction that records a review: `analysis.reviewed` with the analysis object as GET
 * returns it after the review, to the analysis's webhook_url or else the endpoints subscribed to the event. Each review
 * is its own message (its own `webhook-id`, the same on every retry).
 */
export async function enqueueReviewWebhooks(trx: Db, analysis: AnalysesTable, review: AnalysisReviewsTable, now: number): Promise<number> {
  const targets = await webhookTargets(trx, analysis.account_id, analysis.mode, 'analysis.reviewed', analysis.webhook_url);
  const payload = serializeAnalysisRow(analysis);
  for (const t of targets) {
    await addDelivery(
      trx,
      { accountId: analysis.account_id, mode: analysis.mode, analysisId: analysis.id, endpointId: t.endpointId, event: 'analysis.reviewed', messageId: `msg_${review.id.slice('rev_'.length)}`, url: t.url, payload, trigger: 'automatic' },
      now,
    );
  }
  return targets.length;
}
