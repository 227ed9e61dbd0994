import { signCallCovSignature, standardWebhookSignatureHeader } from '@callcov/core';

export const WEBHOOK_USER_AGENT = 'CallCov-Webhooks/0.1.0';

/** Every header of one attempt (DESIGN §1.5); `secrets` newest first, all of them sign `webhook-signature`. */
export function buildWebhookHeaders(options: {
  body: string;
  secrets: readonly string[];
  messageId: string;
  timestampSeconds: number;
  event: string;
  deliveryId: string;
  attempt: number;
}): Record<string, string> {
  const { body, secrets, messageId, timestampSeconds } = options;
  return {
    'content-type': 'application/json',
    'user-agent': WEBHOOK_USER_AGENT,
    'x-callcov-signature': signCallCovSignature(body, secrets[0]!),
    'webhook-id': messageId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': standardWebhookSignatureHeader(messageId, timestampSeconds, body, secrets),
    'x-callcov-event': options.event,
    'x-callcov-delivery': options.deliveryId,
    'x-callcov-attempt': String(options.attempt),
  };
}
