import { CallCovError } from './errors.ts';
import { buildUrl, requestJson, SDK_VERSION, type HttpClientOptions, type RequestSpec } from './httpClient.ts';
import { AnalysesResource } from './resources/analysesResource.ts';
import { DeliveriesResource } from './resources/deliveriesResource.ts';
import { EventsResource } from './resources/eventsResource.ts';
import { DocumentsResource } from './resources/documentsResource.ts';
import type { PolicyDocument, ScorecardDocument } from './generated/types.ts';
import { WebhookEndpointsResource } from './resources/webhookEndpointsResource.ts';
import { WebhookSecretResource } from './resources/webhookSecretResource.ts';
import { CalibrationResource, makeRawGetter, ReviewsResource } from './resources/reviewsResource.ts';
import { envVar } from './platform.ts';
import { LiveResource } from './resources/liveResource.ts';

export interface CallCovOptions {
  /** `sk_test_...` or `sk_live_...`; defaults to the CALLCOV_API_KEY environment variable where there is one. */
  apiKey?: string;
  /**
   * Where your CallCov server lives, e.g. `https://callcov.internal.example` (a trailing `/api/v1` is accepted).
   * Defaults to CALLCOV_BASE_URL; with neither, the constructor throws: CallCov is self-hosted, so the SDK never
   * guesses where to send a key (`DEFAULT_BASE_URL` is what `callcov serve` listens on, if that is what you want).
   */
  baseUrl?: string;
  /** Retries after 429, 408, 5xx and network errors (idempotent calls, and create with its Idempotency-Key). Default 2. */
  maxRetries?: number;
  /** Per attempt. Default 60 s. */
  timeoutMs?: number;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
  onRetry?: HttpClientOptions['onRetry'];
}

/** Where `callcov serve` listens by default (loopback): pass it as `baseUrl` to talk to a local server. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080';

export const normaliseBaseUrl = (url: string): string => url.replace(/\/+$/, '').replace(/\/api\/v1$/, '');

/** The CallCov API client. */
export class CallCov {
  readonly analyses: AnalysesResource;
  readonly deliveries: DeliveriesResource;
  readonly webhookSecret: WebhookSecretResource;
  readonly webhookEndpoints: WebhookEndpointsResource;
  readonly events: EventsResource;
  /** Live calls over a WebSocket (`live.connect`). */
  readonly live: LiveResource;
  readonly reviews: ReviewsResource;
  readonly calibration: CalibrationResource;
  readonly policies: DocumentsResource<'policy', PolicyDocument>;
  readonly scorecards: DocumentsResource<'scorecard', ScorecardDocument>;
  readonly baseUrl: string;
  readonly #http: HttpClientOptions;

  constructor(options: CallCovOptions = {}) {
    const apiKey = options.apiKey ?? envVar('CALLCOV_API_KEY');
    if (!apiKey) throw new CallCovError({ message: 'No API key: pass new CallCov({ apiKey }) or set CALLCOV_API_KEY.' });
    const f = options.fetch ?? globalThis.fetch;
    if (typeof f !== 'function') throw new CallCovError({ message: 'No fetch in this runtime: pass new CallCov({ fetch }).' });
    const baseUrl = options.baseUrl ?? envVar('CALLCOV_BASE_URL');
    if (!baseUrl) {
      throw new CallCovError({ message: `No base URL: pass new CallCov({ baseUrl }) or set CALLCOV_BASE_URL (a local \`callcov serve\` is ${DEFAULT_BASE_URL}).` });
    }
    this.baseUrl = normaliseBaseUrl(baseUrl);
    this.#http = {
      apiKey,
      baseUrl: this.baseUrl,
      maxRetries: options.maxRetries ?? 2,
      timeoutMs: options.timeoutMs ?? 60_000,
      fetch: (input, init) => f(input, init),
      onRetry: options.onRetry,
    };
    const request = <T>(spec: RequestSpec) => requestJson<T>(this.#http, spec);
    this.analyses = new AnalysesResource(request, makeRawGetter(this.#http));
    this.deliveries = new DeliveriesResource(request);
    this.webhookSecret = new WebhookSecretResource(request);
    this.webhookEndpoints = new WebhookEndpointsResource(request);
    this.policies = new DocumentsResource(request, 'policies');
    this.scorecards = new DocumentsResource(request, 'scorecards');
    this.reviews = new ReviewsResource(request, makeRawGetter(this.#http));
    this.calibration = new CalibrationResource(request);
    this.live = new LiveResource(this.baseUrl, apiKey);
    this.events = new EventsResource((path, query, headers, signal) =>
      this.#http.fetch(buildUrl(this.baseUrl, path, query), {
        headers: { ...headers, authorization: `Bearer ${apiKey}`, 'x-callcov-client': `callcov-sdk-js/${SDK_VERSION}` },
        signal,
      }),
    );
  }

}

export type Requester = <T>(spec: RequestSpec) => Promise<T>;
