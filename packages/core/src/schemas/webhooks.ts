import { HttpUrl } from '../clientUrl.ts';
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from './common.ts';

/** The public webhook objects (documentation and SDK types; the services build them). */

/** Every event CallCov sends: analysis events and the operational events about endpoints and deliveries (DESIGN.md §1.5b). */
export const WEBHOOK_EVENT_NAMES = [
  'analysis.completed',
  'analysis.failed',
  'analysis.reviewed',
  'endpoint.disabled',
  'endpoint.failing',
  'endpoint.recovered',
  'delivery.exhausted',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number];
/** The events about an analysis (filtered per endpoint, body in the endpoint's payload mode). */
export const ANALYSIS_EVENT_NAMES = ['analysis.completed', 'analysis.failed', 'analysis.reviewed'] as const satisfies readonly WebhookEventName[];
/** The operational events about endpoints and deliveries: never filtered, always the event envelope. */
export const OPERATIONAL_EVENT_NAMES = ['endpoint.disabled', 'endpoint.failing', 'endpoint.recovered', 'delivery.exhausted'] as const satisfies readonly WebhookEventName[];
export const WebhookEvent = Type.Union(WEBHOOK_EVENT_NAMES.map((e) => Type.Literal(e)));

/** An analysis event goes to the endpoint only when the analysis matches every field given (DESIGN.md §1.5b). */
export const WebhookEndpointFilter = Type.Object(
  {
    compliance_status: Type.Optional(Type.Array(Type.Union([Type.Literal('fail'), Type.Literal('review'), Type.Literal('pass')]), { minItems: 1, maxItems: 3, uniqueItems: true })),
    failed_check: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 100, description: 'Matches when the analysis failed at least one of these checks.' })),
    agent_id: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 1000 })),
    language: Type.Optional(Type.Array(Type.String({ minLength: 2, maxLength: 10 }), { minItems: 1, maxItems: 20 })),
  },
  { additionalProperties: false, description: 'Which analyses an endpoint receives; fields are ANDed, the values of one field ORed. Operational events are not filtered.' },
);
export type WebhookEndpointFilter = Static<typeof WebhookEndpointFilter>;

export const WebhookPayloadMode = Type.Union([Type.Literal('full'), Type.Literal('no_transcript'), Type.Literal('thin')], {
  description: '`full`: the analysis object; `no_transcript`: the same with `transcript` and every evidence `quote` null; `thin`: a summary with the `url` to GET the full object.',
});
export type WebhookPayloadMode = Static<typeof WebhookPayloadMode>;

export const WebhookEndpointAuth = Type.Object(
  {
    type: Type.Literal('oauth2_client_credentials'),
    token_url: HttpUrl(),
    client_id: Type.String({ minLength: 1, maxLength: 500 }),
    client_secret: Type.String({ minLength: 1, maxLength: 2000, description: 'Stored encrypted; shown masked.' }),
    scope: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  },
  { additionalProperties: false, description: 'OAuth2 client credentials: the token is fetched from token_url, cached until it expires, sent as `Authorization: Bearer`, and refreshed once on a 401.' },
);
export type WebhookEndpointAuth = Static<typeof WebhookEndpointAuth>;

export const WebhookClientCertificate = Type.Object(
  {
    cert: Type.String({ minLength: 1, maxLength: 20000, description: 'PEM certificate (chain) presented to the receiver (mTLS).' }),
    key: Type.String({ minLength: 1, maxLength: 20000, description: 'PEM private key; stored encrypted, shown masked.' }),
  },
  { additionalProperties: false },
);

export const WebhookHeaders = Type.Record(Type.String({ pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$" }), Type.String({ maxLength: 4000, pattern: '^[^\\r\\n\\u0000]*$' }), {
  description: 'Added to every attempt. Stored encrypted, shown masked (a value sent back exactly as shown keeps the stored one).',
  maxProperties: 20,
});

export const WebhookAttempt = Type.Object(
  {
    attempt: Type.Integer({ minimum: 1 }),
    started_at: Type.Number({ description: 'Unix seconds (with milliseconds).' }),
    url: Type.String(),
    status_code: Nullable(Type.Integer()),
    duration_ms: Type.Integer(),
    response_body: Nullable(Type.String({ description: 'The first 16 KB of the response body.' })),
    error_class: Nullable(
      Type.Union(
        ['timeout', 'connection_refused', 'dns', 'tls', 'non_2xx', 'redirect', 'blocked_address', 'connection_reset', 'invalid_url', 'network', 'auth_failed'].map((c) =>
          Type.Literal(c),
        ),
      ),
    ),
    error_message: Nullable(Type.String()),
    succeeded: Type.Boolean(),
    next_attempt_at: Nullable(Type.Integer({ description: 'When the next retry was scheduled (unix seconds), if one was.' })),
  },
  { $id: 'WebhookAttempt' },
);

export const WebhookDelivery = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('webhook_delivery'),
    analysis_id: Nullable(Type.String()),
    endpoint_id: Nullable(Type.String()),
    event: WebhookEvent,
    webhook_id: Type.String({ description: 'The `webhook-id` header: the same on every retry and resend of this message.' }),
    url: Type.String(),
    status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
    trigger: Type.Union([Type.Literal('automatic'), Type.Literal('manual')]),
    attempt_count: Type.Integer(),
    next_attempt_at: Nullable(Type.Integer()),
    created: Type.Integer(),
    attempts: Type.Array(Type.Ref('WebhookAttempt')),
  },
  { $id: 'WebhookDelivery' },
);
export type WebhookDelivery = Static<typeof WebhookDelivery>;

export const WebhookDeliveryList = Type.Object(
  { object: Type.Literal('list'), data: Type.Array(Type.Ref('WebhookDelivery')), has_more: Type.Boolean() },
  { $id: 'WebhookDeliveryList' },
);

