export { LiveCallEvaluator, classifyRule, segmentProblem, NOTICE_DEADLINE_SECONDS } from './liveEvaluator.ts';
export type { LiveAlert, LiveCallOptions } from './liveEvaluator.ts';
