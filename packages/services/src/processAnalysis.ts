import { AnalysisFailure, isAnalysisFailure, withReviews, type AnalysisRecord, type AudioInfo, type TranscriptData, type TranscriptInput } from '@callcov/core';
import { completeJob, lastJobError, type Job } from '@callcov/queue';
import type { Db } from '@callcov/db';
import { isBlobNotFound, type BlobStore } from '@callcov/blobs';
import type { PolicyDocument, ScorecardDocument, TranscriptSegment } from '@callcov/core/analysis';
import { rowToAnalysis } from './analysisRows.ts';
import { resolveDocument } from './analysisDocuments.ts';
import type { ServiceContext } from './serviceContext.ts';

/** A transcript segment: the engine's own type (one declaration, in core). */
export type Segment = TranscriptSegment;

export interface TranscribedAudio {
  audio: Omit<AudioInfo, 'url'>;
  language: string;
  segments: Segment[];
  silences: Array<{ start: number; end: number }>;
  /** For the ASR real-time-factor metric. */
  asr?: { engine: string; processingSeconds: number };
}

export interface AnalysedCall {
  language: string;
  text: string;
  segments: TranscriptData['segments'];
  results: { compliance: unknown; quality: unknown; coaching: unknown };
}

/** The pipeline's steps, each `(input) -> output`; the composition root supplies them (audio steps may be absent). */
export interface AnalysisSteps {
  /** Turns a recording (a local file, or a URL to fetch first) into speaker segments. Absent = no ASR here. */
  transcribeAudio?: (input: {
    source: { kind: 'file'; path: string } | { kind: 'url'; url: string; livemode: boolean };
    channels: { agent: number; customer: number } | null;
    language: string;
    onProgress: (fraction: number) => void;
    /** Aborted when the worker shuts down or loses the job's lease: stop work, remove temporary files. */
    signal?: AbortSignal;
    /** The call's metadata and compliance policy: the recogniser is told the company names and phrases they contain. */
    metadata?: Record<string, unknown>;
    policy?: PolicyDocument;
  }) => Promise<TranscribedAudio>;
  analyse: (input: {
    segments: Segment[];
    language: string;
    silences: Array<{ start: number; end: number }> | null;
    durationSeconds: number | null;
    redactPii: boolean;
    metadata: Record<string, unknown>;
    policy: PolicyDocument;
    scorecard: ScorecardDocument;
  }) => Promise<AnalysedCall>;
}

/** What else must happen in the transaction that finalises an analysis (the webhook outbox). */
export type OnAnalysisFinal = (trx: Db, record: AnalysisRecord, now: number) => Promise<void>;

/** ",a,b," of the failed compliance checks (the list API's failed_check filter reads it). */
function failedChecksColumn(results: AnalysedCall['results']): string | null {
  const checks = (results.compliance as { checks?: Array<{ id: string; status: string }> } | null)?.checks;
  if (!checks) return null;
  const failed = checks.filter((c) => c.status === 'failed').map((c) => c.id);
  return failed.length ? `,${failed.join(',')},` : ',';
}

/** The failure of an upload whose recording this worker cannot read: clear, final, never a retry loop. */
export function storedAudioMissing(blobs: Pick<BlobStore, 'kind' | 'location'>, key: string | null): AnalysisFailure {
  const where =
    blobs.kind === 'file'
      ? `this worker's blob folder ${blobs.location}: uploads are stored on the disk of the API process that received them, so every role must run on one host or share that folder (a shared volume), or use object storage (CALLCOV_BLOB_URL=s3://bucket/prefix)`
      : `${blobs.location} (deleted, or the API process stored it elsewhere: CALLCOV_BLOB_URL and CALLCOV_S3_ENDPOINT must be the same on every process)`;
  return new AnalysisFailure('stored_audio_missing', `the uploaded recording${key ? ` (blob ${key})` : ''} was not found in ${where}`);
}

/** After this many claims of the same analysis job (each one a crashed or killed worker), give up with a clear reason. */
const MAX_PROCESSING_ATTEMPTS = 3;

