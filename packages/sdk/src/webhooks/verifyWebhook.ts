import { ANALYSIS_EVENT_TYPES, OPERATIONAL_EVENT_TYPES, type AnalysisEventType, type Analysis, type DeliveryExhaustedEvent, type EndpointOperationalEvent, type OperationalEventType, type WebhookEventType } from '../generated/types.ts';
import {
  base64ToBytes,
  bodyBytes,
  callCovSignatureKeyBytes,
  hexToBytes,
  hmacKey,
  hmacVerify,
  signedContent,
  standardWebhooksKeyBytes,
} from './webhookCrypto.ts';

export type WebhookVerificationReason =
  | 'missing_signature'
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'signature_mismatch'
  | 'body_not_raw'
  | 'invalid_secret'
  | 'invalid_json';

/** Thrown when a webhook cannot be trusted; `reason` is a stable code (answer 400/401 and log it). */
export class WebhookVerificationError extends Error {
  readonly reason: WebhookVerificationReason;
  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.reason = reason;
  }
}

// The event names come from @callcov/core through the generated types (one declaration; DESIGN.md §1.5b).
export type { AnalysisEventType, OperationalEventType, WebhookEventType };
const isOperational = (t: string | null): t is OperationalEventType => t !== null && (OPERATIONAL_EVENT_TYPES as readonly string[]).includes(t);
const isAnalysisEvent = (t: string | null): t is AnalysisEventType => t !== null && (ANALYSIS_EVENT_TYPES as readonly string[]).includes(t);

interface VerifiedEvent {
  /** `webhook-id` (the same on every retry: dedupe on it), or `msg_<analysis id>` for guide-scheme deliveries. */
  id: string;
  /** `webhook-timestamp` (unix seconds), or null under the guide's scheme. */
  timestamp: number | null;
  scheme: 'standard-webhooks' | 'x-callcov-signature';
}

/**
 * A verified analysis delivery: `data` is the analysis object, byte for byte what GET returned when it was sent (for an
 * endpoint with `payload: "no_transcript"` without transcript and quotes; with `payload: "thin"`, a ThinAnalysisEvent).
 */
export interface WebhookEvent extends VerifiedEvent {
  type: AnalysisEventType;
  data: Analysis;
}
export type AnalysisWebhookEvent = WebhookEvent;

/** A verified operational event: `data` is the event envelope `{object: "event", type, created, data}`. */
export interface OperationalWebhookEvent extends VerifiedEvent {
  type: OperationalEventType;
  data: EndpointOperationalEvent | DeliveryExhaustedEvent;
}

/** What verifyWebhook returns: narrow on `type` (analysis events carry the analysis, operational ones the event envelope). */
export type AnyWebhookEvent = WebhookEvent | OperationalWebhookEvent;

/** Anything that holds headers: a Web `Headers`, Node's `req.headers`, or a plain object. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined> | Iterable<[string, string]>;

export interface VerifyWebhookOptions {
  /** Largest accepted |now - webhook-timestamp| in seconds: replay protection. Default 300. */
  toleranceSeconds?: number;
  /** Accept deliveries that carry only `X-CallCov-Signature` (the guide's scheme, no timestamp). Default true. */
  allowSignatureOnly?: boolean;
  /** The clock, in ms (tests). */
  now?: () => number;
}

export function headerGetter(headers: HeadersLike): (name: string) => string | null {
  if (typeof (headers as Headers).get === 'function' && typeof (headers as Headers).has === 'function') {
    return (name) => (headers as Headers).get(name);
  }
  const map = new Map<string, string>();
  const entries = Symbol.iterator in (headers as object) ? (headers as Iterable<[string, string]>) : Object.entries(headers as Record<string, string | string[] | undefined>);
  for (const [k, v] of entries) {
    if (v === undefined) continue;
    map.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v));
  }
  return (name) => map.get(name.toLowerCase()) ?? null;
}

const RAW_BODY_HINT =
  'Verify the exact bytes you received, before any JSON parsing: a body that was parsed and re-serialised ' +
  '(JSON.stringify(req.body) after express.json(), request.json() in Flask/Next.js) has different bytes and never matches. ' +
  'Use express.raw({ type: "application/json" }), `await request.text()` or `request.rawBody`; ' +
  'also check the secret is the whsec_... of this account and mode (test vs live).';

function checkBody(rawBody: unknown): asserts rawBody is string | Uint8Array | ArrayBuffer {
  if (typeof rawBody === 'string' || rawBody instanceof Uint8Array || rawBody instanceof ArrayBuffer) return;
  throw new WebhookVerificationError(
    'body_not_raw',
    `verifyWebhook needs the raw request body (string, Buffer or Uint8Array), got ${rawBody === null ? 'null' : typeof rawBody}. ${RAW_BODY_HINT}`,
  );
}

function keyOrThrow(toBytes: (s: string) => Uint8Array, secret: string): Promise<CryptoKey> {
  let bytes: Uint8Array;
  try {
    bytes = toBytes(secret);
  } catch {
    throw new WebhookVerificationError('invalid_secret', 'The webhook secret is not valid: expected whsec_<base64>, as shown by GET /api/v1/webhooks/secret.');
  }
  if (bytes.byteLength === 0) throw new WebhookVerificationError('invalid_secret', 'The webhook secret is empty.');
  return hmacKey(bytes);
}

