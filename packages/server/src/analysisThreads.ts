import { Piscina } from 'piscina';
import type { AnalyseCallInput, AnalyseCallOutput } from '@callcov/core/analysis';

export interface AnalysisThreads {
  /** Runs the analysis engine on a pool thread: the event loop (HTTP API, job loops) stays free meanwhile. */
  analyse(input: AnalyseCallInput): Promise<AnalyseCallOutput>;
  /** Analyses the pool has finished (0 until the first one). */
  readonly completed: number;
  close(): Promise<void>;
}

/**
 * A pool of worker threads for the CPU-bound analysis engine (an hour-long call takes ~0.1-0.3 s of CPU), so that
 * `serve --role all` never stalls its API while it analyses. Threads start on first use (API-only and dispatcher
 * processes never start any) and leave after a minute without work.
 */
export function createAnalysisThreads(options: { maxThreads: number; idleTimeoutMs?: number }): AnalysisThreads {
  let pool: Piscina<AnalyseCallInput, AnalyseCallOutput> | null = null;
  return {
    analyse(input) {
      pool ??= new Piscina<AnalyseCallInput, AnalyseCallOutput>({
        filename: new URL('./analysisThreadTask.ts', import.meta.url).href,
        minThreads: 0,
        maxThreads: Math.max(1, options.maxThreads),
        idleTimeout: options.idleTimeoutMs ?? 60_000,
      });
      return pool.run(input);
    },
    get completed() {
      return pool?.completed ?? 0;
    },
    async close() {
      const p = pool;
      pool = null;
      await p?.destroy();
    },
  };
}
