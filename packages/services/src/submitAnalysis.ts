import { createHash } from 'node:crypto';
import { ApiError, checkClientUrl, invalidRequest, serializeAnalysis, uuidv7, type CreateAnalysisBody } from '@callcov/core';
import { addJob } from '@callcov/queue';
import { scoped, precompiledQuery, type AnalysesTable } from '@callcov/db';
import { newAnalysisRow, rowToAnalysis } from './analysisRows.ts';
import { pooledRandomBytes } from './pooledRandomBytes.ts';
import { checkDocumentExists } from './analysisDocuments.ts';
import { JOB_PROCESS_ANALYSIS, type Caller, type ServiceContext } from './serviceContext.ts';

export interface SubmitInput {
  body: CreateAnalysisBody;
  /** An uploaded file already in the blob store. */
  upload: { key: string; sha256: string; size: number; filename: string | null } | null;
  idempotencyKey: string | null;
}

export interface SubmitResult {
  statusCode: number;
  /** The serialized analysis object (or the first response, for an idempotent replay). */
  body: string;
  replayed: boolean;
}

const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

/** The analyses insert, built once (the submit path is hot): every column, parameters in this order. */
const ANALYSIS_COLUMNS = [
  'id', 'account_id', 'mode', 'status', 'progress', 'agent_id', 'contact_id', 'webhook_url', 'language', 'channels_json',
  'policy_id', 'scorecard_id', 'redact_pii', 'metadata_json', 'input_kind', 'input_json', 'audio_blob', 'audio_json',
  'transcript_json', 'results_json', 'failed_checks', 'error_code', 'error_message', 'created_at', 'completed_at',
  'deleted_at', 'updated_at',
] as const satisfies ReadonlyArray<keyof AnalysesTable>;
const insertAnalysisRow = precompiledQuery<unknown, unknown[]>((db) =>
  db.insertInto('analyses').values(Object.fromEntries(ANALYSIS_COLUMNS.map((c) => [c, null])) as unknown as AnalysesTable),
);

/** A stable digest of what was asked, so that the same Idempotency-Key with another body is told apart. */
function requestHash(input: SubmitInput): string {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
      : Array.isArray(v) ? v.map(canonical) : v;
  return createHash('sha256')
    .update(JSON.stringify({ body: canonical(input.body), upload: input.upload?.sha256 ?? null }))
    .digest('hex');
}

function validateShape(input: SubmitInput, caller: Caller): void {
  const { body, upload } = input;
  const given = [body.audio_url !== undefined, upload !== null, body.transcript !== undefined].filter(Boolean).length;
  if (given !== 1) {
    throw invalidRequest(
      given === 0 ? 'missing_input' : 'multiple_inputs',
      given === 0
        ? 'Provide exactly one of audio_url, an uploaded audio file, or transcript.'
        : 'Provide only one of audio_url, an uploaded audio file, or transcript, not several.',
      body.audio_url !== undefined ? 'audio_url' : 'transcript',
    );
  }
  for (const field of ['audio_url', 'webhook_url'] as const) {
    const url = body[field];
    if (url !== undefined) checkClientUrl(url, field, caller.mode);
  }
  const segments = body.transcript?.segments ?? [];
  segments.forEach((s, i) => {
    if (s.end < s.start) {
      throw invalidRequest('invalid_segment', `transcript.segments[${i}].end must not be before its start.`, `transcript.segments[${i}].end`);
    }
  });
  if (body.channels && body.channels.agent === body.channels.customer) {
    throw invalidRequest('invalid_channels', 'channels.agent and channels.customer must be different channels.', 'channels');
  }
}

/** Creates an analysis and its processing job in one transaction; replays the first answer for a repeated Idempotency-Key. */
export async function submitAnalysis(ctx: ServiceContext, caller: Caller, input: SubmitInput): Promise<SubmitResult> {
  validateShape(input, caller);
  const { body } = input;
  if (body.policy_id !== undefined) await checkDocumentExists(ctx.database.db, caller, 'policy', body.policy_id, 'policy_id');
  if (body.scorecard_id !== undefined) await checkDocumentExists(ctx.database.db, caller, 'scorecard', body.scorecard_id, 'scorecard_id');
  const now = ctx.now();
  const hash = input.idempotencyKey === null ? null : requestHash(input);
  const id = uuidv7(now, pooledRandomBytes);
  const row = newAnalysisRow(caller, now, {
    id,
    status: 'queued',
    agent_id: body.agent_id ?? null,
    contact_id: body.contact_id ?? null,
    webhook_url: body.webhook_url ?? null,
    language: body.language ?? body.transcript?.language ?? 'auto',
    channels_json: body.channels ? JSON.stringify(body.channels) : null,
    policy_id: body.policy_id ?? null,
    scorecard_id: body.scorecard_id ?? null,
    redact_pii: body.redact_pii ? 1 : 0,
    metadata_json: JSON.stringify(body.metadata ?? {}),
    input_kind: body.transcript ? 'transcript' : input.upload ? 'upload' : 'audio_url',
    input_json: body.transcript ? JSON.stringify(body.transcript) : null,
    audio_blob: input.upload?.key ?? null,
    audio_json: body.audio_url
      ? JSON.stringify({ url: body.audio_url, duration_seconds: null, format: null, channels: null, sample_rate: null })
      : null,
  });
  const serialized = serializeAnalysis(rowToAnalysis(row));

  const attempt = () =>
    ctx.groupCommit.run(async (trx): Promise<SubmitResult> => {
      if (input.idempotencyKey !== null) {
        const prior = await scoped(trx, caller)
          .selectFrom('idempotency_keys')
          .selectAll()
          .where('idem_key', '=', input.idempotencyKey)
          .executeTakeFirst();
        if (prior && prior.created_at > now - IDEMPOTENCY_WINDOW_MS) {
          if (prior.request_hash !== hash) {
            throw new ApiError(
              'idempotency_error',
              'idempotency_key_reused',
              'This Idempotency-Key was already used with a different request body in the last 24 hours.',
              { param: 'Idempotency-Key' },
            );
          }
          return { statusCode: prior.status_code, body: prior.response_body, replayed: true };
        }
        if (prior) {
          await scoped(trx, caller)
            .deleteFrom('idempotency_keys')
            .where('idem_key', '=', input.idempotencyKey)
            .execute();
        }
        await trx
          .insertInto('idempotency_keys')
          .values({
            account_id: caller.accountId,
            mode: caller.mode,
            idem_key: input.idempotencyKey,
            request_hash: hash!,
            status_code: 202,
            response_body: serialized,
            created_at: now,
          })
          .execute();
      }
      await insertAnalysisRow(trx, ANALYSIS_COLUMNS.map((c) => row[c] ?? null));
      await addJob(trx, { type: JOB_PROCESS_ANALYSIS, payload: { analysis_id: id }, maxAttempts: 5 }, now);
      return { statusCode: 202, body: serialized, replayed: false };
    });

  let result: SubmitResult;
  try {
    result = await attempt();
  } catch (err) {
    // Two requests with the same new Idempotency-Key raced: the loser replays the winner's answer.
    if (input.idempotencyKey !== null && !(err instanceof ApiError) && /unique|duplicate|constraint/i.test(String((err as Error).message))) {
      result = await attempt();
    } else {
      throw err;
    }
  }
  if (result.replayed && input.upload) await ctx.blobs.delete(input.upload.key);
  if (!result.replayed) ctx.jobAdded(JOB_PROCESS_ANALYSIS);
  return result;
}
