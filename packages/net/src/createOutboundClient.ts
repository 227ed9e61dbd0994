/**
 * CallCov's one shared outbound HTTP client (webhook deliveries, audio downloads): an undici Agent whose connector
 * enforces the address policy on the exact address each connection is opened to, with a keep-alive pool.
 */
import { STATUS_CODES } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Agent, Headers, Request, fetch as undiciFetch } from 'undici';
import type { RequestInit, Response } from 'undici';
import { compileAddressPolicy } from './addressPolicy.ts';
import type { AddressPolicy, OutboundEnv } from './addressPolicy.ts';
import { createPolicyConnector } from './createPolicyConnector.ts';
import type { ProxySettings, ResolveHost } from './createPolicyConnector.ts';
import { createHash } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { classifyOutboundError, OutboundTimeoutError, RedirectNotFollowedError } from './classifyOutboundError.ts';
import type { OutboundErrorClass } from './classifyOutboundError.ts';
import { readBodyExcerpt } from './readBodyExcerpt.ts';

export interface OutboundClientOptions {
  env: OutboundEnv;
  /** CIDR ranges opened whatever the mode (CALLCOV_ALLOW_NETWORKS). Invalid entries throw InvalidAllowNetworkError. */
  allowNetworks?: readonly string[];
  /** Sent when the caller sets no User-Agent. Default "CallCov". */
  userAgent?: string;
  /** TCP+TLS connection establishment limit. Default 10 000 ms. */
  connectTimeoutMs?: number;
  /** Redirect hops `fetch` follows in its default redirect mode ('follow'); hop n+1 fails. Default 5. */
  maxRedirects?: number;
  /** Idle keep-alive sockets are closed after this long. Default 4 000 ms (undici's default). */
  keepAliveTimeoutMs?: number;
  /** Test seam: replaces the system resolver (e.g. to make a name resolve to a private address). */
  resolveHost?: ResolveHost;
  /** Forward proxies and NO_PROXY (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); the destination is still checked by the policy. */
  proxy?: ProxySettings;
  /** Extra certificate authorities trusted for https (PEM), besides the system's. */
  ca?: string | string[];
}

export interface PostOptions {
  body: string | Uint8Array;
  headers?: Record<string, string>;
  /** Whole exchange: connect, send, response headers and the body excerpt. Default 30 000 ms. */
  timeoutMs?: number;
  /** At most this many body bytes are read (then reading stops). Default 16 384. */
  maxResponseBytes?: number;
  /** Names the URL in blocked-address messages, e.g. "webhook_url" → "webhook_url resolves to 127.0.0.1 (loopback), …". */
  urlLabel?: string;
  /** A client certificate (PEM) presented to the server: mTLS. Connections with it are pooled apart from the others. */
  clientCertificate?: { cert: string; key: string };
}

export type PostResult =
  | {
      ok: true;
      status: number;
      headers: Record<string, string>;
      bodyExcerpt: string;
      bodyTruncated: boolean;
      durationMs: number;
    }
  | {
      ok: false;
      status?: number;
      errorClass: OutboundErrorClass;
      errorMessage: string;
      headers?: Record<string, string>;
      bodyExcerpt?: string;
      bodyTruncated?: boolean;
      durationMs: number;
    };

/**
 * WHATWG fetch bound to the policy-enforcing dispatcher, typed as the global fetch so modules can take it by injection.
 * At run time it is undici's fetch: it returns undici Response objects (same API as the global Response, but
 * `instanceof Response` against the global class is false) and also accepts global Request objects as input.
 */
export type OutboundFetch = typeof globalThis.fetch;

