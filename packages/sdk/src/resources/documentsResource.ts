import type { Requester } from '../client.ts';
import type { AnalysisDocumentObject, DocumentCreateParams, DocumentVersionParams, List } from '../types.ts';

/** `/api/v1/policies` and `/api/v1/scorecards`: built-in and your own versioned documents. */
export class DocumentsResource<K extends 'policy' | 'scorecard', D> {
  readonly #request: Requester;
  readonly #path: string;
  constructor(request: Requester, path: 'policies' | 'scorecards') {
    this.#request = request;
    this.#path = `/api/v1/${path}`;
  }
  /** Built-in and your own, latest versions. */
  list(): Promise<List<AnalysisDocumentObject<K, D>>> {
    return this.#request({ method: 'GET', path: this.#path, retryable: true });
  }
  /** Version 1 of a new document. */
  create(params: DocumentCreateParams<D>): Promise<AnalysisDocumentObject<K, D>> {
    return this.#request({ method: 'POST', path: this.#path, json: params, retryable: false });
  }
  /** The latest version, or `{ version }`. */
  retrieve(id: string, params: { version?: number } = {}): Promise<AnalysisDocumentObject<K, D>> {
    return this.#request({ method: 'GET', path: `${this.#path}/${encodeURIComponent(id)}`, query: params, retryable: true });
  }
  /** A new version (analyses already done keep the version they used). */
  createVersion(id: string, params: DocumentVersionParams<D>): Promise<AnalysisDocumentObject<K, D>> {
    return this.#request({ method: 'POST', path: `${this.#path}/${encodeURIComponent(id)}/versions`, json: params, retryable: false });
  }
  /** Makes it the default for analyses that name none. */
  setDefault(id: string): Promise<AnalysisDocumentObject<K, D>> {
    return this.#request({ method: 'POST', path: `${this.#path}/${encodeURIComponent(id)}/default`, retryable: true });
  }
}
