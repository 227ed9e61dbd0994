import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError, takeToken, type Bucket } from '@callcov/core';
import type { Caller } from '@callcov/services';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
  interface FastifyInstance {
    /** Evicts a just-revoked key from this process's authentication cache. */
    forgetApiKey(keyId: string): void;
  }
}

/** The API key a request carries: `X-API-Key` or `Authorization: Bearer` (the live WebSocket also takes `?api_key=`). */
export function apiKeyFrom(request: FastifyRequest): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim() !== '') return header.trim();
  const auth = request.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1]!;
  }
  return null;
}

export interface AuthOptions {
  authenticate: ((key: string) => Promise<Caller | null>) & { forgetKey?: (keyId: string) => void };
  ratePerSecond: number;
  burst: number;
  now: () => number;
}

/**
 * Every route registered inside this plugin needs an API key (X-API-Key or Authorization: Bearer) and is rate limited
 * per key. Failed authentications (no key, unknown or revoked key) are rate limited per client address, at a tenth of
 * the per-key rate and burst: an address that keeps guessing gets 429 before any lookup is made.
 */
export function requireApiKey(app: FastifyInstance, options: AuthOptions): void {
  const buckets = new Map<string, Bucket>();
  const failures = new Map<string, Bucket>();
  const failureRate = Math.max(1, options.ratePerSecond / 10);
  const failureBurst = Math.max(1, Math.floor(options.burst / 10));
  app.decorateRequest('caller', null as unknown as Caller);
  app.decorate('forgetApiKey', (keyId: string) => options.authenticate.forgetKey?.(keyId));
  const tooMany = (retryAfterSeconds: number, what: string) =>
    new ApiError('rate_limit_error', 'rate_limited', `Too many ${what}; retry after ${retryAfterSeconds} s.`, {
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  const failed = (ip: string, now: number, err: ApiError): ApiError => {
    const { bucket } = takeToken(failures.get(ip), now, failureRate, failureBurst);
    if (failures.size > 100000) failures.clear();
    failures.set(ip, bucket);
    return err;
  };
  app.addHook('onRequest', async (request, reply) => {
    const now = options.now();
    const ip = request.ip;
    const seen = failures.get(ip);
    if (seen) {
      // a peek: the bucket is only charged when this attempt fails too
      const { result } = takeToken(seen, now, failureRate, failureBurst);
      if (!result.allowed) throw tooMany(result.retryAfterSeconds, 'failed authentications from this address');
    }
    const key = apiKeyFrom(request);
    if (key === null) {
      throw failed(ip, now, new ApiError('authentication_error', 'missing_api_key', 'No API key given: send it as X-API-Key: <key> or Authorization: Bearer <key>.'));
    }
    const caller = await options.authenticate(key);
    if (!caller) throw failed(ip, now, new ApiError('authentication_error', 'invalid_api_key', 'The API key is not valid (unknown or revoked).'));
    const { bucket, result } = takeToken(buckets.get(caller.keyId), now, options.ratePerSecond, options.burst);
    if (buckets.size > 100000) buckets.clear();
    buckets.set(caller.keyId, bucket);
    reply.header('X-RateLimit-Limit', options.ratePerSecond);
    reply.header('X-RateLimit-Remaining', result.remaining);
    if (!result.allowed) throw tooMany(result.retryAfterSeconds, 'requests for this API key');
    request.caller = caller;
  });
}
