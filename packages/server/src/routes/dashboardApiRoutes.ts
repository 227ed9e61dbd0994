import { newId } from '@callcov/services';
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
import { checkClientUrl, HttpUrl, invalidRequest } from '@callcov/core';
import { addDelivery, getEndpoint, JOB_DELIVER_WEBHOOK, toDeliveryObject, webhookTargets } from '@callcov/webhooks';

/** Events `callcov trigger` / POST /api/v1/webhooks/test_events can send as samples. */
export const TEST_EVENTS = ['analysis.completed', 'analysis.failed'] as const;
export type TestEvent = (typeof TEST_EVENTS)[number];

/**
 * Pure: the body of a test event, a message about a sample analysis (metadata.test_event = true): `analysis.completed`
 * by default, or `analysis.failed` with an error code and message.
 */
export function sampleTestEventPayload(nowMs: number, livemode: boolean, event: TestEvent = 'analysis.completed'): string {
  const body = JSON.parse(sampleCompletedPayload(nowMs, livemode));
  if (event === 'analysis.failed') {
    Object.assign(body, { status: 'failed', transcript: null, results: null, error_code: 'audio_fetch_failed', error_message: 'audio_url returned HTTP 404 (test event)' });
  }
  return JSON.stringify(body);
}

function sampleCompletedPayload(nowMs: number, livemode: boolean): string {
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
        messageId: newId('msg_test'),
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

/**
 * Queues a signed sample event through the normal outbox and dispatcher (signature headers, retries and the attempt
 * log as for a real one): to `url`, to one endpoint, or else to every enabled endpoint subscribed to the event.
 */
async function sendTestEvents(ctx: ServiceContext, caller: FastifyRequest['caller'], input: { event?: TestEvent; url?: string; endpoint_id?: string }) {
  const event = input.event ?? 'analysis.completed';
  if (input.url !== undefined && input.endpoint_id !== undefined) throw invalidRequest('parameter_conflict', 'Give url or endpoint_id, not both.', 'endpoint_id');
  if (input.url !== undefined) {
    checkClientUrl(input.url, 'url', caller.mode);
  }
  const now = ctx.now();
  const payload = sampleTestEventPayload(now, caller.mode === 'live', event);
  const messageId = newId('msg_test');
  const endpoint = input.endpoint_id !== undefined ? await getEndpoint(ctx, caller, input.endpoint_id) : null;
  const ids = await ctx.database.transaction(async (trx) => {
    const targets = endpoint ? [{ url: endpoint.url, endpointId: endpoint.id }] : await webhookTargets(trx, caller.accountId, caller.mode, event, input.url ?? null);
    if (targets.length === 0) {
      throw invalidRequest('no_webhook_target', `No enabled webhook endpoint subscribes to ${event}; pass url (callcov trigger --forward-to URL) or create one.`, 'url');
    }
    const out: string[] = [];
    for (const t of targets) {
      out.push(await addDelivery(trx, { accountId: caller.accountId, mode: caller.mode, analysisId: null, endpointId: t.endpointId, event, messageId, url: t.url, payload, trigger: 'manual' }, now));
    }
    return out;
  });
  ctx.jobAdded(JOB_DELIVER_WEBHOOK);
  const rows = await ctx.database.db.selectFrom('webhook_deliveries').selectAll().where('id', 'in', ids).execute();
  return { object: 'list' as const, data: rows.map((d) => toDeliveryObject(d, [])), has_more: false };
}

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