export async function processAnalysisJob(
  ctx: ServiceContext,
  steps: AnalysisSteps,
  onFinal: OnAnalysisFinal,
  job: Job,
  workerId: string,
  signal?: AbortSignal,
): Promise<void> {
  const { analysis_id: id } = job.payload as { analysis_id: string };
  const db = ctx.database.db;
  const row = await db.selectFrom('analyses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at !== null || row.status === 'completed' || row.status === 'failed') {
    await completeJob(db, job.id, workerId);
    return;
  }
  const finish = async (
    outcome:
      | { status: 'completed'; transcript: TranscriptData; results: AnalysedCall['results']; audio: AudioInfo | null }
      | { status: 'failed'; code: string; message: string; audio?: AudioInfo | null },
  ) => {
    const now = ctx.now();
    await ctx.database.transaction(async (trx) => {
      const current = await trx.selectFrom('analyses').selectAll().where('id', '=', id).executeTakeFirst();
      if (current && current.deleted_at === null && current.status !== 'completed' && current.status !== 'failed') {
        const patch =
          outcome.status === 'completed'
            ? {
                status: 'completed' as const,
                transcript_json: JSON.stringify(outcome.transcript),
                // the review fields (DESIGN.md §1.7): `review: null` on every check and item until a supervisor reviews it
                results_json: JSON.stringify(withReviews(outcome.results)),
                failed_checks: failedChecksColumn(outcome.results),
                audio_json: outcome.audio ? JSON.stringify(outcome.audio) : current.audio_json,
              }
            : {
                status: 'failed' as const,
                error_code: outcome.code,
                error_message: outcome.message,
                audio_json: outcome.audio ? JSON.stringify(outcome.audio) : current.audio_json,
              };
        const updated = { ...current, ...patch, progress: null, input_json: null, completed_at: now, updated_at: now };
        await trx
          .updateTable('analyses')
          .set({ ...patch, progress: null, input_json: null, completed_at: now, updated_at: now })
          .where('id', '=', id)
          .execute();
        await onFinal(trx, rowToAnalysis(updated), now);
        ctx.logger.info(
          { analysis_id: id, status: outcome.status, error_code: outcome.status === 'failed' ? outcome.code : undefined, job_id: job.id, attempt: job.attempts },
          `analysis ${outcome.status}`,
        );
      }
      await completeJob(trx, job.id, workerId);
    });
  };

  if (job.attempts > MAX_PROCESSING_ATTEMPTS) {
    // an error thrown by a step is rescheduled with its message; only claims that ended in a dead worker have none
    const lastError = await lastJobError(db, job.id);
    await finish({
      status: 'failed',
      code: 'processing_interrupted',
      message: lastError
        ? `processing failed ${job.attempts - 1} times; giving up (last error: ${lastError.slice(0, 500)})`
        : `processing was interrupted ${job.attempts - 1} times (the worker stopped unexpectedly); giving up`,
    });
    return;
  }

  await db
    .updateTable('analyses')
    .set({ status: 'processing', progress: 0, updated_at: ctx.now() })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'processing'])
    .execute();

  let lastProgressWrite = 0;
  const onProgress = (fraction: number) => {
    const t = ctx.now();
    if (t - lastProgressWrite < 500) return;
    lastProgressWrite = t;
    void db
      .updateTable('analyses')
      .set({ progress: Math.max(0, Math.min(1, Math.round(fraction * 1000) / 1000)), updated_at: t })
      .where('id', '=', id)
      .where('status', '=', 'processing')
      .execute()
      .catch(() => {});
  };

  const record = rowToAnalysis(row);
  let audio: AudioInfo | null = record.audio;
  try {
    const owner = { accountId: record.accountId, mode: record.livemode ? ('live' as const) : ('test' as const) };
    const resolve = async <K extends 'policy' | 'scorecard'>(kind: K, id: string | null) => {
      try {
        return await resolveDocument(db, owner, kind, id);
      } catch {
        throw new AnalysisFailure(`unknown_${kind}`, `the ${kind} '${id}' no longer exists`);
      }
    };
    const policy = await resolve('policy', record.policyId);
    let segments: Segment[];
    let language = record.language as string;
    let silences: TranscribedAudio['silences'] | null = null;
    if (record.inputKind === 'transcript') {
      const input = JSON.parse(row.input_json ?? 'null') as TranscriptInput | null;
      if (!input) throw new AnalysisFailure('transcript_missing', 'the submitted transcript was not found');
      segments = input.segments;
    } else {
      if (!steps.transcribeAudio) {
        throw new AnalysisFailure(
          'asr_unavailable',
          'speech recognition is not available on this server, so audio cannot be transcribed; submit a transcript instead',
        );
      }
      const transcribe = steps.transcribeAudio;
      const run = (source: Parameters<typeof transcribe>[0]['source']) => transcribe({ source, channels: record.channels, language, onProgress, signal });
      let transcribed: TranscribedAudio;
      if (record.inputKind === 'upload') {
        // object storage: downloaded to a temporary file for the decoder (removed after); the file store: the file itself
        if (!row.audio_blob) throw storedAudioMissing(ctx.blobs, null);
        const key = row.audio_blob;
        try {
          transcribed = await ctx.blobs.withLocalFile(key, (path) => run({ kind: 'file', path }), signal ? { signal } : {});
        } catch (err) {
          if (isBlobNotFound(err)) throw storedAudioMissing(ctx.blobs, key);
          throw err;
        }
      } else {
        transcribed = await run({ kind: 'url', url: record.audio!.url!, livemode: record.livemode });
      }
      signal?.throwIfAborted();
      audio = { url: record.audio?.url ?? null, ...transcribed.audio };
      if (transcribed.asr) ctx.metrics.asrFinished(transcribed.asr.engine, transcribed.asr.processingSeconds, transcribed.audio.duration_seconds ?? 0);
      segments = transcribed.segments;
      language = transcribed.language;
      silences = transcribed.silences;
    }
    const analysed = await steps.analyse({
      segments,
      language,
      silences,
      durationSeconds: audio?.duration_seconds ?? null,
      redactPii: record.redactPii,
      metadata: record.metadata,
      policy,
      scorecard: await resolve('scorecard', record.scorecardId),
    });
    await finish({
      status: 'completed',
      transcript: { text: analysed.text, language: analysed.language, segments: analysed.segments },
      results: analysed.results,
      audio,
    });
  } catch (err) {
    if (!isAnalysisFailure(err)) throw err;
    await finish({ status: 'failed', code: err.code, message: err.message, audio });
  }
}
