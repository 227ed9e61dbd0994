import { newId } from '@callcov/services';
import {
  analysisFilterFacts,
  matchesEndpointFilter,
  OPERATIONAL_EVENT_NAMES,
  serializeAnalysis,
  shapeWebhookPayload,
  WEBHOOK_EVENT_NAMES,
  type AnalysisFilterFacts,
  type AnalysisRecord,
  type WebhookEndpointFilter,
  type WebhookEventName,
  type WebhookPayloadMode,
} from '@callcov/core';
import type { AnalysesTable, AnalysisReviewsTable, Db } from '@callcov/db';
import { scoped } from '@callcov/db';
import { JOB_DELIVER_WEBHOOK, serializeAnalysisRow } from '@callcov/services';
import { addJob } from '@callcov/queue';

export { JOB_DELIVER_WEBHOOK };
export type WebhookEvent = WebhookEventName;
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = WEBHOOK_EVENT_NAMES;
/** Events about endpoints and deliveries (not about an analysis): never filtered, always the event envelope. */
export const OPERATIONAL_EVENTS: readonly WebhookEvent[] = OPERATIONAL_EVENT_NAMES;

export const newDeliveryId = () => newId('dlv');

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

export interface WebhookTarget {
  url: string;
  endpointId: string | null;
  /** The endpoint's filter (analysis events only), null: everything. */
  filter: WebhookEndpointFilter | null;
  payload: WebhookPayloadMode;
}

/** Where an event for this account goes: the analysis's own webhook_url, else the account's enabled endpoints that want it. */
export async function webhookTargets(
  trx: Db,
  accountId: string,
  mode: 'test' | 'live',
  event: WebhookEvent,
  explicitUrl: string | null,
): Promise<WebhookTarget[]> {
  if (explicitUrl) return [{ url: explicitUrl, endpointId: null, filter: null, payload: 'full' }];
  const endpoints = await scoped(trx, { accountId: accountId, mode: mode })
    .selectFrom('webhook_endpoints')
    .select(['id', 'url', 'events_json', 'filter_json', 'payload_mode'])
    .where('enabled', '=', 1)
    .orderBy('created_at')
    .execute();
  return endpoints
    .filter((e) => (JSON.parse(e.events_json) as string[]).includes(event))
    .map((e) => ({
      url: e.url,
      endpointId: e.id,
      filter: e.filter_json === null ? null : (JSON.parse(e.filter_json) as WebhookEndpointFilter),
      payload: e.payload_mode ?? 'full',
    }));
}

export interface EnqueueOptions {
  /** CALLCOV_PUBLIC_URL: where `thin` payloads link to. */
  publicUrl?: string;
}

/**
 * Each target's body for an analysis event, or null when its filter leaves the analysis out. The body is parsed only
 * when some target filters or reshapes it (a plain `full` endpoint gets `body` untouched).
 */
export function analysisEventBodies(targets: readonly WebhookTarget[], body: string, options: EnqueueOptions): Array<{ target: WebhookTarget; payload: string }> {
  let parsed: Record<string, any> | undefined;
  let facts: AnalysisFilterFacts | undefined;
  const out: Array<{ target: WebhookTarget; payload: string }> = [];
  for (const t of targets) {
    if (t.filter === null && t.payload === 'full') {
      out.push({ target: t, payload: body });
      continue;
    }
    parsed ??= JSON.parse(body) as Record<string, any>;
    facts ??= analysisFilterFacts(parsed);
    if (!matchesEndpointFilter(t.filter, facts)) continue;
    out.push({ target: t, payload: shapeWebhookPayload(t.payload, body, { publicUrl: options.publicUrl ?? '', parsed }) });
  }
  return out;
}

/** The outbox hook run in the transaction that makes an analysis completed or failed. */
export async function enqueueAnalysisWebhooks(trx: Db, record: AnalysisRecord, now: number, options: EnqueueOptions = {}): Promise<number> {
  const event: WebhookEvent = record.status === 'completed' ? 'analysis.completed' : 'analysis.failed';
  const mode = record.livemode ? 'live' : 'test';
  const targets = await webhookTargets(trx, record.accountId, mode, event, record.webhookUrl);
  const bodies = analysisEventBodies(targets, serializeAnalysis(record), options);
  for (const { target: t, payload } of bodies) {
    await addDelivery(
      trx,
      { accountId: record.accountId, mode, analysisId: record.id, endpointId: t.endpointId, event, messageId: analysisMessageId(record.id), url: t.url, payload, trigger: 'automatic' },
      now,
    );
  }
  return bodies.length;
}

/**
 * The outbox hook run in the transaction that records a review: `analysis.reviewed` with the analysis object as GET
 * returns it after the review, to the analysis's webhook_url or else the endpoints subscribed to the event. Each review
 * is its own message (its own `webhook-id`, the same on every retry).
 */
export async function enqueueReviewWebhooks(trx: Db, analysis: AnalysesTable, review: AnalysisReviewsTable, now: number, options: EnqueueOptions = {}): Promise<number> {
  const targets = await webhookTargets(trx, analysis.account_id, analysis.mode, 'analysis.reviewed', analysis.webhook_url);
  const bodies = analysisEventBodies(targets, serializeAnalysisRow(analysis), options);
  for (const { target: t, payload } of bodies) {
    await addDelivery(
      trx,
      { accountId: analysis.account_id, mode: analysis.mode, analysisId: analysis.id, endpointId: t.endpointId, event: 'analysis.reviewed', messageId: `msg_${review.id.slice('rev_'.length)}`, url: t.url, payload, trigger: 'automatic' },
      now,
    );
  }
  return bodies.length;
}
