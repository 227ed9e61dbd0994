import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AnalysisIdParams } from '@callcov/core';
import {
  createAccountApiKey,
  findAnalysisAudio,
  getAgentStats,
  listApiKeys,
  parseByteRange,
  revokeApiKey,
  type AgentStatsQuery,
  type ServiceContext,
} from '@callcov/services';
import { addDelivery, getEndpoint, JOB_DELIVER_WEBHOOK, toDeliveryObject } from '@callcov/webhooks';

/** Pure: the body of a test event, an `analysis.completed` message about a sample analysis (metadata.test_event = true). */
export function sampleTestEventPayload(nowMs: number, livemode: boolean): string {
  const now = Math.floor(nowMs / 1000);
  return JSON.stringify({
    id: '00000000-0000-4000-8000-000000000000',
    object: 'analysis',
    created: now - 60,
    livemode,
    status: 'completed',
    progress: null,
    call: { agent_id: 'agent_test', contact_id: 'contact_test' },
    audio: null,
    transcript: {
      text: 'Agent: Thank you for calling, this is a test event.\nCustomer: Thanks!',
      language: 'en',
      segments: [
        { speaker: 'Agent', text: 'Thank you for calling, this is a test event.', start: 0, end: 3, confidence: null },
        { speaker: 'Customer', text: 'Thanks!', start: 3.5, end: 4.2, confidence: null },
      ],
    },
    results: { compliance: null, quality: null, coaching: null },
    error_code: null,
    error_message: null,
    webhook_url: null,
    metadata: { test_event: true },
    completed_at: now,
  });
}

/** Queues a signed test message to one endpoint (a manual delivery with its own attempt log). */
async function sendEndpointTestEvent(ctx: ServiceContext, caller: FastifyRequest['caller'], endpointId: string) {
  const endpoint = await getEndpoint(ctx, caller, endpointId);
  const now = ctx.now();
  const id = await ctx.database.transaction((trx) =>
    addDelivery(
      trx,
      {
        accountId: caller.accountId,
        mode: caller.mode,
        analysisId: null,
        endpointId: endpoint.id,
        event: 'analysis.completed',
        messageId: `msg_test_${randomUUID().replaceAll('-', '')}`,
        url: endpoint.url,
        payload: sampleTestEventPayload(now, caller.mode === 'live'),
        trigger: 'manual',
      },
      now,
    ),
  );
  ctx.jobAdded(JOB_DELIVER_WEBHOOK);
  const d = await ctx.database.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return toDeliveryObject(d, []);
}

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
    { schema: { summary: 'The uploaded recording of an analysis (supports Range requests)', tags: ['analyses'], params: AnalysisIdParams, response: errors } },
    async (req, reply) => {
      const audio = await findAnalysisAudio(ctx, req.caller, (req.params as { id: string }).id);
      const path = ctx.blobs.path(audio.blobKey);
      reply
        .header('Accept-Ranges', 'bytes')
        .header('Cache-Control', 'private, no-store')
        .header('Content-Disposition', 'inline')
        .type(audio.contentType);
      const range = parseByteRange(req.headers.range, audio.size);
      if (range === 'unsatisfiable') {
        return reply.status(416).header('Content-Range', `bytes */${audio.size}`).send();
      }
      if (range === null) {
        reply.header('Content-Length', audio.size);
        return reply.send(createReadStream(path));
      }
      return reply
        .status(206)
        .header('Content-Range', `bytes ${range.start}-${range.end}/${audio.size}`)
        .header('Content-Length', range.end - range.start + 1)
        .send(createReadStream(path, { start: range.start, end: range.end }));
    },
  );

  app.post(
    '/api/v1/webhook_endpoints/:id/test',
    { schema: { summary: 'Send a signed test event (a sample analysis.completed message) to an endpoint', tags: ['webhooks'], params: KeyIdParams, response: errors } },
    async (req, reply) => reply.status(202).send(await sendEndpointTestEvent(ctx, req.caller, (req.params as { id: string }).id)),
  );

  const tags = ['api_keys'];
  app.get('/api/v1/api_keys', { schema: { summary: "The account's API keys in this mode (hints only, never hashes)", tags, response: errors } }, (req) =>
    listApiKeys(ctx, req.caller),
  );
  app.post('/api/v1/api_keys', { schema: { summary: 'Create an API key (the key is shown once, in this answer)', tags, response: errors } }, async (req, reply) =>
    reply.status(201).send(await createAccountApiKey(ctx, req.caller)),
  );
  app.delete('/api/v1/api_keys/:id', { schema: { summary: 'Revoke an API key', tags, params: KeyIdParams, response: errors } }, async (req) => {
    const revoked = await revokeApiKey(ctx, req.caller, (req.params as { id: string }).id);
    app.forgetApiKey(revoked.id);
    return revoked;
  });
}
