/** Rate limiting maths (pure): a token bucket per key, refilled at `ratePerSecond` up to `burst`. */

export interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface TakeResult {
  allowed: boolean;
  /** When refused: whole seconds until one token is back (for Retry-After). */
  retryAfterSeconds: number;
  remaining: number;
}

export function takeToken(bucket: Bucket | undefined, now: number, ratePerSecond: number, burst: number): { bucket: Bucket; result: TakeResult } {
  const start = bucket ?? { tokens: burst, updatedAt: now };
  const refilled = Math.min(burst, start.tokens + ((now - start.updatedAt) / 1000) * ratePerSecond);
  if (refilled >= 1) {
    return { bucket: { tokens: refilled - 1, updatedAt: now }, result: { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(refilled - 1) } };
  }
  const wait = Math.max(1, Math.ceil((1 - refilled) / ratePerSecond));
  return { bucket: { tokens: refilled, updatedAt: now }, result: { allowed: false, retryAfterSeconds: wait, remaining: 0 } };
}

/** Milliseconds until a bucket holding `tokens` has one whole token, refilling at `ratePerSecond` (0 when it has one). */
export const msUntilToken = (tokens: number, ratePerSecond: number): number => (tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / ratePerSecond) * 1000));
