import { Type, type Static } from '@sinclair/typebox';
import { Language, Metadata, Nullable, Speaker } from './common.ts';
import { CoachingResultSchema, ComplianceCheckSchema, ComplianceResultSchema, QualityResultSchema, ScorecardResultItemSchema } from '../analysis/schemas.ts';
import { ReviewSummary } from './reviews.ts';
import { HttpUrl } from '../clientUrl.ts';

export const TranscriptSegmentInput = Type.Object(
  {
    speaker: Speaker,
    text: Type.String({ maxLength: 20000 }),
    start: Type.Number({ minimum: 0, maximum: 4 * 3600 }),
    end: Type.Number({ minimum: 0, maximum: 4 * 3600 }),
    confidence: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1 }))),
  },
  { additionalProperties: false },
);
export type TranscriptSegmentInput = Static<typeof TranscriptSegmentInput>;

export const TranscriptInput = Type.Object(
  {
    segments: Type.Array(TranscriptSegmentInput, { minItems: 1, maxItems: 20000 }),
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);
export type TranscriptInput = Static<typeof TranscriptInput>;

export const ChannelMap = Type.Object(
  {
    agent: Type.Integer({ minimum: 0, maximum: 7 }),
    customer: Type.Integer({ minimum: 0, maximum: 7 }),
  },
  { additionalProperties: false, description: 'Which audio channel carries which speaker (stereo calls).' },
);


export const CreateAnalysisBody = Type.Object(
  {
    audio_url: Type.Optional(HttpUrl('An http(s) URL of the recording. Exactly one of audio_url, an uploaded `audio` file, or transcript.')),
    transcript: Type.Optional(TranscriptInput),
    agent_id: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    contact_id: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    webhook_url: Type.Optional(HttpUrl('Where the finished analysis is POSTed (signed).')),
    language: Type.Optional(Language),
    channels: Type.Optional(ChannelMap),
    policy_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    scorecard_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    redact_pii: Type.Optional(Type.Boolean()),
    metadata: Type.Optional(Metadata),
  },
  { additionalProperties: false, $id: 'CreateAnalysisRequest' },
);
export type CreateAnalysisBody = Static<typeof CreateAnalysisBody>;

/** A compliance check as the analysis object shows it: the engine's verdict and the latest human review (DESIGN.md §1.7). */
export const ReviewedComplianceCheck = Type.Object({ ...ComplianceCheckSchema.properties, review: Nullable(ReviewSummary) });
export const ReviewedComplianceResult = Type.Object({
  ...ComplianceResultSchema.properties,
  checks: Type.Array(ReviewedComplianceCheck),
  reviewed: Type.Boolean({ description: 'True once any check or scorecard item of this analysis has a human review.' }),
});
export const ReviewedScorecardItem = Type.Object({ ...ScorecardResultItemSchema.properties, review: Nullable(ReviewSummary) });
export const ReviewedQualityResult = Type.Object({ ...QualityResultSchema.properties, scorecard: Type.Array(ReviewedScorecardItem) });

export const AnalysisStatus = Type.Union(['queued', 'processing', 'completed', 'failed'].map((s) => Type.Literal(s)));
export type AnalysisStatus = 'queued' | 'processing' | 'completed' | 'failed';

export const TranscriptSegment = Type.Object({
  speaker: Speaker,
  text: Type.String(),
  start: Type.Number(),
  end: Type.Number(),
  confidence: Nullable(Type.Number()),
});

export const AnalysisObject = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    object: Type.Literal('analysis'),
    created: Type.Integer({ description: 'Unix seconds.' }),
    livemode: Type.Boolean(),
    status: AnalysisStatus,
    progress: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'While processing: 0..1.' })),
    call: Type.Object({ agent_id: Nullable(Type.String()), contact_id: Nullable(Type.String()) }),
    audio: Nullable(
      Type.Object({
        url: Nullable(Type.String()),
        duration_seconds: Nullable(Type.Number()),
        format: Nullable(Type.String()),
        channels: Nullable(Type.Integer()),
        sample_rate: Nullable(Type.Integer()),
      }),
    ),
    transcript: Nullable(
      Type.Object({ text: Type.String(), language: Nullable(Type.String()), segments: Type.Array(TranscriptSegment) }),
    ),
    results: Nullable(
      Type.Object({
        compliance: Nullable(ReviewedComplianceResult),
        quality: Nullable(ReviewedQualityResult),
        coaching: Nullable(CoachingResultSchema),
      }),
    ),
    error_code: Nullable(Type.String()),
    error_message: Nullable(Type.String()),
    webhook_url: Nullable(Type.String()),
    metadata: Type.Record(Type.String(), Type.Any()),
    completed_at: Nullable(Type.Integer({ description: 'Unix seconds.' })),
    deleted: Type.Boolean(),
  },
  { $id: 'Analysis' },
);
export type AnalysisObject = Static<typeof AnalysisObject>;

export const AnalysisList = Type.Object(
  { object: Type.Literal('list'), data: Type.Array(Type.Ref('Analysis')), has_more: Type.Boolean() },
  { $id: 'AnalysisList' },
);

export const ListAnalysesQuery = Type.Object(
  {
    status: Type.Optional(AnalysisStatus),
    agent_id: Type.Optional(Type.String({ maxLength: 200 })),
    contact_id: Type.Optional(Type.String({ maxLength: 200 })),
    failed_check: Type.Optional(Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9_-]+$', description: 'Only analyses where this compliance check failed.' })),
    created_gte: Type.Optional(Type.Integer({ minimum: 0, description: 'Unix seconds.' })),
    created_lte: Type.Optional(Type.Integer({ minimum: 0, description: 'Unix seconds.' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    starting_after: Type.Optional(Type.String({ maxLength: 100, description: 'An analysis id: the page after it.' })),
  },
  { additionalProperties: false },
);
export type ListAnalysesQuery = Static<typeof ListAnalysesQuery>;

export const AnalysisIdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
