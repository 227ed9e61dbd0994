// What a live call has received is kept in the database as it arrives (DESIGN.md §1.8: nothing lost across a server
// restart): every change of its segments is written (writes coalesce: one in flight, the latest state next), and a
// heartbeat says the connection is alive while nobody speaks. A call whose heartbeat stops (its process died) is
// analysed by a worker with what was stored (services' finaliseAbandonedLiveCalls).
import type { TranscriptSegment } from '@callcov/core/analysis';
import { recordLiveSegments, touchLiveCall, type ServiceContext } from '@callcov/services';

export interface LivePersistence {
  /** The segments changed: write them (soon, in order). */
  changed(): void;
  /** Writes what is pending and stops the heartbeat (before the call is handed to processing). */
  stop(): Promise<void>;
}

export function keepLiveCall(ctx: ServiceContext, id: string, segments: () => readonly TranscriptSegment[], heartbeatMs: number): LivePersistence {
  let dirty = false;
  let writing: Promise<void> | null = null;
  const report = (err: unknown) => ctx.logger.warn({ err, analysis_id: id }, 'live call: storing received segments failed (retried with the next change)');
  const drain = async () => {
    while (dirty) {
      dirty = false;
      try {
        await recordLiveSegments(ctx, id, { segments: [...segments()] });
      } catch (err) {
        report(err);
        return;
      }
    }
  };
  const start = () => {
    writing ??= drain().finally(() => {
      writing = null;
    });
  };
  const heartbeat = setInterval(() => {
    if (!writing) void touchLiveCall(ctx, id).catch(report);
  }, heartbeatMs);
  heartbeat.unref();
  return {
    changed() {
      dirty = true;
      start();
    },
    async stop() {
      clearInterval(heartbeat);
      while (writing) await writing;
    },
  };
}
