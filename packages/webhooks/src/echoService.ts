import { newId } from '@callcov/services';
import { ApiError, verifyCallCovSignature, verifyStandardWebhookSignature } from '@callcov/core';
import type { Db } from '@callcov/db';
import type { SecretBox, ServiceContext } from '@callcov/services';
import { getSigningSecrets } from './webhookSecrets.ts';

export const ECHO_KEEP_PER_ID = 100;
export const ECHO_KEEP_MS = 7 * 24 * 3600 * 1000;
/** The echo service is public: beyond this many requests in all, the oldest go (checked on about 1 insert in 50). */
export const ECHO_KEEP_TOTAL = 20000;
/** A view (`/view/{id}.json`) carries at most this many body bytes per page; `has_more` and `next_before` page on. */
export const ECHO_VIEW_BYTES = 2 * 1024 * 1024;
export const ECHO_ID_RE = /^[A-Za-z0-9_-]{1,100}$/;

export interface EchoVerification {
  /** Whether a secret could be found (the delivery or analysis named by the request belongs to a known account). */
  secret_found: boolean;
  x_callcov_signature: 'valid' | 'invalid' | 'missing' | 'unknown_secret';
  webhook_signature: 'valid' | 'invalid' | 'missing' | 'unknown_secret';
}

/** Finds whose secret should have signed this request: by X-CallCov-Delivery, else by the analysis id in the body. */
async function secretsFor(db: Db, box: SecretBox, headers: Record<string, string>, body: string, now: number): Promise<string[] | null> {
  const deliveryId = headers['x-callcov-delivery'];
  if (deliveryId) {
    const d = await db.selectFrom('webhook_deliveries').select(['account_id', 'mode']).where('id', '=', deliveryId).executeTakeFirst();
    if (d) return getSigningSecrets(db, box, d.account_id, d.mode, now);
  }
  let analysisId: unknown;
  try {
    analysisId = (JSON.parse(body) as { id?: unknown }).id;
  } catch {
    return null;
  }
  if (typeof analysisId !== 'string') return null;
  const a = await db.selectFrom('analyses').select(['account_id', 'mode']).where('id', '=', analysisId).executeTakeFirst();
  return a ? getSigningSecrets(db, box, a.account_id, a.mode, now) : null;
}

export async function verifyEchoRequest(db: Db, box: SecretBox, headers: Record<string, string>, body: string, now: number): Promise<EchoVerification> {
  const secrets = await secretsFor(db, box, headers, body, now);
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

/**
 * Records one request to /echo/{id}, keeping the last 100 per id, nothing older than 7 days and at most
 * CALLCOV_ECHO_MAX_MB of bodies and headers in all (the oldest go first, whatever their id). In production a request
 * that carries no valid CallCov signature of some account is refused (401) and nothing is stored (DESIGN.md §1.6).
 */
export async function recordEchoRequest(ctx: ServiceContext, echoId: string, headers: Record<string, string>, body: string) {
  const now = ctx.now();
  const verification = await verifyEchoRequest(ctx.database.db, ctx.secrets, headers, body, now);
  if (ctx.config.env === 'production' && verification.x_callcov_signature !== 'valid' && verification.webhook_signature !== 'valid') {
    throw new ApiError('authentication_error', 'unsigned_echo_request', 'In production the echo service only records requests signed by CallCov (a valid X-CallCov-Signature or webhook-signature).');
  }
  const id = newId('echo');
  const headersJson = JSON.stringify(headers);
  const size = Buffer.byteLength(body) + Buffer.byteLength(headersJson);
  await ctx.database.transaction(async (trx) => {
    await trx
      .insertInto('echo_requests')
      .values({ id, echo_id: echoId, received_at: now, headers_json: headersJson, body, verification_json: JSON.stringify(verification), size_bytes: size })
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
    await evictOverByteCap(trx, ctx.config.echoMaxMb * 1024 * 1024);
  });
  return { id, verification };
}

/** Deletes the oldest echo requests until the stored total is at most `cap` bytes. */
async function evictOverByteCap(trx: Db, cap: number): Promise<void> {
  const total = await trx.selectFrom('echo_requests').select((eb) => eb.fn.sum<number>('size_bytes').as('bytes')).executeTakeFirst();
  let excess = Number(total?.bytes ?? 0) - cap;
  while (excess > 0) {
    const oldest = await trx.selectFrom('echo_requests').select(['id', 'size_bytes']).orderBy('received_at').orderBy('id').limit(200).execute();
    if (oldest.length === 0) return;
    const ids: string[] = [];
    for (const r of oldest) {
      if (excess <= 0) break;
      ids.push(r.id);
      excess -= Number(r.size_bytes);
    }
    await trx.deleteFrom('echo_requests').where('id', 'in', ids).execute();
  }
}

export interface EchoListOptions {
  /** At most this many requests (1..100, default 100). */
  limit?: number;
  /** Requests older than this one (the previous page's `next_before`). */
  before?: string;
}

/**
 * The requests of one echo id, newest first, one bounded page: at most `limit` requests and about ECHO_VIEW_BYTES of
 * bodies (always at least one request). Sizes are read first, so only the bodies of the page are loaded.
 */
export async function listEchoRequests(ctx: ServiceContext, echoId: string, options: EchoListOptions = {}) {
  const db = ctx.database.db;
  const limit = Math.min(ECHO_KEEP_PER_ID, Math.max(1, Math.floor(options.limit ?? ECHO_KEEP_PER_ID)));
  const cursor = options.before
    ? await db.selectFrom('echo_requests').select(['id', 'received_at']).where('echo_id', '=', echoId).where('id', '=', options.before).executeTakeFirst()
    : undefined;
  const sizes = await db
    .selectFrom('echo_requests')
    .select(['id', 'size_bytes'])
    .where('echo_id', '=', echoId)
    .where('received_at', '>=', ctx.now() - ECHO_KEEP_MS)
    .$if(cursor !== undefined, (qb) =>
      qb.where((eb) => eb.or([eb('received_at', '<', cursor!.received_at), eb.and([eb('received_at', '=', cursor!.received_at), eb('id', '<', cursor!.id)])])),
    )
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page: string[] = [];
  let bytes = 0;
  for (const r of sizes.slice(0, limit)) {
    if (page.length > 0 && bytes + Number(r.size_bytes) > ECHO_VIEW_BYTES) break;
    page.push(r.id);
    bytes += Number(r.size_bytes);
  }
  const rows = page.length
    ? await db.selectFrom('echo_requests').selectAll().where('id', 'in', page).orderBy('received_at', 'desc').orderBy('id', 'desc').execute()
    : [];
  const hasMore = sizes.length > page.length;
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
    has_more: hasMore,
    next_before: hasMore ? (page[page.length - 1] ?? null) : null,
  };
}
