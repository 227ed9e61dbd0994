import { randomUUID } from 'node:crypto';
import { nextRetry, parseRetryAfter } from '@callcov/core';
import type { Db } from '@callcov/db';
import type { PostOptions, PostResult } from '@callcov/net';
import { completeJob, rescheduleJob, type Job } from '@callcov/queue';
import type { ServiceContext } from '@callcov/services';
import { buildWebhookHeaders } from './buildWebhookHeaders.ts';
import { addDelivery, webhookTargets } from './enqueueWebhooks.ts';
import { getSigningSecrets } from './webhookSecrets.ts';

export type PostWebhook = (url: string, options: PostOptions) => Promise<PostResult>;

/** An endpoint failing without a break for this long is disabled. */
export const ENDPOINT_DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;

/** Limits deliveries in flight per receiver host within one process, so a slow receiver cannot take every slot. */
export function makeHostLimiter(perHost: number) {
  const inFlight = new Map<string, number>();
  return {
    tryAcquire(host: string): boolean {
      const n = inFlight.get(host) ?? 0;
      if (n >= perHost) return false;
      inFlight.set(host, n + 1);
      return true;
    },
    release(host: string): void {
      const n = (inFlight.get(host) ?? 1) - 1;
      if (n <= 0) inFlight.delete(host);
      else inFlight.set(host, n);
    },
  };
}
export type HostLimiter = ReturnType<typeof makeHostLimiter>;

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * The dispatcher's job: sign, POST, record the attempt, then in one transaction either finish the delivery or schedule
 * the next try. A crash anywhere before that transaction commits leaves the job leased, so it runs again: at least once.
 */
