import type { Requester } from '../client.ts';
import type { List, WebhookDelivery, WebhookRecovery, WebhookRecoveryParams } from '../types.ts';

export class DeliveriesResource {
  readonly #request: Requester;
  constructor(request: Requester) {
    this.#request = request;
  }

  /** An analysis's deliveries with every attempt (newest first); without an id, the account's recent deliveries. */
  list(analysisId?: string, params: { limit?: number } = {}): Promise<List<WebhookDelivery>> {
    if (analysisId === undefined) return this.#request({ method: 'GET', path: '/api/v1/webhooks/deliveries', query: params, retryable: true });
    return this.#request({ method: 'GET', path: `/api/v1/analysis/${encodeURIComponent(analysisId)}/deliveries`, retryable: true });
  }

  /**
   * Sends a signed sample event (`metadata.test_event: true`) through the server's dispatcher, like `stripe trigger`:
   * to `url`, to `endpointId`, or else to every enabled endpoint subscribed to the event.
   */
  trigger(event: 'analysis.completed' | 'analysis.failed' = 'analysis.completed', params: { url?: string; endpointId?: string } = {}): Promise<List<WebhookDelivery>> {
    const body: Record<string, string> = { event };
    if (params.url !== undefined) body.url = params.url;
    if (params.endpointId !== undefined) body.endpoint_id = params.endpointId;
    return this.#request({ method: 'POST', path: '/api/v1/webhooks/test_events', json: body, retryable: false });
  }

  /**
   * Sends again every delivery that failed in a time range (`since`/`until` in unix seconds or Dates), of one endpoint
   * and/or of analyses matching the list filters: each keeps its webhook-id and gets a new attempt in its own log.
   */
  recover(params: Omit<WebhookRecoveryParams, 'since' | 'until'> & { since: number | Date; until?: number | Date }): Promise<WebhookRecovery> {
    const seconds = (t: number | Date) => (t instanceof Date ? Math.floor(t.getTime() / 1000) : t);
    const json: Record<string, unknown> = { ...params, since: seconds(params.since) };
    if (params.until !== undefined) json.until = seconds(params.until);
    return this.#request({ method: 'POST', path: '/api/v1/webhooks/recover', json, retryable: false });
  }

  /** Sends the analysis's webhook again now (same webhook-id and body). Not retried automatically (it is not idempotent). */
  resend(analysisId: string): Promise<WebhookDelivery> {
    return this.#request({ method: 'POST', path: `/api/v1/analysis/${encodeURIComponent(analysisId)}/deliveries`, retryable: false });
  }
}
