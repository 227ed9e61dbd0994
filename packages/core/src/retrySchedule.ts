/** Webhook retry maths: pure, with randomness injected. */

export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [60, 300, 900, 3600, 21600];

export interface RetryDecision {
  /** true when the schedule is exhausted: no more attempts. */
  giveUp: boolean;
  /** delay before the next attempt, in ms (when not giving up). */
  delayMs: number;
}

/**
 * After failed attempt number `attempt` (1 = the first delivery attempt), when should the next one run?
 * Jitter is at most `jitterRatio` (default 10%) of the scheduled delay, only ever added.
 * A receiver's Retry-After (seconds) is honoured within the schedule's bounds: it can push the next attempt later,
 * but never beyond the last step of the schedule, and never earlier than the scheduled delay.
 */
export function nextRetry(
  attempt: number,
  scheduleSeconds: readonly number[],
  random: () => number,
  options: { retryAfterSeconds?: number | null; jitterRatio?: number } = {},
): RetryDecision {
  const step = scheduleSeconds[attempt - 1];
  if (step === undefined) return { giveUp: true, delayMs: 0 };
  const jitterRatio = options.jitterRatio ?? 0.1;
  let delayMs = step * 1000 * (1 + jitterRatio * random());
  const retryAfter = options.retryAfterSeconds;
  if (retryAfter !== undefined && retryAfter !== null && Number.isFinite(retryAfter) && retryAfter > 0) {
    const maxMs = Math.max(...scheduleSeconds) * 1000;
    delayMs = Math.max(delayMs, Math.min(retryAfter * 1000, maxMs));
  }
  return { giveUp: false, delayMs: Math.round(delayMs) };
}

/** Parses a Retry-After header (delta seconds or an HTTP date) into seconds from `nowMs`. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.round((date - nowMs) / 1000));
}
