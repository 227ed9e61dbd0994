import { CreateAnalysisBody, DeliveryExhaustedEvent, EndpointOperationalEvent } from '@callcov/core';
import { operationIdFor } from './operationIdFor.ts';

/**
 * What @fastify/swagger cannot say from the route schemas alone, added to its document once:
 * - an `operationId` on every operation (a route's own `schema.operationId` wins, the others get `operationIdFor`'s
 *   name, so new routes are named without anyone remembering to), unique across the document;
 * - the `Request-Id` header on every response;
 * - the multipart/form-data body of `POST /api/v1/analysis` (the same fields as the JSON body, from the same schema);
 * - the `webhooks` section: the events CallCov POSTs and the headers each attempt carries (DESIGN.md §1.5).
 * Pure: takes the generated document, returns a new one.
 */

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
/** When two routes derive the same name, the method that matches the verb keeps it (PATCH for update). */
const KEEPS_NAME: Record<string, number> = { get: 0, patch: 1, put: 2, delete: 3, post: 4 };
const JSON_FIELDS = new Set(['transcript', 'metadata', 'channels']);

type Json = Record<string, any>;

export const REQUEST_ID_HEADER = {
  description:
    'The id of this request: the one the server logs carry and error bodies repeat as `error.request_id`. A valid `X-Request-Id` sent by the client (1-128 letters, digits and `._:-/+=`) is used as is.',
  schema: { type: 'string', maxLength: 128, examples: ['req_7f3c2a9e4b1d4c6f8a0e2b5d9c1f3a7e'] },
};

