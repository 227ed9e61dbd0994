import {
  computeCalibration,
  findReviewableItem,
  invalidRequest,
  isUuid,
  latestReviews,
  notFound,
  uuidv7,
  withReviews,
  type CalibrationObject,
  type CalibrationQuery,
  type CreateReviewBody,
  type ReviewedCallCase,
  type ReviewObject,
  type ReviewsExportQuery,
  type ReviewSummary,
} from '@callcov/core';
import type { AnalysesTable, AnalysisReviewsTable, Db } from '@callcov/db';
import { ownedBy, scoped } from '@callcov/db';
import { pooledRandomBytes } from './pooledRandomBytes.ts';
import { JOB_DELIVER_WEBHOOK, type Caller, type ServiceContext } from './serviceContext.ts';

/** What else must happen in the transaction that records a review (the `analysis.reviewed` webhook outbox). */
export type OnAnalysisReviewed = (trx: Db, analysis: AnalysesTable, review: AnalysisReviewsTable, now: number) => Promise<number>;

const seconds = (ms: number) => Math.floor(ms / 1000);

export const toReviewObject = (r: AnalysisReviewsTable): ReviewObject => ({
  object: 'review',
  id: r.id,
  analysis_id: r.analysis_id,
  check_id: r.check_id,
  machine_status: r.machine_status,
  status: r.status,
  comment: r.comment,
  reviewer: r.reviewer,
  created: seconds(r.created_at),
});

const toReviewSummary = (r: AnalysisReviewsTable): ReviewSummary => ({ status: r.status, comment: r.comment, reviewer: r.reviewer, created: seconds(r.created_at) });

/**
 * Another writer changed the analysis row between our read and our write (without row locks, or a writer that took
 * none): the whole transaction is run again.
 */
class ConcurrentUpdate extends Error {}

/**
 * Records a supervisor's verdict on one compliance check or scorecard item (DESIGN.md §1.7). In one transaction: the
 * review row (history: nothing is overwritten), the analysis's stored results with the review fields (so GET, its ETag
 * and cached bodies all change), and the `analysis.reviewed` deliveries (`onReviewed`).
 */
export async function createReview(ctx: ServiceContext, caller: Caller, analysisId: string, body: CreateReviewBody, onReviewed?: OnAnalysisReviewed): Promise<ReviewObject> {
  if (!isUuid(analysisId)) throw notFound('analysis', analysisId);
  for (let attempt = 1; ; attempt++) {
    try {
      const { review, deliveries } = await ctx.database.transaction(async (trx) => {
        const row = await scoped(trx, caller)
          .selectFrom('analyses')
          .selectAll()
          .where('id', '=', analysisId)
          // concurrent reviews of one analysis take turns (its results are read, changed and written back)
          .$if(ctx.database.capabilities.rowLocks, (qb) => qb.forUpdate())
          .executeTakeFirst();
        if (!row) throw notFound('analysis', analysisId);
        if (row.deleted_at !== null) throw invalidRequest('analysis_deleted', 'The analysis was deleted; it can no longer be reviewed.', 'id', 409);
        if (row.status !== 'completed' || row.results_json === null) {
          throw invalidRequest('analysis_not_completed', 'Only a completed analysis has verdicts to review.', 'id', 409);
        }
        const results = JSON.parse(row.results_json) as unknown;
        const item = findReviewableItem(results, body.check_id);
        if (!item) {
          throw invalidRequest('unknown_check', `'${body.check_id}' is neither a compliance check nor a scorecard item of this analysis.`, 'check_id');
        }
        // strictly later than the row's last write, so the ETag always moves
        const now = Math.max(ctx.now(), row.updated_at + 1);
        const review: AnalysisReviewsTable = {
          id: `rev_${uuidv7(now, pooledRandomBytes).replaceAll('-', '')}`,
          account_id: caller.accountId,
          mode: caller.mode,
          analysis_id: analysisId,
          check_id: body.check_id,
          kind: item.kind,
          machine_status: item.machineStatus,
          status: body.status,
          comment: body.comment ?? null,
          reviewer: body.reviewer ?? null,
          created_at: now,
        };
        await trx.insertInto('analysis_reviews').values(review).execute();
        const resultsJson = JSON.stringify(withReviews(results, new Map([[review.check_id, toReviewSummary(review)]]), true));
        const updated = await trx
          .updateTable('analyses')
          .set({ results_json: resultsJson, updated_at: now })
          .where('id', '=', analysisId)
          .where('updated_at', '=', row.updated_at)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw new ConcurrentUpdate();
        const deliveries = onReviewed ? await onReviewed(trx, { ...row, results_json: resultsJson, updated_at: now }, review, now) : 0;
        return { review, deliveries };
      });
      if (deliveries > 0) ctx.jobAdded(JOB_DELIVER_WEBHOOK);
      return toReviewObject(review);
    } catch (err) {
      if (!(err instanceof ConcurrentUpdate) || attempt >= 10) throw err;
    }
  }
}

