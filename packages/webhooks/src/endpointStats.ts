import { scoped } from '@callcov/db';
import { invalidRequest, notFound } from '@callcov/core';
import type { Caller, ServiceContext } from '@callcov/services';

const HOUR = 3600_000;
const MAX_ATTEMPTS_READ = 50_000;

export interface EndpointStatsBucket {
  /** Start of the hour (unix seconds). */
  start: number;
  attempts: number;
  succeeded: number;
  /** succeeded / attempts, null without attempts. */
  success_rate: number | null;
  /** Median and 95th percentile attempt duration (ms), null without attempts. */
  p50_ms: number | null;
  p95_ms: number | null;
}

const percentile = (sorted: number[], p: number): number | null => (sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);

/** Pure: attempts (start ms, succeeded, duration) into hourly buckets covering [fromMs, toMs). */
export function bucketAttempts(attempts: ReadonlyArray<{ started_at: number; succeeded: number; duration_ms: number }>, fromMs: number, toMs: number): EndpointStatsBucket[] {
  const first = Math.floor(fromMs / HOUR) * HOUR;
  const count = Math.max(1, Math.ceil((toMs - first) / HOUR));
  const groups = Array.from({ length: count }, () => ({ n: 0, ok: 0, durations: [] as number[] }));
  for (const a of attempts) {
    const i = Math.floor((a.started_at - first) / HOUR);
    if (i < 0 || i >= count) continue;
    const g = groups[i]!;
    g.n++;
    if (a.succeeded === 1) g.ok++;
    g.durations.push(a.duration_ms);
  }
  return groups.map((g, i) => {
    const d = g.durations.sort((x, y) => x - y);
    return { start: (first + i * HOUR) / 1000, attempts: g.n, succeeded: g.ok, success_rate: g.n === 0 ? null : g.ok / g.n, p50_ms: percentile(d, 0.5), p95_ms: percentile(d, 0.95) };
  });
}

/** GET /api/v1/webhook_endpoints/{id}/stats?hours=: an endpoint's success rate and latency per hour (dashboard chart). */
export async function endpointStats(ctx: ServiceContext, caller: Caller, endpointId: string, hours: number) {
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 31) throw invalidRequest('invalid_hours', 'hours must be 1 to 744.', 'hours');
  const db = ctx.database.db;
  const ep = await scoped(db, caller).selectFrom('webhook_endpoints').select('id').where('id', '=', endpointId).executeTakeFirst();
  if (!ep) throw notFound('webhook endpoint', endpointId);
  const to = ctx.now();
  const from = to - hours * HOUR;
  const attempts = await db
    .selectFrom('webhook_attempts as t')
    .innerJoin('webhook_deliveries as d', 'd.id', 't.delivery_id')
    .select(['t.started_at as started_at', 't.succeeded as succeeded', 't.duration_ms as duration_ms'])
    .where('d.endpoint_id', '=', endpointId)
    // an attempt starts after its delivery was created: the endpoint index bounds the scan
    .where('d.created_at', '>=', from - 7 * 24 * HOUR)
    .where('t.started_at', '>=', from)
    .orderBy('t.started_at', 'desc')
    .limit(MAX_ATTEMPTS_READ)
    .execute();
  return { object: 'webhook_endpoint_stats' as const, endpoint_id: endpointId, hours, buckets: bucketAttempts(attempts, from, to) };
}
