import type { Requester } from '../client.ts';
import { requestRaw, type HttpClientOptions } from '../httpClient.ts';
import type { Calibration, CalibrationParams, CreateReviewParams, List, Review, ReviewedCallCase } from '../types.ts';

const enc = encodeURIComponent;

/** A raw (non-JSON) GET, for the NDJSON export. */
export type RawGetter = (path: string, query: Record<string, string | number | undefined>, signal?: AbortSignal) => Promise<string>;

export const makeRawGetter = (http: HttpClientOptions): RawGetter => async (path, query, signal) =>
  (await requestRaw(http, { method: 'GET', path, query, retryable: true, signal })).text;

/** Human review of verdicts (DESIGN.md §1.7): confirm or correct a compliance check or scorecard item. */
export class ReviewsResource {
  readonly #request: Requester;
  readonly #raw: RawGetter;
  constructor(request: Requester, raw: RawGetter) {
    this.#request = request;
    this.#raw = raw;
  }

  /** Records a reviewer's verdict on one check (`check_id`) of a completed analysis; the latest review of a check wins. */
  create(analysisId: string, params: CreateReviewParams): Promise<Review> {
    return this.#request({ method: 'POST', path: `/api/v1/analysis/${enc(analysisId)}/reviews`, json: params, retryable: false });
  }

  /** Every review of an analysis, oldest first. */
  list(analysisId: string): Promise<List<Review>> {
    return this.#request({ method: 'GET', path: `/api/v1/analysis/${enc(analysisId)}/reviews`, retryable: true });
  }

  /** The latest reviews that disagree with the engine, newest first. */
  disagreements(params: CalibrationParams & { limit?: number } = {}): Promise<List<Review>> {
    return this.#request({ method: 'GET', path: '/api/v1/reviews/disagreements', query: params, retryable: true });
  }

  /** The reviewed calls as NDJSON text (one call per line, the bench/analysis-eval case format). */
  exportNdjson(params: { since?: number; until?: number } = {}, signal?: AbortSignal): Promise<string> {
    return this.#raw('/api/v1/reviews/export', params, signal);
  }

  /** The reviewed calls, parsed: `{id, language, policy, metadata, segments, expected, labels}` each. */
  async export(params: { since?: number; until?: number } = {}, signal?: AbortSignal): Promise<ReviewedCallCase[]> {
    const text = await this.exportNdjson(params, signal);
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as ReviewedCallCase);
  }
}

/** How often the engine agrees with reviewers, per check. */
export class CalibrationResource {
  readonly #request: Requester;
  constructor(request: Requester) {
    this.#request = request;
  }

  /** Agreement, precision and recall of the engine's "failed" against the latest human verdicts (optionally a window and one check). */
  get(params: CalibrationParams = {}): Promise<Calibration> {
    return this.#request({ method: 'GET', path: '/api/v1/calibration', query: params, retryable: true });
  }
}
