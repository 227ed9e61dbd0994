import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from './common.ts';

/** Human review and calibration (DESIGN.md §1.7): supervisors confirm or correct the engine's verdicts. */

export const ReviewVerdict = Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('not_applicable')]);
export type ReviewVerdict = Static<typeof ReviewVerdict>;

export const CreateReviewBody = Type.Object(
  {
    check_id: Type.String({ minLength: 1, maxLength: 100, description: 'A compliance check id or a scorecard item id of the analysis.' }),
    status: ReviewVerdict,
    comment: Type.Optional(Type.String({ maxLength: 5000 })),
    reviewer: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false, $id: 'CreateReviewRequest' },
);
export type CreateReviewBody = Static<typeof CreateReviewBody>;

export const ReviewObject = Type.Object(
  {
    object: Type.Literal('review'),
    id: Type.String({ description: '`rev_` + 32 hex characters.' }),
    analysis_id: Type.String(),
    check_id: Type.String(),
    machine_status: ReviewVerdict,
    status: ReviewVerdict,
    comment: Nullable(Type.String()),
    reviewer: Nullable(Type.String()),
    created: Type.Integer({ description: 'Unix seconds.' }),
  },
  { $id: 'Review', description: 'One human verdict on one check or scorecard item of an analysis; the latest review of a check wins.' },
);
export type ReviewObject = Static<typeof ReviewObject>;

/** What the analysis object shows on a reviewed compliance check or scorecard item (`null` when none). */
export const ReviewSummary = Type.Object(
  {
    status: ReviewVerdict,
    comment: Nullable(Type.String()),
    reviewer: Nullable(Type.String()),
    created: Type.Integer({ description: 'Unix seconds.' }),
  },
  { description: 'The latest human review of this item.' },
);
export type ReviewSummary = Static<typeof ReviewSummary>;

export const CalibrationQuery = Type.Object(
  {
    since: Type.Optional(Type.Integer({ minimum: 0, description: 'Count only items whose latest review was made at or after this time (unix seconds).' })),
    until: Type.Optional(Type.Integer({ minimum: 0, description: 'The verdicts as they stood at this time (unix seconds): reviews made later are ignored.' })),
    check_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type CalibrationQuery = Static<typeof CalibrationQuery>;

export const CalibrationCheck = Type.Object({
  check_id: Type.String(),
  reviewed: Type.Integer({ description: 'Reviewed items (the latest review of each analysis and check).' }),
  agreed: Type.Integer({ description: 'Of them, where the human verdict equals the machine verdict.' }),
  agreement: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'agreed / reviewed.' })),
  machine_failed_human_passed: Type.Integer({ description: 'The machine said "failed", the human did not ("passed" or "not_applicable"): false positives.' }),
  machine_passed_human_failed: Type.Integer({ description: 'The human said "failed", the machine did not: false negatives.' }),
  precision: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'Of the machine\'s "failed", the share the human confirmed (null when the machine failed none).' })),
  recall: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'Of the human\'s "failed", the share the machine found (null when the human failed none).' })),
});
export type CalibrationCheck = Static<typeof CalibrationCheck>;

export const CalibrationObject = Type.Object(
  { object: Type.Literal('calibration'), checks: Type.Array(CalibrationCheck) },
  { $id: 'Calibration', description: 'How often the engine agrees with human reviewers, per check.' },
);
export type CalibrationObject = Static<typeof CalibrationObject>;

export const ReviewsExportQuery = Type.Object(
  {
    since: Type.Optional(Type.Integer({ minimum: 0, description: 'Only reviews made at or after this time (unix seconds).' })),
    until: Type.Optional(Type.Integer({ minimum: 0, description: 'Only reviews made at or before this time (unix seconds).' })),
  },
  { additionalProperties: false },
);
export type ReviewsExportQuery = Static<typeof ReviewsExportQuery>;

/** One line of GET /api/v1/reviews/export: a reviewed call in the evaluation format bench/analysis-eval reads. */
export const ReviewedCallCase = Type.Object(
  {
    id: Type.String({ description: 'The analysis id.' }),
    language: Type.Union([Type.Literal('en'), Type.Literal('es')]),
    policy: Nullable(Type.String({ description: 'The compliance policy id the call was analysed with.' })),
    metadata: Type.Record(Type.String(), Type.Any()),
    segments: Type.Array(
      Type.Object({ speaker: Type.Union([Type.Literal('Agent'), Type.Literal('Customer')]), text: Type.String(), start: Type.Number(), end: Type.Number(), confidence: Nullable(Type.Number()) }),
    ),
    expected: Type.Record(Type.String(), ReviewVerdict, { description: 'check id -> the latest human verdict.' }),
    labels: Type.Record(Type.String(), ReviewVerdict, { description: 'The same as `expected` (the name bench/analysis-eval reads).' }),
  },
  { $id: 'ReviewedCallCase' },
);
export type ReviewedCallCase = Static<typeof ReviewedCallCase>;
