import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AnalysisIdParams, HttpUrl, WEBHOOK_EVENT_NAMES, WebhookClientCertificate, WebhookEndpointAuth, WebhookEndpointFilter, WebhookHeaders, WebhookPayloadMode, WebhookRecoveryBody } from '@callcov/core';
import type { ServiceContext } from '@callcov/services';
import {
  createEndpoint,
  deleteEndpoint,
  endpointStats,
  getEndpoint,
  getWebhookSecret,
  listAccountDeliveries,
  listDeliveries,
  listEndpoints,
  resendDelivery,
  recoverDeliveries,
  rotateWebhookSecret,
  updateEndpoint,
} from '@callcov/webhooks';
import { DeletedObject, WebhookEndpointList } from '../openApi/responseSchemas.ts';

const errors = { '4xx': Type.Ref('Error'), '5xx': Type.Ref('Error') };
const Events = Type.Array(Type.Union(WEBHOOK_EVENT_NAMES.map((e) => Type.Literal(e))), { minItems: 1, maxItems: WEBHOOK_EVENT_NAMES.length, uniqueItems: true });
const EndpointUrl = HttpUrl();
const OrNull = <T extends Parameters<typeof Type.Union>[0][number]>(s: T) => Type.Union([s, Type.Null()]);
/** The settings an endpoint may have besides its URL (DESIGN.md §1.5b); null clears one. */
const endpointSettings = {
  events: Type.Optional(Events),
  enabled: Type.Optional(Type.Boolean()),
  filter: Type.Optional(OrNull(WebhookEndpointFilter)),
  payload: Type.Optional(WebhookPayloadMode),
  headers: Type.Optional(OrNull(WebhookHeaders)),
  auth: Type.Optional(OrNull(WebhookEndpointAuth)),
  client_certificate: Type.Optional(OrNull(WebhookClientCertificate)),
  timeout_ms: Type.Optional(OrNull(Type.Integer({ minimum: 100, maximum: 30000, description: 'Attempt timeout for this endpoint (100 ms to 30 s).' }))),
  rate_limit_per_minute: Type.Optional(OrNull(Type.Integer({ minimum: 1, maximum: 100000 }))),
};
const CreateEndpointBody = Type.Object({ url: EndpointUrl, description: Type.Optional(Type.String({ maxLength: 500 })), ...endpointSettings }, { additionalProperties: false });
const UpdateEndpointBody = Type.Object(
  { url: Type.Optional(EndpointUrl), description: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])), ...endpointSettings },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

