// Live calls (DESIGN.md §1.8): the analysis row created at `started`, and the hand-over to the normal processing job
// at `stop` (so the final analysis, the stored transcript and the webhook come from the same path as a submitted
// transcript).
import { uuidv7, type TranscriptInput } from '@callcov/core';
import type { PolicyDocument, ScorecardDocument } from '@callcov/core/analysis';
import { addJob } from '@callcov/queue';
import { scoped } from '@callcov/db';
import { newAnalysisRow } from './analysisRows.ts';
import { pooledRandomBytes } from './pooledRandomBytes.ts';
import { resolveDocument } from './analysisDocuments.ts';
import { getAnalysis } from './readAnalyses.ts';
import { JOB_PROCESS_ANALYSIS, type Caller, type ServiceContext } from './serviceContext.ts';

export interface LiveStart {
  agent_id?: string;
  contact_id?: string;
  language?: 'en' | 'es' | 'auto';
  policy_id?: string;
  webhook_url?: string;
  metadata?: Record<string, unknown>;
}

export interface StartedLiveCall {
  id: string;
  policy: PolicyDocument;
  scorecard: ScorecardDocument;
}

/**
 * Creates the analysis of a live call (status `processing` from the start: it is being analysed as it happens).
 * The policy is resolved first, so an unknown `policy_id` is an error before any row exists.
 * PII is redacted in what is stored (the transcript written at completion): a card number read out stays out of it.
 */
export async function startLiveCall(ctx: ServiceContext, caller: Caller, start: LiveStart): Promise<StartedLiveCall> {
  const db = ctx.database.db;
  const policy = await resolveDocument(db, caller, 'policy', start.policy_id ?? null);
  const scorecard = await resolveDocument(db, caller, 'scorecard', null);
  const now = ctx.now();
  const id = uuidv7(now, pooledRandomBytes);
  const row = newAnalysisRow(caller, now, {
    id,
    status: 'processing',
    agent_id: start.agent_id ?? null,
    contact_id: start.contact_id ?? null,
    webhook_url: start.webhook_url ?? null,
    language: start.language ?? 'auto',
    policy_id: start.policy_id ?? null,
    redact_pii: 1,
    metadata_json: JSON.stringify(start.metadata ?? {}),
    input_kind: 'transcript',
    input_json: JSON.stringify({ segments: [] }),
    live_seen_at: now,
  });
  await db.insertInto('analyses').values(row).execute();
  return { id, policy, scorecard };
}

/** Hands the call's segments to the processing job (one transaction: the transcript and its job). */
export async function stopLiveCall(ctx: ServiceContext, id: string, transcript: TranscriptInput): Promise<void> {
  const now = ctx.now();
  const handed = await ctx.database.transaction(async (trx) => {
    // only once: a call already handed over (by an earlier stop, or as abandoned by another process) keeps its job
    const r = await trx
      .updateTable('analyses')
      .set({ input_json: JSON.stringify(transcript), live_seen_at: null, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'processing')
      .where('live_seen_at', 'is not', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await addJob(trx, { type: JOB_PROCESS_ANALYSIS, payload: { analysis_id: id }, maxAttempts: 5 }, now);
    return true;
  });
  if (handed) ctx.jobAdded(JOB_PROCESS_ANALYSIS);
}

/** The analysis object (JSON) once it is completed or failed; null after `timeoutMs`. */
export async function awaitLiveCallResult(ctx: ServiceContext, caller: Caller, id: string, timeoutMs: number, pollMs = 25): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await scoped(ctx.database.db, caller).selectFrom('analyses').select(['status']).where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    if (row.status === 'completed' || row.status === 'failed') {
      const { body } = await getAnalysis(ctx, caller, id);
      return body === null ? null : body.toString();
    }
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * Keeps what a live call has received so far (its segments, as the final analysis will read them) and that its
 * connection is alive: a server that dies mid-call loses nothing that was recognised (`finaliseAbandonedLiveCalls`).
 */
export async function recordLiveSegments(ctx: ServiceContext, id: string, transcript: TranscriptInput): Promise<void> {
  const now = ctx.now();
  await ctx.database.db
    .updateTable('analyses')
    .set({ input_json: JSON.stringify(transcript), live_seen_at: now })
    .where('id', '=', id)
    .where('status', '=', 'processing')
    .where('live_seen_at', 'is not', null)
    .execute();
}

/** The connection of a live call is still open (a heartbeat while nobody speaks). */
export async function touchLiveCall(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.database.db.updateTable('analyses').set({ live_seen_at: ctx.now() }).where('id', '=', id).where('live_seen_at', 'is not', null).execute();
}

/**
 * Live calls not heard from for `abandonMs` (their server process died, or lost its connection to the database)
 * are handed to processing with the segments stored so far, like a dropped connection after its grace period. Each
 * is claimed by one process (the update only lands once). Returns how many were handed over.
 */
export async function finaliseAbandonedLiveCalls(ctx: ServiceContext, abandonMs: number): Promise<number> {
  const now = ctx.now();
  const stale = await ctx.database.db
    .selectFrom('analyses')
    .select(['id'])
    .where('live_seen_at', 'is not', null)
    .where('live_seen_at', '<', now - abandonMs)
    .where('status', '=', 'processing')
    .limit(100)
    .execute();
  let handed = 0;
  for (const { id } of stale) {
    const claimed = await ctx.database.transaction(async (trx) => {
      const r = await trx
        .updateTable('analyses')
        .set({ live_seen_at: null, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', 'processing')
        .where('live_seen_at', '<', now - abandonMs)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      await addJob(trx, { type: JOB_PROCESS_ANALYSIS, payload: { analysis_id: id }, maxAttempts: 5 }, now);
      return true;
    });
    if (claimed) handed++;
  }
  if (handed > 0) {
    ctx.jobAdded(JOB_PROCESS_ANALYSIS);
    ctx.logger.info({ live_calls: handed }, 'live calls whose server stopped hearing them were handed to processing');
  }
  return handed;
}
