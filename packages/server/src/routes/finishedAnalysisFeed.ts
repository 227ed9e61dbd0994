import type { AnalysesTable, Db } from '@callcov/db';
import { scoped } from '@callcov/db';

export interface FeedCursor {
  at: number;
  id: string;
}

export interface FeedSubscriber {
  accountId: string;
  mode: 'test' | 'live';
  statuses: ReadonlyArray<'completed' | 'failed'>;
  onRow(row: AnalysesTable): void;
}

/** Rows of the caller's finished analyses after `cursor`, oldest first (a stream's catch-up after Last-Event-ID). */
export function finishedAfter(db: Db, s: Omit<FeedSubscriber, 'onRow'>, cursor: FeedCursor, limit: number): Promise<AnalysesTable[]> {
  return scoped(db, s)
    .selectFrom('analyses')
    .selectAll()
    .where('status', 'in', [...s.statuses])
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('completed_at', '>', cursor.at), eb.and([eb('completed_at', '=', cursor.at), eb('id', '>', cursor.id)])]))
    .orderBy('completed_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * One database poll per process for every open event stream: every `pollIntervalMs`, while anyone listens, the
 * analyses finished since the feed's cursor (all accounts) are read once and handed to the subscribers they belong
 * to. Streams cost no query of their own once caught up, however many are open.
 */
export function makeFinishedAnalysisFeed(options: { db: () => Db; now: () => number; pollIntervalMs: number; batchSize: number; onError: (err: unknown) => void }) {
  const subscribers = new Set<FeedSubscriber>();
  let cursor: FeedCursor | null = null;
  let timer: NodeJS.Timeout | null = null;
  let polling = false;

  const poll = async () => {
    if (polling || cursor === null) return;
    polling = true;
    try {
      for (;;) {
        const c: FeedCursor = cursor;
        const rows = await options
          .db()
          .selectFrom('analyses')
          .selectAll()
          .where('status', 'in', ['completed', 'failed'])
          .where((eb) => eb.or([eb('completed_at', '>', c.at), eb.and([eb('completed_at', '=', c.at), eb('id', '>', c.id)])]))
          .orderBy('completed_at')
          .orderBy('id')
          .limit(options.batchSize)
          .execute();
        for (const row of rows) {
          cursor = { at: row.completed_at!, id: row.id };
          if (row.deleted_at !== null) continue;
          for (const s of subscribers) {
            if (s.accountId === row.account_id && s.mode === row.mode && s.statuses.includes(row.status as 'completed' | 'failed')) s.onRow(row);
          }
        }
        if (rows.length < options.batchSize) break;
      }
    } catch (err) {
      options.onError(err);
    } finally {
      polling = false;
    }
  };

  return {
    /** Starts delivering rows finished from now on; returns the unsubscribe function. */
    subscribe(s: FeedSubscriber): () => void {
      if (cursor === null) cursor = { at: options.now(), id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' };
      subscribers.add(s);
      if (timer === null) timer = setInterval(() => void poll(), options.pollIntervalMs);
      return () => {
        subscribers.delete(s);
        if (subscribers.size === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
          cursor = null;
        }
      };
    },
    /** The feed's position: a stream caught up to here receives everything after it from the feed. */
    position: (): FeedCursor | null => cursor,
  };
}
