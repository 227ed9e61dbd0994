/** A reason an analysis failed that the client should see (`error_code`, `error_message`): bad input, not a crash. */
export class AnalysisFailure extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'AnalysisFailure';
    this.code = code;
  }
}

export const isAnalysisFailure = (e: unknown): e is AnalysisFailure =>
  e instanceof AnalysisFailure ||
  (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AnalysisFailure' && typeof (e as { code?: unknown }).code === 'string');
