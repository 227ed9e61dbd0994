import { randomUUID } from 'node:crypto';
import { verifyCallCovSignature, verifyStandardWebhookSignature } from '@callcov/core';
import type { Db } from '@callcov/db';
import type { ServiceContext } from '@callcov/services';
import { getSigningSecrets } from './webhookSecrets.ts';

export const ECHO_KEEP_PER_ID = 100;
export const ECHO_KEEP_MS = 7 * 24 * 3600 * 1000;
/** The echo service is public: beyond this many requests in all, the oldest go (checked on about 1 insert in 50). */
export const ECHO_KEEP_TOTAL = 20000;
export const ECHO_ID_RE = /^[A-Za-z0-9_-]{1,100}$/;

export interface EchoVerification {
  /** Whether a secret could be found (the delivery or analysis named by the request belongs to a known account). */
  secret_found: boolean;
  x_callcov_signature: 'valid' | 'invalid' | 'missing' | 'unknown_secret';
  webhook_signature: 'valid' | 'invalid' | 'missing' | 'unknown_secret';
}

/** Finds whose secret should have signed this request: by X-CallCov-Delivery, else by the analysis id in the body. */
async function secretsFor(db: Db, headers: Record<string, string>, body: string, now: number): Promise<string[] | null> {
  const deliveryId = headers['x-callcov-delivery'];
  if (deliveryId) {
    const d = await db.selectFrom('webhook_deliveries').select(['account_id', 'mode']).where('id', '=', deliveryId).executeTakeFirst();
    if (d) return getSigningSecrets(db, d.account_id, d.mode, now);
  }
  let analysisId: unknown;
  try {
    analysisId = (JSON.parse(body) as { id?: unknown }).id;
  } catch {
    return null;
  }
  if (typeof analysisId !== 'string') return null;
  const a = await db.selectFrom('analyses').select(['account_id', 'mode']).where('id', '=', analysisId).executeTakeFirst();
  return a ? getSigningSecrets(db, a.account_id, a.mode, now) : null;
}

export async function verifyEchoRequest(db: Db, headers: Record<string, string>, body: string, now: number): Promise<EchoVerification> {
  const secrets = await secretsFor(db, headers, body, now);
  const xSig = headers['x-callcov-signature'];
  const wSig = headers['webhook-signature'];
  const wId = headers['webhook-id'];
  const wTs = Number(headers['webhook-timestamp']);
  const judge = (present: boolean, ok: () => boolean) =>
    !present ? ('missing' as const) : secrets === null ? ('unknown_secret' as const) : ok() ? ('valid' as const) : ('invalid' as const);
  return {
    secret_found: secrets !== null,
    x_callcov_signature: judge(xSig !== undefined, () => verifyCallCovSignature(body, xSig!, secrets!)),
    webhook_signature: judge(wSig !== undefined && wId !== undefined && Number.isFinite(wTs), () =>
      verifyStandardWebhookSignature(wId!, wTs, body, wSig!, secrets!),
    ),
  };
}

/** Records one request to /echo/{id}, keeping the last 100 per id and nothing older than 7 days. */
export async function recordEchoRequest(ctx: ServiceContext, echoId: string, headers: Record<string, string>, body: string) {
  const now = ctx.now();
  const verification = await verifyEchoRequest(ctx.database.db, headers, body, now);
  const id = `echo_${randomUUID().replaceAll('-', '')}`;
  await ctx.database.transaction(async (trx) => {
    await trx
      .insertInto('echo_requests')
      .values({ id, echo_id: echoId, received_at: now, headers_json: JSON.stringify(headers), body, verification_json: JSON.stringify(verification) })
      .execute();
    const keep = await trx
      .selectFrom('echo_requests')
      .select('received_at')
      .where('echo_id', '=', echoId)
      .orderBy('received_at', 'desc')
      .offset(ECHO_KEEP_PER_ID - 1)
      .limit(1)
      .executeTakeFirst();
    if (keep) await trx.deleteFrom('echo_requests').where('echo_id', '=', echoId).where('received_at', '<', keep.received_at).execute();
    await trx.deleteFrom('echo_requests').where('received_at', '<', now - ECHO_KEEP_MS).execute();
    if (Math.random() < 0.02) {
      const cut = await trx.selectFrom('echo_requests').select('received_at').orderBy('received_at', 'desc').offset(ECHO_KEEP_TOTAL).limit(1).executeTakeFirst();
      if (cut) await trx.deleteFrom('echo_requests').where('received_at', '<=', cut.received_at).execute();
    }
  });
  return { id, verification };
}

export async function listEchoRequests(ctx: ServiceContext, echoId: string) {
  const rows = await ctx.database.db
    .selectFrom('echo_requests')
    .selectAll()
    .where('echo_id', '=', echoId)
    .where('received_at', '>=', ctx.now() - ECHO_KEEP_MS)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(ECHO_KEEP_PER_ID)
    .execute();
  return {
    object: 'list',
    echo_id: echoId,
    data: rows.map((r) => ({
      id: r.id,
      received_at: r.received_at / 1000,
      headers: JSON.parse(r.headers_json) as Record<string, string>,
      body: r.body,
      verification: JSON.parse(r.verification_json) as EchoVerification,
    })),
  };
}
