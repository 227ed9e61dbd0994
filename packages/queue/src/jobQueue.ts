import { randomUUID } from 'node:crypto';
import { precompiledQuery, type Database, type Db, type JobsTable } from '@callcov/db';

export interface Job {
  id: string;
  type: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  runAt: number;
}

export interface NewJob {
  type: string;
  payload: unknown;
  runAt?: number;
  maxAttempts?: number;
}

const toJob = (r: JobsTable): Job => ({
  id: r.id,
  type: r.type,
  payload: JSON.parse(r.payload),
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  runAt: r.run_at,
});

/** Adds a job inside the caller's transaction (the outbox: the job exists iff the state change committed). */
const JOB_COLUMNS = ['id', 'type', 'payload', 'status', 'run_at', 'attempts', 'max_attempts', 'claimed_by', 'lease_until', 'last_error', 'created_at'] as const;
const insertJobRow = precompiledQuery<unknown, unknown[]>((db) =>
  db.insertInto('jobs').values(Object.fromEntries(JOB_COLUMNS.map((c) => [c, null])) as unknown as JobsTable),
);

/** Adds a job inside the caller's transaction (the outbox: the job exists iff the state change committed). */
export async function addJob(trx: Db, job: NewJob, now: number): Promise<string> {
  const id = randomUUID();
  const row: JobsTable = {
    id,
    type: job.type,
    payload: JSON.stringify(job.payload),
    status: 'pending',
    run_at: job.runAt ?? now,
    attempts: 0,
    max_attempts: job.maxAttempts ?? 25,
    claimed_by: null,
    lease_until: null,
    last_error: null,
    created_at: now,
  };
  await insertJobRow(trx, JOB_COLUMNS.map((c) => row[c]));
  return id;
}

/** Makes jobs whose lease ran out (their process died) claimable again. */
export async function releaseExpiredLeases(database: Database, now: number): Promise<number> {
  const r = await database.db
    .updateTable('jobs')
    .set({ status: 'pending', claimed_by: null, lease_until: null })
    .where('status', '=', 'running')
    .where('lease_until', '<', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Claims up to `limit` due jobs of `types` for `workerId` with a lease; concurrent claimers never get the same job. */
export async function claimJobs(
  database: Database,
  options: { types: readonly string[]; workerId: string; limit: number; leaseMs: number; now: number },
): Promise<Job[]> {
  const { types, workerId, limit, leaseMs, now } = options;
  const due = database.db
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'pending')
    .where('type', 'in', types as string[])
    .where('run_at', '<=', now)
    .orderBy('run_at')
    .limit(limit)
    .$if(database.capabilities.skipLocked, (qb) => qb.forUpdate().skipLocked());
  const rows = await database.db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      claimed_by: workerId,
      lease_until: now + leaseMs,
      attempts: eb('attempts', '+', 1),
    }))
    // (no second status filter out here: SQLite would then scan every pending job by status instead of looking the
    // claimed ids up by primary key; the subquery's rows are ours, locked on PostgreSQL, single-writer on SQLite)
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return rows.map(toJob).sort((a, b) => a.runAt - b.runAt);
}

/** Extends the lease of jobs still held by `workerId`; returns the ids it still holds. */
export async function extendLeases(
  database: Database,
  options: { ids: readonly string[]; workerId: string; leaseMs: number; now: number },
): Promise<string[]> {
  if (options.ids.length === 0) return [];
  const rows = await database.db
    .updateTable('jobs')
    .set({ lease_until: options.now + options.leaseMs })
    .where('id', 'in', options.ids as string[])
    .where('claimed_by', '=', options.workerId)
    .where('status', '=', 'running')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Removes a finished job (in the caller's transaction, so it goes with the state change it caused). */
export async function completeJob(trx: Db, id: string, workerId: string): Promise<boolean> {
  const r = await trx.deleteFrom('jobs').where('id', '=', id).where('claimed_by', '=', workerId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Puts a job back to run again at `runAt` (a retry), recording why. */
export async function rescheduleJob(
  trx: Db,
  options: { id: string; workerId: string; runAt: number; error: string | null },
): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ status: 'pending', claimed_by: null, lease_until: null, run_at: options.runAt, last_error: options.error })
    .where('id', '=', options.id)
    .where('claimed_by', '=', options.workerId)
    .execute();
}

/** The error its last failed attempt left (null when its claims ended in a dead worker: nothing was recorded). */
export async function lastJobError(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('jobs').select('last_error').where('id', '=', id).executeTakeFirst();
  return row?.last_error ?? null;
}

/**
 * Puts a claimed job back for later without counting the attempt (the work could not start: the receiver host is
 * busy, the endpoint's rate-limit bucket is empty). Only the worker holding the claim can defer it.
 */
export async function deferJob(trx: Db, options: { id: string; workerId: string; runAt: number }): Promise<void> {
  await trx
    .updateTable('jobs')
    .set((eb) => ({ status: 'pending', claimed_by: null, lease_until: null, run_at: options.runAt, attempts: eb('attempts', '-', 1) }))
    .where('id', '=', options.id)
    .where('claimed_by', '=', options.workerId)
    .execute();
}

/** Gives a job back unfinished (graceful shutdown): runnable at once by others, the attempt not counted. */
export async function releaseJobs(database: Database, ids: readonly string[], workerId: string): Promise<void> {
  if (ids.length === 0) return;
  await database.db
    .updateTable('jobs')
    .set((eb) => ({ status: 'pending', claimed_by: null, lease_until: null, attempts: eb('attempts', '-', 1) }))
    .where('id', 'in', ids as string[])
    .where('claimed_by', '=', workerId)
    .execute();
}

/** Marks a job as permanently failed (kept for inspection, never claimed again). */
export async function failJob(trx: Db, options: { id: string; workerId: string; error: string }): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ status: 'failed', claimed_by: null, lease_until: null, last_error: options.error })
    .where('id', '=', options.id)
    .where('claimed_by', '=', options.workerId)
    .execute();
}

export interface QueueStats {
  type: string;
  status: string;
  count: number;
  oldestRunAt: number | null;
}

export async function queueStats(database: Database): Promise<QueueStats[]> {
  const rows = await database.db
    .selectFrom('jobs')
    .select((eb) => ['type', 'status', eb.fn.countAll<number>().as('count'), eb.fn.min('run_at').as('oldest')])
    .groupBy(['type', 'status'])
    .execute();
  return rows.map((r) => ({ type: r.type, status: r.status, count: Number(r.count), oldestRunAt: r.oldest === null ? null : Number(r.oldest) }));
}
