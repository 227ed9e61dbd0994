// Public API of the analysis engine (re-exported by @callcov/core).
export { analyseCall } from './analyseCall.ts';
export { computeQualityMetrics, METRIC_THRESHOLDS } from './computeQualityMetrics.ts';
export type { QualityMetricsOptions } from './computeQualityMetrics.ts';
export { detectLanguage } from './detectLanguage.ts';
export { detectPii, redactTexts, PII_TAGS } from './detectPii.ts';
export type { PiiFinding, PiiSpan } from './detectPii.ts';
export { scoreSentiment } from './scoreSentiment.ts';
export { isLuhnValid, isPlausibleCardNumber, isValidDni, isValidNie, isValidIban } from './validators.ts';
export { COMPLIANCE_DEFAULT } from './packs/complianceDefault.ts';
export { COMPLIANCE_COLLECTIONS } from './packs/complianceCollections.ts';
export { SCORECARD_DEFAULT } from './packs/scorecardDefault.ts';
export { BUILT_IN_POLICIES, BUILT_IN_SCORECARDS } from './packs/builtInPacks.ts';
export { policyDocumentProblems, scorecardDocumentProblems } from './documentProblems.ts';
export type { DocumentProblem } from './documentProblems.ts';
export { localClockFromMetadata } from './evaluatePolicy.ts';
export { buildLlmEnrichmentRequest, applyLlmEnrichment, LlmCoachingRefinementSchema } from './llmEnrichment.ts';
export type { LlmCoachingRefinement } from './llmEnrichment.ts';
export * from './schemas.ts';
