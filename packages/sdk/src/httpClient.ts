import { CallCovConnectionError, CallCovError, errorFromResponse } from './errors.ts';
import { isRetryableStatus, retryDelayMs, sleep } from './retryDelay.ts';

export const SDK_VERSION = '0.1.0';

export interface HttpClientOptions {
  apiKey: string;
  baseUrl: string;
  maxRetries: number;
  timeoutMs: number;
  fetch: typeof fetch;
  /** Called before each retry (for logging/metrics). */
  onRetry?: (info: { attempt: number; delayMs: number; method: string; path: string; status: number | null; error: unknown }) => void;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  json?: unknown;
  /** A body factory (called once per attempt: streams and FormData are single-use). */
  body?: () => { body: BodyInit; contentType?: string; duplex?: boolean };
  headers?: Record<string, string>;
  /** Safe to send again after a network error or 5xx (GET/DELETE, or POST with an Idempotency-Key). */
  retryable: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Links the caller's signal and a timeout into one (AbortSignal.any is missing on Node 18). */
function attemptSignal(timeoutMs: number, outer?: AbortSignal): { signal: AbortSignal; done: () => void; timedOut: () => boolean } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`request timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  const onAbort = () => controller.abort(outer!.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

export function buildUrl(baseUrl: string, path: string, query?: RequestSpec['query']): string {
  const url = new URL(baseUrl + path);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
  return url.toString();
}

/** One JSON request with retries on 429 (Retry-After honoured), 408, 5xx and network errors when `retryable`. */
export async function requestRaw(opts: HttpClientOptions, spec: RequestSpec): Promise<RawResponse> {
  const maxRetries = spec.maxRetries ?? opts.maxRetries;
  const url = buildUrl(opts.baseUrl, spec.path, spec.query);
  for (let attempt = 1; ; attempt++) {
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${opts.apiKey}`,
      'x-callcov-client': `callcov-sdk-js/${SDK_VERSION}`,
      ...spec.headers,
    };
    let body: BodyInit | undefined;
    let duplex = false;
    if (spec.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(spec.json);
    } else if (spec.body) {
      const b = spec.body();
      body = b.body;
      duplex = b.duplex ?? false;
      if (b.contentType) headers['content-type'] = b.contentType;
    }
    if (attempt > 1) headers['x-callcov-retry-count'] = String(attempt - 1);
    const s = attemptSignal(spec.timeoutMs ?? opts.timeoutMs, spec.signal);
    let res: Response;
    try {
      res = await opts.fetch(url, { method: spec.method, headers, body, signal: s.signal, ...(duplex ? { duplex: 'half' } : {}) } as RequestInit);
      const text = await res.text();
      s.done();
      if (res.status < 400) return { status: res.status, headers: res.headers, text };
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
      const error = errorFromResponse(res.status, res.headers, parsed);
      const canRetry = attempt <= maxRetries && isRetryableStatus(res.status) && (spec.retryable || res.status === 429);
      if (!canRetry) throw error;
      const retryAfter = 'retryAfterSeconds' in error ? (error as { retryAfterSeconds: number | null }).retryAfterSeconds : null;
      const delayMs = retryDelayMs(attempt, { retryAfterSeconds: retryAfter });
      opts.onRetry?.({ attempt, delayMs, method: spec.method, path: spec.path, status: res.status, error });
      await sleep(delayMs, spec.signal);
    } catch (err) {
      s.done();
      if (err instanceof CallCovError) throw err;
      if (spec.signal?.aborted) throw err;
      const connectionError = new CallCovConnectionError({
        message: s.timedOut()
          ? `No answer from ${opts.baseUrl} within ${spec.timeoutMs ?? opts.timeoutMs} ms`
          : `Could not reach the CallCov API at ${opts.baseUrl}: ${(err as Error)?.message ?? String(err)}`,
        cause: err,
      });
      if (!(spec.retryable && attempt <= maxRetries)) throw connectionError;
      const delayMs = retryDelayMs(attempt);
      opts.onRetry?.({ attempt, delayMs, method: spec.method, path: spec.path, status: null, error: connectionError });
      await sleep(delayMs, spec.signal);
    }
  }
}

export async function requestJson<T>(opts: HttpClientOptions, spec: RequestSpec): Promise<T> {
  const res = await requestRaw(opts, spec);
  try {
    return JSON.parse(res.text) as T;
  } catch (cause) {
    throw new CallCovError({ message: `The API answered ${res.status} with a body that is not JSON`, status: res.status, headers: res.headers, raw: res.text, cause });
  }
}