export interface OutboundClient {
  readonly policy: AddressPolicy;
  fetch: OutboundFetch;
  post(url: string | URL, options: PostOptions): Promise<PostResult>;
  /** Closes pooled connections after in-flight requests finish. */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 16_384;

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function parseHttpUrl(url: string | URL): URL | string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return `invalid URL: '${String(url)}' is not an absolute URL`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `invalid URL: scheme ${parsed.protocol.slice(0, -1)} is not allowed (http or https only)`;
  }
  if (parsed.username !== '' || parsed.password !== '') return 'invalid URL: credentials in the URL are not allowed';
  return parsed;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
const CROSS_ORIGIN_DROPPED_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Builds an undici Request from a string, URL, undici Request or a Request of another fetch implementation (the global one). */
function toUndiciRequest(input: unknown, init: RequestInit | undefined): Request {
  if (typeof input === 'string' || input instanceof URL || input instanceof Request) return new Request(input, init);
  if (input !== null && typeof input === 'object' && 'url' in input && 'method' in input && 'headers' in input) {
    const foreign = input as globalThis.Request;
    const copied: RequestInit = {
      method: foreign.method,
      headers: [...foreign.headers],
      body: foreign.body,
      signal: foreign.signal,
      redirect: foreign.redirect,
      duplex: 'half',
    };
    return new Request(foreign.url, { ...copied, ...init } as RequestInit);
  }
  return new Request(String(input), init);
}

