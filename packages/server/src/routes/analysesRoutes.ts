import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import {
  AnalysisIdParams,
  ApiError,
  CreateAnalysisBody,
  ErrorObject,
  invalidRequest,
  ListAnalysesQuery,
  type CreateAnalysisBody as CreateAnalysisBodyT,
  type ListAnalysesQuery as ListAnalysesQueryT,
} from '@callcov/core';
import { BlobTooLargeError } from '@callcov/blobs';
import { deleteAnalysis, exportAnalyses, getAnalysis, listAnalyses, submitAnalysis, type ServiceContext, type SubmitInput } from '@callcov/services';
import { compileBodyValidator, validationError } from '../plugins/validation.ts';

const validateBody = compileBodyValidator(CreateAnalysisBody);
const { limit: _limit, starting_after: _startingAfter, ...listFilters } = ListAnalysesQuery.properties;
const ExportAnalysesQuery = Type.Object(
  { ...listFilters, format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('ndjson')], { default: 'csv' })) },
  { additionalProperties: false },
);
const JSON_FIELDS = new Set(['transcript', 'metadata', 'channels']);
const errors = { '4xx': Type.Ref('Error'), '5xx': Type.Ref('Error') };
const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,255}$/;

function idempotencyKeyOf(request: FastifyRequest): string | null {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return null;
  const key = Array.isArray(raw) ? raw[0]! : raw;
  if (!IDEMPOTENCY_KEY_RE.test(key)) {
    throw invalidRequest('invalid_idempotency_key', 'Idempotency-Key must be 1-255 printable ASCII characters without spaces.', 'Idempotency-Key');
  }
  return key;
}

const isMalformedMultipart = (err: unknown): boolean =>
  err instanceof Error && (/unexpected end|malformed|boundary|multipart|part header/i.test(err.message) || /^FST_(INVALID_MULTIPART|PARTS|FILES|FIELDS)/.test(String((err as { code?: unknown }).code)));

/** Reads a multipart form: the `audio` file is streamed to the blob store, other parts are the JSON body's fields. */
async function readMultipart(ctx: ServiceContext, request: FastifyRequest): Promise<Pick<SubmitInput, 'body' | 'upload'>> {
  const fields: Record<string, unknown> = {};
  let upload: SubmitInput['upload'] = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'audio') {
          part.file.resume();
          throw invalidRequest('parameter_unknown', `File part '${part.fieldname}' is not known; upload the recording as 'audio'.`, part.fieldname);
        }
        if (upload) throw invalidRequest('multiple_inputs', 'Upload only one audio file.', 'audio');
        try {
          const stored = await ctx.blobs.put(part.file, { maxBytes: ctx.config.maxUploadBytes });
          if (part.file.truncated) throw new BlobTooLargeError(ctx.config.maxUploadBytes);
          upload = { ...stored, filename: part.filename || null };
        } catch (err) {
          if (err instanceof BlobTooLargeError) {
            throw invalidRequest('file_too_large', `The audio file is larger than the ${ctx.config.maxUploadBytes}-byte limit.`, 'audio', 413);
          }
          throw err;
        }
        if (upload.size === 0) throw invalidRequest('empty_file', 'The uploaded audio file is empty.', 'audio');
        continue;
      }
      const name = part.fieldname;
      const value = String(part.value);
      if (name in fields) throw invalidRequest('duplicate_parameter', `${name} was given more than once.`, name);
      if (JSON_FIELDS.has(name)) {
        try {
          fields[name] = JSON.parse(value);
        } catch {
          throw invalidRequest('invalid_json', `${name} must be a JSON value.`, name);
        }
      } else if (name === 'redact_pii') {
        if (value !== 'true' && value !== 'false') throw invalidRequest('invalid_parameter', 'redact_pii must be true or false.', name);
        fields[name] = value === 'true';
      } else {
        fields[name] = value;
      }
    }
    if (!validateBody(fields)) throw validationError(validateBody.errors ?? [], 'body');
    return { body: fields as CreateAnalysisBodyT, upload };
  } catch (err) {
    if (upload) await ctx.blobs.delete(upload.key);
    // the multipart parser's own complaints (cut-off body, bad part headers) are the client's, not ours
    if (!(err instanceof ApiError) && isMalformedMultipart(err)) {
      throw invalidRequest('invalid_multipart', `The multipart/form-data body is malformed (${(err as Error).message}).`);
    }
    throw err;
  }
}

