import type { Job } from './jobQueue.ts';

/** What a job loop needs from the queue: functions only, so the loop never sees SQL. */
export interface QueueOperations {
  claim(limit: number): Promise<Job[]>;
  extend(ids: readonly string[]): Promise<string[]>;
  release(ids: readonly string[]): Promise<void>;
  /** Called when a handler threw: retry later or give up, the queue decides by attempts. */
  onHandlerError(job: Job, error: unknown): Promise<void>;
  /** Called when the expired-lease sweep should run. */
  sweep(): Promise<void>;
}

export type JobHandler = (job: Job, signal: AbortSignal) => Promise<void>;

export interface JobLoopOptions {
  name: string;
  queue: QueueOperations;
  handler: JobHandler;
  concurrency: number;
  pollIntervalMs: number;
  leaseMs: number;
  /** Errors of the loop itself (database unreachable…): reported, never fatal. */
  onLoopError?: (error: unknown) => void;
}

export interface JobLoop {
  /** Wakes the loop now (a job was just added). */
  wake(): void;
  /** Stops claiming, waits for in-flight jobs up to `deadlineMs`, then releases the rest. */
  stop(deadlineMs?: number): Promise<void>;
  readonly inFlight: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function startJobLoop(options: JobLoopOptions): JobLoop {
  const { queue, handler, concurrency, pollIntervalMs, leaseMs } = options;
  const report = (e: unknown) => {
    try {
      options.onLoopError?.(e);
    } catch {
      // a throwing listener must never break the loop
    }
  };
  const running = new Map<string, { promise: Promise<void>; abort: AbortController }>();
  let stopping = false;
  let wakeUp: (() => void) | null = null;
  let wokenEarly = false;
  let lastSweep = 0;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (wokenEarly) {
        wokenEarly = false;
        return resolve();
      }
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  const heartbeat = setInterval(() => {
    const ids = [...running.keys()];
    if (ids.length === 0) return;
    queue.extend(ids).then(
      (held) => {
        const kept = new Set(held);
        for (const id of ids) if (!kept.has(id)) running.get(id)?.abort.abort(new Error('lease lost'));
      },
      report,
    );
  }, Math.max(10, Math.floor(leaseMs / 3)));
  heartbeat.unref();

  const runOne = (job: Job) => {
    const abort = new AbortController();
    const promise = (async () => {
      try {
        await handler(job, abort.signal);
      } catch (error) {
        // stopped on purpose (shutdown: stop() gives the job back; lease lost: another process has it) is no failure
        if (!abort.signal.aborted) await queue.onHandlerError(job, error).catch(report);
      } finally {
        running.delete(job.id);
        wokenEarly = true;
        wakeUp?.();
      }
    })();
    running.set(job.id, { promise, abort });
  };

  const loop = (async () => {
    let backoff = 0;
    while (!stopping) {
      try {
        const now = Date.now();
        if (now - lastSweep > Math.min(1000, leaseMs / 2)) {
          lastSweep = now;
          await queue.sweep();
        }
        // With most slots busy, let a few more jobs finish before claiming: one claim of several jobs costs about
        // what a claim of one does (a write either way), so batching raises throughput under load.
        if (running.size > 0 && concurrency - running.size < Math.max(1, concurrency / 4)) await sleep(2);
        const free = concurrency - running.size;
        let claimed = 0;
        if (free > 0) {
          const jobs = await queue.claim(free);
          claimed = jobs.length;
          for (const job of jobs) {
            if (stopping) {
              await queue.release([job.id]).catch(report);
              continue;
            }
            runOne(job);
          }
        }
        backoff = 0;
        if (stopping) break;
        if (claimed === 0 || running.size >= concurrency) await wait(pollIntervalMs);
      } catch (error) {
        report(error);
        backoff = Math.min(5000, backoff === 0 ? 100 : backoff * 2);
        await sleep(backoff);
      }
    }
  })();

  return {
    wake() {
      wokenEarly = true;
      wakeUp?.();
    },
    get inFlight() {
      return running.size;
    },
    async stop(deadlineMs = 10000) {
      stopping = true;
      wakeUp?.();
      await loop;
      const all = Promise.all([...running.values()].map((r) => r.promise));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([all, new Promise<void>((r) => (timer = setTimeout(r, deadlineMs)))]);
      clearTimeout(timer);
      clearInterval(heartbeat);
      const left = [...running.keys()];
      for (const r of running.values()) r.abort.abort(new Error('shutting down'));
      await queue.release(left).catch(report);
    },
  };
}
