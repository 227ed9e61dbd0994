import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AnalysisIdParams, CalibrationQuery, CreateReviewBody, ReviewsExportQuery, type CalibrationQuery as CalibrationQueryT, type CreateReviewBody as CreateReviewBodyT, type ReviewsExportQuery as ReviewsExportQueryT } from '@callcov/core';
import { createReview, exportReviewedCalls, getCalibration, listAnalysisReviews, listReviewDisagreements, type ServiceContext } from '@callcov/services';
import { enqueueReviewWebhooks } from '@callcov/webhooks';

const errors = { '4xx': Type.Ref('Error'), '5xx': Type.Ref('Error') };
const ReviewList = Type.Object({ object: Type.Literal('list'), data: Type.Array(Type.Ref('Review')), has_more: Type.Boolean() });
const DisagreementsQuery = Type.Object(
  { ...CalibrationQuery.properties, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
  { additionalProperties: false },
);

/** Human review and calibration (DESIGN.md §1.7). */
export function reviewsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const tags = ['reviews'];
  app.post(
    '/api/v1/analysis/:id/reviews',
    {
      schema: {
        summary: 'Confirm or correct the verdict of a compliance check or scorecard item',
        description: 'The latest review of a check wins; earlier ones stay in its history. Sends the `analysis.reviewed` webhook event.',
        tags,
        params: AnalysisIdParams,
        body: CreateReviewBody,
        response: { 201: Type.Ref('Review'), ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createReview(ctx, req.caller, (req.params as { id: string }).id, req.body as CreateReviewBodyT, (trx, analysis, review, now) => enqueueReviewWebhooks(trx, analysis, review, now, { publicUrl: ctx.config.publicUrl }))),
  );
  app.get(
    '/api/v1/analysis/:id/reviews',
    { schema: { summary: 'Every review of an analysis, oldest first', tags, params: AnalysisIdParams, response: { 200: ReviewList, ...errors } } },
    (req) => listAnalysisReviews(ctx, req.caller, (req.params as { id: string }).id),
  );
  app.get(
    '/api/v1/calibration',
    {
      schema: {
        summary: 'How often the engine agrees with reviewers, per check',
        description: 'Counts, for each analysis and check, its latest review made by `until` (the latest of all without it) when made at or after `since`; precision and recall are of the engine\'s "failed".',
        tags,
        querystring: CalibrationQuery,
        response: { 200: Type.Ref('Calibration'), ...errors },
      },
    },
    (req) => getCalibration(ctx, req.caller, req.query as CalibrationQueryT),
  );
  app.get(
    '/api/v1/reviews/disagreements',
    {
      schema: {
        summary: 'Latest reviews whose verdict differs from the engine\'s, newest first',
        tags,
        querystring: DisagreementsQuery,
        response: { 200: ReviewList, ...errors },
      },
    },
    (req) => listReviewDisagreements(ctx, req.caller, req.query as CalibrationQueryT & { limit?: number }),
  );
  app.get(
    '/api/v1/reviews/export',
    {
      schema: {
        summary: 'Reviewed calls as NDJSON in the evaluation format (bench/analysis-eval --cases)',
        description: 'One reviewed call per line: `{id, language, policy, metadata, segments, expected, labels}`, where `expected` and `labels` map each reviewed check to the latest human verdict. Content-Type application/x-ndjson.',
        tags,
        querystring: ReviewsExportQuery,
        response: { 200: { description: 'NDJSON, one ReviewedCallCase per line.', content: { 'application/x-ndjson': { schema: Type.Ref('ReviewedCallCase') } } }, ...errors },
      },
    },
    async (req, reply) => {
      const lines = exportReviewedCalls(ctx, req.caller, req.query as ReviewsExportQueryT);
      // the first page is read before answering, so a bad query or a database error is still a proper error response
      const first = await lines.next();
      async function* all() {
        if (!first.done) yield first.value;
        yield* lines;
      }
      return reply.type('application/x-ndjson').send(Readable.from(all()));
    },
  );
}
