import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRetryableStatus, retryDelayMs } from './retryDelay.ts';
import { errorFromResponse, parseRetryAfter, CallCovRateLimitError, CallCovInvalidRequestError, CallCovIdempotencyError, CallCovAPIError } from './errors.ts';
import { MemoryIdempotencyStore } from './webhooks/idempotencyStore.ts';

test('backoff doubles with jitter, is capped, and Retry-After wins', () => {
  assert.equal(retryDelayMs(1, { random: () => 1 }), 500);
  assert.equal(retryDelayMs(2, { random: () => 1 }), 1000);
  assert.equal(retryDelayMs(3, { random: () => 0 }), 1000);
  assert.equal(retryDelayMs(10, { random: () => 1 }), 8000);
  assert.equal(retryDelayMs(1, { retryAfterSeconds: 2 }), 2000);
  assert.equal(retryDelayMs(1, { retryAfterSeconds: 3600 }), 60000);
  assert.ok([429, 500, 502, 503, 504, 408].every(isRetryableStatus));
  assert.ok(![400, 401, 404, 409, 422].some(isRetryableStatus));
});

test('Retry-After as seconds or an HTTP date', () => {
  assert.equal(parseRetryAfter('3'), 3);
  assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 5_000), 5);
  assert.equal(parseRetryAfter(null), null);
  assert.equal(parseRetryAfter('soon'), null);
});

test('error bodies map to typed errors with param and code', () => {
  const h = new Headers({ 'retry-after': '2' });
  const rl = errorFromResponse(429, h, { error: { type: 'rate_limit_error', code: 'rate_limited', message: 'slow down' } });
  assert.ok(rl instanceof CallCovRateLimitError && rl.retryAfterSeconds === 2);
  const inv = errorFromResponse(400, new Headers(), { error: { type: 'invalid_request_error', code: 'invalid_parameter', message: 'bad', param: 'audio_url' } });
  assert.ok(inv instanceof CallCovInvalidRequestError);
  assert.equal(inv.param, 'audio_url');
  assert.equal(inv.code, 'invalid_parameter');
  assert.ok(errorFromResponse(409, new Headers(), { error: { type: 'idempotency_error', code: 'x', message: 'y' } }) instanceof CallCovIdempotencyError);
  assert.ok(errorFromResponse(502, new Headers(), null) instanceof CallCovAPIError);
});

test('the in-memory idempotency store dedupes, expires, releases and stays bounded', () => {
  let now = 0;
  const store = new MemoryIdempotencyStore({ maxEntries: 3, ttlMs: 1000, now: () => now });
  assert.equal(store.claim('a'), true);
  assert.equal(store.claim('a'), false);
  store.release('a');
  assert.equal(store.claim('a'), true);
  for (const id of ['b', 'c', 'd']) store.claim(id);
  assert.equal(store.size, 3);
  assert.equal(store.claim('a'), true, 'the least recently used id was evicted');
  now = 2000;
  assert.equal(store.claim('d'), true, 'expired');
});
