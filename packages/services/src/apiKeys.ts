import { newId } from './newId.ts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newApiKey, newWebhookSecret, parseApiKeyMode, type KeyMode } from '@callcov/core';
import type { Database } from '@callcov/db';
import { ofAccount, scoped } from '@callcov/db';
import { isSealed, type SecretBox } from './secretBox.ts';
import type { Caller } from './serviceContext.ts';

/** Keys are stored as SHA-256 digests: they are long random tokens, so a fast hash is the right tool (as GitHub/Stripe do). */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

const rnd = (n: number) => randomBytes(n);

export interface CreatedKey {
  account_id: string;
  key: string;
  webhook_secret: string;
  mode: KeyMode;
}

/**
 * Creates an API key for account `name` (creating the account, and its webhook secret for that mode, if new). The
 * secret is stored sealed by `box`; without one (test set-ups) it is stored in clear, and the next server start
 * encrypts it (encryptStoredSecrets).
 */
export async function createApiKey(database: Database, name: string, mode: KeyMode, now: number, box?: SecretBox): Promise<CreatedKey> {
  const key = newApiKey(mode, rnd);
  return database.transaction(async (trx) => {
    let account = await trx.selectFrom('accounts').select('id').where('name', '=', name).executeTakeFirst();
    if (!account) {
      account = { id: newId('acct') };
      await trx.insertInto('accounts').values({ id: account.id, name, created_at: now }).execute();
    }
    await trx
      .insertInto('api_keys')
      .values({
        id: newId('key'),
        account_id: account.id,
        mode,
        key_hash: hashApiKey(key),
        key_hint: `${key.slice(0, 8)}…${key.slice(-4)}`,
        created_at: now,
        revoked_at: null,
        last_used_at: null,
      })
      .execute();
    let secret = await scoped(trx, { accountId: account.id, mode })
      .selectFrom('webhook_secrets')
      .select('secret')
      .where('expires_at', 'is', null)
      .executeTakeFirst();
    let plain: string;
    if (!secret) {
      plain = newWebhookSecret(rnd);
      await trx
        .insertInto('webhook_secrets')
        .values({ id: newId('whs'), account_id: account.id, mode, secret: box ? box.seal(plain) : plain, created_at: now, expires_at: null })
        .execute();
    } else if (box) {
      plain = box.open(secret.secret);
    } else if (isSealed(secret.secret)) {
      throw new Error('the webhook secret of this account is encrypted: pass the secret box (the encryption key) to read it');
    } else {
      plain = secret.secret;
    }
    return { account_id: account.id, key, webhook_secret: plain, mode };
  });
}

interface CacheEntry {
  caller: Caller | null;
  expires: number;
}

/**
 * Resolves an API key to its caller, or null. Lookups go by digest (an index hit); the stored digest is then compared
 * in constant time. Results are cached for a few seconds per process, so a key revoked by another process stops working
 * within that time; `forgetKey` evicts a key revoked by this one at once.
 */
export function makeAuthenticateApiKey(database: Database, options: { cacheMs?: number; now?: () => number } = {}) {
  const cacheMs = options.cacheMs ?? 5000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  const authenticateApiKey = async (key: string): Promise<Caller | null> => {
    const mode = parseApiKeyMode(key);
    if (mode === null || key.length > 200) return null;
    const digest = hashApiKey(key);
    const t = now();
    const hit = cache.get(digest);
    if (hit && hit.expires > t) return hit.caller;
    const row = await database.db
      .selectFrom('api_keys')
      .select(['id', 'account_id', 'mode', 'key_hash', 'revoked_at'])
      .where('key_hash', '=', digest)
      .executeTakeFirst();
    let caller: Caller | null = null;
    if (
      row &&
      row.revoked_at === null &&
      row.mode === mode &&
      timingSafeEqual(Buffer.from(row.key_hash, 'hex'), Buffer.from(digest, 'hex'))
    ) {
      caller = { accountId: row.account_id, mode: row.mode, keyId: row.id };
      await database.db.updateTable('api_keys').set({ last_used_at: t }).where('id', '=', row.id).execute();
    }
    if (cache.size > 10000) cache.clear();
    cache.set(digest, { caller, expires: t + cacheMs });
    return caller;
  };
  /** Drops a key from this process's cache at once (after revoking it here), so it stops working now, not in seconds. */
  const forgetKey = (keyId: string): void => {
    for (const [digest, entry] of cache) if (entry.caller?.keyId === keyId) cache.delete(digest);
  };
  return Object.assign(authenticateApiKey, { forgetKey });
}

/** True while the key with this id exists and is not revoked (read from the database, never from a cache). */
export async function isApiKeyActive(database: Database, keyId: string): Promise<boolean> {
  const row = await database.db.selectFrom('api_keys').select('revoked_at').where('id', '=', keyId).executeTakeFirst();
  return row !== undefined && row.revoked_at === null;
}

export interface KeySummary {
  id: string;
  account_id: string;
  mode: 'test' | 'live';
  hint: string;
  created: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

const toSummary = (r: { id: string; account_id: string; mode: 'test' | 'live'; key_hint: string; created_at: number; last_used_at: number | null; revoked_at: number | null }): KeySummary => ({
  id: r.id,
  account_id: r.account_id,
  mode: r.mode,
  hint: r.key_hint,
  created: Math.floor(r.created_at / 1000),
  last_used_at: r.last_used_at === null ? null : Math.floor(r.last_used_at / 1000),
  revoked_at: r.revoked_at === null ? null : Math.floor(r.revoked_at / 1000),
});

/** Operator view (CLI): every key of the named account, newest first; never the key or its hash. */
export async function listKeysOfAccount(database: Database, name: string): Promise<KeySummary[] | null> {
  const account = await database.db.selectFrom('accounts').select('id').where('name', '=', name).executeTakeFirst();
  if (!account) return null;
  const rows = await ofAccount(database.db, account.id).selectFrom('api_keys').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map(toSummary);
}

/** Operator action (CLI): revokes a key by id; null when there is no such key. */
export async function revokeKeyById(database: Database, id: string, now: number): Promise<KeySummary | null> {
  await database.db.updateTable('api_keys').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  const row = await database.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : null;
}