/**
 * Verifies a CallCov webhook and returns the typed event. Standard Webhooks headers (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature` with one or more `v1,` entries) are checked with timestamp tolerance; when only `X-CallCov-Signature`
 * is present, the guide's scheme (hex HMAC of the raw body, keyed with the whole secret) is checked. Comparisons are
 * constant-time (Web Crypto HMAC verify). `secret` may be a list (e.g. during your own rotation).
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: HeadersLike,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Promise<AnyWebhookEvent> {
  checkBody(rawBody);
  const { toleranceSeconds = 300, allowSignatureOnly = true, now = Date.now } = options;
  const secrets = (typeof secret === 'string' ? [secret] : [...secret]).filter((s) => s);
  if (secrets.length === 0) throw new WebhookVerificationError('invalid_secret', 'No webhook secret given (set CALLCOV_WEBHOOK_SECRET to the whsec_... from the API).');
  const get = headerGetter(headers);
  const body = bodyBytes(rawBody);
  const standard = get('webhook-signature');
  let id: string;
  let timestamp: number | null = null;
  let scheme: WebhookEvent['scheme'];
  if (standard !== null) {
    scheme = 'standard-webhooks';
    const msgId = get('webhook-id');
    const ts = get('webhook-timestamp');
    if (!msgId || !ts) throw new WebhookVerificationError('missing_headers', 'webhook-signature is present but webhook-id or webhook-timestamp is missing.');
    if (!/^\d{1,12}$/.test(ts.trim())) throw new WebhookVerificationError('invalid_timestamp', `webhook-timestamp '${ts}' is not unix seconds.`);
    timestamp = Number(ts.trim());
    const nowSeconds = Math.floor(now() / 1000);
    if (nowSeconds - timestamp > toleranceSeconds) {
      throw new WebhookVerificationError('timestamp_too_old', `webhook-timestamp is ${nowSeconds - timestamp} s old (tolerance ${toleranceSeconds} s): a replayed or long-delayed message. Check your clock if this repeats.`);
    }
    if (timestamp - nowSeconds > toleranceSeconds) {
      throw new WebhookVerificationError('timestamp_in_future', `webhook-timestamp is ${timestamp - nowSeconds} s in the future (tolerance ${toleranceSeconds} s). Check your clock.`);
    }
    const given = standard
      .split(' ')
      .filter((p) => p.startsWith('v1,'))
      .map((p) => {
        try {
          return base64ToBytes(p.slice(3));
        } catch {
          return null;
        }
      })
      .filter((b): b is Uint8Array => b !== null);
    const content = signedContent(msgId, ts.trim(), body);
    let ok = false;
    for (const s of secrets) {
      const key = await keyOrThrow(standardWebhooksKeyBytes, s);
      for (const mac of given) if (await hmacVerify(key, mac, content)) ok = true;
    }
    if (!ok) throw new WebhookVerificationError('signature_mismatch', `No webhook-signature entry matches the body under the given secret. ${RAW_BODY_HINT}`);
    id = msgId;
  } else {
    const legacy = get('x-callcov-signature');
    if (legacy === null) {
      throw new WebhookVerificationError('missing_signature', 'Neither webhook-signature nor X-CallCov-Signature is present: this request did not come from CallCov (or a proxy dropped the headers).');
    }
    if (!allowSignatureOnly) throw new WebhookVerificationError('missing_headers', 'Only X-CallCov-Signature is present and allowSignatureOnly is false (Standard Webhooks headers are required).');
    scheme = 'x-callcov-signature';
    const mac = hexToBytes(legacy.trim());
    let ok = false;
    if (mac) {
      for (const s of secrets) if (await hmacVerify(await keyOrThrow(callCovSignatureKeyBytes, s), mac, body)) ok = true;
    }
    if (!ok) throw new WebhookVerificationError('signature_mismatch', `X-CallCov-Signature does not match the body under the given secret. ${RAW_BODY_HINT}`);
    id = '';
  }
  let data: Analysis;
  try {
    data = JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(body)) as Analysis;
  } catch {
    throw new WebhookVerificationError('invalid_json', 'The signature is valid but the body is not JSON.');
  }
  if (!id) id = `msg_${String(data?.id ?? '').replaceAll('-', '')}`;
  const headerEvent = get('x-callcov-event');
  const envelopeType = (data as { object?: unknown; type?: unknown })?.object === 'event' ? String((data as { type?: unknown }).type) : null;
  const operational = isOperational(headerEvent) ? headerEvent : isOperational(envelopeType) ? envelopeType : null;
  if (operational !== null) return { id, type: operational, timestamp, scheme, data: data as unknown as EndpointOperationalEvent | DeliveryExhaustedEvent };
  const type: AnalysisEventType = isAnalysisEvent(headerEvent) ? headerEvent : data?.status === 'failed' ? 'analysis.failed' : 'analysis.completed';
  return { id, type, timestamp, scheme, data };
}