export function analysesRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post(
    '/api/v1/analysis',
    {
      schema: {
        summary: 'Submit a call for analysis',
        description:
          'JSON body, or multipart/form-data with an `audio` file part and the same fields (JSON-valued fields as JSON text). Exactly one of audio_url, an uploaded file, or transcript. Optional Idempotency-Key header (24 h).',
        tags: ['analyses'],
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 255 })) }),
        body: CreateAnalysisBody,
        response: { 202: Type.Ref('Analysis'), ...errors },
      },
      // multipart bodies are validated after parsing, against the same schema
      validatorCompiler: (route) => (route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : compileBodyValidator(route.schema as object)) as any,
      preValidation: async (request) => {
        if (request.isMultipart()) return;
        if (!validateBody(request.body)) throw validationError(validateBody.errors ?? [], 'body');
      },
    },
    async (request, reply) => {
      const idempotencyKey = idempotencyKeyOf(request);
      const input = request.isMultipart()
        ? await readMultipart(ctx, request)
        : { body: request.body as CreateAnalysisBodyT, upload: null };
      const result = await submitAnalysis(ctx, request.caller, { ...input, idempotencyKey });
      if (result.replayed) reply.header('Idempotent-Replayed', 'true');
      return reply.status(result.statusCode).type('application/json').send(result.body);
    },
  );

  app.get(
    '/api/v1/analysis',
    {
      schema: {
        summary: 'List analyses, newest first',
        tags: ['analyses'],
        querystring: ListAnalysesQuery,
        response: { 200: Type.Ref('AnalysisList'), ...errors },
      },
    },
    async (request, reply) =>
      reply.type('application/json').send(await listAnalyses(ctx, request.caller, request.query as ListAnalysesQueryT)),
  );

  app.get(
    '/api/v1/analysis/export',
    {
      schema: {
        summary: 'Export analyses as CSV or NDJSON (one row per analysis), for spreadsheets and BI tools',
        description:
          'The list filters, newest first, every matching analysis (streamed). Columns: id, status, created, completed_at (ISO 8601 UTC), agent_id, contact_id, language, duration_seconds, compliance_status, compliance_score, quality_score, failed_checks (`;`-separated), error_code, livemode.',
        tags: ['analyses'],
        querystring: ExportAnalysesQuery,
        response: {
          200: {
            description: 'CSV with a header line (format=csv), or one JSON object per line (format=ndjson).',
            content: { 'text/csv': { schema: Type.String() }, 'application/x-ndjson': { schema: Type.String() } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { format = 'csv', ...filters } = request.query as ListAnalysesQueryT & { format?: 'csv' | 'ndjson' };
      const lines = exportAnalyses(ctx, request.caller, filters, format);
      // the first page is read before answering, so a bad filter is still a proper error response
      const first = await lines.next();
      async function* all() {
        if (!first.done) yield first.value;
        yield* lines;
      }
      const day = new Date(ctx.now()).toISOString().slice(0, 10);
      reply.header('Content-Disposition', `attachment; filename="callcov-analyses-${day}.${format === 'csv' ? 'csv' : 'ndjson'}"`);
      return reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson').send(Readable.from(all()));
    },
  );

  app.get(
    '/api/v1/analysis/:id',
    {
      schema: {
        summary: 'Retrieve an analysis',
        description:
          'Answers with an `ETag` that changes whenever the analysis does; poll with `If-None-Match: <etag>` to get `304 Not Modified` (no body) while nothing changed.',
        tags: ['analyses'],
        params: AnalysisIdParams,
        response: { 200: Type.Ref('Analysis'), 304: Type.Null({ description: 'Not modified since the ETag in If-None-Match.' }), ...errors },
      },
    },
    async (request, reply) => {
      const ifNoneMatch = request.headers['if-none-match'];
      const { body, etag } = await getAnalysis(ctx, request.caller, (request.params as { id: string }).id, ifNoneMatch);
      reply.header('etag', etag);
      if (body === null) return reply.code(304).send();
      return reply.type('application/json').send(body);
    },
  );

  app.delete(
    '/api/v1/analysis/:id',
    {
      schema: {
        summary: 'Delete an analysis (audio, transcript and results)',
        tags: ['analyses'],
        params: AnalysisIdParams,
        response: { 200: Type.Ref('Analysis'), ...errors },
      },
    },
    async (request, reply) =>
      reply.type('application/json').send(await deleteAnalysis(ctx, request.caller, (request.params as { id: string }).id)),
  );
}

export { ErrorObject };
