// The public objects the dashboard reads (DESIGN.md §1.3-1.5). Analysis and webhook objects are the SDK's types,
// generated from the same TypeBox schemas as the API's validation and its OpenAPI document; what stays here are the
// dashboard-only endpoints' shapes.
import type { Analysis, Policy, Scorecard } from '@callcov/sdk';

export type { AgentStats, Analysis, Calibration, Evidence, List, QualityMetrics, Review, ReviewSummary } from '@callcov/sdk';
export type { WebhookAttempt as Attempt, WebhookDelivery as Delivery, WebhookEndpoint as Endpoint, WebhookSecret } from '@callcov/sdk';

/** One transcript segment. */
export type Segment = NonNullable<Analysis['transcript']>['segments'][number];

/** A stretch of time in the call, in seconds. */
export interface Span {
  start: number;
  end: number;
}

export interface ApiKey {
  id: string;
  hint: string;
  livemode: boolean;
  created: number;
  last_used_at: number | null;
  revoked_at: number | null;
  current: boolean;
  key?: string;
}

/** A compliance policy or a quality scorecard (GET /api/v1/policies, /api/v1/scorecards). */
export type AnalysisDocument = Policy | Scorecard;
