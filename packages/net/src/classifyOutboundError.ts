/**
 * Maps whatever an outbound request threw (undici errors, Node socket/DNS/TLS errors, fetch's TypeError wrapper,
 * AggregateError from happy eyeballs, our own policy errors) to one stable error class and a readable message.
 */
import { BLOCKED_ADDRESS_CODE, BlockedAddressError } from './blockedAddressError.ts';

export type OutboundErrorClass =
  | 'timeout'
  | 'connection_refused'
  | 'dns'
  | 'tls'
  | 'non_2xx'
  | 'redirect'
  | 'blocked_address'
  | 'connection_reset'
  | 'invalid_url'
  | 'network'
  /** The receiver's credentials could not be obtained (e.g. an OAuth2 token request failed); set by the caller. */
  | 'auth_failed';

/** Raised (as the abort reason) when the whole-exchange timeout of `post` elapses. */
export class OutboundTimeoutError extends Error {
  readonly code = 'CALLCOV_OUTBOUND_TIMEOUT';
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`no complete response within ${timeoutMs} ms`);
    this.name = 'OutboundTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** Raised by the client's fetch when a redirect chain is longer than maxRedirects or leaves http(s). */
export class RedirectNotFollowedError extends Error {
  readonly code = 'CALLCOV_REDIRECT_NOT_FOLLOWED';
  constructor(message: string) {
    super(message);
    this.name = 'RedirectNotFollowedError';
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL', 'ENOTIMP', 'EREFUSED', 'EBADNAME']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'CALLCOV_OUTBOUND_TIMEOUT']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'HPE_INVALID_EOF_STATE']);
const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|ERR_OSSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$|EPROTO$)/;
const NETWORK_UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN']);

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; name?: unknown; address?: unknown; port?: unknown; hostname?: unknown };

/** The error chain, outermost first: follows `cause` and the members of AggregateError. */
function errorChain(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [err];
  while (queue.length > 0 && out.length < 20) {
    const e = queue.shift();
    if (e === null || typeof e !== 'object' || out.includes(e as ErrorLike)) continue;
    out.push(e as ErrorLike);
    const x = e as ErrorLike;
    if (x.cause !== undefined) queue.push(x.cause);
    if (Array.isArray(x.errors)) queue.push(...x.errors);
  }
  return out;
}

const codeOf = (e: ErrorLike): string => (typeof e.code === 'string' ? e.code : '');
const messageOf = (e: ErrorLike): string => (typeof e.message === 'string' ? e.message : String(e));

export interface ClassifiedOutboundError {
  errorClass: OutboundErrorClass;
  errorMessage: string;
}

/**
 * Classifies an error thrown by the client's `fetch`/`request` (or any undici/Node network error).
 * `urlLabel` (e.g. "webhook_url") starts blocked-address messages.
 */
export function classifyOutboundError(err: unknown, urlLabel?: string): ClassifiedOutboundError {
  const chain = errorChain(err);
  if (chain.length === 0) return { errorClass: 'network', errorMessage: String(err) };

  const find = (pred: (e: ErrorLike) => boolean): ErrorLike | undefined => chain.find(pred);

  const blocked = find((e) => codeOf(e) === BLOCKED_ADDRESS_CODE);
  if (blocked) {
    const message = blocked instanceof BlockedAddressError && urlLabel ? blocked.messageFor(urlLabel) : messageOf(blocked);
    return { errorClass: 'blocked_address', errorMessage: message };
  }
  const timeout = find((e) => TIMEOUT_CODES.has(codeOf(e)) || e.name === 'TimeoutError');
  if (timeout) return { errorClass: 'timeout', errorMessage: `timed out: ${messageOf(timeout)}` };

  const dns = find((e) => DNS_CODES.has(codeOf(e)));
  if (dns) {
    const host = typeof dns.hostname === 'string' ? dns.hostname : 'the host';
    return { errorClass: 'dns', errorMessage: `DNS lookup failed for ${host} (${codeOf(dns)})` };
  }
  const refused = find((e) => codeOf(e) === 'ECONNREFUSED');
  if (refused) {
    const where = typeof refused.address === 'string' ? ` by ${refused.address}:${String(refused.port)}` : '';
    return { errorClass: 'connection_refused', errorMessage: `connection refused${where}` };
  }
  const tls = find((e) => TLS_CODE.test(codeOf(e)));
  if (tls) {
    // OpenSSL errors carry a short `reason` ("wrong version number"); certificate errors a readable message.
    const reason = typeof (tls as { reason?: unknown }).reason === 'string' ? String((tls as { reason?: unknown }).reason) : messageOf(tls).trim();
    return { errorClass: 'tls', errorMessage: `TLS handshake failed: ${reason} (${codeOf(tls)})` };
  }

  const redirect = find((e) => codeOf(e) === 'CALLCOV_REDIRECT_NOT_FOLLOWED');
  if (redirect) return { errorClass: 'redirect', errorMessage: messageOf(redirect) };

  const reset = find((e) => RESET_CODES.has(codeOf(e)));
  if (reset) {
    return {
      errorClass: 'connection_reset',
      errorMessage: `connection closed by the server before the response was complete: ${messageOf(reset)}`,
    };
  }
  const invalid = find((e) => codeOf(e) === 'ERR_INVALID_URL' || codeOf(e) === 'UND_ERR_INVALID_ARG' && /url|origin|path/i.test(messageOf(e)));
  if (invalid) return { errorClass: 'invalid_url', errorMessage: `invalid URL: ${messageOf(invalid)}` };

  const unreachable = find((e) => NETWORK_UNREACHABLE.has(codeOf(e)));
  if (unreachable) return { errorClass: 'network', errorMessage: `network error: ${messageOf(unreachable)}` };

  // fetch wraps everything in TypeError('fetch failed'); prefer the innermost message.
  const innermost = chain[chain.length - 1];
  return { errorClass: 'network', errorMessage: `network error: ${messageOf(innermost)}` };
}
