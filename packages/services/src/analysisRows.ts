import type { AnalysisRecord } from '@callcov/core';
import type { AnalysesTable } from '@callcov/db';

const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export function rowToAnalysis(r: AnalysesTable): AnalysisRecord {
  return {
    id: r.id,
    accountId: r.account_id,
    livemode: r.mode === 'live',
    status: r.status,
    progress: r.progress,
    agentId: r.agent_id,
    contactId: r.contact_id,
    webhookUrl: r.webhook_url,
    language: r.language as AnalysisRecord['language'],
    channels: parse(r.channels_json),
    policyId: r.policy_id,
    scorecardId: r.scorecard_id,
    redactPii: r.redact_pii === 1,
    metadata: parse<Record<string, unknown>>(r.metadata_json) ?? {},
    inputKind: r.input_kind as AnalysisRecord['inputKind'],
    audio: parse(r.audio_json),
    transcript: parse(r.transcript_json),
    results: parse(r.results_json),
    errorCode: r.error_code,
    errorMessage: r.error_message,
    createdAt: r.created_at,
    completedAt: r.completed_at,
    deletedAt: r.deleted_at,
  };
}
