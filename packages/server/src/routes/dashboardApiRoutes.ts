import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AnalysisIdParams } from '@callcov/core';
import {
  createAccountApiKey,
  findAnalysisAudio,
  openAnalysisAudio,
  getAgentStats,
  listApiKeys,
  parseByteRange,
  revokeApiKey,
  type AgentStatsQuery,
  type ServiceContext,
} from '@callcov/services';
import { ApiKeyList, ApiKeyObject, BinaryAudio, NewApiKeyObject } from '../openApi/responseSchemas.ts';
import { HttpUrl } from '@callcov/core';
import { sendEndpointTestEvent, sendTestEvents, TEST_EVENTS } from '@callcov/webhooks';

const TestEventsBody = Type.Object(
  {
    event: Type.Optional(Type.Union(TEST_EVENTS.map((e) => Type.Literal(e)), { default: 'analysis.completed' })),
    url: Type.Optional(HttpUrl()),
    endpoint_id: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

const errors = { '4xx': Type.Ref('Error'), '5xx': Type.Ref('Error') };
const KeyIdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const AgentsQuery = Type.Object(
  {
    created_gte: Type.Optional(Type.Integer({ minimum: 0, description: 'Unix seconds; default 90 days ago.' })),
    created_lte: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

/** Authenticated JSON endpoints the dashboard needs: per-agent statistics, stored recordings, API key management. */
export function dashboardApiRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get(
    '/api/v1/agents',
    { schema: { summary: 'Per-agent averages and daily trends (quality score, compliance pass rate, failed checks)', tags: ['agents'], querystring: AgentsQuery, response: { 200: Type.Ref('AgentStatsList'), ...errors } } },
    (req) => getAgentStats(ctx, req.caller, req.query as AgentStatsQuery),
  );

  app.get(
    '/api/v1/analysis/:id/audio',
    { schema: { summary: 'The uploaded recording of an analysis (supports Range requests)', tags: ['analyses'], params: AnalysisIdParams, response: { 200: BinaryAudio, 206: { ...BinaryAudio, description: 'The asked-for byte range.' }, ...errors } } },
    async (req, reply) => {
      const audio = await findAnalysisAudio(ctx, req.caller, (req.params as { id: string }).id);
      reply
        .header('Accept-Ranges', 'bytes')
        .header('Cache-Control', 'private, no-store')
        .header('Content-Disposition', 'inline')
        .type(audio.contentType);
      const range = parseByteRange(req.headers.range, audio.size);
      if (range === 'unsatisfiable') {
        return reply.status(416).header('Content-Range', `bytes */${audio.size}`).send();
      }
      const body = await openAnalysisAudio(ctx, audio, range ?? undefined);
      if (range === null) {
        reply.header('Content-Length', audio.size);
        return reply.send(body);
      }
      return reply
        .status(206)
        .header('Content-Range', `bytes ${range.start}-${range.end}/${audio.size}`)
        .header('Content-Length', range.end - range.start + 1)
        .send(body);
    },
  );

  app.post(
    '/api/v1/webhook_endpoints/:id/test',
    { schema: { summary: 'Send a signed test event (a sample analysis.completed message) to an endpoint', tags: ['webhooks'], params: KeyIdParams, response: { 202: Type.Ref('WebhookDelivery'), ...errors } } },
    async (req, reply) => reply.status(202).send(await sendEndpointTestEvent(ctx, req.caller, (req.params as { id: string }).id)),
  );

  app.post(
    '/api/v1/webhooks/test_events',
    {
      schema: {
        summary: 'Send a signed sample event (like `stripe trigger`) through the dispatcher',
        description: 'To `url`, to `endpoint_id`, or else to every enabled endpoint subscribed to the event. The sample analysis has `metadata.test_event: true`. Used by `callcov trigger`.',
        tags: ['webhooks'],
        body: TestEventsBody,
        response: { 202: Type.Ref('WebhookDeliveryList'), ...errors },
      },
    },
    async (req, reply) => reply.status(202).send(await sendTestEvents(ctx, req.caller, (req.body ?? {}) as never)),
  );

  const tags = ['api_keys'];
  app.get('/api/v1/api_keys', { schema: { summary: "The account's API keys in this mode (hints only, never hashes)", tags, response: { 200: ApiKeyList, ...errors } } }, (req) =>
    listApiKeys(ctx, req.caller),
  );
  app.post('/api/v1/api_keys', { schema: { summary: 'Create an API key (the key is shown once, in this answer)', tags, response: { 201: NewApiKeyObject, ...errors } } }, async (req, reply) =>
    reply.status(201).send(await createAccountApiKey(ctx, req.caller)),
  );
  app.delete('/api/v1/api_keys/:id', { schema: { summary: 'Revoke an API key', tags, params: KeyIdParams, response: { 200: ApiKeyObject, ...errors } } }, async (req) => {
    const revoked = await revokeApiKey(ctx, req.caller, (req.params as { id: string }).id);
    app.forgetApiKey(revoked.id);
    return revoked;
  });
}
