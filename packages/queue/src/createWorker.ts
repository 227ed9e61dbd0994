import type { Database } from '@callcov/db';
import { claimJobs, extendLeases, failJob, releaseExpiredLeases, releaseJobs, rescheduleJob, type Job } from './jobQueue.ts';
import { startJobLoop, type JobHandler, type JobLoop } from './jobLoop.ts';

/** How a failed job is retried: the delay before attempt `attempts + 1` (after `attempts` failed), or null to give up. */
export type RetryPolicy = (job: Job, error: unknown) => number | null;

/** The default: exponential backoff from 250 ms, capped at a minute, until the job's max attempts are used up. */
export const exponentialBackoff =
  (options: { baseMs?: number; maxMs?: number } = {}): RetryPolicy =>
  (job) =>
    job.attempts >= job.maxAttempts ? null : Math.min(options.maxMs ?? 60_000, (options.baseMs ?? 250) * 2 ** job.attempts);

export interface WorkerOptions {
  database: Database;
  /** The job types this worker claims. */
  types: readonly string[];
  handler: JobHandler;
  /** Declared with the handler (graphile-worker / pg-boss keep it in the queue too). Default exponentialBackoff(). */
  retry?: RetryPolicy;
  workerId: string;
  concurrency: number;
  pollIntervalMs: number;
  leaseMs: number;
  now?: () => number;
  /** A handler threw (before the retry policy decides). */
  onJobError?: (job: Job, error: unknown) => void;
  /** The loop itself failed (database unreachable…): reported, never fatal. */
  onLoopError?: (error: unknown) => void;
}

export interface Worker extends JobLoop {
  readonly types: readonly string[];
}

/** Claims jobs of `types` and runs `handler` on them; a throw is retried by `retry` or fails the job for good. */
export function createWorker(options: WorkerOptions): Worker {
  const { database, workerId, leaseMs } = options;
  const types = [...options.types];
  const now = options.now ?? Date.now;
  const retry = options.retry ?? exponentialBackoff();
  const loop = startJobLoop({
    name: types.join(','),
    concurrency: options.concurrency,
    pollIntervalMs: options.pollIntervalMs,
    leaseMs,
    handler: options.handler,
    onLoopError: options.onLoopError,
    queue: {
      claim: (limit) => claimJobs(database, { types, workerId, limit, leaseMs, now: now() }),
      extend: (ids) => extendLeases(database, { ids, workerId, leaseMs, now: now() }),
      release: (ids) => releaseJobs(database, ids, workerId),
      sweep: async () => {
        await releaseExpiredLeases(database, now());
      },
      onHandlerError: async (job, error) => {
        options.onJobError?.(job, error);
        const message = error instanceof Error ? error.message : String(error);
        const delay = retry(job, error);
        if (delay === null) await failJob(database.db, { id: job.id, workerId, error: message });
        else await rescheduleJob(database.db, { id: job.id, workerId, runAt: now() + delay, error: message });
      },
    },
  });
  return Object.assign(loop, { types });
}
