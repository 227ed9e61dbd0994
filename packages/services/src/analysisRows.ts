import type { AnalysisRecord } from '@callcov/core';
import type { AnalysesTable } from '@callcov/db';
import type { Caller } from './serviceContext.ts';

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

/**
 * The public analysis JSON straight from a row, embedding the stored JSON columns as they are instead of parsing and
 * re-serialising them (they were written by JSON.stringify, so the bytes are identical to
 * `serializeAnalysis(rowToAnalysis(row))`, which a test checks). This is the hot path of GET and list.
 */
export function serializeAnalysisRow(r: AnalysesTable): string {
  const deleted = r.deleted_at !== null;
  const head = JSON.stringify({
    id: r.id,
    object: 'analysis',
    created: Math.floor(r.created_at / 1000),
    livemode: r.mode === 'live',
    status: r.status,
    progress: r.status === 'processing' ? r.progress : null,
    call: { agent_id: r.agent_id, contact_id: r.contact_id },
  });
  const raw = (text: string | null) => (deleted || text === null ? 'null' : text);
  const tail = JSON.stringify({
    error_code: r.error_code,
    error_message: r.error_message,
    webhook_url: r.webhook_url,
  });
  return (
    `${head.slice(0, -1)},"audio":${raw(r.audio_json)},"transcript":${raw(r.transcript_json)},"results":${raw(r.results_json)},` +
    `${tail.slice(1, -1)},"metadata":${deleted ? '{}' : r.metadata_json},"completed_at":${r.completed_at === null ? 'null' : Math.floor(r.completed_at / 1000)},"deleted":${deleted}}`
  );
}

type NewAnalysisFields = Pick<AnalysesTable, 'id' | 'status' | 'language' | 'input_kind'> & Partial<Omit<AnalysesTable, 'account_id' | 'mode' | 'created_at' | 'updated_at'>>;

/** A new analysis row of `caller` created at `now`: nothing processed yet, every optional field empty unless given. */
export function newAnalysisRow(caller: Pick<Caller, 'accountId' | 'mode'>, now: number, fields: NewAnalysisFields): AnalysesTable {
  return {
    account_id: caller.accountId,
    mode: caller.mode,
    progress: null,
    agent_id: null,
    contact_id: null,
    webhook_url: null,
    channels_json: null,
    policy_id: null,
    scorecard_id: null,
    redact_pii: 0,
    metadata_json: '{}',
    input_json: null,
    audio_blob: null,
    audio_json: null,
    transcript_json: null,
    results_json: null,
    failed_checks: null,
    error_code: null,
    error_message: null,
    completed_at: null,
    deleted_at: null,
    ...fields,
    created_at: now,
    updated_at: now,
  };
}
