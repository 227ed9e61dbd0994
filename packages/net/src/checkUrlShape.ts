/**
 * Pure checks of an outbound URL before anything is stored or sent (the address check happens at connect time).
 */
import type { AddressDecision, AddressPolicy } from './addressPolicy.ts';
import { normalizeIpLiteral } from './classifyAddress.ts';

export type UrlShapeErrorCode =
  | 'url_invalid'
  | 'url_scheme_not_allowed'
  | 'url_credentials_not_allowed'
  | 'url_https_required';

export class UrlShapeError extends Error {
  readonly code: UrlShapeErrorCode;
  constructor(code: UrlShapeErrorCode, message: string) {
    super(message);
    this.name = 'UrlShapeError';
    this.code = code;
  }
}

export type UrlShapeResult = { ok: true; url: URL } | { ok: false; error: UrlShapeError };

export interface UrlShapeOptions {
  /** Live mode (live API keys) requires https. */
  livemode: boolean;
  /** Names the URL in messages, e.g. "webhook_url". Default "url". */
  label?: string;
}

/** http(s) only, no user:password@, https in live mode. The returned URL is WHATWG-normalised (e.g. 0x7f.1 → 127.0.0.1). */
export function checkUrlShape(url: string | URL, options: UrlShapeOptions): UrlShapeResult {
  const label = options.label ?? 'url';
  const fail = (code: UrlShapeErrorCode, message: string): UrlShapeResult => ({ ok: false, error: new UrlShapeError(code, message) });
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return fail('url_invalid', `${label} is not a valid absolute URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return fail('url_scheme_not_allowed', `${label} must use http or https, not ${parsed.protocol.slice(0, -1)}`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return fail('url_credentials_not_allowed', `${label} must not contain credentials (user:password@)`);
  }
  if (options.livemode && parsed.protocol !== 'https:') {
    return fail('url_https_required', `${label} must use https in live mode`);
  }
  return { ok: true, url: parsed };
}

/**
 * Early, pure refusal for URLs whose host is an IP literal the policy refuses (e.g. http://2130706433/ in production),
 * so an API can reject them at submission. Host names return null: they are checked when connecting.
 */
export function checkIpLiteralHost(url: URL, policy: AddressPolicy): AddressDecision | null {
  const literal = normalizeIpLiteral(url.hostname);
  return literal === null ? null : policy.check(literal);
}