export function webhooksRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const tags = ['webhooks'];
  app.get('/api/v1/analysis/:id/deliveries', { schema: { summary: "An analysis's webhook deliveries with every attempt", tags, params: AnalysisIdParams, response: { 200: Type.Ref('WebhookDeliveryList'), ...errors } } }, (req) =>
    listDeliveries(ctx, req.caller, (req.params as { id: string }).id),
  );
  app.post(
    '/api/v1/analysis/:id/deliveries',
    { schema: { summary: 'Send the webhook again now (new delivery, same webhook-id and body)', tags, params: AnalysisIdParams, response: { 202: Type.Ref('WebhookDelivery'), ...errors } } },
    async (req, reply) => reply.status(202).send(await resendDelivery(ctx, req.caller, (req.params as { id: string }).id)),
  );
  app.get(
    '/api/v1/webhooks/deliveries',
    { schema: { summary: "The account's recent deliveries", tags, querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })) }), response: { 200: Type.Ref('WebhookDeliveryList'), ...errors } } },
    (req) => listAccountDeliveries(ctx, req.caller, (req.query as { limit?: number }).limit ?? 50),
  );
  app.post(
    '/api/v1/webhooks/recover',
    {
      schema: {
        summary: 'Send again every delivery that failed in a time range (same webhook-id, a new attempt in the same delivery log)',
        description:
          'Matches deliveries created in [since, until) — of one endpoint, and/or of analyses matching the list filters — that failed (or, with `status: "any"`, also those that succeeded), and sends each again now to its endpoint\'s current URL. Deliveries of deleted analyses and of deleted or disabled endpoints are skipped.',
        tags,
        body: WebhookRecoveryBody,
        response: { 202: Type.Ref('WebhookRecovery'), ...errors },
      },
    },
    async (req, reply) => reply.status(202).send(await recoverDeliveries(ctx, req.caller, req.body as WebhookRecoveryBody)),
  );
  app.get('/api/v1/webhooks/secret', { schema: { summary: 'The webhook signing secret (and any still-valid previous one)', tags, response: { 200: Type.Ref('WebhookSecret'), ...errors } } }, (req) =>
    getWebhookSecret(ctx.database.db, ctx.secrets, req.caller.accountId, req.caller.mode, ctx.now()),
  );
  app.post(
    '/api/v1/webhooks/secret/rotate',
    { schema: { summary: 'Rotate the signing secret; the old one keeps signing for 24 h', tags, response: { 200: Type.Ref('WebhookSecret'), ...errors } } },
    (req) => ctx.database.transaction((trx) => rotateWebhookSecret(trx, ctx.secrets, req.caller.accountId, req.caller.mode, ctx.now())),
  );
  app.post('/api/v1/webhook_endpoints', { schema: { summary: 'Register a default webhook endpoint', tags, body: CreateEndpointBody, response: { 201: Type.Ref('WebhookEndpoint'), ...errors } } }, async (req, reply) =>
    reply.status(201).send(await createEndpoint(ctx, req.caller, req.body as { url: string })),
  );
  app.get('/api/v1/webhook_endpoints', { schema: { summary: 'List webhook endpoints', tags, response: { 200: WebhookEndpointList, ...errors } } }, (req) => listEndpoints(ctx, req.caller));
  app.get('/api/v1/webhook_endpoints/:id', { schema: { summary: 'Retrieve a webhook endpoint', tags, params: IdParams, response: { 200: Type.Ref('WebhookEndpoint'), ...errors } } }, (req) =>
    getEndpoint(ctx, req.caller, (req.params as { id: string }).id),
  );
  for (const method of ['post', 'patch'] as const) {
    app[method](
      '/api/v1/webhook_endpoints/:id',
      { schema: { summary: 'Update a webhook endpoint (url, events, enabled, description)', tags, params: IdParams, body: UpdateEndpointBody, response: { 200: Type.Ref('WebhookEndpoint'), ...errors } } },
      (req) => updateEndpoint(ctx, req.caller, (req.params as { id: string }).id, req.body as object),
    );
  }
  const Bucket = Type.Object({
    start: Type.Integer({ description: 'Start of the hour (unix seconds).' }),
    attempts: Type.Integer(),
    succeeded: Type.Integer(),
    success_rate: Type.Union([Type.Number(), Type.Null()]),
    p50_ms: Type.Union([Type.Number(), Type.Null()]),
    p95_ms: Type.Union([Type.Number(), Type.Null()]),
  });
  app.get(
    '/api/v1/webhook_endpoints/:id/stats',
    {
      schema: {
        summary: "An endpoint's attempts, success rate and latency per hour",
        tags,
        params: IdParams,
        querystring: Type.Object({ hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 744, default: 24 })) }),
        response: { 200: Type.Object({ object: Type.Literal('webhook_endpoint_stats'), endpoint_id: Type.String(), hours: Type.Integer(), buckets: Type.Array(Bucket) }), ...errors },
      },
    },
    (req) => endpointStats(ctx, req.caller, (req.params as { id: string }).id, (req.query as { hours?: number }).hours ?? 24),
  );
  app.delete('/api/v1/webhook_endpoints/:id', { schema: { summary: 'Delete a webhook endpoint', tags, params: IdParams, response: { 200: DeletedObject('webhook_endpoint'), ...errors } } }, (req) =>
    deleteEndpoint(ctx, req.caller, (req.params as { id: string }).id),
  );
}
