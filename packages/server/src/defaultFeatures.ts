import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisFailure, type Config } from '@callcov/core';
import { analyseCall, applyLlmEnrichment, buildLlmEnrichmentRequest, type AnalyseCallInput, type AnalyseCallOutput } from '@callcov/core/analysis';
import { createAnalysisThreads } from './analysisThreads.ts';
import { classifyOutboundError, createOutboundClient, type OutboundClient } from '@callcov/net';
import { documentPhrases, fetchAudioToFile, isAudioPipelineError, metadataNames, transcribeCall, type AsrEngineConfig, type AsrLanguage } from '@callcov/pipeline';
import type { AnalysedCall, AnalysisSteps } from '@callcov/services';
import { deliverWebhookJob, enqueueAnalysisWebhooks, JOB_DELIVER_WEBHOOK, makeHostLimiter, makeOAuth2TokenCache } from '@callcov/webhooks';
import type { CallCovFeatures } from './startCallCov.ts';
import { echoRoutes } from './routes/echoRoutes.ts';
import { liveRoutes } from './routes/liveRoutes.ts';
import { webhooksRoutes } from './routes/webhooksRoutes.ts';
import { documentsRoutes } from './routes/documentsRoutes.ts';
import { dashboardApiRoutes } from './routes/dashboardApiRoutes.ts';
import { dashboardRoutes } from './routes/dashboardRoutes.ts';
import { eventStreamRoutes } from './routes/eventStreamRoutes.ts';
import { reviewsRoutes } from './routes/reviewsRoutes.ts';

function asFailure(err: unknown): unknown {
  if (!isAudioPipelineError(err)) return err;
  // a URL refused by the outbound address policy: say which address and why, as the webhook attempt log does
  const cause = (err as { cause?: unknown }).cause;
  if (err.code === 'audio_fetch_failed' && cause !== undefined) {
    const classified = classifyOutboundError(cause, 'audio_url');
    if (classified.errorClass === 'blocked_address') return new AnalysisFailure('audio_url_blocked', classified.errorMessage);
  }
  return new AnalysisFailure(err.code, err.message);
}

export function asrEngineConfig(config: Readonly<Config>, client: OutboundClient): AsrEngineConfig {
  switch (config.asrEngine) {
    case 'whisper':
      return { engine: 'whisper', bin: config.whisperBin || undefined, model: config.whisperModel || undefined };
    case 'openai':
      return { engine: 'openai', url: config.asrUrl || undefined, apiKey: config.asrApiKey || undefined, model: config.asrModel, fetch: client.fetch as never };
    default:
      return { engine: 'pocketsphinx' };
  }
}

