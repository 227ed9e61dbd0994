import { LRUCache } from 'lru-cache';

/** A finished (completed or failed), not deleted analysis as GET returns it, with the row version it was rendered from. */
export interface CachedAnalysis {
  accountId: string;
  mode: 'test' | 'live';
  /** `updated_at` of the row it was rendered from: every write to an analysis row moves it. */
  updatedAt: number;
  body: Buffer;
}

export type FinalAnalysisCache = LRUCache<string, CachedAnalysis>;

/**
 * Clients poll finished analyses far more often than analyses change, and a finished analysis is ~10 KB of JSON.
 * This per-process cache keeps rendered bodies (already UTF-8 encoded) of finished analyses, bounded by bytes, least
 * recently used out first. It is never trusted blindly: a hit is served only after a one-column version probe of the
 * row (see getAnalysis), so deletes, retention purges and writes by other processes are always seen.
 */
export function createFinalAnalysisCache(maxBytes: number): FinalAnalysisCache | null {
  if (maxBytes <= 0) return null;
  return new LRUCache<string, CachedAnalysis>({ maxSize: maxBytes, sizeCalculation: (v) => v.body.length + 128 });
}
