import { newId } from '@callcov/services';
import { ownedBy, scoped } from '@callcov/db';
import { invalidRequest, notFound, type WebhookRecoveryBody } from '@callcov/core';
import { addJob } from '@callcov/queue';
import type { Caller, ServiceContext } from '@callcov/services';
import { ERASED_PAYLOAD } from '@callcov/services';
import { JOB_DELIVER_WEBHOOK } from './enqueueWebhooks.ts';

const PAGE = 500;

/**
 * POST /api/v1/webhooks/recover (DESIGN.md §1.5b): every delivery created in [since, until) that matches (its endpoint,
 * its status, its analysis's list filters) is sent again now, as a new attempt in its own delivery log with its
 * original `webhook-id` and body, to its endpoint's current URL. Deliveries whose analysis was deleted (no body left),
 * whose endpoint was deleted or is disabled, and those still pending are left alone. Pages of 500, one transaction each.
 */
export async function recoverDeliveries(ctx: ServiceContext, caller: Caller, body: WebhookRecoveryBody) {
  const now = ctx.now();
  const sinceMs = body.since * 1000;
  const untilMs = body.until === undefined ? now + 1 : body.until * 1000;
  if (untilMs <= sinceMs) throw invalidRequest('invalid_range', 'until must be after since.', 'until');
  if (body.created_gte !== undefined && body.created_lte !== undefined && body.created_gte > body.created_lte) {
    throw invalidRequest('invalid_range', 'created_gte must not be after created_lte.', 'created_gte');
  }
  const db = ctx.database.db;
  if (body.endpoint_id !== undefined) {
    const ep = await scoped(db, caller)
      .selectFrom('webhook_endpoints')
      .select('id')
      .where('id', '=', body.endpoint_id)
      .executeTakeFirst();
    if (!ep) throw notFound('webhook endpoint', body.endpoint_id);
  }
  const statuses: Array<'failed' | 'succeeded'> = body.status === 'any' ? ['failed', 'succeeded'] : ['failed'];
  const byAnalysis = [body.agent_id, body.contact_id, body.failed_check, body.created_gte, body.created_lte].some((v) => v !== undefined);

  let queued = 0;
  let cursor: { created_at: number; id: string } | null = null;
  for (;;) {
    const after: { created_at: number; id: string } | null = cursor;
    const page: Array<{ id: string; created_at: number; endpoint_id: string | null; live_endpoint: string | null; endpoint_url: string | null; endpoint_enabled: number | null }> = await db
      .selectFrom('webhook_deliveries as d')
      .leftJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .select(['d.id as id', 'd.created_at as created_at', 'd.endpoint_id as endpoint_id', 'e.id as live_endpoint', 'e.url as endpoint_url', 'e.enabled as endpoint_enabled'])
      .where(ownedBy(caller, 'd'))
      .where('d.created_at', '>=', sinceMs)
      .where('d.created_at', '<', untilMs)
      .where('d.status', 'in', statuses)
      .where('d.payload', '!=', ERASED_PAYLOAD)
      .$if(body.endpoint_id !== undefined, (qb) => qb.where('d.endpoint_id', '=', body.endpoint_id!))
      .$if(byAnalysis, (qb) =>
        qb.where('d.analysis_id', 'in', (eb) =>
          eb
            .selectFrom('analyses')
            .select('analyses.id')
            .where(ownedBy(caller, 'analyses'))
            .$if(body.agent_id !== undefined, (q) => q.where('analyses.agent_id', '=', body.agent_id!))
            .$if(body.contact_id !== undefined, (q) => q.where('analyses.contact_id', '=', body.contact_id!))
            .$if(body.failed_check !== undefined, (q) => q.where('analyses.failed_checks', 'like', `%,${body.failed_check},%`))
            .$if(body.created_gte !== undefined, (q) => q.where('analyses.created_at', '>=', body.created_gte! * 1000))
            .$if(body.created_lte !== undefined, (q) => q.where('analyses.created_at', '<', (body.created_lte! + 1) * 1000)),
        ),
      )
      .$if(after !== null, (qb) =>
        qb.where((eb) => eb.or([eb('d.created_at', '>', after!.created_at), eb.and([eb('d.created_at', '=', after!.created_at), eb('d.id', '>', after!.id)])])),
      )
      .orderBy('d.created_at')
      .orderBy('d.id')
      .limit(PAGE)
      .execute();
    if (page.length === 0) break;
    const last = page[page.length - 1]!;
    cursor = { created_at: last.created_at, id: last.id };
    const sendable = page.filter((d) => d.endpoint_id === null || (d.live_endpoint !== null && d.endpoint_enabled === 1));
    queued += await ctx.database.transaction(async (trx) => {
      let n = 0;
      for (const d of sendable) {
        const updated = await trx
          .updateTable('webhook_deliveries')
          .set({ status: 'pending', next_attempt_at: now, updated_at: now, ...(d.endpoint_url ? { url: d.endpoint_url } : {}) })
          .where('id', '=', d.id)
          .where('status', 'in', statuses)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) continue;
        await addJob(trx, { type: JOB_DELIVER_WEBHOOK, payload: { delivery_id: d.id }, maxAttempts: 1000 }, now);
        n++;
      }
      return n;
    });
    if (page.length < PAGE) break;
  }
  if (queued > 0) ctx.jobAdded(JOB_DELIVER_WEBHOOK);
  ctx.logger.info({ account_id: caller.accountId, deliveries_queued: queued, since: body.since, until: body.until ?? null, endpoint_id: body.endpoint_id ?? null }, 'webhook recovery');
  return { object: 'webhook_recovery' as const, id: newId('whr'), deliveries_queued: queued };
}