export const WebhookEndpoint = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('webhook_endpoint'),
    url: Type.String(),
    events: Type.Array(WebhookEvent),
    enabled: Type.Boolean(),
    description: Nullable(Type.String()),
    failing_since: Nullable(Type.Integer({ description: 'Since when every delivery has failed (unix seconds).' })),
    disabled_reason: Nullable(Type.String()),
    filter: Nullable(WebhookEndpointFilter),
    payload: WebhookPayloadMode,
    headers: Nullable(Type.Record(Type.String(), Type.String(), { description: 'Header names with masked values.' })),
    auth: Nullable(WebhookEndpointAuth),
    client_certificate: Nullable(WebhookClientCertificate),
    timeout_ms: Nullable(Type.Integer({ description: 'This endpoint\'s attempt timeout (null: the server default).' })),
    rate_limit_per_minute: Nullable(Type.Integer({ description: 'At most this many attempts a minute to this endpoint, across every dispatcher (null: no limit).' })),
    created: Type.Integer(),
    livemode: Type.Boolean(),
  },
  { $id: 'WebhookEndpoint' },
);

export const WebhookSecret = Type.Object(
  {
    object: Type.Literal('webhook_secret'),
    secret: Type.String({ description: '`whsec_` + base64; signs X-CallCov-Signature and webhook-signature.' }),
    created: Type.Integer(),
    previous: Type.Array(Type.Object({ secret: Type.String(), created: Type.Integer(), expires_at: Type.Integer() }), {
      description: 'Rotated-out secrets that still sign webhook-signature until expires_at.',
    }),
  },
  { $id: 'WebhookSecret' },
);

/** POST /api/v1/webhooks/recover: which deliveries to send again (DESIGN.md §1.5b). Times are unix seconds. */
export const WebhookRecoveryBody = Type.Object(
  {
    since: Type.Integer({ minimum: 0, description: 'Deliveries created at or after this time (unix seconds).' }),
    until: Type.Optional(Type.Integer({ minimum: 0, description: 'Deliveries created before this time (unix seconds); default now.' })),
    endpoint_id: Type.Optional(Type.String({ maxLength: 100 })),
    status: Type.Optional(Type.Union([Type.Literal('failed'), Type.Literal('any')], { default: 'failed', description: '`failed` (default): deliveries that gave up; `any`: failed and succeeded ones.' })),
    agent_id: Type.Optional(Type.String({ maxLength: 200 })),
    contact_id: Type.Optional(Type.String({ maxLength: 200 })),
    failed_check: Type.Optional(Type.String({ maxLength: 200 })),
    created_gte: Type.Optional(Type.Integer({ description: 'The analysis was created at or after (unix seconds).' })),
    created_lte: Type.Optional(Type.Integer({ description: 'The analysis was created at or before (unix seconds).' })),
  },
  { additionalProperties: false },
);
export type WebhookRecoveryBody = Static<typeof WebhookRecoveryBody>;

export const WebhookRecovery = Type.Object(
  { object: Type.Literal('webhook_recovery'), id: Type.String(), deliveries_queued: Type.Integer({ minimum: 0 }) },
  { $id: 'WebhookRecovery' },
);

/** The body of a `thin` payload: enough to route the call, with the URL of the full object. */
export const ThinAnalysisEvent = Type.Object({
  id: Type.String(),
  object: Type.Literal('analysis'),
  status: Type.String(),
  created: Type.Integer(),
  completed_at: Nullable(Type.Integer()),
  call: Type.Object({ agent_id: Nullable(Type.String()), contact_id: Nullable(Type.String()) }),
  summary: Type.Object({
    compliance_status: Nullable(Type.String()),
    compliance_score: Nullable(Type.Number()),
    quality_score: Nullable(Type.Number()),
    failed_checks: Type.Array(Type.String()),
  }),
  url: Type.String({ description: 'GET this (with your API key) for the full analysis object.' }),
});

const EndpointEventData = Type.Object({
  id: Type.String(),
  object: Type.Literal('webhook_endpoint'),
  url: Type.String(),
  enabled: Type.Boolean(),
  failing_since: Nullable(Type.Integer()),
  disabled_reason: Nullable(Type.String()),
  last_attempt: Nullable(
    Type.Object({ status_code: Nullable(Type.Integer()), error_class: Nullable(Type.String()), error_message: Nullable(Type.String()), delivery_id: Type.String() }),
  ),
});

/** `endpoint.failing` / `endpoint.recovered` / `endpoint.disabled`: `data` is the endpoint concerned. */
export const EndpointOperationalEvent = Type.Object({
  object: Type.Literal('event'),
  type: Type.Union([Type.Literal('endpoint.failing'), Type.Literal('endpoint.recovered'), Type.Literal('endpoint.disabled')]),
  created: Type.Integer(),
  data: EndpointEventData,
});

/** `delivery.exhausted`: the last retry of a delivery failed; `data` names the delivery, its analysis and endpoint. */
export const DeliveryExhaustedEvent = Type.Object({
  object: Type.Literal('event'),
  type: Type.Literal('delivery.exhausted'),
  created: Type.Integer(),
  data: Type.Object({
    id: Type.String(),
    object: Type.Literal('webhook_delivery'),
    webhook_id: Type.String(),
    event: Type.String(),
    analysis_id: Nullable(Type.String()),
    endpoint_id: Nullable(Type.String()),
    url: Type.String(),
    attempt_count: Type.Integer(),
    last_attempt: Type.Object({ status_code: Nullable(Type.Integer()), error_class: Nullable(Type.String()), error_message: Nullable(Type.String()) }),
  }),
});
