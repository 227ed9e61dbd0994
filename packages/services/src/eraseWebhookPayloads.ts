import type { Db } from '@callcov/db';

/** What a delivery's stored body becomes once its analysis is deleted or expired: nothing of the call is kept. */
export const ERASED_PAYLOAD = '';

/**
 * Removes the stored webhook bodies of deleted analyses (they hold the transcript and PII) and cancels their pending
 * deliveries: a cancelled delivery is `failed` with no next attempt, so its job finishes without sending anything.
 */
export async function eraseAnalysisWebhookPayloads(trx: Db, analysisIds: string[], now: number): Promise<void> {
  if (analysisIds.length === 0) return;
  await trx
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', next_attempt_at: null, updated_at: now })
    .where('analysis_id', 'in', analysisIds)
    .where('status', '=', 'pending')
    .execute();
  await trx
    .updateTable('webhook_deliveries')
    .set({ payload: ERASED_PAYLOAD })
    .where('analysis_id', 'in', analysisIds)
    .where('payload', '!=', ERASED_PAYLOAD)
    .execute();
}

/** Retention: the same for every delivery created before `cutoff` (any event), so no stored body outlives it. */
export async function eraseWebhookPayloadsBefore(db: Db, cutoff: number, now: number): Promise<number> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', next_attempt_at: null, updated_at: now })
    .where('created_at', '<', cutoff)
    .where('status', '=', 'pending')
    .execute();
  const r = await db
    .updateTable('webhook_deliveries')
    .set({ payload: ERASED_PAYLOAD })
    .where('created_at', '<', cutoff)
    .where('payload', '!=', ERASED_PAYLOAD)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