export async function deliverWebhookJob(
  ctx: ServiceContext,
  deps: { post: PostWebhook; limiter: HostLimiter; random?: () => number },
  job: Job,
  workerId: string,
): Promise<void> {
  const { delivery_id: deliveryId } = job.payload as { delivery_id: string };
  const db = ctx.database.db;
  const delivery = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', deliveryId).executeTakeFirst();
  if (!delivery || delivery.status !== 'pending') {
    await completeJob(db, job.id, workerId);
    return;
  }
  const host = hostOf(delivery.url);
  if (!deps.limiter.tryAcquire(host)) {
    // Not an attempt: try again a little later, leaving the slot to deliveries for other hosts. Half a second to a
    // second (jittered) keeps a backlog for one saturated host from being claimed and put back in a tight loop.
    const deferMs = 500 + Math.floor((deps.random ?? Math.random)() * 500);
    await db
      .updateTable('jobs')
      .set((eb) => ({ status: 'pending', claimed_by: null, lease_until: null, run_at: ctx.now() + deferMs, attempts: eb('attempts', '-', 1) }))
      .where('id', '=', job.id)
      .where('claimed_by', '=', workerId)
      .execute();
    return;
  }
  let result: PostResult;
  const attempt = delivery.attempt_count + 1;
  const startedAt = ctx.now();
  try {
    const secrets = await getSigningSecrets(db, ctx.secrets, delivery.account_id, delivery.mode, startedAt);
    const headers = buildWebhookHeaders({
      body: delivery.payload,
      secrets,
      messageId: delivery.message_id,
      timestampSeconds: Math.floor(startedAt / 1000),
      event: delivery.event,
      deliveryId: delivery.id,
      attempt,
    });
    result = await deps.post(delivery.url, {
      body: delivery.payload,
      headers,
      timeoutMs: ctx.config.webhookTimeoutMs,
      maxResponseBytes: 16384,
      urlLabel: 'webhook_url',
    });
  } finally {
    deps.limiter.release(host);
  }

  const now = ctx.now();
  const decision = result.ok
    ? null
    : nextRetry(attempt, ctx.config.webhookRetryScheduleSeconds, deps.random ?? Math.random, {
        retryAfterSeconds:
          result.status === 429 || result.status === 503 ? parseRetryAfter(result.headers?.['retry-after'], now) : null,
      });
  const nextAt = decision && !decision.giveUp ? now + decision.delayMs : null;
  const status = result.ok ? 'succeeded' : nextAt === null ? 'failed' : 'pending';

  ctx.metrics.deliveryAttempt(result.ok ? 'success' : result.errorClass, nextAt !== null);
  ctx.logger.info(
    {
      delivery_id: delivery.id,
      analysis_id: delivery.analysis_id,
      webhook_id: delivery.message_id,
      attempt,
      status_code: result.status ?? null,
      outcome: result.ok ? 'success' : result.errorClass,
      duration_ms: Math.round(result.durationMs),
      next_attempt_at: nextAt,
    },
    result.ok ? 'webhook delivered' : 'webhook attempt failed',
  );
  let wakeDispatcher = false;
  await ctx.database.transaction(async (trx) => {
    await trx
      .insertInto('webhook_attempts')
      .values({
        id: `att_${randomUUID().replaceAll('-', '')}`,
        delivery_id: delivery.id,
        attempt,
        started_at: startedAt,
        url: delivery.url,
        status_code: result.status ?? null,
        duration_ms: Math.round(result.durationMs),
        response_body: result.bodyExcerpt ?? null,
        error_class: result.ok ? null : result.errorClass,
        error_message: result.ok ? null : result.errorMessage,
        succeeded: result.ok ? 1 : 0,
        next_attempt_at: nextAt,
      })
      .execute();
    // Only a delivery still pending moves on: one cancelled meanwhile (its analysis deleted) is never rescheduled.
    const updated = await trx
      .updateTable('webhook_deliveries')
      .set({ status, attempt_count: attempt, next_attempt_at: nextAt, updated_at: now })
      .where('id', '=', delivery.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (nextAt === null || Number(updated.numUpdatedRows) === 0) await completeJob(trx, job.id, workerId);
    else await rescheduleJob(trx, { id: job.id, workerId, runAt: nextAt, error: result.ok ? null : result.errorMessage });
    if (delivery.endpoint_id) wakeDispatcher = await trackEndpointHealth(trx, delivery.endpoint_id, result.ok, now);
  });
  if (wakeDispatcher) ctx.jobAdded('deliver_webhook');
}

/**
 * Remembers since when an endpoint has failed; after 5 days without a success it is disabled and the account's other
 * enabled endpoints get an `endpoint.disabled` event. Returns true when new deliveries were queued.
 */
async function trackEndpointHealth(trx: Db, endpointId: string, ok: boolean, now: number): Promise<boolean> {
  const endpoint = await trx.selectFrom('webhook_endpoints').selectAll().where('id', '=', endpointId).executeTakeFirst();
  if (!endpoint) return false;
  if (ok) {
    if (endpoint.failing_since !== null) {
      await trx.updateTable('webhook_endpoints').set({ failing_since: null, updated_at: now }).where('id', '=', endpointId).execute();
    }
    return false;
  }
  if (endpoint.failing_since === null) {
    await trx.updateTable('webhook_endpoints').set({ failing_since: now, updated_at: now }).where('id', '=', endpointId).execute();
    return false;
  }
  if (endpoint.enabled !== 1 || now - endpoint.failing_since < ENDPOINT_DISABLE_AFTER_MS) return false;
  const reason = `every delivery failed for 5 days (since ${new Date(endpoint.failing_since).toISOString()})`;
  await trx
    .updateTable('webhook_endpoints')
    .set({ enabled: 0, disabled_reason: reason, updated_at: now })
    .where('id', '=', endpointId)
    .execute();
  const targets = await webhookTargets(trx, endpoint.account_id, endpoint.mode, 'endpoint.disabled', null);
  const payload = JSON.stringify({
    object: 'event',
    type: 'endpoint.disabled',
    created: Math.floor(now / 1000),
    data: { id: endpoint.id, object: 'webhook_endpoint', url: endpoint.url, enabled: false, disabled_reason: reason },
  });
  for (const t of targets) {
    await addDelivery(
      trx,
      {
        accountId: endpoint.account_id,
        mode: endpoint.mode,
        analysisId: null,
        endpointId: t.endpointId,
        event: 'endpoint.disabled',
        messageId: `msg_disabled_${endpoint.id}_${now}`,
        url: t.url,
        payload,
        trigger: 'automatic',
      },
      now,
    );
  }
  return targets.length > 0;
}
