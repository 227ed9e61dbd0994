/** Request parameter and wrapper types written by hand; every response object is generated from core's TypeBox schemas. */
export type * from './generated/types.ts';
import type { PolicyDocument, ScorecardDocument, WebhookEventType } from './generated/types.ts';

export interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
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
