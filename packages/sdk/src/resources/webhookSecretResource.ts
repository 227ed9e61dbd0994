import type { Requester } from '../client.ts';
import type { WebhookSecret } from '../types.ts';

export class WebhookSecretResource {
  readonly #request: Requester;
  constructor(request: Requester) {
    this.#request = request;
  }

  /** The current signing secret and any rotated-out one still valid. */
  retrieve(): Promise<WebhookSecret> {
    return this.#request({ method: 'GET', path: '/api/v1/webhooks/secret', retryable: true });
  }

  /** A new secret; the old one keeps signing (a second `v1,` entry) for 24 h. */
  rotate(): Promise<WebhookSecret> {
    return this.#request({ method: 'POST', path: '/api/v1/webhooks/secret/rotate', retryable: false });
  }
}
