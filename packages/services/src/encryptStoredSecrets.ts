import type { Database } from '@callcov/db';
import type { SecretBox } from './secretBox.ts';
import { SEALED_PREFIX } from './secretBox.ts';

/**
 * The data migration to encrypted secrets: every webhook signing secret still stored in clear (written before
 * encryption existed, or by a tool without the key) is encrypted in place. Idempotent; returns how many it encrypted.
 */
export async function encryptStoredSecrets(database: Database, box: SecretBox): Promise<number> {
  const clear = await database.db
    .selectFrom('webhook_secrets')
    .select(['id', 'secret'])
    .where('secret', 'not like', `${SEALED_PREFIX}%`)
    .execute();
  for (const row of clear) {
    await database.db
      .updateTable('webhook_secrets')
      .set({ secret: box.seal(row.secret) })
      .where('id', '=', row.id)
      .where('secret', '=', row.secret)
      .execute();
  }
  return clear.length;
}
