import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError, takeToken, type Bucket } from '@callcov/core';
import type { Caller } from '@callcov/services';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

function keyFrom(request: FastifyRequest): string | null {
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
  authenticate: (key: string) => Promise<Caller | null>;
  ratePerSecond: number;
  burst: number;
  now: () => number;
}

/** Every route registered inside this plugin needs an API key (X-API-Key or Authorization: Bearer) and is rate limited per key. */
export function requireApiKey(app: FastifyInstance, options: AuthOptions): void {
  const buckets = new Map<string, Bucket>();
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request, reply) => {
    const key = keyFrom(request);
    if (key === null) {
      throw new ApiError('authentication_error', 'missing_api_key', 'No API key given: send it as X-API-Key: <key> or Authorization: Bearer <key>.');
    }
    const caller = await options.authenticate(key);
    if (!caller) throw new ApiError('authentication_error', 'invalid_api_key', 'The API key is not valid (unknown or revoked).');
    const now = options.now();
    const { bucket, result } = takeToken(buckets.get(caller.keyId), now, options.ratePerSecond, options.burst);
    if (buckets.size > 100000) buckets.clear();
    buckets.set(caller.keyId, bucket);
    reply.header('X-RateLimit-Limit', options.ratePerSecond);
    reply.header('X-RateLimit-Remaining', result.remaining);
    if (!result.allowed) {
      throw new ApiError('rate_limit_error', 'rate_limited', `Too many requests for this API key; retry after ${result.retryAfterSeconds} s.`, {
        headers: { 'Retry-After': String(result.retryAfterSeconds) },
      });
    }
    request.caller = caller;
  });
}
