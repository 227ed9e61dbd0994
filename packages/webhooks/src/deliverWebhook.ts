import { newId } from '@callcov/services';
import { nextRetry, parseRetryAfter } from '@callcov/core';
import type { WebhookEndpointAuth } from '@callcov/core';
import type { Db, WebhookEndpointsTable } from '@callcov/db';
import type { PostOptions, PostResult } from '@callcov/net';
import { completeJob, deferJob, rescheduleJob, type Job } from '@callcov/queue';
import { JOB_DELIVER_WEBHOOK, type ServiceContext } from '@callcov/services';
import { buildWebhookHeaders } from './buildWebhookHeaders.ts';
import { addDelivery, OPERATIONAL_EVENTS, webhookTargets, type WebhookEvent } from './enqueueWebhooks.ts';
import { makeEndpointSettingsReader, type EndpointSettingsReader } from './endpointDeliverySettings.ts';
import { takeEndpointToken } from './endpointRateLimit.ts';
import { OAuth2TokenError, type OAuth2TokenCache } from './oauth2TokenCache.ts';
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

/** Puts a claimed job back without counting an attempt: it runs again after `deferMs`. */
const deferFor = (ctx: ServiceContext, job: Job, workerId: string, deferMs: number) => deferJob(ctx.database.db, { id: job.id, workerId, runAt: ctx.now() + deferMs });

export interface DeliverWebhookDeps {
  post: PostWebhook;
  limiter: HostLimiter;
  random?: () => number;
  /** Decrypts endpoint headers, auth and certificate (cached per row version). Default: a reader of its own. */
  settings?: EndpointSettingsReader;
  /** OAuth2 client-credentials tokens of endpoints with `auth`. Without it, such endpoints' attempts fail (auth_failed). */
  tokens?: OAuth2TokenCache;
}

const readers = new WeakMap<object, EndpointSettingsReader>();
const readerFor = (ctx: ServiceContext, deps: DeliverWebhookDeps): EndpointSettingsReader => {
  if (deps.settings) return deps.settings;
  let r = readers.get(ctx.secrets);
  if (!r) readers.set(ctx.secrets, (r = makeEndpointSettingsReader(ctx.secrets)));
  return r;
};

/**
 * The dispatcher's job: sign, POST, record the attempt, then in one transaction either finish the delivery or schedule
 * the next try. A crash anywhere before that transaction commits leaves the job leased, so it runs again: at least once.
 * An endpoint's own settings apply (DESIGN.md §1.5b): its headers, OAuth2 bearer token, timeout and rate limit.
 */
