/** Exponential backoff with jitter (pure): attempt 1 -> ~base, doubling, capped; Retry-After wins when given. */
export function retryDelayMs(
  attempt: number,
  options: { baseMs?: number; maxMs?: number; retryAfterSeconds?: number | null; random?: () => number } = {},
): number {
  const { baseMs = 500, maxMs = 8000, retryAfterSeconds = null, random = Math.random } = options;
  if (retryAfterSeconds !== null && retryAfterSeconds >= 0) return Math.min(retryAfterSeconds * 1000, 60_000);
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/** Statuses worth retrying: timeouts, conflicts from concurrent idempotent requests, rate limits, server errors. */
export const isRetryableStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
