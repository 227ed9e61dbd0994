import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_RETRY_SCHEDULE_SECONDS, nextRetry, parseRetryAfter } from './retrySchedule.ts';

test('the default schedule: 1 min, 5 min, 15 min, 1 h, 6 h, then stop', () => {
  const delays = [1, 2, 3, 4, 5].map((attempt) => nextRetry(attempt, DEFAULT_RETRY_SCHEDULE_SECONDS, () => 0).delayMs);
  assert.deepEqual(delays, [60e3, 300e3, 900e3, 3600e3, 21600e3]);
  assert.equal(nextRetry(6, DEFAULT_RETRY_SCHEDULE_SECONDS, () => 0).giveUp, true);
});

test('property: jitter stays within 10% above the scheduled delay', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 0.9999999, noNaN: true }), (schedule, r) => {
      for (let a = 1; a <= schedule.length; a++) {
        const d = nextRetry(a, schedule, () => r);
        assert.equal(d.giveUp, false);
        assert.ok(d.delayMs >= schedule[a - 1]! * 1000 - 1 && d.delayMs <= schedule[a - 1]! * 1100 + 1);
      }
      assert.equal(nextRetry(schedule.length + 1, schedule, () => r).giveUp, true);
    }),
  );
});

test('Retry-After can push a retry later but never past the last step of the schedule', () => {
  assert.equal(nextRetry(1, [60, 300], () => 0, { retryAfterSeconds: 120 }).delayMs, 120e3);
  assert.equal(nextRetry(1, [60, 300], () => 0, { retryAfterSeconds: 10 }).delayMs, 60e3);
  assert.equal(nextRetry(1, [60, 300], () => 0, { retryAfterSeconds: 99999 }).delayMs, 300e3);
  assert.equal(parseRetryAfter('120', 0), 120);
  assert.equal(parseRetryAfter(new Date(50_000).toUTCString(), 0), 50);
  assert.equal(parseRetryAfter('soon', 0), null);
});