export async function deliverWebhookJob(ctx: ServiceContext, deps: DeliverWebhookDeps, job: Job, workerId: string): Promise<void> {
  const { delivery_id: deliveryId } = job.payload as { delivery_id: string };
  const db = ctx.database.db;
  const delivery = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', deliveryId).executeTakeFirst();
  if (!delivery || delivery.status !== 'pending') {
    await completeJob(db, job.id, workerId);
    return;
  }
  const endpoint = delivery.endpoint_id === null ? undefined : await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', delivery.endpoint_id).executeTakeFirst();
  const settings = endpoint ? readerFor(ctx, deps)(endpoint) : null;
  const random = deps.random ?? Math.random;
  const host = hostOf(delivery.url);
  if (!deps.limiter.tryAcquire(host)) {
    // Not an attempt: try again a little later, leaving the slot to deliveries for other hosts. Half a second to a
    // second (jittered) keeps a backlog for one saturated host from being claimed and put back in a tight loop.
    await deferFor(ctx, job, workerId, 500 + Math.floor(random() * 500));
    return;
  }
  let result: PostResult;
  const attempt = delivery.attempt_count + 1;
  let startedAt = ctx.now();
  try {
    if (settings?.rateLimitPerMinute && endpoint) {
      const waitMs = await takeEndpointToken(db, endpoint.id, settings.rateLimitPerMinute, startedAt);
      if (waitMs > 0) {
        // not an attempt either: back when the endpoint's bucket has a token, spread over a few token intervals
        const interval = 60_000 / settings.rateLimitPerMinute;
        await deferFor(ctx, job, workerId, waitMs + Math.floor(random() * Math.min(60_000, interval * 4)));
        return;
      }
      startedAt = ctx.now();
    }
    const secrets = await getSigningSecrets(db, ctx.secrets, delivery.account_id, delivery.mode, startedAt);
    const headers = {
      ...settings?.headers,
      ...buildWebhookHeaders({
        body: delivery.payload,
        secrets,
        messageId: delivery.message_id,
        timestampSeconds: Math.floor(startedAt / 1000),
        event: delivery.event,
        deliveryId: delivery.id,
        attempt,
      }),
    };
    const timeoutMs = settings?.timeoutMs ?? ctx.config.webhookTimeoutMs;
    const send = (extra: Record<string, string>) =>
      deps.post(delivery.url, {
        body: delivery.payload,
        headers: { ...headers, ...extra },
        timeoutMs,
        maxResponseBytes: 16384,
        urlLabel: 'webhook_url',
        ...(settings?.clientCertificate ? { clientCertificate: settings.clientCertificate } : {}),
      });
    if (settings?.auth && endpoint) result = await postWithOAuth2(deps.tokens, endpoint.id, settings.auth, timeoutMs, send, () => ctx.now() - startedAt);
    else result = await send({});
  } finally {
    deps.limiter.release(host);
  }

  const now = ctx.now();
  const decision = result.ok
    ? null
    : nextRetry(attempt, ctx.config.webhookRetryScheduleSeconds, random, {
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
      endpoint_id: delivery.endpoint_id,
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
        id: newId('att'),
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
    const moved = Number(updated.numUpdatedRows) === 1;
    // a delivery cancelled meanwhile still counts the attempt it made (the log and attempt_count agree)
    if (!moved) await trx.updateTable('webhook_deliveries').set({ attempt_count: attempt }).where('id', '=', delivery.id).where('attempt_count', '<', attempt).execute();
    if (nextAt === null || !moved) await completeJob(trx, job.id, workerId);
    else await rescheduleJob(trx, { id: job.id, workerId, runAt: nextAt, error: result.ok ? null : result.errorMessage });
    const last = { status_code: result.status ?? null, error_class: result.ok ? null : result.errorClass, error_message: result.ok ? null : result.errorMessage, delivery_id: delivery.id };
    if (delivery.endpoint_id) wakeDispatcher = await trackEndpointHealth(trx, delivery.endpoint_id, result.ok, now, last);
    if (moved && status === 'failed' && !OPERATIONAL_EVENTS.includes(delivery.event as WebhookEvent)) {
      const exhausted = {
        id: delivery.id,
        object: 'webhook_delivery',
        webhook_id: delivery.message_id,
        event: delivery.event,
        analysis_id: delivery.analysis_id,
        endpoint_id: delivery.endpoint_id,
        url: delivery.url,
        attempt_count: attempt,
        last_attempt: { status_code: last.status_code, error_class: last.error_class, error_message: last.error_message },
      };
      const queued = await emitOperationalEvent(trx, delivery.account_id, delivery.mode, 'delivery.exhausted', exhausted, `msg_exhausted_${delivery.id.slice('dlv_'.length)}_${attempt}`, delivery.endpoint_id, now);
      wakeDispatcher ||= queued > 0;
    }
  });
  if (wakeDispatcher) ctx.jobAdded(JOB_DELIVER_WEBHOOK);
}

/** POSTs with the endpoint's bearer token; on a 401, fetches a new token and tries once more (the same attempt). */
async function postWithOAuth2(
  tokens: OAuth2TokenCache | undefined,
  endpointId: string,
  auth: WebhookEndpointAuth,
  timeoutMs: number,
  send: (extra: Record<string, string>) => Promise<PostResult>,
  elapsed: () => number,
): Promise<PostResult> {
  const failed = (message: string): PostResult => ({ ok: false, errorClass: 'auth_failed', errorMessage: message, durationMs: elapsed() });
  if (!tokens) return failed('this dispatcher has no OAuth2 token client');
  let token: string;
  try {
    token = await tokens.token(endpointId, auth, timeoutMs);
  } catch (err) {
    if (err instanceof OAuth2TokenError) return failed(err.message);
    throw err;
  }
  const first = await send({ authorization: `Bearer ${token}` });
  if (first.ok || first.status !== 401) return first;
  tokens.invalidate(endpointId, auth, token);
  try {
    token = await tokens.token(endpointId, auth, timeoutMs);
  } catch (err) {
    if (err instanceof OAuth2TokenError) return failed(`the receiver answered 401, and a new token could not be had: ${err.message}`);
    throw err;
  }
  const second = await send({ authorization: `Bearer ${token}` });
  return second.ok ? { ...second, durationMs: elapsed() } : second;
}

