import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGroupCommitter } from '@callcov/db';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../../../test/support/testDatabase.ts';

for (const backend of BACKENDS) {
  describe(`group commit on ${backend}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await createTestDatabase(backend);
    });
    after(async () => {
      await t.cleanup();
    });

    test('concurrent writes share transactions; a failing write fails alone and the others commit', async () => {
      const committer = createGroupCommitter(t.database, { maxBatch: 16 });
      let transactions = 0;
      const original = t.database.transaction;
      t.database.transaction = ((fn: any) => {
        transactions++;
        return original(fn);
      }) as typeof original;
      try {
        await t.database.db.insertInto('accounts').values({ id: 'taken', name: 'taken', created_at: 1 }).execute();
        const writes = Array.from({ length: 40 }, (_, i) =>
          committer.run(async (trx) => {
            const name = i === 17 ? 'taken' : `acct-${i}`;
            await trx.insertInto('accounts').values({ id: `a${i}`, name, created_at: i }).execute();
            return i;
          }),
        );
        const settled = await Promise.allSettled(writes);
        assert.equal(settled.filter((r) => r.status === 'rejected').length, 1);
        assert.equal((settled[17] as PromiseRejectedResult).status, 'rejected');
        settled.forEach((r, i) => i !== 17 && assert.deepEqual(r, { status: 'fulfilled', value: i }));
        const rows = await t.database.db.selectFrom('accounts').select('id').where('id', 'like', 'a%').execute();
        assert.equal(rows.length, 39);
        // 40 writes in batches of 16 (3 shared transactions), plus 16 lone retries of the batch that failed
        assert.ok(transactions <= 3 + 16, `${transactions} transactions for 40 writes`);
      } finally {
        t.database.transaction = original;
      }
    });
  });
}
