import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { AudioPipelineError } from './AudioPipelineError.ts';
import { sniffContent, type AudioFormat } from './sniffAudioFormat.ts';
import { DEFAULT_MAX_BYTES } from './probeAudio.ts';

/** The part of WHATWG fetch this module uses (the SSRF-safe client passes this shape). */
export type FetchLike = (url: string, init: { signal?: AbortSignal; redirect?: 'follow' | 'manual' | 'error'; headers?: Record<string, string> }) => Promise<Response>;

export interface FetchAudioOptions {
  fetch: FetchLike;
  /** Default 500 MB. */
  maxBytes?: number;
  /** Whole download time cap, default 10 min. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface FetchedAudio { path: string; bytes: number; format: AudioFormat; contentType: string | null }

/**
 * Streams `url` into `destPath` through the injected fetch, enforcing size and time caps and checking
 * by magic bytes that it is audio. On any failure the partial file is removed and an AudioPipelineError
 * is thrown (audio_fetch_failed, audio_too_large, not_audio).
 */
export async function fetchAudioToFile(url: string, destPath: string, opts: FetchAudioOptions): Promise<FetchedAudio> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? 10 * 60_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  let res: Response;
  try {
    res = await opts.fetch(url, { signal, redirect: 'follow', headers: { accept: 'audio/*, application/octet-stream;q=0.9, */*;q=0.5' } });
  } catch (err) {
    throw fetchError(err, timeout, timeoutMs);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new AudioPipelineError('audio_fetch_failed', `audio_url returned HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new AudioPipelineError('audio_too_large', `audio_url is ${mb(declared)}, larger than the ${mb(maxBytes)} limit`);
  }
  if (!res.body) throw new AudioPipelineError('not_audio', 'file is not audio (the response was empty)');

  const out = createWriteStream(destPath, { mode: 0o600 });
  let outError: Error | null = null;
  out.on('error', (e) => { outError = e; });
  let bytes = 0;
  let head: Uint8Array = new Uint8Array(0);
  let format: AudioFormat | null = null;
  try {
    const reader = res.body.getReader();
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (err) {
          throw fetchError(err, timeout, timeoutMs);
        }
        if (chunk.done) break;
        const data = chunk.value;
        bytes += data.byteLength;
        if (bytes > maxBytes) throw new AudioPipelineError('audio_too_large', `audio_url is larger than the ${mb(maxBytes)} limit`);
        if (!format && head.length < 64) {
          head = concat(head, data.subarray(0, 64 - head.length));
          if (head.length >= 16) format = checkHead(head);
        }
        if (outError) throw outError;
        if (!out.write(data)) await once(out, 'drain');
      }
    } finally {
      reader.releaseLock();
      await res.body.cancel().catch(() => undefined);
    }
    if (!format) format = checkHead(head, true);
    out.end();
    await once(out, 'close');
    if (outError) throw outError;
    return { path: destPath, bytes, format, contentType: res.headers.get('content-type') };
  } catch (err) {
    // The stream opens its file asynchronously: wait for it to be closed (opened first if the open was
    // still in flight) before removing it, or the open could re-create the file after the rm.
    if (!out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
    await rm(destPath, { force: true });
    throw err;
  }
}

function checkHead(head: Uint8Array, final = false): AudioFormat {
  const s = sniffContent(head);
  if (s.kind === 'audio') return s.format;
  if (s.kind === 'not_audio') throw new AudioPipelineError('not_audio', `file is not audio (detected ${s.detected})`);
  if (final || head.length >= 64) throw new AudioPipelineError('not_audio', 'file is not audio (unrecognised content)');
  return null as unknown as AudioFormat;
}

function fetchError(err: unknown, timeout: AbortSignal, timeoutMs: number): AudioPipelineError {
  if (err instanceof AudioPipelineError) return err;
  if (timeout.aborted) return new AudioPipelineError('audio_fetch_failed', `audio_url did not answer within ${Math.round(timeoutMs / 1000)} s`, { cause: err });
  const e = err as { cause?: { code?: string; message?: string }; code?: string; message?: string };
  const code = e?.cause?.code ?? e?.code;
  // a known network code reads as "ECONNREFUSED: connection refused"; anything else (a redirect that is not followed,
  // a TLS failure) by its own sentence rather than an internal code
  const detail = code && NETWORK_ERRORS[code] ? `${code}: ${NETWORK_ERRORS[code]}` : (e?.cause?.message ?? code ?? e?.message ?? String(err));
  return new AudioPipelineError('audio_fetch_failed', `audio_url could not be reached (${detail})`, { cause: err });
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused', ENOTFOUND: 'host not found', EAI_AGAIN: 'DNS lookup failed', ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out', EHOSTUNREACH: 'host unreachable', ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed', UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a);
  c.set(b, a.length);
  return c;
}

const mb = (b: number) => `${Math.round((b / 1024 / 1024) * 10) / 10} MB`;
