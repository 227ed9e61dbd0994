/** Row types of every table (one migration set serves SQLite and PostgreSQL). Times are unix milliseconds. */

export interface AccountsTable {
  id: string;
  name: string;
  created_at: number;
}

export interface ApiKeysTable {
  id: string;
  account_id: string;
  mode: 'test' | 'live';
  key_hash: string;
  key_hint: string;
  created_at: number;
  revoked_at: number | null;
  last_used_at: number | null;
}

export interface WebhookSecretsTable {
  id: string;
  account_id: string;
  mode: 'test' | 'live';
  secret: string;
  created_at: number;
  /** null while current; set to the end of the overlap window when rotated out. */
  expires_at: number | null;
}

export interface AnalysesTable {
  id: string;
  account_id: string;
  mode: 'test' | 'live';
  status: 'queued' | 'processing' | 'completed' | 'failed';
  progress: number | null;
  agent_id: string | null;
  contact_id: string | null;
  webhook_url: string | null;
  language: string;
  channels_json: string | null;
  policy_id: string | null;
  scorecard_id: string | null;
  redact_pii: number;
  metadata_json: string;
  input_kind: string;
  /** A submitted transcript, kept until processing has used it. */
  input_json: string | null;
  audio_blob: string | null;
  audio_json: string | null;
  transcript_json: string | null;
  results_json: string | null;
  /** ",id,id," of the compliance checks that failed (null until completed), for the failed_check filter. */
  failed_checks?: string | null;
  /** A live call in progress: when its connection was last heard from; null otherwise (DESIGN.md §1.8). */
  live_seen_at?: number | null;
  error_code: string | null;
  error_message: string | null;
  created_at: number;
  completed_at: number | null;
  deleted_at: number | null;
  updated_at: number;
}

export interface IdempotencyKeysTable {
  account_id: string;
  mode: string;
  idem_key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: number;
}

export interface JobsTable {
  id: string;
  type: string;
  payload: string;
  status: 'pending' | 'running' | 'failed';
  run_at: number;
  attempts: number;
  max_attempts: number;
  claimed_by: string | null;
  lease_until: number | null;
  last_error: string | null;
  created_at: number;
}

export interface Tables {
  accounts: AccountsTable;
  api_keys: ApiKeysTable;
  webhook_secrets: WebhookSecretsTable;
  analyses: AnalysesTable;
  idempotency_keys: IdempotencyKeysTable;
  jobs: JobsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  webhook_rate_buckets: WebhookRateBucketsTable;
  echo_requests: EchoRequestsTable;
  analysis_documents: AnalysisDocumentsTable;
  account_defaults: AccountDefaultsTable;
  analysis_reviews: AnalysisReviewsTable;
}

/** One human review of one compliance check or scorecard item (all kept; the latest of a check wins). */
export interface AnalysisReviewsTable {
  /** `rev_` + a time-ordered uuid in hex: later reviews sort later. */
  id: string;
  account_id: string;
  mode: 'test' | 'live';
  analysis_id: string;
  check_id: string;
  kind: 'compliance' | 'scorecard';
  machine_status: 'passed' | 'failed' | 'not_applicable';
  status: 'passed' | 'failed' | 'not_applicable';
  comment: string | null;
  reviewer: string | null;
  created_at: number;
}

/** Versioned compliance policies and quality scorecards of an account (built-in packs live in code). */
export interface AnalysisDocumentsTable {
  account_id: string;
  mode: 'test' | 'live';
  kind: 'policy' | 'scorecard';
  doc_id: string;
  version: number;
  document_json: string;
  created_at: number;
}

export interface AccountDefaultsTable {
  account_id: string;
  mode: 'test' | 'live';
  kind: 'policy' | 'scorecard';
  doc_id: string;
  updated_at: number;
}

export interface WebhookEndpointsTable {
  id: string;
  account_id: string;
  mode: 'test' | 'live';
  url: string;
  events_json: string;
  enabled: number;
  description: string | null;
  /** Since when every delivery to this endpoint has failed (null after a success). */
  failing_since: number | null;
  disabled_reason: string | null;
  /** The endpoint's filter (JSON), null: every analysis. */
  filter_json: string | null;
  payload_mode: 'full' | 'no_transcript' | 'thin';
  /** Sealed JSON `{name: value}`. */
  headers_sealed: string | null;
  /** Sealed JSON of the auth object (OAuth2 client credentials). */
  auth_sealed: string | null;
  /** Sealed JSON `{cert, key}` (PEM) for mTLS. */
  client_cert_sealed: string | null;
  timeout_ms: number | null;
  rate_limit_per_minute: number | null;
  created_at: number;
  updated_at: number;
}

/** The token bucket of a rate-limited endpoint (thousandths of a token), shared by every dispatcher. */
export interface WebhookRateBucketsTable {
  endpoint_id: string;
  tokens_milli: number;
  updated_at: number;
}

/** One message to one destination (Svix's "destination status"): the payload bytes, stable webhook-id, state. */
export interface WebhookDeliveriesTable {
  id: string;
  account_id: string;
  mode: 'test' | 'live';
  analysis_id: string | null;
  endpoint_id: string | null;
  event: string;
  message_id: string;
  url: string;
  payload: string;
  status: 'pending' | 'succeeded' | 'failed';
  trigger: 'automatic' | 'manual';
  attempt_count: number;
  next_attempt_at: number | null;
  created_at: number;
  updated_at: number;
}

/** One HTTP try of a delivery. */
export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  attempt: number;
  started_at: number;
  url: string;
  status_code: number | null;
  duration_ms: number;
  response_body: string | null;
  error_class: string | null;
  error_message: string | null;
  succeeded: number;
  next_attempt_at: number | null;
}

export interface EchoRequestsTable {
  id: string;
  echo_id: string;
  received_at: number;
  headers_json: string;
  body: string;
  verification_json: string;
  /** Bytes of body and headers, for the echo service's storage cap. */
  size_bytes: number;
}
