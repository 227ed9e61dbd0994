import { invalidRequest, isUuid, notFound, serializeAnalysis, type AnalysisRecord, type ListAnalysesQuery, type AnalysisStatus } from '@callcov/core';
import DataLoader from 'dataloader';
import { scoped, precompiledQuery, type AnalysesTable, type Database, type Db } from '@callcov/db';
import { rowToAnalysis, serializeAnalysisRow } from './analysisRows.ts';
import { eraseAnalysisWebhookPayloads } from './eraseWebhookPayloads.ts';
import type { Caller, ServiceContext } from './serviceContext.ts';

/** The caller's analysis row, or undefined: other accounts' and other modes' analyses do not exist for them. */
async function findAnalysisRow(db: Db, caller: Caller, id: string): Promise<AnalysesTable | undefined> {
  if (!isUuid(id)) return undefined;
  return scoped(db, caller)
    .selectFrom('analyses')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The caller's analysis, or null. */
export async function findAnalysis(db: Db, caller: Caller, id: string): Promise<AnalysisRecord | null> {
  const row = await findAnalysisRow(db, caller, id);
  return row ? rowToAnalysis(row) : null;
}

/** The hottest query (clients polling for results): built once. Parameters: account id, mode (the tenant filter comes first), id. */
const selectAnalysisOfCaller = precompiledQuery<AnalysesTable, [string, string, string]>((db) =>
  scoped(db, { accountId: '', mode: 'test' }).selectFrom('analyses').selectAll().where('id', '=', ''),
);

type VersionRow = Pick<AnalysesTable, 'id' | 'account_id' | 'mode' | 'updated_at' | 'deleted_at'>;

/**
 * The version probe that validates cached finished analyses (and answers If-None-Match). Probes asked for in the same
 * turn of the event loop (concurrent GETs) share one `WHERE id IN (…)` query: one read transaction, or one round trip
 * to PostgreSQL, for all of them. No caching here: every probe sees the database as it is.
 */
const versionLoaders = new WeakMap<Database, DataLoader<string, VersionRow | null>>();
function probeVersion(database: Database, id: string): Promise<VersionRow | null> {
  let loader = versionLoaders.get(database);
  if (!loader) {
    loader = new DataLoader<string, VersionRow | null>(
      async (ids) => {
        const rows = await database.db
          .selectFrom('analyses')
          .select(['id', 'account_id', 'mode', 'updated_at', 'deleted_at'])
          .where('id', 'in', [...ids])
          .execute();
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => byId.get(i) ?? null);
      },
      { cache: false, maxBatchSize: 100, batchScheduleFn: (run) => setImmediate(run) },
    );
    versionLoaders.set(database, loader);
  }
  return loader.load(id);
}

export interface RenderedAnalysis {
  /** The analysis object as JSON; null when the caller's If-None-Match still holds (answer 304). */
  body: string | Buffer | null;
  /** Strong validator of this representation: changes whenever the row does. */
  etag: string;
}

const etagOf = (id: string, updatedAt: number) => `"${id}.${updatedAt}"`;

/**
 * The caller's analysis as JSON, with its ETag. With `ifNoneMatch` equal to the current ETag, `body` is null (the
 * route answers 304) and only the version probe runs.
 */
export async function getAnalysis(ctx: ServiceContext, caller: Caller, id: string, ifNoneMatch?: string): Promise<RenderedAnalysis> {
  if (!isUuid(id)) throw notFound('analysis', id);
  const db = ctx.database.db;
  const params: [string, string, string] = [caller.accountId, caller.mode, id];
  const cache = ctx.analysisCache;
  const cached = cache?.get(id);
  if ((cached && cached.accountId === caller.accountId && cached.mode === caller.mode) || ifNoneMatch !== undefined) {
    const version = await probeVersion(ctx.database, id);
    if (!version || version.account_id !== caller.accountId || version.mode !== caller.mode) throw notFound('analysis', id);
    const etag = etagOf(id, version.updated_at);
    if (ifNoneMatch !== undefined && ifNoneMatch.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*')) {
      return { body: null, etag };
    }
    if (cached && cached.updatedAt === version.updated_at && version.deleted_at === null) return { body: cached.body, etag };
  }
  const row = (await selectAnalysisOfCaller(db, params)).rows[0];
  if (!row) throw notFound('analysis', id);
  const text = serializeAnalysisRow(row);
  const etag = etagOf(id, row.updated_at);
  if (cache && (row.status === 'completed' || row.status === 'failed') && row.deleted_at === null) {
    const body = Buffer.from(text);
    cache.set(id, { accountId: row.account_id, mode: row.mode, updatedAt: row.updated_at, body });
    return { body, etag };
  }
  return { body: text, etag };
}

