// TypeBox schemas (and their static types) for the analysis engine's inputs,
// outputs and configurable documents (policies, scorecards). The server reuses
// these for request validation and OpenAPI; shapes follow DESIGN.md §1.4.
import { Type } from '@sinclair/typebox';
import type { Static, TSchema } from '@sinclair/typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const SpeakerSchema = Type.Union([Type.Literal('Agent'), Type.Literal('Customer')]);
export type Speaker = Static<typeof SpeakerSchema>;

export const AnalysisLanguageSchema = Type.Union([Type.Literal('en'), Type.Literal('es')]);
export type AnalysisLanguage = Static<typeof AnalysisLanguageSchema>;

export const RequestedLanguageSchema = Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('auto')]);
export type RequestedLanguage = Static<typeof RequestedLanguageSchema>;

export const WordTimingSchema = Type.Object({
  word: Type.String(),
  start: Type.Number(),
  end: Type.Number(),
  confidence: Type.Optional(Type.Number()),
});
export type WordTiming = Static<typeof WordTimingSchema>;

export const TranscriptSegmentSchema = Type.Object({
  speaker: SpeakerSchema,
  text: Type.String(),
  start: Type.Number({ minimum: 0 }),
  end: Type.Number({ minimum: 0 }),
  confidence: Type.Optional(Nullable(Type.Number())),
  words: Type.Optional(Type.Array(WordTimingSchema)),
});
export type TranscriptSegment = Static<typeof TranscriptSegmentSchema>;

export const TimeIntervalSchema = Type.Object({ start: Type.Number(), end: Type.Number() });
export type TimeInterval = Static<typeof TimeIntervalSchema>;

export const EvidenceSchema = Type.Object({
  segment: Type.Integer({ minimum: 0, description: 'index into transcript.segments' }),
  speaker: SpeakerSchema,
  start: Type.Number(),
  end: Type.Number(),
  quote: Type.String(),
});
export type Evidence = Static<typeof EvidenceSchema>;

export const SeveritySchema = Type.Union([Type.Literal('critical'), Type.Literal('major'), Type.Literal('minor')]);
export type Severity = Static<typeof SeveritySchema>;

// ---------------------------------------------------------------- documents

/** A set of alternative phrasings; the group matches when any alternative does.
 * Phrases may hold `*` (1-3 arbitrary words) and `{placeholder}` filled from metadata
 * (e.g. `{company_name}`, `{agent_name}`); an alternative whose placeholder is missing is skipped.
 * `{name}` is not a placeholder but a slot for one or two name-like words ("this is {name}", "soy {name}"). */
export const PhraseGroupSchema = Type.Object({
  label: Type.String(),
  any_of: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  speaker: Type.Optional(Type.Union([SpeakerSchema, Type.Literal('any')])),
});
export type PhraseGroup = Static<typeof PhraseGroupSchema>;

export const PhrasesByLanguageSchema = Type.Object({
  en: Type.Optional(Type.Array(PhraseGroupSchema)),
  es: Type.Optional(Type.Array(PhraseGroupSchema)),
});
export type PhrasesByLanguage = Static<typeof PhrasesByLanguageSchema>;

export const TimeWindowSchema = Type.Object({
  first_seconds: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
  last_seconds: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
  before_event: Type.Optional(Type.String({ description: 'id of a policy event; the phrase must occur before it' })),
  when_event_absent: Type.Optional(Type.Union([Type.Literal('not_applicable'), Type.Literal('whole_call')])),
});
export type TimeWindow = Static<typeof TimeWindowSchema>;

export const LocalisedTextSchema = Type.Object({ en: Type.String(), es: Type.String() });
export type LocalisedText = Static<typeof LocalisedTextSchema>;

export const CoachingHintSchema = Type.Object({
  skill: Type.Optional(Type.String()),
  recommendation: LocalisedTextSchema,
  example_phrase: LocalisedTextSchema,
});
export type CoachingHint = Static<typeof CoachingHintSchema>;

export const DetectorNameSchema = Type.Union([
  Type.Literal('pci_card_data'),
  Type.Literal('pii_exposure'),
  Type.Literal('prohibited_language'),
  Type.Literal('call_time_window'),
  Type.Literal('recording_disclosure'),
  Type.Literal('agent_identification'),
  Type.Literal('identity_verification'),
  Type.Literal('mini_miranda'),
  Type.Literal('data_protection_information'),
  Type.Literal('threats'),
]);
export type DetectorName = Static<typeof DetectorNameSchema>;

