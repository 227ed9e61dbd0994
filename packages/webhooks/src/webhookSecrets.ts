import { newId } from '@callcov/services';
import { randomBytes } from 'node:crypto';
import { newWebhookSecret } from '@callcov/core';
import type { Db } from '@callcov/db';
import { scoped } from '@callcov/db';
import type { SecretBox } from '@callcov/services';

/** How long a rotated-out secret keeps signing alongside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

/** Secrets that sign right now, newest first (two during a rotation's overlap), decrypted. Stored sealed by `box`. */
export async function getSigningSecrets(db: Db, box: SecretBox, accountId: string, mode: 'test' | 'live', now: number): Promise<string[]> {
  const rows = await scoped(db, { accountId: accountId, mode: mode })
    .selectFrom('webhook_secrets')
    .select(['secret', 'created_at', 'expires_at'])
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => box.open(r.secret));
}

export interface WebhookSecretObject {
  object: 'webhook_secret';
  secret: string;
  created: number;
  previous: Array<{ secret: string; created: number; expires_at: number }>;
}

export async function getWebhookSecret(db: Db, box: SecretBox, accountId: string, mode: 'test' | 'live', now: number): Promise<WebhookSecretObject> {
  let rows = await scoped(db, { accountId: accountId, mode: mode })
    .selectFrom('webhook_secrets')
    .selectAll()
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .orderBy('created_at', 'desc')
    .execute();
  if (!rows.some((r) => r.expires_at === null)) {
    // An account whose mode never had a secret (e.g. only live keys made so far): create it on first use.
    await db
      .insertInto('webhook_secrets')
      .values({ id: newId('whs'), account_id: accountId, mode, secret: box.seal(newWebhookSecret((n) => randomBytes(n))), created_at: now, expires_at: null })
      .execute();
    return getWebhookSecret(db, box, accountId, mode, now);
  }
  const current = rows.find((r) => r.expires_at === null)!;
  rows = rows.filter((r) => r !== current);
  return {
    object: 'webhook_secret',
    secret: box.open(current.secret),
    created: Math.floor(current.created_at / 1000),
    previous: rows.map((r) => ({ secret: box.open(r.secret), created: Math.floor(r.created_at / 1000), expires_at: Math.floor(r.expires_at! / 1000) })),
  };
}

/** A new current secret; the old one keeps signing (a second `v1,` entry) for 24 h. */
export async function rotateWebhookSecret(db: Db, box: SecretBox, accountId: string, mode: 'test' | 'live', now: number): Promise<WebhookSecretObject> {
  await scoped(db, { accountId: accountId, mode: mode })
    .updateTable('webhook_secrets')
    .set({ expires_at: now + ROTATION_OVERLAP_MS })
    .where('expires_at', 'is', null)
    .execute();
  await db
    .insertInto('webhook_secrets')
    .values({ id: newId('whs'), account_id: accountId, mode, secret: box.seal(newWebhookSecret((n) => randomBytes(n))), created_at: now, expires_at: null })
    .execute();
  return getWebhookSecret(db, box, accountId, mode, now);
}