/** Audio -> transcript, through the SSRF-safe client for URLs. */
export function makeTranscribeAudio(config: Readonly<Config>, client: OutboundClient): NonNullable<AnalysisSteps['transcribeAudio']> {
  return async ({ source, channels, language, onProgress, signal, metadata, policy }) => {
    const dir = await mkdtemp(join(tmpdir(), 'callcov-audio-'));
    try {
      let filePath: string;
      if (source.kind === 'file') {
        filePath = source.path;
      } else {
        filePath = join(dir, 'download');
        await fetchAudioToFile(source.url, filePath, {
          fetch: client.fetch as never,
          maxBytes: config.maxUploadBytes,
          timeoutMs: 10 * 60 * 1000,
          signal,
        });
      }
      const t = await transcribeCall({
        filePath,
        channels: channels ?? undefined,
        language: language as AsrLanguage,
        engine: asrEngineConfig(config, client),
        maxBytes: config.maxUploadBytes,
        onProgress,
        tempDir: dir,
        signal,
        // what the recogniser should expect: the metadata's company/product names and the policy's phrases
        vocabulary: { companies: metadataNames(metadata), phrases: policy ? documentPhrases(policy, language === 'es' ? 'es' : 'en') : [] },
      });
      return {
        audio: { duration_seconds: t.audio.duration_seconds, format: t.audio.format, channels: t.audio.channels, sample_rate: t.audio.sample_rate },
        language: t.language,
        segments: t.segments,
        silences: t.silences,
        asr: { engine: t.engine, processingSeconds: t.asr_seconds },
      };
    } catch (err) {
      // stopped on purpose (shutdown, lost lease): not the recording's fault, the job runs again elsewhere
      if (signal?.aborted) throw signal.reason ?? err;
      throw asFailure(err);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}

/**
 * Optional LLM refinement of the summary and coaching wording (CALLCOV_LLM_URL, an OpenAI-compatible chat endpoint the
 * operator trusts). Compliance verdicts never pass through it; any failure keeps the engine's own text.
 */
async function refineCoachingWithLlm(config: Readonly<Config>, out: AnalyseCallOutput): Promise<AnalyseCallOutput> {
  if (!config.llmUrl) return out;
  try {
    const res = await fetch(`${config.llmUrl.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(config.llmApiKey ? { authorization: `Bearer ${config.llmApiKey}` } : {}) },
      body: JSON.stringify(buildLlmEnrichmentRequest(out, { model: config.llmModel })),
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) return out;
    const answer = ((await res.json()) as { choices?: Array<{ message?: { content?: unknown } }> }).choices?.[0]?.message?.content;
    const { coaching, applied } = applyLlmEnrichment(out.results.coaching, answer);
    return applied ? { ...out, results: { ...out.results, coaching } } : out;
  } catch {
    return out;
  }
}

/**
 * Transcript -> results: the deterministic engine of @callcov/core (plus the optional LLM wording pass). `run` is where
 * the engine runs: the analysis thread pool in production, this thread by default.
 */
export const makeAnalyseTranscript = (
  config: Readonly<Config>,
  run: (input: AnalyseCallInput) => AnalyseCallOutput | Promise<AnalyseCallOutput> = analyseCall,
): AnalysisSteps['analyse'] => async (input) => {
  const out = await refineCoachingWithLlm(config, await run({
    segments: input.segments.map((s) => ({ speaker: s.speaker, text: s.text, start: s.start, end: s.end, confidence: s.confidence ?? null, ...(s.words ? { words: s.words } : {}) })),
    language: input.language === 'en' || input.language === 'es' ? input.language : 'auto',
    silences: input.silences ?? undefined,
    durationSeconds: input.durationSeconds,
    policy: input.policy,
    scorecard: input.scorecard,
    redactPii: input.redactPii,
    metadata: input.metadata,
  }));
  const segments = out.segments.map((s) => ({
    speaker: s.speaker,
    text: s.text,
    start: s.start,
    end: s.end,
    confidence: s.confidence ?? null,
    ...(s.words ? { words: s.words } : {}),
  }));
  return { language: out.language, text: out.text, segments: segments as AnalysedCall['segments'], results: out.results };
};

/** The production wiring: real ASR, real analysis, webhook outbox and dispatcher, echo service. */
export function defaultFeatures(config: Readonly<Config>, overrides: { client?: OutboundClient; deliveryClient?: OutboundClient } = {}): CallCovFeatures {
  const client = overrides.client ?? createOutboundClient({ env: config.env, allowNetworks: config.allowNetworks, userAgent: 'CallCov/0.1.0' });
  // webhook deliveries (and OAuth2 token requests for receivers) go through HTTPS_PROXY / HTTP_PROXY when set
  const proxied = config.httpsProxy !== '' || config.httpProxy !== '';
  const deliveryClient =
    overrides.deliveryClient ??
    (proxied
      ? createOutboundClient({ env: config.env, allowNetworks: config.allowNetworks, userAgent: 'CallCov/0.1.0', proxy: { httpsProxy: config.httpsProxy, httpProxy: config.httpProxy, noProxy: config.noProxy } })
      : client);
  const limiter = makeHostLimiter(config.dispatcherConcurrencyPerHost);
  const tokens = makeOAuth2TokenCache({ fetch: deliveryClient.fetch, now: Date.now });
  const analysisThreads = createAnalysisThreads({ maxThreads: config.workerConcurrency });
  return {
    steps: { transcribeAudio: makeTranscribeAudio(config, client), analyse: makeAnalyseTranscript(config, (input) => analysisThreads.analyse(input)) },
    analysisThreads,
    close: async () => {
      await analysisThreads.close();
      if (deliveryClient !== client && !overrides.deliveryClient) await deliveryClient.close();
    },
    onAnalysisFinal: async (trx, record, now) => {
      await enqueueAnalysisWebhooks(trx, record, now, { publicUrl: config.publicUrl });
    },
    jobLoops: [
      {
        role: 'dispatcher',
        name: 'webhooks',
        types: [JOB_DELIVER_WEBHOOK],
        concurrency: config.dispatcherConcurrency,
        handler: (ctx, job, workerId) => deliverWebhookJob(ctx, { post: (url, o) => deliveryClient.post(url, o), limiter, tokens }, job, workerId),
      },
    ],
    app: { authenticatedRoutes: [webhooksRoutes, documentsRoutes, dashboardApiRoutes, eventStreamRoutes, reviewsRoutes], publicRoutes: [echoRoutes, dashboardRoutes, liveRoutes] },
  };
}
