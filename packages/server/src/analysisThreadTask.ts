// Runs in a worker thread of the analysis pool (see analysisThreads.ts): the deterministic engine, nothing else.
import { analyseCall, type AnalyseCallInput, type AnalyseCallOutput } from '@callcov/core/analysis';

export default function analyseInThread(input: AnalyseCallInput): AnalyseCallOutput {
  return analyseCall(input);
}
