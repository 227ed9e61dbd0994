import { Type } from '@sinclair/typebox';
import { invalidRequest } from './errors.ts';

// The one rule for a URL a client gives CallCov to fetch from or POST to (audio_url, webhook_url, an endpoint's url,
// an OAuth2 token_url, a test event's url, a live call's webhook_url): the field schema (`HttpUrl`) refuses what is
// plainly not an http(s) URL before any handler runs, and `checkClientUrl` decides the rest with one set of codes:
// `invalid_url` (not a URL, not http(s), user:password@ in it) and `https_required` (a live key wants https). Whether
// the host may be reached is decided when connecting (packages/net's address policy), not here.

export const URL_MAX_LENGTH = 2048;

/** The schema of every client-given URL field. */
export const HttpUrl = (description?: string) =>
  Type.String({ format: 'uri', maxLength: URL_MAX_LENGTH, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://', ...(description ? { description } : {}) });

/** The parsed URL, or an ApiError (400) naming `param`. */
export function checkClientUrl(value: string, param: string, mode: 'test' | 'live'): URL {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw invalidRequest('invalid_url', `${param} is not a valid URL.`, param);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw invalidRequest('invalid_url', `${param} must be an http(s) URL.`, param);
  if (mode === 'live' && u.protocol !== 'https:') throw invalidRequest('https_required', `${param} must use https:// with a live key.`, param);
  if (u.username || u.password) throw invalidRequest('invalid_url', `${param} must not contain credentials.`, param);
  return u;
}