export const PolicyRuleSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z][a-z0-9_]*$' }),
  title: LocalisedTextSchema,
  category: Type.String(),
  severity: SeveritySchema,
  auto_fail: Type.Optional(Type.Boolean()),
  kind: Type.Union([Type.Literal('require_phrases'), Type.Literal('forbid_phrases'), Type.Literal('detector')]),
  speaker: Type.Optional(Type.Union([SpeakerSchema, Type.Literal('any')])),
  phrases: Type.Optional(PhrasesByLanguageSchema),
  window: Type.Optional(TimeWindowSchema),
  min_similarity: Type.Optional(Type.Number({ minimum: 0.5, maximum: 1 })),
  detector: Type.Optional(DetectorNameSchema),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  coaching: Type.Optional(CoachingHintSchema),
});
export type PolicyRule = Static<typeof PolicyRuleSchema>;

export const PolicyEventSchema = Type.Object({
  id: Type.String(),
  speaker: Type.Optional(Type.Union([SpeakerSchema, Type.Literal('any')])),
  phrases: PhrasesByLanguageSchema,
});
export type PolicyEvent = Static<typeof PolicyEventSchema>;

export const PolicyDocumentSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  version: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  description: Type.Optional(Type.String()),
  events: Type.Optional(Type.Array(PolicyEventSchema)),
  rules: Type.Array(PolicyRuleSchema, { minItems: 1 }),
});
export type PolicyDocument = Static<typeof PolicyDocumentSchema>;

export const ScorecardItemSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z][a-z0-9_]*$' }),
  title: LocalisedTextSchema,
  weight: Type.Number({ minimum: 0 }),
  kind: Type.Union([
    Type.Literal('phrase_groups'), // score = share of groups matched
    Type.Literal('phrase_count'), // score = min(1, matches / params.target) - interruption penalty
    Type.Literal('empathy'), // empathy phrases, judged against customer negativity
    Type.Literal('hold_etiquette'), // permission before / thanks after each hold
    Type.Literal('closing'), // "anything else?" and thanks in the last part of the call, never the opening
    Type.Literal('detector'), // a built-in check detector (params.detector), scored 1 passed / 0 failed, the same verdict as the compliance check
  ]),
  speaker: Type.Optional(Type.Union([SpeakerSchema, Type.Literal('any')])),
  phrases: PhrasesByLanguageSchema,
  window: Type.Optional(TimeWindowSchema),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  coaching: CoachingHintSchema,
});
export type ScorecardItem = Static<typeof ScorecardItemSchema>;

export const ScorecardDocumentSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  version: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  description: Type.Optional(Type.String()),
  items: Type.Array(ScorecardItemSchema, { minItems: 1 }),
});
export type ScorecardDocument = Static<typeof ScorecardDocumentSchema>;

// ---------------------------------------------------------------- results

export const ComplianceCheckSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  category: Type.String(),
  severity: SeveritySchema,
  status: Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('not_applicable')]),
  evidence: Type.Array(EvidenceSchema),
  explanation: Type.String(),
  confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'how sure the engine is of this verdict' })),
});
export type ComplianceCheck = Static<typeof ComplianceCheckSchema>;

export const PiiTypeSchema = Type.Union([
  Type.Literal('card_number'),
  Type.Literal('card_cvv'),
  Type.Literal('card_expiry'),
  Type.Literal('ssn'),
  Type.Literal('dni'),
  Type.Literal('nie'),
  Type.Literal('iban'),
  Type.Literal('email'),
  Type.Literal('phone'),
]);
export type PiiType = Static<typeof PiiTypeSchema>;

export const PiiDetectionSchema = Type.Object({
  type: PiiTypeSchema,
  segment: Type.Integer({ minimum: 0 }),
  start: Type.Number(),
  end: Type.Number(),
});
export type PiiDetection = Static<typeof PiiDetectionSchema>;

export const ReviewReasonSchema = Type.Object({ check_id: Type.String(), reason: Type.String() });
export type ReviewReason = Static<typeof ReviewReasonSchema>;

export const ComplianceResultSchema = Type.Object({
  score: Type.Number({ minimum: 0, maximum: 100 }),
  status: Type.Union([Type.Literal('pass'), Type.Literal('fail'), Type.Literal('review')]),
  policy: Type.Object({ id: Type.String(), version: Type.Integer() }),
  checks: Type.Array(ComplianceCheckSchema),
  // optional only so that analyses stored before it existed still validate; the engine always sets it
  review_reasons: Type.Optional(Type.Array(ReviewReasonSchema, { description: 'why the status is "review": the uncertain checks (empty otherwise)' })),
  pii: Type.Object({ detected: Type.Array(PiiDetectionSchema), redacted: Type.Boolean() }),
});
export type ComplianceResult = Static<typeof ComplianceResultSchema>;

