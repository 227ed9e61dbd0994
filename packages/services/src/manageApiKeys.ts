import { newId } from './newId.ts';
import { invalidRequest, newApiKey, notFound } from '@callcov/core';
import type { ApiKeysTable } from '@callcov/db';
import { scoped } from '@callcov/db';
import { randomBytes } from 'node:crypto';
import { hashApiKey } from './apiKeys.ts';
import type { Caller, ServiceContext } from './serviceContext.ts';

const sec = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));

/** The public view of a key: never its hash, never the key itself (only once, at creation). */
export function toApiKeyObject(row: ApiKeysTable, caller: Caller) {
  return {
    id: row.id,
    object: 'api_key' as const,
    hint: row.key_hint,
    livemode: row.mode === 'live',
    created: sec(row.created_at)!,
    last_used_at: sec(row.last_used_at),
    revoked_at: sec(row.revoked_at),
    current: row.id === caller.keyId,
  };
}

/** The caller's account's keys in the caller's mode, newest first (revoked ones included, marked). */
export async function listApiKeys(ctx: ServiceContext, caller: Caller) {
  const rows = await scoped(ctx.database.db, caller)
    .selectFrom('api_keys')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return { object: 'list' as const, data: rows.map((r) => toApiKeyObject(r, caller)), has_more: false };
}

/** A new key of the caller's account and mode; the clear key is in the answer once and never again. */
export async function createAccountApiKey(ctx: ServiceContext, caller: Caller) {
  const key = newApiKey(caller.mode, (n) => randomBytes(n));
  const row: ApiKeysTable = {
    id: newId('key'),
    account_id: caller.accountId,
    mode: caller.mode,
    key_hash: hashApiKey(key),
    key_hint: `${key.slice(0, 8)}…${key.slice(-4)}`,
    created_at: ctx.now(),
    revoked_at: null,
    last_used_at: null,
  };
  await ctx.database.db.insertInto('api_keys').values(row).execute();
  return { ...toApiKeyObject(row, caller), key };
}

/** Revokes one of the caller's keys (not the one making the request, so nobody locks themselves out by mistake). */
export async function revokeApiKey(ctx: ServiceContext, caller: Caller, id: string) {
  const db = ctx.database.db;
  const row = await scoped(db, caller)
    .selectFrom('api_keys')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('api_key', id);
  if (row.id === caller.keyId) {
    throw invalidRequest('cannot_revoke_current_key', 'This is the key making the request; sign in with another key to revoke it.', 'id', 409);
  }
  if (row.revoked_at === null) {
    const now = ctx.now();
    await db.updateTable('api_keys').set({ revoked_at: now }).where('id', '=', id).execute();
    row.revoked_at = now;
  }
  return toApiKeyObject(row, caller);
}