export function createOutboundClient(options: OutboundClientOptions): OutboundClient {
  const policy = compileAddressPolicy({ env: options.env, allowNetworks: options.allowNetworks ?? [] });
  const userAgent = options.userAgent ?? 'CallCov';
  const maxRedirects = options.maxRedirects ?? 5;
  const ca = options.ca === undefined ? undefined : [...rootCertificates, ...(Array.isArray(options.ca) ? options.ca : [options.ca])];
  const makeAgent = (clientCertificate?: { cert: string; key: string }) =>
    new Agent({
      connect: createPolicyConnector({
        policy,
        resolveHost: options.resolveHost,
        connectTimeoutMs: options.connectTimeoutMs,
        proxy: options.proxy,
        tls: { ...(ca ? { ca } : {}), ...(clientCertificate ? { cert: clientCertificate.cert, key: clientCertificate.key } : {}) },
      }),
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000,
      // The overall deadline of post() (and the caller's AbortSignal for fetch) bounds the exchange; undici's own
      // 300 s header/body timers stay as a backstop.
    });
  const agent = makeAgent();
  /** One pool per client certificate (mTLS): a connection made with one certificate is never reused for another. */
  const certificateAgents = new Map<string, Agent>();
  const agentFor = (clientCertificate: { cert: string; key: string } | undefined): Agent => {
    if (!clientCertificate) return agent;
    const key = createHash('sha256').update(clientCertificate.cert).update('\0').update(clientCertificate.key).digest('base64url');
    let a = certificateAgents.get(key);
    if (!a) {
      if (certificateAgents.size >= 256) {
        const [oldestKey, oldest] = certificateAgents.entries().next().value!;
        certificateAgents.delete(oldestKey);
        void oldest.close();
      }
      certificateAgents.set(key, (a = makeAgent(clientCertificate)));
    }
    return a;
  };

  async function fetchFollowingRedirects(first: Request): Promise<Response> {
    let request = first;
    for (let hop = 0; ; hop++) {
      // A body can be sent again on 307/308 only if we keep a copy (a tee of the stream) before sending it.
      const spare = request.body !== null ? request.clone() : null;
      const response = await undiciFetch(request, { dispatcher: agent, redirect: 'manual' });
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      await response.body?.cancel();
      if (hop >= maxRedirects) {
        throw new TypeError('fetch failed', {
          cause: new RedirectNotFollowedError(`more than ${maxRedirects} redirects (last to ${location})`),
        });
      }
      const current = new URL(request.url);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new TypeError('fetch failed', { cause: new RedirectNotFollowedError(`redirect to an invalid URL: ${location}`) });
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new TypeError('fetch failed', {
          cause: new RedirectNotFollowedError(`redirect to a ${next.protocol.slice(0, -1)} URL is not followed: ${location}`),
        });
      }
      const headers = new Headers(request.headers);
      if (next.origin !== current.origin) for (const h of CROSS_ORIGIN_DROPPED_HEADERS) headers.delete(h);
      const becomesGet =
        response.status === 303 ? request.method !== 'GET' && request.method !== 'HEAD' : (response.status === 301 || response.status === 302) && request.method === 'POST';
      if (becomesGet) {
        for (const h of BODY_HEADERS) headers.delete(h);
        request = new Request(next, { method: 'GET', headers, signal: request.signal, redirect: 'manual' });
      } else {
        request = new Request(next, {
          method: request.method,
          headers,
          body: spare?.body ?? null,
          signal: request.signal,
          redirect: 'manual',
          duplex: 'half',
        } as RequestInit);
      }
    }
  }

  const outboundFetch = async (input: unknown, init?: RequestInit): Promise<Response> => {
    const request = toUndiciRequest(input, init);
    if (!request.headers.has('user-agent')) request.headers.set('user-agent', userAgent);
    if (request.redirect !== 'follow') return undiciFetch(request, { dispatcher: agent });
    return fetchFollowingRedirects(request);
  };

  async function post(url: string | URL, postOptions: PostOptions): Promise<PostResult> {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const parsed = parseHttpUrl(url);
    if (typeof parsed === 'string') return { ok: false, errorClass: 'invalid_url', errorMessage: parsed, durationMs: elapsed() };

    const timeoutMs = postOptions.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = postOptions.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new OutboundTimeoutError(timeoutMs)), timeoutMs);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(postOptions.headers ?? {})) headers[name.toLowerCase()] = value;
    headers['user-agent'] ??= userAgent;

    let status: number | undefined;
    try {
      const response = await agentFor(postOptions.clientCertificate).request({
        origin: parsed.origin,
        path: parsed.pathname + parsed.search,
        method: 'POST',
        headers,
        body: postOptions.body,
        signal: controller.signal,
      });
      status = response.statusCode;
      const responseHeaders = flattenHeaders(response.headers);
      let excerpt;
      try {
        excerpt = await readBodyExcerpt(response.body, maxBytes);
      } catch (err) {
        response.body.destroy();
        throw err;
      }
      const durationMs = elapsed();
      const base = { status, headers: responseHeaders, bodyExcerpt: excerpt.text, bodyTruncated: excerpt.truncated, durationMs };
      if (status >= 200 && status < 300) return { ok: true, ...base };
      if (status >= 300 && status < 400) {
        const location = responseHeaders.location;
        const to = location === undefined ? 'without a Location header' : `to ${location}`;
        return { ok: false, errorClass: 'redirect', errorMessage: `HTTP ${status} redirect ${to}; redirects are not followed`, ...base };
      }
      const reason = STATUS_CODES[status] ?? 'Unknown';
      return { ok: false, errorClass: 'non_2xx', errorMessage: `HTTP ${status} ${reason}`, ...base };
    } catch (err) {
      const durationMs = elapsed();
      if (controller.signal.aborted && controller.signal.reason instanceof OutboundTimeoutError) {
        const errorMessage = `timed out: no complete response within ${timeoutMs} ms`;
        return status === undefined
          ? { ok: false, errorClass: 'timeout', errorMessage, durationMs }
          : { ok: false, status, errorClass: 'timeout', errorMessage, durationMs };
      }
      const { errorClass, errorMessage } = classifyOutboundError(err, postOptions.urlLabel);
      return status === undefined
        ? { ok: false, errorClass, errorMessage, durationMs }
        : { ok: false, status, errorClass, errorMessage, durationMs };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    policy,
    fetch: outboundFetch as unknown as OutboundFetch,
    post,
    close: async () => {
      await Promise.all([agent.close(), ...[...certificateAgents.values()].map((a) => a.close())]);
    },
  };
}
