import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { PolicyDocumentSchema, ScorecardDocumentSchema } from '@callcov/core/analysis';
import { DocumentList, DocumentObject } from '../openApi/responseSchemas.ts';
import { addDocumentVersion, createDocument, getDocument, listDocuments, setDefaultDocument, type DocumentKind, type ServiceContext } from '@callcov/services';

const errors = { '4xx': Type.Ref('Error'), '5xx': Type.Ref('Error') };
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** `/api/v1/policies` and `/api/v1/scorecards`: list, create, get (latest or ?version=), new version, make default. */
export function documentsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const groups: Array<{ kind: DocumentKind; path: string; schema: typeof PolicyDocumentSchema | typeof ScorecardDocumentSchema }> = [
    { kind: 'policy', path: 'policies', schema: PolicyDocumentSchema },
    { kind: 'scorecard', path: 'scorecards', schema: ScorecardDocumentSchema },
  ];
  for (const { kind, path, schema } of groups) {
    const tags = [path];
    const createBody = Type.Composite([Type.Omit(schema, ['id', 'version']), Type.Object({ id: Type.Optional(Type.String({ maxLength: 64 })) })]);
    const versionBody = Type.Omit(schema, ['id', 'version']);
    const one = DocumentObject(kind);
    app.get(`/api/v1/${path}`, { schema: { summary: `List ${path} (built-in and yours, latest versions)`, tags, response: { 200: DocumentList(kind), ...errors } } }, (req) =>
      listDocuments(ctx, req.caller, kind),
    );
    app.post(`/api/v1/${path}`, { schema: { summary: `Create a ${kind} (version 1)`, tags, body: createBody, response: { 201: one, ...errors } } }, async (req, reply) =>
      reply.status(201).send(await createDocument(ctx, req.caller, kind, req.body as never)),
    );
    app.get(
      `/api/v1/${path}/:id`,
      { schema: { summary: `Retrieve a ${kind} (latest version, or ?version=N)`, tags, params: IdParams, querystring: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }), response: { 200: one, ...errors } } },
      (req) => getDocument(ctx, req.caller, kind, (req.params as { id: string }).id, (req.query as { version?: number }).version),
    );
    app.post(`/api/v1/${path}/:id/versions`, { schema: { summary: `Add a new version of a ${kind}`, tags, params: IdParams, body: versionBody, response: { 201: one, ...errors } } }, async (req, reply) =>
      reply.status(201).send(await addDocumentVersion(ctx, req.caller, kind, (req.params as { id: string }).id, req.body as never)),
    );
    app.post(`/api/v1/${path}/:id/default`, { schema: { summary: `Make this ${kind} the account's default`, tags, params: IdParams, response: { 200: one, ...errors } } }, (req) =>
      setDefaultDocument(ctx, req.caller, kind, (req.params as { id: string }).id),
    );
  }
}
