import type { Requester } from '../client.ts';
import type { DeletedObject, List, WebhookEndpoint, WebhookEndpointCreateParams, WebhookEndpointUpdateParams } from '../types.ts';

const path = (id?: string) => `/api/v1/webhook_endpoints${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;

/** The account's default webhook endpoints (used when an analysis has no webhook_url). */
export class WebhookEndpointsResource {
  readonly #request: Requester;
  constructor(request: Requester) {
    this.#request = request;
  }
  create(params: WebhookEndpointCreateParams): Promise<WebhookEndpoint> {
    return this.#request({ method: 'POST', path: path(), json: params, retryable: false });
  }
  list(): Promise<List<WebhookEndpoint>> {
    return this.#request({ method: 'GET', path: path(), retryable: true });
  }
  retrieve(id: string): Promise<WebhookEndpoint> {
    return this.#request({ method: 'GET', path: path(id), retryable: true });
  }
  update(id: string, params: WebhookEndpointUpdateParams): Promise<WebhookEndpoint> {
    return this.#request({ method: 'PATCH', path: path(id), json: params, retryable: true });
  }
  del(id: string): Promise<DeletedObject> {
    return this.#request({ method: 'DELETE', path: path(id), retryable: true });
  }
}
