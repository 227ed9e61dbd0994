/** Request parameter and wrapper types written by hand; every response object is generated from core's TypeBox schemas. */
export type * from './generated/types.ts';
import type { PolicyDocument, ScorecardDocument, WebhookEndpointAuth, WebhookEndpointFilter, WebhookEventType, WebhookPayloadMode } from './generated/types.ts';

export interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}

/** An endpoint's own settings (DESIGN.md §1.5b); null clears one. */
export interface WebhookEndpointSettings {
  events?: WebhookEventType[];
  enabled?: boolean;
  /** Only analyses matching every field given. */
  filter?: WebhookEndpointFilter | null;
  payload?: WebhookPayloadMode;
  /** Added to every attempt; stored encrypted, read back masked (send a masked value back unchanged to keep it). */
  headers?: Record<string, string> | null;
  auth?: WebhookEndpointAuth | null;
  /** mTLS: PEM certificate and key presented to the receiver. */
  client_certificate?: { cert: string; key: string } | null;
  timeout_ms?: number | null;
  rate_limit_per_minute?: number | null;
}

export interface WebhookEndpointCreateParams extends WebhookEndpointSettings {
  url: string;
  description?: string;
}

export interface WebhookEndpointUpdateParams extends WebhookEndpointSettings {
  url?: string;
  description?: string | null;
}

export interface DeletedObject {
  id: string;
  object: string;
  deleted: true;
}

/** A policy or scorecard as the API returns it: the latest (or requested) version, with its document. */
export interface AnalysisDocumentObject<K extends 'policy' | 'scorecard', D> {
  object: K;
  id: string;
  version: number;
  name: string;
  built_in: boolean;
  /** Used by analyses that name no policy_id / scorecard_id. */
  default: boolean;
  document: D;
}
export type Policy = AnalysisDocumentObject<'policy', PolicyDocument>;
export type Scorecard = AnalysisDocumentObject<'scorecard', ScorecardDocument>;
/** The body to create a document: everything but `version` (the server numbers versions); `id` optional. */
export type DocumentCreateParams<D> = Omit<D, 'version' | 'id'> & { id?: string };
export type DocumentVersionParams<D> = Omit<D, 'version' | 'id'>;
