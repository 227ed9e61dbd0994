import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AudioPipelineError } from './AudioPipelineError.ts';
import type { AsrEngine, AsrLanguage, AsrResult, AsrVocabulary } from './AsrEngine.ts';
import { pickAgentVoice } from './assignAgentRole.ts';
import { buildSegments, type Speaker, type SpeakerWord, type TranscriptSegment } from './buildSegments.ts';
import { createAsrEngine, type AsrEngineConfig } from './createAsrEngine.ts';
import { decodeChannels, type DecodeResult } from './decodeChannels.ts';
import { round3, silenceIntervals, type TimeInterval } from './energyVad.ts';
import { segmentMonoTurns, type MonoTurn } from './monoTurns.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DURATION_SECONDS, formatDuration, probeAudio } from './probeAudio.ts';

export interface ChannelMap { agent: number; customer: number }

export interface TranscribeCallInput {
  filePath: string;
  /** Which channel of a stereo file is the agent's (default {agent: 0, customer: 1}); ignored for mono files. */
  channels?: ChannelMap;
  language: AsrLanguage;
  /** An engine, or the config to build one. */
  engine: AsrEngine | AsrEngineConfig;
  /** Default 4 h. */
  maxDurationSeconds?: number;
  /** Default 500 MB. */
  maxBytes?: number;
  /** Silences shorter than this are not reported (default 1 s). */
  minSilenceSeconds?: number;
  /** Overall progress 0..1 (decode is the first 10 %, recognition the rest). */
  onProgress?: (fraction: number) => void;
  /** Where temporary per-channel WAV files go (default the OS temp dir); always removed. */
  tempDir?: string;
  signal?: AbortSignal;
  /** Company names and phrases this call is likely to contain (from its metadata and policy), for the recogniser. */
  vocabulary?: AsrVocabulary;
}

export interface CallTranscript {
  audio: { duration_seconds: number; format: string; channels: number; sample_rate: number; codec: string };
  language: string;
  engine: string;
  /** 'channels' when speakers come from a stereo split, 'voice_turns' when from mono turn segmentation. */
  speaker_method: 'channels' | 'voice_turns';
  segments: TranscriptSegment[];
  silences: TimeInterval[];
  /** Speech regions per speaker, from the audio's energy (not from ASR). */
  speech: { Agent: TimeInterval[]; Customer: TimeInterval[] };
  /** Processing seconds spent in recognition (for RTF metrics). */
  asr_seconds: number;
}

const isEngine = (e: AsrEngine | AsrEngineConfig): e is AsrEngine => typeof (e as AsrEngine).transcribe === 'function';

/**
 * The whole pipeline for one recording: probe -> streaming decode + VAD -> ASR per channel (or per
 * mono file with voice-turn segmentation) -> Agent/Customer segments with word timings and silences.
 * Throws AudioPipelineError (code + message) for every input or engine problem; temp files are always removed.
 */
