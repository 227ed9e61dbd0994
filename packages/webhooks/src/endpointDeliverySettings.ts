import type { WebhookEndpointAuth } from '@callcov/core';
import type { WebhookEndpointsTable } from '@callcov/db';
import type { SecretBox } from '@callcov/services';
import type { ClientCertificate } from './webhookEndpoints.ts';

/** What the dispatcher needs of an endpoint for one attempt, decrypted. */
export interface EndpointDeliverySettings {
  headers: Record<string, string>;
  auth: WebhookEndpointAuth | null;
  clientCertificate: ClientCertificate | null;
  timeoutMs: number | null;
  rateLimitPerMinute: number | null;
}

/** Decrypts an endpoint's settings once per version of the row (keyed by id and updated_at), not on every attempt. */
export function makeEndpointSettingsReader(box: SecretBox, maxEntries = 1000) {
  const cache = new Map<string, EndpointDeliverySettings>();
  return (row: WebhookEndpointsTable): EndpointDeliverySettings => {
    const key = `${row.id}:${row.updated_at}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const settings: EndpointDeliverySettings = {
      headers: row.headers_sealed === null ? {} : (JSON.parse(box.open(row.headers_sealed)) as Record<string, string>),
      auth: row.auth_sealed === null ? null : (JSON.parse(box.open(row.auth_sealed)) as WebhookEndpointAuth),
      clientCertificate: row.client_cert_sealed === null ? null : (JSON.parse(box.open(row.client_cert_sealed)) as ClientCertificate),
      timeoutMs: row.timeout_ms ?? null,
      rateLimitPerMinute: row.rate_limit_per_minute ?? null,
    };
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, settings);
    return settings;
  };
}
export type EndpointSettingsReader = ReturnType<typeof makeEndpointSettingsReader>;
