import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { AudioPipelineError } from './AudioPipelineError.ts';
import type { AsrEngine, AsrResult, AsrWord } from './AsrEngine.ts';

export interface OpenAiAsrConfig {
  /** Base URL up to and including /v1 (CALLCOV_ASR_URL), e.g. https://api.openai.com/v1. */
  url?: string;
  apiKey?: string;
  model?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

const LANGUAGE_NAMES: Record<string, string> = { english: 'en', spanish: 'es', castilian: 'es' };

interface VerboseJson {
  language?: string;
  words?: Array<{ word: string; start: number; end: number; probability?: number; confidence?: number }>;
  segments?: Array<{ start: number; end: number; avg_logprob?: number }>;
}

/** Parses an OpenAI verbose_json transcription with word timestamps. Pure. */
export function parseVerboseJson(body: VerboseJson, requested: string): AsrResult {
  const segs = body.segments ?? [];
  const words: AsrWord[] = (body.words ?? []).map((w) => {
    const seg = segs.find((s) => w.start >= s.start && w.start < s.end);
    const conf = w.probability ?? w.confidence ?? (seg?.avg_logprob !== undefined ? Math.exp(seg.avg_logprob) : 1);
    return { word: String(w.word).trim(), start: Number(w.start), end: Number(w.end), confidence: Math.max(0, Math.min(1, conf)) };
  }).filter((w) => w.word);
  const lang = (body.language ?? requested).toLowerCase();
  return { language: LANGUAGE_NAMES[lang] ?? lang, words };
}

/** Any OpenAI-compatible /v1/audio/transcriptions server (hosted or self-hosted Whisper). */
export function createOpenAiAsrEngine(config: OpenAiAsrConfig = {}): AsrEngine {
  const url = config.url ?? process.env.CALLCOV_ASR_URL;
  const apiKey = config.apiKey ?? process.env.CALLCOV_ASR_API_KEY;
  const model = config.model ?? process.env.CALLCOV_ASR_MODEL ?? 'whisper-1';
  const doFetch = config.fetch ?? globalThis.fetch;
  return {
    name: 'openai',
    parallel: true,
    async available() {
      if (!url) return { ok: false, reason: 'no transcription server configured (set CALLCOV_ASR_URL)' };
      return { ok: true };
    },
    async transcribe(path, opts) {
      if (!url) throw new AudioPipelineError('asr_unavailable', 'no transcription server configured (set CALLCOV_ASR_URL)');
      const form = new FormData();
      form.append('file', await openAsBlob(path, { type: 'audio/wav' }), basename(path));
      form.append('model', model);
      form.append('response_format', 'verbose_json');
      form.append('timestamp_granularities[]', 'word');
      form.append('timestamp_granularities[]', 'segment');
      if (opts.language !== 'auto') form.append('language', opts.language);
      const endpoint = `${url.replace(/\/+$/, '')}/audio/transcriptions`;
      const signals = [AbortSignal.timeout(config.timeoutMs ?? 30 * 60_000), ...(opts.signal ? [opts.signal] : [])];
      let res: Response;
      try {
        res = await doFetch(endpoint, {
          method: 'POST',
          body: form,
          headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
          signal: AbortSignal.any(signals),
        });
      } catch (err) {
        throw new AudioPipelineError('asr_unavailable', `transcription server ${new URL(endpoint).host} could not be reached (${errText(err)})`, { cause: err });
      }
      const text = await res.text();
      if (!res.ok) {
        const code = res.status === 401 || res.status === 403 || res.status === 404 || res.status >= 500 ? 'asr_unavailable' : 'asr_failed';
        throw new AudioPipelineError(code, `transcription server answered HTTP ${res.status}: ${text.slice(0, 200)}`);
      }
      let body: VerboseJson;
      try {
        body = JSON.parse(text) as VerboseJson;
      } catch {
        throw new AudioPipelineError('asr_failed', 'transcription server answered with something that is not JSON');
      }
      if (!Array.isArray(body.words)) throw new AudioPipelineError('asr_failed', 'transcription server gave no word timestamps (needs verbose_json with timestamp_granularities[]=word)');
      opts.onProgress?.(1);
      return parseVerboseJson(body, opts.language);
    },
  };
}

const errText = (err: unknown): string => {
  const e = err as { cause?: { code?: string }; name?: string; message?: string };
  return e?.cause?.code ?? (e?.name === 'TimeoutError' ? 'timed out' : (e?.message ?? String(err)));
};