export const ScorecardResultItemSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  weight: Type.Number(),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  /** pass/fail items (closing) say so; "not_applicable" scores 1 so that it does not lower the quality score */
  status: Type.Optional(Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('not_applicable')])),
  evidence: Type.Array(EvidenceSchema),
  explanation: Type.String(),
});
export type ScorecardResultItem = Static<typeof ScorecardResultItemSchema>;

export const SpeakerSentimentSchema = Type.Object({
  overall: Type.Number({ minimum: -1, maximum: 1 }),
  by_quarter: Type.Array(Type.Number({ minimum: -1, maximum: 1 }), { minItems: 4, maxItems: 4 }),
});
export type SpeakerSentiment = Static<typeof SpeakerSentimentSchema>;

const TimedSpanSchema = Type.Object({ start: Type.Number(), end: Type.Number(), seconds: Type.Number() });

export const QualityMetricsSchema = Type.Object({
  talk_time: Type.Object({ agent_seconds: Type.Number(), customer_seconds: Type.Number(), agent_ratio: Type.Number() }),
  silence: Type.Object({
    total_seconds: Type.Number(),
    ratio: Type.Number(),
    longest_seconds: Type.Number(),
    instances: Type.Array(TimeIntervalSchema),
  }),
  interruptions: Type.Object({ agent: Type.Array(TimeIntervalSchema), customer: Type.Array(TimeIntervalSchema) }),
  overtalk_seconds: Type.Number(),
  words_per_minute: Type.Object({ agent: Type.Number(), customer: Type.Number() }),
  sentiment: Type.Object({
    agent: SpeakerSentimentSchema,
    customer: SpeakerSentimentSchema,
    customer_trend: Type.Union([Type.Literal('improving'), Type.Literal('steady'), Type.Literal('worsening')]),
  }),
  // extra fields (beyond DESIGN §1.4's minimum)
  duration_seconds: Type.Number(),
  response_latency: Type.Object({
    agent: Type.Object({ mean_seconds: Nullable(Type.Number()), max_seconds: Nullable(Type.Number()), count: Type.Integer() }),
    customer: Type.Object({ mean_seconds: Nullable(Type.Number()), max_seconds: Nullable(Type.Number()), count: Type.Integer() }),
  }),
  longest_monologue: Type.Object({ agent: Nullable(TimedSpanSchema), customer: Nullable(TimedSpanSchema) }),
  hold_events: Type.Array(TimedSpanSchema),
  segment_sentiment: Type.Array(Type.Number({ minimum: -1, maximum: 1 })),
});
export type QualityMetrics = Static<typeof QualityMetricsSchema>;

export const QualityResultSchema = Type.Object({
  score: Type.Number({ minimum: 0, maximum: 100 }),
  scorecard: Type.Array(ScorecardResultItemSchema),
  scorecard_ref: Type.Object({ id: Type.String(), version: Type.Integer() }),
  metrics: QualityMetricsSchema,
});
export type QualityResult = Static<typeof QualityResultSchema>;

export const CoachingResultSchema = Type.Object({
  summary: Type.String(),
  strengths: Type.Array(Type.Object({ skill: Type.String(), detail: Type.String(), evidence: Type.Array(EvidenceSchema) })),
  opportunities: Type.Array(
    Type.Object({
      skill: Type.String(),
      priority: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
      recommendation: Type.String(),
      example_phrase: Type.String(),
      evidence: Type.Array(EvidenceSchema),
    }),
  ),
  focus_area: Nullable(Type.String()),
});
export type CoachingResult = Static<typeof CoachingResultSchema>;

export const AnalysisResultsSchema = Type.Object({
  compliance: ComplianceResultSchema,
  quality: QualityResultSchema,
  coaching: CoachingResultSchema,
});
export type AnalysisResults = Static<typeof AnalysisResultsSchema>;

export const AnalyseCallInputSchema = Type.Object({
  segments: Type.Array(TranscriptSegmentSchema),
  language: RequestedLanguageSchema,
  silences: Type.Optional(Type.Array(TimeIntervalSchema)),
  durationSeconds: Type.Optional(Nullable(Type.Number({ minimum: 0 }))),
  policy: Type.Optional(PolicyDocumentSchema),
  scorecard: Type.Optional(ScorecardDocumentSchema),
  redactPii: Type.Optional(Type.Boolean()),
  metadata: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type AnalyseCallInput = Static<typeof AnalyseCallInputSchema>;

export const AnalyseCallOutputSchema = Type.Object({
  language: AnalysisLanguageSchema,
  results: AnalysisResultsSchema,
  segments: Type.Array(TranscriptSegmentSchema),
  text: Type.String(),
});
export type AnalyseCallOutput = Static<typeof AnalyseCallOutputSchema>;
