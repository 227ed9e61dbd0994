import type { Requester } from '../client.ts';
import type { RawGetter } from './reviewsResource.ts';
import { CallCovError, CallCovTimeoutError } from '../errors.ts';
import { sleep } from '../retryDelay.ts';
import { platform, randomId } from '../platform.ts';
import { buildCountedMultipart, buildFormData, toBlob, type UploadSource } from '../uploadBody.ts';
import type { Analysis, AnalysisList, CreateAnalysisParams, ListAnalysesParams } from '../types.ts';

export interface CreateAnalysisInput extends CreateAnalysisParams {
  /** The recording to upload: a Blob/File, bytes, a Web or Node stream, or (Node entry) a file path. */
  file?: UploadSource | string;
  /** The upload's file name (defaults to the path's base name or "audio"). */
  filename?: string;
}

export interface RequestOptions {
  /** Sent as `Idempotency-Key`; one is generated when omitted, so retried creates never make duplicates. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
  /** Upload progress in bytes (uploads only; streams the multipart body). */
  onUploadProgress?: (sentBytes: number, totalBytes: number) => void;
}

export interface WaitForOptions {
  /** Give up after this many ms (CallCovTimeoutError). Default 10 minutes. */
  timeout?: number;
  /** First poll interval; grows x1.5 up to `maxIntervalMs`. Default 500 ms. */
  intervalMs?: number;
  maxIntervalMs?: number;
  /** Called after every poll with the latest object (status, progress). */
  onProgress?: (analysis: Analysis) => void;
  signal?: AbortSignal;
}

/** `list()`: await it for the first page, or `for await` it for every analysis across pages. */
export type AnalysisListing = Promise<AnalysisList> & AsyncIterable<Analysis>;

const basename = (p: string) => p.split(/[\\/]/).pop() || 'audio';
const enc = encodeURIComponent;

export class AnalysesResource {
  readonly #request: Requester;
  readonly #raw: RawGetter | null;
  constructor(request: Requester, raw: RawGetter | null = null) {
    this.#request = request;
    this.#raw = raw;
  }

  /**
   * Every analysis matching the list filters as CSV (with a header line) or NDJSON: id, status, created, completed_at,
   * agent_id, contact_id, language, duration_seconds, compliance_status/score, quality_score, failed_checks, error_code.
   */
  export(params: Omit<ListAnalysesParams, 'limit' | 'starting_after'> & { format?: 'csv' | 'ndjson' } = {}, options: Pick<RequestOptions, 'signal'> = {}): Promise<string> {
    if (!this.#raw) throw new CallCovError({ message: 'export needs the CallCov client (new CallCov(...).analyses).' });
    return this.#raw('/api/v1/analysis/export', params as Record<string, string | number | undefined>, options.signal);
  }

  /** Submits a call: `audio_url`, a `file` to upload, or a `transcript`. Retries safely (automatic Idempotency-Key). */
  async create(input: CreateAnalysisInput, options: RequestOptions = {}): Promise<Analysis> {
    const { file, filename, ...fields } = input;
    const headers = { 'idempotency-key': options.idempotencyKey ?? randomId() };
    const common = { method: 'POST' as const, path: '/api/v1/analysis', headers, retryable: true, signal: options.signal, timeoutMs: options.timeoutMs, maxRetries: options.maxRetries };
    if (file === undefined) return this.#request<Analysis>({ ...common, json: fields });
    let blob: Blob;
    let name = filename;
    if (typeof file === 'string') {
      if (!platform.readPath) throw new CallCovError({ message: 'Uploading from a file path needs Node.js (import "@callcov/sdk/node"); pass a Blob or stream elsewhere.' });
      blob = await platform.readPath(file);
      name ??= basename(file);
    } else {
      blob = await toBlob(file);
      name ??= (file as { name?: string }).name ?? 'audio';
    }
    const onProgress = options.onUploadProgress;
    return this.#request<Analysis>({
      ...common,
      timeoutMs: options.timeoutMs ?? 10 * 60_000,
      body: onProgress
        ? () => {
            const m = buildCountedMultipart(fields, blob, name!, onProgress);
            return { body: m.body, contentType: m.contentType, duplex: true };
          }
        : () => ({ body: buildFormData(fields, blob, name!) }),
    });
  }

  retrieve(id: string, options: Pick<RequestOptions, 'signal' | 'timeoutMs'> = {}): Promise<Analysis> {
    return this.#request<Analysis>({ method: 'GET', path: `/api/v1/analysis/${enc(id)}`, retryable: true, ...options });
  }

  /** Removes audio, transcript and results; answers the object with `deleted: true`. */
  del(id: string, options: Pick<RequestOptions, 'signal' | 'timeoutMs'> = {}): Promise<Analysis> {
    return this.#request<Analysis>({ method: 'DELETE', path: `/api/v1/analysis/${enc(id)}`, retryable: true, ...options });
  }

  /**
   * One page (`await`), or every analysis newest first across pages (`for await`). The first page is requested at once
   * and reused by the iterator.
   */
  list(params: ListAnalysesParams = {}): AnalysisListing {
    const page = (p: ListAnalysesParams) => this.#request<AnalysisList>({ method: 'GET', path: '/api/v1/analysis', query: { ...p }, retryable: true });
    const first = page(params);
    first.catch(() => {}); // the error surfaces to whoever awaits or iterates, never as an unhandled rejection
    return Object.assign(first, {
      async *[Symbol.asyncIterator]() {
        let res = await first;
        for (;;) {
          yield* res.data;
          if (!res.has_more || res.data.length === 0) return;
          res = await page({ ...params, starting_after: res.data[res.data.length - 1]!.id });
        }
      },
    });
  }

  /** Polls (with backoff) until the analysis is completed or failed, and returns it. For callers that cannot receive webhooks. */
  async waitFor(id: string, options: WaitForOptions = {}): Promise<Analysis> {
    const { timeout = 10 * 60_000, intervalMs = 500, maxIntervalMs = 5000, onProgress, signal } = options;
    const deadline = Date.now() + timeout;
    let interval = intervalMs;
    for (;;) {
      const analysis = await this.retrieve(id, { signal });
      onProgress?.(analysis);
      if (analysis.status === 'completed' || analysis.status === 'failed') return analysis;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new CallCovTimeoutError({ message: `Analysis ${id} was still ${analysis.status} after ${timeout} ms`, code: 'wait_timeout', raw: analysis });
      }
      await sleep(Math.min(interval, left), signal);
      interval = Math.min(maxIntervalMs, interval * 1.5);
    }
  }
}
