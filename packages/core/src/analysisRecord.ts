import type { AnalysisObject, AnalysisStatus } from './schemas/analysis.ts';

export type InputKind = 'audio_url' | 'upload' | 'transcript';
export type LanguageChoice = 'en' | 'es' | 'auto';

export interface AudioInfo {
  url: string | null;
  duration_seconds: number | null;
  format: string | null;
  channels: number | null;
  sample_rate: number | null;
}

export interface TranscriptData {
  text: string;
  language: string | null;
  segments: Array<{ speaker: 'Agent' | 'Customer'; text: string; start: number; end: number; confidence: number | null }>;
}

export interface AnalysisResults {
  compliance: unknown;
  quality: unknown;
  coaching: unknown;
}

/** An analysis as the services see it (camelCase, milliseconds); `toAnalysisObject` turns it into the public shape. */
export interface AnalysisRecord {
  id: string;
  accountId: string;
  livemode: boolean;
  status: AnalysisStatus;
  progress: number | null;
  agentId: string | null;
  contactId: string | null;
  webhookUrl: string | null;
  language: LanguageChoice;
  channels: { agent: number; customer: number } | null;
  policyId: string | null;
  scorecardId: string | null;
  redactPii: boolean;
  metadata: Record<string, unknown>;
  inputKind: InputKind;
  audio: AudioInfo | null;
  transcript: TranscriptData | null;
  results: AnalysisResults | null;
  errorCode: string | null;
  errorMessage: string | null;
  createdAt: number;
  completedAt: number | null;
  deletedAt: number | null;
}

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** The public analysis object, keys in a fixed order: GET bodies and webhook bodies are these bytes. */
export function toAnalysisObject(r: AnalysisRecord): AnalysisObject {
  const deleted = r.deletedAt !== null;
  return {
    id: r.id,
    object: 'analysis',
    created: seconds(r.createdAt),
    livemode: r.livemode,
    status: r.status,
    progress: r.status === 'processing' ? r.progress : null,
    call: { agent_id: r.agentId, contact_id: r.contactId },
    audio: deleted ? null : r.audio,
    transcript: deleted ? null : r.transcript,
    results: deleted ? null : (r.results as AnalysisObject['results']),
    error_code: r.errorCode,
    error_message: r.errorMessage,
    webhook_url: r.webhookUrl,
    metadata: deleted ? {} : r.metadata,
    completed_at: r.completedAt === null ? null : seconds(r.completedAt),
    deleted,
  };
}

export const serializeAnalysis = (r: AnalysisRecord): string => JSON.stringify(toAnalysisObject(r));

const NEXT: Record<AnalysisStatus, readonly AnalysisStatus[]> = {
  queued: ['processing', 'failed'],
  processing: ['processing', 'completed', 'failed'],
  completed: [],
  failed: [],
};

/** queued -> processing -> completed | failed, never back. */
export const canMoveTo = (from: AnalysisStatus, to: AnalysisStatus): boolean => NEXT[from].includes(to);

export const isFinal = (s: AnalysisStatus): boolean => s === 'completed' || s === 'failed';
