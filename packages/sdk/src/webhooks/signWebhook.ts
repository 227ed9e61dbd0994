import {
  bodyBytes,
  bytesToBase64,
  bytesToHex,
  callCovSignatureKeyBytes,
  hmacSha256,
  signedContent,
  standardWebhooksKeyBytes,
  type RawBody,
} from './webhookCrypto.ts';

export interface SignWebhookOptions {
  /** `webhook-id` (stable across retries), e.g. `msg_<analysis id without dashes>`. */
  id: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** `X-CallCov-Event`. */
  event?: string;
  deliveryId?: string;
  attempt?: number;
}

/**
 * Every header CallCov sends with a webhook, computed exactly as the server does (for local forwarding and for testing
 * your receiver). `secrets`: newest first; each signs one `v1,` entry, the first one signs `X-CallCov-Signature`.
 */
export async function signWebhook(body: RawBody, secrets: string | readonly string[], options: SignWebhookOptions): Promise<Record<string, string>> {
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  if (list.length === 0) throw new Error('signWebhook needs at least one secret');
  const bytes = bodyBytes(body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const content = signedContent(options.id, timestamp, bytes);
  const entries = await Promise.all(list.map(async (s) => `v1,${bytesToBase64(await hmacSha256(standardWebhooksKeyBytes(s), content))}`));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'CallCov-Webhooks/0.1.0',
    'x-callcov-signature': bytesToHex(await hmacSha256(callCovSignatureKeyBytes(list[0]!), bytes)),
    'webhook-id': options.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': entries.join(' '),
  };
  if (options.event) headers['x-callcov-event'] = options.event;
  if (options.deliveryId) headers['x-callcov-delivery'] = options.deliveryId;
  if (options.attempt !== undefined) headers['x-callcov-attempt'] = String(options.attempt);
  return headers;
}
