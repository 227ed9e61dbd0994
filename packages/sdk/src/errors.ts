/** Typed errors: every API error body `{"error": {type, code, message, param}}` becomes one of these classes. */

export interface CallCovErrorInit {
  message: string;
  status?: number | null;
  type?: string | null;
  code?: string | null;
  param?: string | null;
  requestId?: string | null;
  headers?: Headers | null;
  raw?: unknown;
  cause?: unknown;
}

/** Base of every error the client throws. Match on `code` (stable), never on `message`. */
export class CallCovError extends Error {
  readonly status: number | null;
  readonly type: string | null;
  readonly code: string | null;
  readonly param: string | null;
  readonly requestId: string | null;
  readonly headers: Headers | null;
  readonly raw: unknown;
  constructor(init: CallCovErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status ?? null;
    this.type = init.type ?? null;
    this.code = init.code ?? null;
    this.param = init.param ?? null;
    this.requestId = init.requestId ?? null;
    this.headers = init.headers ?? null;
    this.raw = init.raw;
  }
}

/** 401: missing, unknown or revoked API key. */
export class CallCovAuthenticationError extends CallCovError {}
/** 400/409/413/415/422: the request is wrong; `param` names the field at fault when one is. */
export class CallCovInvalidRequestError extends CallCovError {}
/** 404: no such object for this account and mode. */
export class CallCovNotFoundError extends CallCovError {}
/** 429: too many requests; `retryAfterSeconds` from the Retry-After header. */
export class CallCovRateLimitError extends CallCovError {
  readonly retryAfterSeconds: number | null;
  constructor(init: CallCovErrorInit & { retryAfterSeconds?: number | null }) {
    super(init);
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}
/** 409 idempotency_error: the same Idempotency-Key was used with a different body. */
export class CallCovIdempotencyError extends CallCovError {}
/** 5xx or an unexpected answer from the server. */
export class CallCovAPIError extends CallCovError {}
/** The request never got an HTTP answer (DNS, refused, reset, timeout). */
export class CallCovConnectionError extends CallCovError {}
/** `analyses.waitFor` gave up before the analysis finished. */
export class CallCovTimeoutError extends CallCovError {}

/** Seconds from a Retry-After header (delta-seconds or HTTP date), or null. */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  if (Number.isFinite(n)) return Math.max(0, n);
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, (t - nowMs) / 1000);
}

/** The typed error for an HTTP error response (body already parsed, or null when it was not JSON). */
export function errorFromResponse(status: number, headers: Headers, body: unknown): CallCovError {
  const e = (body && typeof body === 'object' && 'error' in body ? (body as { error: Record<string, unknown> }).error : null) ?? null;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const init: CallCovErrorInit = {
    message: str(e?.message) ?? `HTTP ${status} from the CallCov API`,
    status,
    type: str(e?.type),
    code: str(e?.code),
    param: str(e?.param),
    // DESIGN.md §1.2: every response has Request-Id, error bodies repeat it (older servers: X-Request-Id)
    requestId: headers.get('request-id') ?? str(e?.request_id) ?? headers.get('x-request-id'),
    headers,
    raw: body,
  };
  const type = init.type;
  if (status === 429 || type === 'rate_limit_error') return new CallCovRateLimitError({ ...init, retryAfterSeconds: parseRetryAfter(headers.get('retry-after')) });
  if (status === 401 || type === 'authentication_error') return new CallCovAuthenticationError(init);
  if (type === 'idempotency_error') return new CallCovIdempotencyError(init);
  if (status === 404 || type === 'not_found_error') return new CallCovNotFoundError(init);
  if (status >= 400 && status < 500) return new CallCovInvalidRequestError(init);
  return new CallCovAPIError(init);
}