interface LastAttempt {
  status_code: number | null;
  error_class: string | null;
  error_message: string | null;
  delivery_id: string;
}

const endpointEventData = (e: WebhookEndpointsTable, over: Partial<WebhookEndpointsTable>, last: LastAttempt | null) => {
  const merged = { ...e, ...over };
  return {
    id: merged.id,
    object: 'webhook_endpoint',
    url: merged.url,
    enabled: merged.enabled === 1,
    failing_since: merged.failing_since === null ? null : Math.floor(merged.failing_since / 1000),
    disabled_reason: merged.disabled_reason,
    last_attempt: last,
  };
};

/**
 * Queues an operational event (DESIGN.md §1.5b) to the account's enabled endpoints subscribed to it, except the one
 * it is about; signed and retried like every delivery. Returns how many were queued.
 */
export async function emitOperationalEvent(
  trx: Db,
  accountId: string,
  mode: 'test' | 'live',
  event: WebhookEvent,
  data: object,
  messageId: string,
  aboutEndpointId: string | null,
  now: number,
): Promise<number> {
  const targets = (await webhookTargets(trx, accountId, mode, event, null)).filter((t) => t.endpointId !== aboutEndpointId);
  if (targets.length === 0) return 0;
  const payload = JSON.stringify({ object: 'event', type: event, created: Math.floor(now / 1000), data });
  for (const t of targets) {
    await addDelivery(trx, { accountId, mode, analysisId: null, endpointId: t.endpointId, event, messageId, url: t.url, payload, trigger: 'automatic' }, now);
  }
  return targets.length;
}

/**
 * Remembers since when an endpoint has failed and tells the account's other endpoints: `endpoint.failing` at the first
 * failure after a success, `endpoint.recovered` at the first success after failures, and after 5 days without a
 * success the endpoint is disabled (`endpoint.disabled`). Each transition is a conditional update, so two dispatchers
 * seeing the same change send one event. Returns true when new deliveries were queued.
 */
async function trackEndpointHealth(trx: Db, endpointId: string, ok: boolean, now: number, last: LastAttempt): Promise<boolean> {
  const endpoint = await trx.selectFrom('webhook_endpoints').selectAll().where('id', '=', endpointId).executeTakeFirst();
  if (!endpoint) return false;
  if (ok) {
    if (endpoint.failing_since === null) return false;
    const cleared = await trx
      .updateTable('webhook_endpoints')
      .set({ failing_since: null })
      .where('id', '=', endpointId)
      .where('failing_since', 'is not', null)
      .executeTakeFirst();
    if (Number(cleared.numUpdatedRows) !== 1) return false;
    const data = endpointEventData(endpoint, { failing_since: null }, last);
    return (await emitOperationalEvent(trx, endpoint.account_id, endpoint.mode, 'endpoint.recovered', data, `msg_recovered_${endpoint.id.slice(3)}_${now}`, endpoint.id, now)) > 0;
  }
  if (endpoint.failing_since === null) {
    const marked = await trx
      .updateTable('webhook_endpoints')
      .set({ failing_since: now })
      .where('id', '=', endpointId)
      .where('failing_since', 'is', null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) return false;
    const data = endpointEventData(endpoint, { failing_since: now }, last);
    return (await emitOperationalEvent(trx, endpoint.account_id, endpoint.mode, 'endpoint.failing', data, `msg_failing_${endpoint.id.slice(3)}_${now}`, endpoint.id, now)) > 0;
  }
  if (endpoint.enabled !== 1 || now - endpoint.failing_since < ENDPOINT_DISABLE_AFTER_MS) return false;
  const reason = `every delivery failed for 5 days (since ${new Date(endpoint.failing_since).toISOString()})`;
  const disabled = await trx
    .updateTable('webhook_endpoints')
    .set({ enabled: 0, disabled_reason: reason, updated_at: Math.max(now, endpoint.updated_at + 1) })
    .where('id', '=', endpointId)
    .where('enabled', '=', 1)
    .executeTakeFirst();
  if (Number(disabled.numUpdatedRows) !== 1) return false;
  const data = endpointEventData(endpoint, { enabled: 0, disabled_reason: reason }, last);
  return (await emitOperationalEvent(trx, endpoint.account_id, endpoint.mode, 'endpoint.disabled', data, `msg_disabled_${endpoint.id}_${now}`, endpoint.id, now)) > 0;
}