export async function transcribeCall(input: TranscribeCallInput): Promise<CallTranscript> {
  const maxDuration = input.maxDurationSeconds ?? DEFAULT_MAX_DURATION_SECONDS;
  const engine = isEngine(input.engine) ? input.engine : createAsrEngine(input.engine);
  const report = makeProgress(input.onProgress);
  const info = await probeAudio(input.filePath, { maxDurationSeconds: maxDuration, maxBytes: input.maxBytes ?? DEFAULT_MAX_BYTES });
  const avail = await engine.available();
  if (!avail.ok) throw new AudioPipelineError('asr_unavailable', `speech recognition engine ${engine.name} is unavailable: ${avail.reason ?? 'unknown reason'}`);

  const map = input.channels ?? { agent: 0, customer: 1 };
  let stereo = info.channels >= 2;
  if (stereo) {
    for (const [role, idx] of Object.entries(map)) {
      if (!Number.isInteger(idx) || idx < 0 || idx >= info.channels) {
        throw new AudioPipelineError('invalid_channels', `channels.${role} is ${idx}, but the audio has ${info.channels} channels (0..${info.channels - 1})`);
      }
    }
    if (map.agent === map.customer) throw new AudioPipelineError('invalid_channels', 'channels.agent and channels.customer must be different channels');
  }

  const tempDir = await mkdtemp(join(input.tempDir ?? tmpdir(), 'callcov-call-'));
  try {
    const decodeProgress = (s: number) => report(0.1 * Math.min(1, s / (info.duration_seconds ?? maxDuration)));
    let decoded: DecodeResult = await decodeChannels(input.filePath, {
      sourceChannels: stereo ? [map.agent, map.customer] : [0], downmix: !stereo, pitch: !stereo, tempDir, format: info.format,
      maxDurationSeconds: maxDuration, onProgress: decodeProgress, signal: input.signal,
    });
    if (stereo && channelsAreDuplicates(decoded)) {
      // A mono call stored as stereo (same signal on both channels): treat it as mono.
      stereo = false;
      decoded = await decodeChannels(input.filePath, { sourceChannels: [map.agent], downmix: false, pitch: true, tempDir, format: info.format, maxDurationSeconds: maxDuration, signal: input.signal });
    }
    const duration = decoded.durationSeconds;
    checkNotTruncated(info.duration_seconds, duration, info.format);
    const peak = Math.max(...decoded.channels.map((c) => c.vad.peakDb));
    const speechTotal = decoded.channels.reduce((s, c) => s + c.vad.speechSeconds, 0);
    if (peak < -55 || speechTotal < 0.3) {
      throw new AudioPipelineError('silent_audio', `recording is silent (no speech found; peak level ${peak <= -100 ? '-inf' : peak.toFixed(1)} dBFS)`);
    }
    report(0.1);

    // Recognition, per channel; progress is the mean over channels.
    const fractions = decoded.channels.map(() => 0);
    const onChannelProgress = (i: number) => (f: number) => { fractions[i] = f; report(0.1 + 0.9 * (fractions.reduce((a, b) => a + b, 0) / fractions.length)); };
    const asrStart = performance.now();
    const runOne = async (i: number): Promise<AsrResult> => {
      const ch = decoded.channels[i];
      if (ch.vad.speechSeconds < 0.1) { onChannelProgress(i)(1); return { language: input.language, words: [] }; }
      try {
        return await engine.transcribe(ch.wavPath, { language: input.language, durationSeconds: duration, onProgress: onChannelProgress(i), signal: input.signal, sourceSampleRate: info.sample_rate, vocabulary: input.vocabulary });
      } catch (err) {
        if (err instanceof AudioPipelineError) throw err;
        throw new AudioPipelineError('asr_failed', `speech recognition failed (${engine.name}): ${(err as Error)?.message ?? String(err)}`, { cause: err });
      }
    };
    const results: AsrResult[] = [];
    if (engine.parallel) results.push(...(await Promise.all(decoded.channels.map((_, i) => runOne(i)))));
    else for (let i = 0; i < decoded.channels.length; i++) results.push(await runOne(i));
    const asrSeconds = (performance.now() - asrStart) / 1000;

    let words: SpeakerWord[];
    let speech: CallTranscript['speech'];
    if (stereo) {
      const roles: Speaker[] = ['Agent', 'Customer'];
      words = results.flatMap((r, i) => r.words.map((w) => ({ ...w, speaker: roles[i] })));
      speech = { Agent: decoded.channels[0].vad.speech, Customer: decoded.channels[1].vad.speech };
    } else {
      const turns = segmentMonoTurns(decoded.channels[0].vad);
      const voiceOf = results[0].words.map((w) => turnOf(turns, (w.start + w.end) / 2)?.cluster ?? 0);
      const opening: [string, string] = [0, 1].map((v) => results[0].words.filter((_, i) => voiceOf[i] === v).slice(0, 40).map((w) => w.word).join(' ')) as [string, string];
      const agentVoice = pickAgentVoice(opening);
      const role = (v: number): Speaker => (v === agentVoice ? 'Agent' : 'Customer');
      words = results[0].words.map((w, i) => ({ ...w, speaker: role(voiceOf[i]) }));
      speech = {
        Agent: turns.filter((t) => role(t.cluster) === 'Agent').map(({ start, end }) => ({ start, end })),
        Customer: turns.filter((t) => role(t.cluster) === 'Customer').map(({ start, end }) => ({ start, end })),
      };
    }
    const language = pickLanguage(results, input.language);
    report(1);
    return {
      audio: { duration_seconds: round3(duration), format: info.format, channels: info.channels, sample_rate: info.sample_rate, codec: info.codec },
      language,
      engine: engine.name,
      speaker_method: stereo ? 'channels' : 'voice_turns',
      segments: buildSegments(words, { interruptWords: stereo ? 2 : 1 }),
      silences: silenceIntervals(decoded.channels.map((c) => c.vad.speech), duration, input.minSilenceSeconds ?? 1),
      speech,
      asr_seconds: round3(asrSeconds),
    };
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

function makeProgress(cb?: (f: number) => void): (f: number) => void {
  let last = -1;
  return (f) => {
    if (!cb) return;
    const v = Math.max(0, Math.min(1, f));
    if (v - last < 0.01 && v !== 1) return;
    last = v;
    try { cb(v); } catch { /* a throwing listener never breaks the pipeline */ }
  };
}

function turnOf(turns: MonoTurn[], t: number): MonoTurn | undefined {
  let best: MonoTurn | undefined;
  let bestDist = Infinity;
  for (const turn of turns) {
    const d = t < turn.start ? turn.start - t : t > turn.end ? t - turn.end : 0;
    if (d < bestDist) { bestDist = d; best = turn; }
  }
  return best;
}

function channelsAreDuplicates(d: DecodeResult): boolean {
  if (d.channels.length < 2) return false;
  const a = d.channels[0].vad.levelsDb;
  const b = d.channels[1].vad.levelsDb;
  let n = 0;
  let diff = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] < -60 && b[i] < -60) continue;
    n++;
    diff += Math.abs(a[i] - b[i]);
  }
  return n > 50 && diff / n < 1.0;
}

function checkNotTruncated(headerSeconds: number | null, decodedSeconds: number, format: string): void {
  if (headerSeconds === null) return;
  if (headerSeconds - decodedSeconds > Math.max(0.5, 0.02 * headerSeconds)) {
    throw new AudioPipelineError('corrupt_audio', `audio file is corrupt or truncated (${format} header says ${headerSeconds.toFixed(1)} s, only ${decodedSeconds.toFixed(1)} s could be decoded)`);
  }
}

function pickLanguage(results: AsrResult[], requested: AsrLanguage): string {
  const withWords = results.filter((r) => r.words.length).sort((a, b) => b.words.length - a.words.length);
  return withWords[0]?.language ?? (requested === 'auto' ? 'en' : requested);
}

export { formatDuration };
