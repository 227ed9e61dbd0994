import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUuid, uuidv7 } from '@callcov/core';
import { pooledRandomBytes } from './pooledRandomBytes.ts';

test('pooled random bytes: right sizes, copies (not views), no repeats across pool refills; v7 ids stay unique and ordered', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 5000; i++) {
    const b = pooledRandomBytes(16);
    assert.equal(b.length, 16);
    seen.add(Buffer.from(b).toString('hex'));
  }
  assert.equal(seen.size, 5000);
  const a = pooledRandomBytes(8);
  const copy = Buffer.from(a).toString('hex');
  pooledRandomBytes(16 * 1024); // a refill must not change bytes already handed out
  assert.equal(Buffer.from(a).toString('hex'), copy);
  assert.equal(pooledRandomBytes(40000).length, 40000);
  const ids = Array.from({ length: 1000 }, (_, i) => uuidv7(1_700_000_000_000 + i, pooledRandomBytes));
  assert.ok(ids.every(isUuid));
  assert.deepEqual([...ids].sort(), ids);
});
