import { scoped } from '@callcov/db';
import type { Readable } from 'node:stream';
import { ApiError, isUuid, notFound } from '@callcov/core';
import { isBlobNotFound, type ByteRange } from '@callcov/blobs';
import type { Caller, ServiceContext } from './serviceContext.ts';

const CONTENT_TYPES: Record<string, string> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  flac: 'audio/flac',
  m4a: 'audio/mp4',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  webm: 'audio/webm',
};

/** Pure: the Content-Type of a stored recording from the format the decoder found. */
export const audioContentType = (format: string | null | undefined): string =>
  (format && CONTENT_TYPES[format.toLowerCase()]) || 'application/octet-stream';

export interface AnalysisAudio {
  blobKey: string;
  size: number;
  contentType: string;
}

const noStoredAudio = () =>
  new ApiError('not_found_error', 'no_stored_audio', 'This analysis has no stored recording (only uploaded files are kept, until the analysis is deleted).', { param: 'id' });

/** The uploaded recording kept for one of the caller's analyses (not for audio_url ones: CallCov keeps no copy). */
export async function findAnalysisAudio(ctx: ServiceContext, caller: Caller, id: string): Promise<AnalysisAudio> {
  const row = isUuid(id)
    ? await scoped(ctx.database.db, caller)
        .selectFrom('analyses')
        .select(['audio_blob', 'audio_json', 'deleted_at'])
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  if (!row) throw notFound('analysis', id);
  const size = row.audio_blob ? await ctx.blobs.size(row.audio_blob) : null;
  if (!row.audio_blob || size === null) throw noStoredAudio();
  let format: string | null = null;
  try {
    format = row.audio_json ? (JSON.parse(row.audio_json).format ?? null) : null;
  } catch {
    format = null;
  }
  return { blobKey: row.audio_blob, size, contentType: audioContentType(format) };
}

/** The recording's bytes (or a range of them), streamed from the blob store; gone meanwhile = no_stored_audio. */
export async function openAnalysisAudio(ctx: ServiceContext, audio: AnalysisAudio, range?: ByteRange): Promise<Readable> {
  try {
    return await ctx.blobs.open(audio.blobKey, range);
  } catch (err) {
    if (isBlobNotFound(err)) throw noStoredAudio();
    throw err;
  }
}
