import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { isUuid, newPrefixedId, uuidv7 } from './ids.ts';

const rb = (n: number) => new Uint8Array(randomBytes(n));

test('uuidv7: RFC 9562 layout (48-bit unix ms, version 7, variant 10), time-ordered; prefixed ids are its 32 hex digits', () => {
  for (const ms of [0, 1, 255, 256, 1_796_412_577_813, 2 ** 48 - 1]) {
    const id = uuidv7(ms, rb);
    assert.ok(isUuid(id), id);
    assert.equal(parseInt(id.replaceAll('-', '').slice(0, 12), 16), ms, `time of ${id}`);
    assert.equal(id[14], '7');
    assert.match(id[19]!, /[89ab]/);
  }
  const ids = Array.from({ length: 50 }, (_, i) => uuidv7(1_700_000_000_000 + i, rb));
  assert.deepEqual([...ids].sort(), ids, 'later ids sort later');
  const p = newPrefixedId('dlv', 1_700_000_000_000, rb);
  assert.match(p, /^dlv_[0-9a-f]{32}$/);
  assert.equal(parseInt(p.slice(4, 16), 16), 1_700_000_000_000);
});
