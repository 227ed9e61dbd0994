import type { Database, Db } from './database.ts';

/**
 * Group commit: writes queued within the same turn of the event loop run one after another in ONE transaction, so a
 * burst of small writes (e.g. submissions) pays for one commit (one WAL append on SQLite, one fsync on PostgreSQL)
 * instead of one each. If the shared transaction fails, every write is retried alone in its own transaction, so one
 * bad write only fails itself. A write may therefore run twice: it must only touch the database it is given.
 */
export interface GroupCommitter {
  run<T>(write: (trx: Db) => Promise<T>): Promise<T>;
}

interface Pending {
  write: (trx: Db) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export function createGroupCommitter(database: Database, options: { maxBatch?: number } = {}): GroupCommitter {
  const maxBatch = options.maxBatch ?? 64;
  let queue: Pending[] = [];
  let scheduled = false;

  const runAlone = async (p: Pending) => {
    try {
      p.resolve(await database.transaction(p.write));
    } catch (err) {
      p.reject(err);
    }
  };

  const flush = async () => {
    scheduled = false;
    const batch = queue.splice(0, maxBatch);
    if (queue.length > 0) schedule();
    if (batch.length === 1) return runAlone(batch[0]!);
    let results: unknown[];
    try {
      results = await database.transaction(async (trx) => {
        const out: unknown[] = [];
        for (const p of batch) out.push(await p.write(trx));
        return out;
      });
    } catch {
      for (const p of batch) await runAlone(p);
      return;
    }
    batch.forEach((p, i) => p.resolve(results[i]));
  };

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void flush());
  }

  return {
    run<T>(write: (trx: Db) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ write, resolve: resolve as (v: unknown) => void, reject });
        schedule();
      });
    },
  };
}
