import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from './common.ts';

/** The public webhook objects (documentation and SDK types; the services build them). */

export const WebhookEvent = Type.Union([Type.Literal('analysis.completed'), Type.Literal('analysis.failed'), Type.Literal('analysis.reviewed'), Type.Literal('endpoint.disabled')]);

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
        ['timeout', 'connection_refused', 'dns', 'tls', 'non_2xx', 'redirect', 'blocked_address', 'connection_reset', 'invalid_url', 'network'].map((c) =>
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
