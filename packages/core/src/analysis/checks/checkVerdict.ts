// What a built-in check detector returns: the verdict, the segments that prove it,
// how sure the engine is, and (when unsure) why a person should look at it.
import type { PolicyRule } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';

export type CheckStatus = 'passed' | 'failed' | 'not_applicable';

export interface CheckVerdict {
  status: CheckStatus;
  /** indices into pt.segments of the segments that prove the verdict, most telling first */
  evidence: number[];
  /** one or two sentences in the call's language */
  explanation: string;
  /** 0-1: how sure the engine is of this verdict */
  confidence: number;
  /** set when the verdict is uncertain and a person should review it (fuzzy/ASR-damaged evidence, conflicting signals) */
  uncertain?: string;
}

export type CheckDetector = (pt: PreparedTranscript, rule: PolicyRule) => CheckVerdict;
