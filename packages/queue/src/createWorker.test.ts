import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exponentialBackoff } from './createWorker.ts';
import type { Job } from './jobQueue.ts';

const job = (attempts: number, maxAttempts = 5): Job => ({ id: 'j', type: 't', payload: null, attempts, maxAttempts, runAt: 0 });

test('the default retry policy backs off exponentially from 250 ms, capped, and gives up at max attempts', () => {
  const retry = exponentialBackoff();
  assert.deepEqual([1, 2, 3, 4].map((a) => retry(job(a), new Error('x'))), [500, 1000, 2000, 4000]);
  assert.equal(retry(job(5), new Error('x')), null);
  assert.equal(exponentialBackoff({ baseMs: 1000, maxMs: 5000 })(job(9, 20), null), 5000);
});
