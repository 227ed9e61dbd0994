import { eraseWebhookPayloadsBefore } from './eraseWebhookPayloads.ts';
import type { ServiceContext } from './serviceContext.ts';

/**
 * Data retention: removes the stored audio (and, when configured, the transcripts) of analyses that finished more than
 * CALLCOV_RETENTION_DAYS ago, and the stored bodies of webhook deliveries created before then (their pending
 * deliveries are cancelled). Idempotent, so any number of worker processes may run it. Returns how many were purged.
 */
export async function purgeExpiredData(ctx: ServiceContext, batch = 500): Promise<number> {
  const days = ctx.config.retentionDays;
  if (days <= 0) return 0;
  const cutoff = ctx.now() - days * 86400_000;
  let purged = 0;
  for (;;) {
    const rows = await ctx.database.db
      .selectFrom('analyses')
      .select(['id', 'audio_blob'])
      .where('completed_at', '<', cutoff)
      .where((eb) =>
        ctx.config.retentionTranscripts
          ? eb.or([eb('audio_blob', 'is not', null), eb('transcript_json', 'is not', null)])
          : eb('audio_blob', 'is not', null),
      )
      .limit(batch)
      .execute();
    if (rows.length === 0) {
      await eraseWebhookPayloadsBefore(ctx.database.db, cutoff, ctx.now());
      return purged;
    }
    for (const r of rows) {
      if (r.audio_blob) await ctx.blobs.delete(r.audio_blob);
      await ctx.database.db
        .updateTable('analyses')
        .set({ audio_blob: null, ...(ctx.config.retentionTranscripts ? { transcript_json: null } : {}), updated_at: ctx.now() })
        .where('id', '=', r.id)
        .execute();
    }
    purged += rows.length;
  }
}
