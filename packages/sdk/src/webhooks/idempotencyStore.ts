/**
 * Where a receiver remembers the webhook-ids it has processed (CallCov delivers at least once: the same webhook-id may
 * arrive again). `claim` must be atomic: true for the first caller only.
 *
 * A SQL store (PostgreSQL/SQLite):
 *   CREATE TABLE processed_webhooks (id text PRIMARY KEY, received_at timestamptz NOT NULL DEFAULT now());
 *   const sqlStore = {
 *     claim: async (id) => (await pool.query('INSERT INTO processed_webhooks (id) VALUES ($1) ON CONFLICT DO NOTHING', [id])).rowCount === 1,
 *     release: async (id) => { await pool.query('DELETE FROM processed_webhooks WHERE id = $1', [id]); },
 *   };
 * A Redis store (node-redis):
 *   const redisStore = {
 *     claim: async (id) => (await redis.set(`callcov:webhook:${id}`, '1', { NX: true, EX: 3 * 24 * 3600 })) === 'OK',
 *     release: async (id) => { await redis.del(`callcov:webhook:${id}`); },
 *   };
 */
export interface IdempotencyStore {
  /** Records `id`; resolves true when it was not seen before (process it), false for a duplicate (skip it). */
  claim(id: string): boolean | Promise<boolean>;
  /** Forgets `id` (called when processing failed, so a redelivery is processed again). */
  release?(id: string): void | Promise<void>;
}

/** The default store: an in-memory LRU of the last `maxEntries` ids, each kept `ttlMs` (default 3 days). One process only. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #seen = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  constructor(options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}) {
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#ttlMs = options.ttlMs ?? 3 * 24 * 3600 * 1000;
    this.#now = options.now ?? Date.now;
  }
  claim(id: string): boolean {
    const now = this.#now();
    const at = this.#seen.get(id);
    if (at !== undefined && now - at < this.#ttlMs) {
      this.#seen.delete(id);
      this.#seen.set(id, at); // most recently used last
      return false;
    }
    this.#seen.delete(id);
    this.#seen.set(id, now);
    while (this.#seen.size > this.#maxEntries) this.#seen.delete(this.#seen.keys().next().value!);
    return true;
  }
  release(id: string): void {
    this.#seen.delete(id);
  }
  get size(): number {
    return this.#seen.size;
  }
}
