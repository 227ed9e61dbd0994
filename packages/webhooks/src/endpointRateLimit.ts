import { msUntilToken, takeToken } from '@callcov/core';
import type { Db } from '@callcov/db';

/** An endpoint's bucket holds about one second of its rate (at least one token): at most n + n/60 attempts in any minute. */
export const endpointBurst = (perMinute: number) => Math.max(1, Math.ceil(perMinute / 60));

/**
 * Takes one token from the endpoint's bucket in the database, shared by every dispatcher process: a read, then a
 * compare-and-set update that only lands if nobody changed the bucket meanwhile (else read again). Returns 0 when a
 * token was taken, else the milliseconds until the next one.
 */
export async function takeEndpointToken(db: Db, endpointId: string, perMinute: number, now: number): Promise<number> {
  const ratePerSecond = perMinute / 60;
  const burst = endpointBurst(perMinute);
  for (let tries = 0; tries < 20; tries++) {
    const row = await db.selectFrom('webhook_rate_buckets').selectAll().where('endpoint_id', '=', endpointId).executeTakeFirst();
    // another process's clock may be a little ahead: never refill backwards
    const at = row ? Math.max(now, row.updated_at) : now;
    const { bucket, result } = takeToken(row ? { tokens: row.tokens_milli / 1000, updatedAt: row.updated_at } : undefined, at, ratePerSecond, burst);
    if (!result.allowed) return Math.max(1, msUntilToken(bucket.tokens, ratePerSecond));
    const tokensMilli = Math.floor(bucket.tokens * 1000);
    if (!row) {
      const inserted = await db
        .insertInto('webhook_rate_buckets')
        .values({ endpoint_id: endpointId, tokens_milli: tokensMilli, updated_at: at })
        .onConflict((oc) => oc.column('endpoint_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return 0;
      continue;
    }
    const updated = await db
      .updateTable('webhook_rate_buckets')
      .set({ tokens_milli: tokensMilli, updated_at: at })
      .where('endpoint_id', '=', endpointId)
      .where('tokens_milli', '=', row.tokens_milli)
      .where('updated_at', '=', row.updated_at)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 1) return 0;
  }
  return 50;
}