/** Newest first, cursor pagination by `starting_after`; deleted analyses are left out of lists. */
export async function listAnalyses(ctx: ServiceContext, caller: Caller, q: ListAnalysesQuery): Promise<string> {
  const limit = q.limit ?? 20;
  const db = ctx.database.db;
  let cursor: { created_at: number; id: string } | undefined;
  if (q.starting_after !== undefined) {
    cursor = isUuid(q.starting_after)
      ? await scoped(db, caller)
          .selectFrom('analyses')
          .select(['created_at', 'id'])
          .where('id', '=', q.starting_after)
          .executeTakeFirst()
      : undefined;
    if (!cursor) {
      throw invalidRequest('invalid_cursor', `starting_after '${q.starting_after}' is not an analysis of this account.`, 'starting_after');
    }
  }
  if (q.created_gte !== undefined && q.created_lte !== undefined && q.created_gte > q.created_lte) {
    throw invalidRequest('invalid_range', 'created_gte must not be after created_lte.', 'created_gte');
  }
  const rows = await scoped(db, caller)
    .selectFrom('analyses')
    .selectAll()
    .where('deleted_at', 'is', null)
    .$if(q.status !== undefined, (qb) => qb.where('status', '=', q.status as AnalysisStatus))
    .$if(q.agent_id !== undefined, (qb) => qb.where('agent_id', '=', q.agent_id!))
    .$if(q.contact_id !== undefined, (qb) => qb.where('contact_id', '=', q.contact_id!))
    .$if(q.failed_check !== undefined, (qb) => qb.where('failed_checks', 'like', `%,${q.failed_check},%`))
    .$if(q.created_gte !== undefined, (qb) => qb.where('created_at', '>=', q.created_gte! * 1000))
    .$if(q.created_lte !== undefined, (qb) => qb.where('created_at', '<', (q.created_lte! + 1) * 1000))
    .$if(cursor !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('created_at', '<', cursor!.created_at),
          eb.and([eb('created_at', '=', cursor!.created_at), eb('id', '<', cursor!.id)]),
        ]),
      ),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit).map(serializeAnalysisRow);
  return `{"object":"list","data":[${page.join(',')}],"has_more":${rows.length > limit}}`;
}

/**
 * Removes audio, transcript and results, and the stored webhook bodies (pending deliveries are cancelled, DESIGN.md
 * §1.9); the analysis then answers with `deleted: true` and no content.
 */
export async function deleteAnalysis(ctx: ServiceContext, caller: Caller, id: string): Promise<string> {
  const now = ctx.now();
  const result = await ctx.database.transaction(async (trx) => {
    const row = await findAnalysisRow(trx, caller, id);
    if (!row) throw notFound('analysis', id);
    const record = rowToAnalysis(row);
    if (record.deletedAt === null) {
      await trx
        .updateTable('analyses')
        .set({
          deleted_at: now,
          audio_blob: null,
          audio_json: null,
          transcript_json: null,
          results_json: null,
          input_json: null,
          metadata_json: '{}',
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    }
    // reviews go with the results they judged (their comments may quote the call)
    await trx.deleteFrom('analysis_reviews').where('analysis_id', '=', id).execute();
    await eraseAnalysisWebhookPayloads(trx, [id], now);
    return { record: { ...record, deletedAt: record.deletedAt ?? now }, blob: row.audio_blob };
  });
  if (result.blob) await ctx.blobs.delete(result.blob);
  return serializeAnalysis(result.record);
}
