import { createHash } from 'node:crypto';
import type { WebhookEndpointAuth } from '@callcov/core';
import type { OutboundFetch } from '@callcov/net';

/** A token request that failed: the attempt is recorded as `auth_failed` with this message (never the secret). */
export class OAuth2TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OAuth2TokenError';
  }
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Tokens with no `expires_in` are kept this long. */
const DEFAULT_LIFETIME_S = 300;

/** How long before its expiry a cached token is no longer used: a tenth of its life, at most 30 s. */
export const refreshMarginMs = (lifetimeMs: number) => Math.min(30_000, Math.floor(lifetimeMs / 10));

/**
 * OAuth2 client credentials (RFC 6749 §4.4) for webhook receivers: one token per endpoint and credentials, fetched
 * from token_url through the outbound client (the same address rules as deliveries), cached until shortly before it
 * expires; concurrent deliveries share one request. `invalidate` drops a token the receiver refused (a 401).
 */
export function makeOAuth2TokenCache(deps: { fetch: OutboundFetch; now: () => number }) {
  const tokens = new Map<string, CachedToken>();
  const inFlight = new Map<string, Promise<string>>();
  const keyOf = (endpointId: string, auth: WebhookEndpointAuth) =>
    `${endpointId}:${createHash('sha256').update(JSON.stringify([auth.token_url, auth.client_id, auth.client_secret, auth.scope ?? null])).digest('base64url')}`;

  async function request(auth: WebhookEndpointAuth, timeoutMs: number): Promise<CachedToken> {
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (auth.scope) form.set('scope', auth.scope);
    const basic = Buffer.from(`${encodeURIComponent(auth.client_id)}:${encodeURIComponent(auth.client_secret)}`).toString('base64');
    const started = deps.now();
    let res: Response;
    try {
      res = await deps.fetch(auth.token_url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', authorization: `Basic ${basic}` },
        body: form.toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const cause = (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message;
      throw new OAuth2TokenError(`OAuth2 token request to ${auth.token_url} failed: ${cause}`);
    }
    const text = (await res.text()).slice(0, 2000);
    if (res.status < 200 || res.status >= 300) {
      let detail = '';
      try {
        const e = JSON.parse(text) as { error?: unknown; error_description?: unknown };
        if (typeof e.error === 'string') detail = `: ${e.error}${typeof e.error_description === 'string' ? ` (${e.error_description.slice(0, 200)})` : ''}`;
      } catch {
        /* not JSON */
      }
      throw new OAuth2TokenError(`OAuth2 token request to ${auth.token_url} answered HTTP ${res.status}${detail}`);
    }
    let body: { access_token?: unknown; token_type?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(text);
    } catch {
      throw new OAuth2TokenError(`OAuth2 token response from ${auth.token_url} is not JSON`);
    }
    if (typeof body.access_token !== 'string' || body.access_token === '') throw new OAuth2TokenError(`OAuth2 token response from ${auth.token_url} has no access_token`);
    if (body.token_type !== undefined && String(body.token_type).toLowerCase() !== 'bearer') {
      throw new OAuth2TokenError(`OAuth2 token from ${auth.token_url} is of type '${String(body.token_type)}', not Bearer`);
    }
    const lifetimeS = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : Number(body.expires_in) > 0 ? Number(body.expires_in) : DEFAULT_LIFETIME_S;
    const lifetimeMs = lifetimeS * 1000;
    return { token: body.access_token, expiresAt: started + lifetimeMs - refreshMarginMs(lifetimeMs) };
  }

  return {
    /** A valid bearer token for the endpoint: the cached one, or a new one from token_url. */
    async token(endpointId: string, auth: WebhookEndpointAuth, timeoutMs: number): Promise<string> {
      const key = keyOf(endpointId, auth);
      const cached = tokens.get(key);
      if (cached && cached.expiresAt > deps.now()) return cached.token;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = request(auth, timeoutMs).then(
          (t) => {
            for (const k of tokens.keys()) if (k.startsWith(`${endpointId}:`)) tokens.delete(k);
            tokens.set(key, t);
            inFlight.delete(key);
            return t.token;
          },
          (err: unknown) => {
            inFlight.delete(key);
            throw err;
          },
        );
        inFlight.set(key, pending);
      }
      return pending;
    },
    /** Forgets `token` (the receiver answered 401 to it); a newer token fetched meanwhile is kept. */
    invalidate(endpointId: string, auth: WebhookEndpointAuth, token: string): void {
      const key = keyOf(endpointId, auth);
      if (tokens.get(key)?.token === token) tokens.delete(key);
    },
  };
}
export type OAuth2TokenCache = ReturnType<typeof makeOAuth2TokenCache>;
