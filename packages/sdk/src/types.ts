/** Types of objects whose server side has no TypeBox schema yet (deliveries, endpoints, secrets): written from the API's answers. */
export type * from './generated/types.ts';
import type { PolicyDocument, ScorecardDocument } from './generated/types.ts';

export type WebhookEventType = 'analysis.completed' | 'analysis.failed' | 'endpoint.disabled';

export interface WebhookAttempt {
  attempt: number;
  /** Unix seconds (fractional). */
  started_at: number;
  url: string;
  status_code: number | null;
  duration_ms: number;
  response_body: string | null;
  error_class: string | null;
  error_message: string | null;
  succeeded: boolean;
  next_attempt_at: number | null;
}

export interface WebhookDelivery {
  id: string;
  object: 'webhook_delivery';
  analysis_id: string | null;
  endpoint_id: string | null;
  event: WebhookEventType;
  webhook_id: string;
  url: string;
  status: 'pending' | 'succeeded' | 'failed';
  trigger: 'automatic' | 'manual';
  attempt_count: number;
  next_attempt_at: number | null;
  created: number;
  attempts: WebhookAttempt[];
}

export interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}

export interface WebhookSecret {
  object: 'webhook_secret';
  /** `whsec_...`: the current signing secret. */
  secret: string;
  created: number;
  /** Rotated-out secrets that still sign (a second `v1,` entry) until `expires_at`. */
  previous: Array<{ secret: string; created: number; expires_at: number }>;
}

export interface WebhookEndpoint {
  id: string;
  object: 'webhook_endpoint';
  url: string;
  events: WebhookEventType[];
  enabled: boolean;
  description: string | null;
  failing_since: number | null;
  disabled_reason: string | null;
  created: number;
  livemode: boolean;
}

export interface WebhookEndpointCreateParams {
  url: string;
  events?: WebhookEventType[];
  enabled?: boolean;
  description?: string;
}

export interface WebhookEndpointUpdateParams {
  url?: string;
  events?: WebhookEventType[];
  enabled?: boolean;
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
