import { Type } from '@sinclair/typebox';

/** Response bodies of routes whose objects have no public schema in @callcov/core (documentation and serialization). */

export const DeletedObject = (object: string) =>
  Type.Object({ id: Type.String(), object: Type.Literal(object), deleted: Type.Literal(true) }, { description: `The deleted ${object}.` });

export const WebhookEndpointList = Type.Object({ object: Type.Literal('list'), data: Type.Array(Type.Ref('WebhookEndpoint')), has_more: Type.Boolean() });

const apiKeyProperties = {
  id: Type.String(),
  object: Type.Literal('api_key'),
  hint: Type.String({ description: 'The first 8 and last 4 characters of the key.' }),
  livemode: Type.Boolean(),
  created: Type.Integer({ description: 'Unix seconds.' }),
  last_used_at: Type.Union([Type.Integer(), Type.Null()]),
  revoked_at: Type.Union([Type.Integer(), Type.Null()]),
  current: Type.Boolean({ description: 'True for the key making this request.' }),
};
export const ApiKeyObject = Type.Object(apiKeyProperties);
export const NewApiKeyObject = Type.Object({ ...apiKeyProperties, key: Type.String({ description: 'The key itself: shown in this answer only.' }) });
export const ApiKeyList = Type.Object({ object: Type.Literal('list'), data: Type.Array(ApiKeyObject), has_more: Type.Boolean() });

/** A policy or scorecard as the API shows it: its latest (or asked-for) version and whether it is the default. */
export const DocumentObject = (kind: 'policy' | 'scorecard') =>
  Type.Object({
    object: Type.Literal(kind),
    id: Type.String(),
    version: Type.Integer({ minimum: 1 }),
    name: Type.String(),
    built_in: Type.Boolean(),
    default: Type.Boolean({ description: "True when analyses without an explicit id use this one." }),
    document: Type.Unsafe<unknown>({ description: `The ${kind} document itself: the request body of POST /api/v1/${kind === 'policy' ? 'policies' : 'scorecards'} plus id and version.` }),
  });
export const DocumentList = (kind: 'policy' | 'scorecard') => Type.Object({ object: Type.Literal('list'), data: Type.Array(DocumentObject(kind)), has_more: Type.Boolean() });

export const BinaryAudio = {
  description: 'The stored recording (206 with Content-Range for a Range request).',
  content: { 'audio/*': { schema: { type: 'string', format: 'binary' } } },
};

export const EventStream = {
  description: 'Server-Sent Events: `event: analysis.completed|analysis.failed`, `data: {"type", "webhook_id", "body": <analysis>}`, `id` to resume with Last-Event-ID.',
  content: { 'text/event-stream': { schema: { type: 'string' } } },
};