/** The multipart form of a new analysis: an `audio` file part and the JSON body's fields as text parts. */
export function multipartAnalysisSchema(): Json {
  const json = JSON.parse(JSON.stringify(CreateAnalysisBody)) as Json;
  const properties: Json = {
    audio: { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream', description: 'The recording (WAV, MP3, FLAC, OGG/Opus, M4A/AAC, WebM).' },
  };
  for (const [name, schema] of Object.entries(json.properties as Json)) {
    if (JSON_FIELDS.has(name)) {
      properties[name] = { type: 'string', contentMediaType: 'application/json', contentSchema: schema, description: `${name} as JSON text.` };
    } else if (schema.type === 'boolean') {
      properties[name] = { type: 'string', enum: ['true', 'false'] };
    } else {
      properties[name] = schema;
    }
  }
  return { type: 'object', properties, additionalProperties: false };
}

const header = (description: string, schema: Json = { type: 'string' }, required = true) => ({ description, required, schema });

/** Headers on every webhook attempt (DESIGN.md §1.5). */
const WEBHOOK_HEADERS = {
  'X-CallCov-Signature': header('Hex HMAC-SHA256 of the raw body, keyed with the whole signing secret string (`whsec_…`) as UTF-8.', { type: 'string', pattern: '^[0-9a-f]{64}$' }),
  'webhook-id': header('Standard Webhooks message id (`msg_…`): the same on every retry and resend; deduplicate on it.'),
  'webhook-timestamp': header('Standard Webhooks: unix seconds of this attempt.', { type: 'string', pattern: '^[0-9]+$' }),
  'webhook-signature': header(
    'Standard Webhooks: `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, keyed with base64-decode(secret without `whsec_`); during a rotation one entry per valid secret, space separated.',
  ),
  'X-CallCov-Event': header('The event type.'),
  'X-CallCov-Delivery': header('The delivery id (`dlv_…`), as in GET /api/v1/analysis/{id}/deliveries.'),
  'X-CallCov-Attempt': header('1 for the first attempt, 2 for the first retry, …', { type: 'string', pattern: '^[0-9]+$' }),
};

const plain = (schema: unknown): Json => JSON.parse(JSON.stringify(schema)) as Json;
/** An endpoint event's body with `type` fixed to one event. */
const endpointEvent = (type: string): Json => {
  const body = plain(EndpointOperationalEvent);
  body.properties.type = { const: type };
  return body;
};
const PAYLOAD_MODES =
  " An endpoint with `payload: \"no_transcript\"` gets it with `transcript` and every evidence `quote` null; with `payload: \"thin\"`, `{id, object, status, created, completed_at, call, summary: {compliance_status, compliance_score, quality_score, failed_checks}, url}` (`url`: GET it for the full object). An endpoint's `filter` decides whether it gets the event at all.";

const WEBHOOK_EVENTS: Array<{ event: string; operationId: string; summary: string; description: string; body: Json }> = [
  {
    event: 'analysis.completed',
    operationId: 'analysisCompletedWebhook',
    summary: 'An analysis finished',
    description: `The analysis object, byte for byte what GET /api/v1/analysis/{id} returns at that moment.${PAYLOAD_MODES}`,
    body: { $ref: '#/components/schemas/Analysis' },
  },
  {
    event: 'analysis.failed',
    operationId: 'analysisFailedWebhook',
    summary: 'An analysis failed',
    description: `The analysis object with \`status: "failed"\`, \`error_code\` and \`error_message\`.${PAYLOAD_MODES}`,
    body: { $ref: '#/components/schemas/Analysis' },
  },
  {
    event: 'analysis.reviewed',
    operationId: 'analysisReviewedWebhook',
    summary: 'A reviewer confirmed or corrected a check',
    description: `The analysis object as GET returns it after the review (the check carries \`review\`).${PAYLOAD_MODES}`,
    body: { $ref: '#/components/schemas/Analysis' },
  },
  {
    event: 'endpoint.disabled',
    operationId: 'endpointDisabledWebhook',
    summary: 'A webhook endpoint was disabled',
    description: "Sent to the account's other enabled endpoints subscribed to it when every delivery to an endpoint failed for 5 days.",
    body: endpointEvent('endpoint.disabled'),
  },
  {
    event: 'endpoint.failing',
    operationId: 'endpointFailingWebhook',
    summary: 'A webhook endpoint started failing',
    description: "Sent to the account's other enabled endpoints subscribed to it at an endpoint's first failed attempt after a success; `data.last_attempt` says what happened.",
    body: endpointEvent('endpoint.failing'),
  },
  {
    event: 'endpoint.recovered',
    operationId: 'endpointRecoveredWebhook',
    summary: 'A failing webhook endpoint succeeded again',
    description: "Sent to the account's other enabled endpoints subscribed to it at the first successful attempt after failures.",
    body: endpointEvent('endpoint.recovered'),
  },
  {
    event: 'delivery.exhausted',
    operationId: 'deliveryExhaustedWebhook',
    summary: 'A delivery gave up',
    description:
      "The last retry of a delivery failed: `data` names the delivery, its analysis and its endpoint. Sent to the account's enabled endpoints subscribed to it (other than the one that failed). POST /api/v1/webhooks/recover sends such deliveries again.",
    body: plain(DeliveryExhaustedEvent),
  },
];

export function webhooksSection(): Json {
  const out: Json = {};
  for (const w of WEBHOOK_EVENTS) {
    out[w.event] = {
      post: {
        operationId: w.operationId,
        summary: w.summary,
        description: `${w.description} Retried after 1 min, 5 min, 15 min, 1 h and 6 h unless the receiver answers 2xx within 30 s; redirects are failures.`,
        tags: ['webhooks'],
        security: [],
        parameters: Object.entries({ ...WEBHOOK_HEADERS, 'X-CallCov-Event': { ...WEBHOOK_HEADERS['X-CallCov-Event'], schema: { const: w.event } } }).map(
          ([name, h]) => ({ name, in: 'header', ...h }),
        ),
        requestBody: { required: true, content: { 'application/json': { schema: w.body } } },
        responses: {
          '200': { description: 'Any 2xx acknowledges the delivery.' },
          '4XX': { description: 'Counted as a failure; the delivery is retried on the schedule.' },
          '5XX': { description: 'Counted as a failure; the delivery is retried on the schedule.' },
        },
      },
    };
  }
  return out;
}

export function completeOpenApiDocument(generated: Json): Json {
  const doc = JSON.parse(JSON.stringify(generated)) as Json;
  const operations: Array<{ path: string; method: string; op: Json }> = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Json)) {
    for (const method of METHODS) if (item[method]) operations.push({ path, method, op: item[method] });
  }
  // names: explicit ones first, then derived ones, the verb's own method first on a clash
  const taken = new Set(operations.map((o) => o.op.operationId).filter(Boolean));
  const unnamed = operations.filter((o) => !o.op.operationId).sort((a, b) => (KEEPS_NAME[a.method] ?? 9) - (KEEPS_NAME[b.method] ?? 9));
  for (const o of unnamed) {
    const base = operationIdFor(o.method, o.path);
    let name = base;
    if (taken.has(name)) name = `${base}Via${o.method[0]!.toUpperCase()}${o.method.slice(1)}`;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    o.op.operationId = name;
  }
  for (const { op } of operations) {
    for (const response of Object.values((op.responses ?? {}) as Json)) {
      if (response && typeof response === 'object' && !('$ref' in response)) {
        response.headers = { 'Request-Id': { $ref: '#/components/headers/RequestId' }, ...(response.headers ?? {}) };
      }
    }
  }
  const create = doc.paths?.['/api/v1/analysis']?.post;
  if (create?.requestBody?.content) {
    create.requestBody.content['multipart/form-data'] = {
      schema: multipartAnalysisSchema(),
      encoding: { audio: { contentType: 'audio/*, video/webm, application/octet-stream' } },
    };
  }
  doc.components = { ...(doc.components ?? {}), headers: { ...(doc.components?.headers ?? {}), RequestId: REQUEST_ID_HEADER } };
  doc.webhooks = { ...webhooksSection(), ...(doc.webhooks ?? {}) };
  return doc;
}

/** The document as served: `servers` names the origin the client reached (a self-hosted server has no fixed host). */
export function withServer(doc: Json, origin: string): Json {
  return { ...doc, servers: [{ url: origin, description: 'This CallCov server' }] };
}