/** Every review of one analysis, oldest first (the history; the last of each check is the one that counts). */
export async function listAnalysisReviews(ctx: ServiceContext, caller: Caller, analysisId: string) {
  const db = ctx.database.db;
  const exists = isUuid(analysisId)
    ? await scoped(db, caller).selectFrom('analyses').select('id').where('id', '=', analysisId).executeTakeFirst()
    : undefined;
  if (!exists) throw notFound('analysis', analysisId);
  const rows = await scoped(db, caller)
    .selectFrom('analysis_reviews')
    .selectAll()
    .where('analysis_id', '=', analysisId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { object: 'list' as const, data: rows.map(toReviewObject), has_more: false };
}

interface Window {
  since?: number;
  until?: number;
  check_id?: string;
}

function checkWindow(q: Window): void {
  if (q.since !== undefined && q.until !== undefined && q.since > q.until) throw invalidRequest('invalid_range', 'since must not be after until.', 'since');
}

/**
 * The verdicts as they stood at the window's end: for each (analysis, check) of the caller, its latest review made by
 * `until` (the latest of all without it), counted when made at or after `since` (reviews of deleted analyses are gone).
 * "Latest" is decided in the database (no later review of the same analysis and check, up to `until`; index
 * analysis_reviews_by_analysis), so only the rows that count are read.
 */
async function latestReviewsOf(db: Db, caller: Caller, q: Window, analysisIds?: string[]): Promise<AnalysisReviewsTable[]> {
  const rows = await db
    .selectFrom('analysis_reviews as r')
    .selectAll('r')
    .where(ownedBy(caller, 'r'))
    .$if(q.check_id !== undefined, (qb) => qb.where('r.check_id', '=', q.check_id!))
    .$if(analysisIds !== undefined, (qb) => qb.where('r.analysis_id', 'in', analysisIds!))
    .$if(q.since !== undefined, (qb) => qb.where('r.created_at', '>=', q.since! * 1000))
    .$if(q.until !== undefined, (qb) => qb.where('r.created_at', '<', (q.until! + 1) * 1000))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('analysis_reviews as later')
            .select('later.id')
            .whereRef('later.analysis_id', '=', 'r.analysis_id')
            .whereRef('later.check_id', '=', 'r.check_id')
            .$if(q.until !== undefined, (sq) => sq.where('later.created_at', '<', (q.until! + 1) * 1000))
            .where((l) => l.or([l('later.created_at', '>', l.ref('r.created_at')), l.and([l('later.created_at', '=', l.ref('r.created_at')), l('later.id', '>', l.ref('r.id'))])])),
        ),
      ),
    )
    .execute();
  // the database already kept one row per (analysis, check); this is the same rule in code (and a guard)
  return latestReviews(rows.map((r) => ({ ...r, analysisId: r.analysis_id, checkId: r.check_id, createdAt: Number(r.created_at) })));
}

/** GET /api/v1/calibration: agreement, precision and recall of the engine against the latest human verdicts, per check. */
export async function getCalibration(ctx: ServiceContext, caller: Caller, q: CalibrationQuery): Promise<CalibrationObject> {
  checkWindow(q);
  const latest = await latestReviewsOf(ctx.database.db, caller, q);
  return { object: 'calibration', checks: computeCalibration(latest.map((r) => ({ checkId: r.check_id, machine: r.machine_status, human: r.status }))) };
}

/**
 * The latest reviews whose human verdict differs from the machine's (the dashboard's list of disagreements), newest
 * first, with the analysis's agent for context.
 */
export async function listReviewDisagreements(ctx: ServiceContext, caller: Caller, q: Window & { limit?: number }) {
  checkWindow(q);
  const latest = (await latestReviewsOf(ctx.database.db, caller, q))
    .filter((r) => r.status !== r.machine_status)
    .sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1));
  const limit = q.limit ?? 100;
  return { object: 'list' as const, data: latest.slice(0, limit).map(toReviewObject), has_more: latest.length > limit };
}

/**
 * GET /api/v1/reviews/export: one line per reviewed call in the evaluation format of bench/analysis-eval (`labels`, and
 * the same map as `expected`): the call's segments, language, policy and metadata and the latest human verdict of each
 * reviewed check. Read in pages of analyses, so an account's whole review history streams in bounded memory.
 */
export async function* exportReviewedCalls(ctx: ServiceContext, caller: Caller, q: ReviewsExportQuery, pageSize = 100): AsyncGenerator<string> {
  checkWindow(q);
  const db = ctx.database.db;
  let after = '';
  for (;;) {
    const ids = (
      await scoped(db, caller)
        .selectFrom('analysis_reviews')
        .select('analysis_id')
        .distinct()
        .where('analysis_id', '>', after)
        .orderBy('analysis_id')
        .limit(pageSize)
        .execute()
    ).map((r) => r.analysis_id);
    if (ids.length === 0) return;
    after = ids[ids.length - 1]!;
    const reviews = await latestReviewsOf(db, caller, q, ids);
    if (reviews.length === 0) continue;
    const analyses = await scoped(db, caller)
      .selectFrom('analyses')
      .select(['id', 'metadata_json', 'transcript_json', 'results_json', 'language'])
      .where('id', 'in', [...new Set(reviews.map((r) => r.analysis_id))])
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    for (const a of analyses) {
      if (a.transcript_json === null) continue;
      const transcript = JSON.parse(a.transcript_json) as { language: string | null; segments: ReviewedCallCase['segments'] };
      const results = a.results_json === null ? null : (JSON.parse(a.results_json) as { compliance?: { policy?: { id?: string } } | null });
      const labels: Record<string, ReviewedCallCase['labels'][string]> = {};
      for (const r of reviews.filter((x) => x.analysis_id === a.id).sort((x, y) => (x.check_id < y.check_id ? -1 : 1))) labels[r.check_id] = r.status;
      const language = transcript.language === 'es' || (transcript.language === null && a.language === 'es') ? 'es' : 'en';
      const line: ReviewedCallCase = {
        id: a.id,
        language,
        policy: results?.compliance?.policy?.id ?? null,
        metadata: JSON.parse(a.metadata_json) as Record<string, unknown>,
        segments: transcript.segments.map((s) => ({ speaker: s.speaker, text: s.text, start: s.start, end: s.end, confidence: s.confidence ?? null })),
        expected: labels,
        labels,
      };
      yield `${JSON.stringify(line)}\n`;
    }
  }
}
