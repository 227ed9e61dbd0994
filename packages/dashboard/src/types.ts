// The public objects the dashboard reads (DESIGN.md §1.3-1.5). Everything the analysis engine may not fill yet is nullable.

export type AnalysisStatus = 'queued' | 'processing' | 'completed' | 'failed';

export interface Segment {
  speaker: string;
  text: string;
  start: number;
  end: number;
  confidence?: number | null;
}

export interface Evidence {
  segment?: number | null;
  speaker?: string | null;
  start?: number | null;
  end?: number | null;
  quote?: string | null;
}

export interface ComplianceCheck {
  id: string;
  title: string;
  category?: string;
  severity?: 'critical' | 'major' | 'minor';
  status: 'passed' | 'failed' | 'not_applicable';
  evidence?: Evidence[] | null;
  explanation?: string | null;
}

export interface Compliance {
  score: number | null;
  status: 'pass' | 'fail' | 'review' | null;
  policy?: { id: string; version: string | number } | null;
  checks?: ComplianceCheck[] | null;
  pii?: { detected: Array<{ type: string; segment: number; start: number; end: number }>; redacted: boolean } | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface SpeakerSentiment {
  overall: number | null;
  by_quarter: number[] | null;
}

export interface QualityMetrics {
  talk_time?: { agent_seconds: number; customer_seconds: number; agent_ratio: number | null } | null;
  silence?: { total_seconds: number; ratio: number | null; longest_seconds: number; instances: Span[] } | null;
  interruptions?: { agent: Span[]; customer: Span[] } | null;
  overtalk_seconds?: number | null;
  words_per_minute?: { agent: number | null; customer: number | null } | null;
  sentiment?: { agent: SpeakerSentiment | null; customer: SpeakerSentiment | null; customer_trend?: string | null } | null;
}

export interface ScorecardItem {
  id: string;
  title: string;
  weight: number;
  score: number | null;
  evidence?: Evidence[] | Evidence | null;
  explanation?: string | null;
}

export interface Quality {
  score: number | null;
  scorecard: ScorecardItem[] | null;
  metrics: QualityMetrics | null;
}

export interface CoachingItem {
  skill: string;
  detail?: string;
  priority?: 'high' | 'medium' | 'low';
  recommendation?: string;
  example_phrase?: string;
  evidence?: Evidence[] | Evidence | null;
}

export interface Coaching {
  summary: string | null;
  strengths: CoachingItem[] | null;
  opportunities: CoachingItem[] | null;
  focus_area: string | null;
}

export interface Analysis {
  id: string;
  object: 'analysis';
  created: number;
  livemode: boolean;
  status: AnalysisStatus;
  progress?: number | null;
  call: { agent_id: string | null; contact_id: string | null };
  audio: { url: string | null; duration_seconds: number | null; format: string | null; channels: number | null; sample_rate: number | null } | null;
  transcript: { text: string; language: string | null; segments: Segment[] } | null;
  results: { compliance: Compliance | null; quality: Quality | null; coaching: Coaching | null } | null;
  error_code?: string | null;
  error_message: string | null;
  webhook_url: string | null;
  metadata: Record<string, unknown>;
  completed_at: number | null;
  deleted?: boolean;
}

export interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}

export interface Attempt {
  attempt: number;
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

export interface Delivery {
  id: string;
  analysis_id: string | null;
  endpoint_id: string | null;
  event: string;
  webhook_id: string;
  url: string;
  status: 'pending' | 'succeeded' | 'failed';
  trigger: 'automatic' | 'manual';
  attempt_count: number;
  next_attempt_at: number | null;
  created: number;
  attempts: Attempt[];
}

export interface Endpoint {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  description: string | null;
  failing_since: number | null;
  disabled_reason: string | null;
  created: number;
}

export interface WebhookSecret {
  secret: string;
  created: number;
  previous: Array<{ secret: string; created: number; expires_at: number }>;
}

export interface AgentStats {
  agent_id: string;
  calls: number;
  completed: number;
  failed: number;
  in_progress: number;
  avg_quality_score: number | null;
  compliance_pass_rate: number | null;
  compliance_evaluated: number;
  avg_duration_seconds: number | null;
  avg_customer_sentiment: number | null;
  top_failed_checks: Array<{ id: string; title: string; count: number }>;
  first_call: number;
  last_call: number;
  trend: Array<{ day: string; calls: number; avg_quality_score: number | null; compliance_pass_rate: number | null }>;
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
export interface AnalysisDocument {
  object: 'policy' | 'scorecard';
  id: string;
  version: number;
  name: string;
  built_in: boolean;
  default: boolean;
  document: {
    id: string;
    version: number;
    name: string;
    description?: string;
    rules?: Array<{ id: string; title: string | { en: string; es?: string } }>;
    items?: Array<{ id: string; title: string | { en: string; es?: string } }>;
    [key: string]: unknown;
  };
}
