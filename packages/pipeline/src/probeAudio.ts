import { stat } from 'node:fs/promises';
import { AudioPipelineError } from './AudioPipelineError.ts';
import { ffmpegInputArgs } from './ffmpegInputArgs.ts';
import { readFileHead } from './readFileHead.ts';
import { runProcess } from './runProcess.ts';
import { sniffContent, type AudioFormat } from './sniffAudioFormat.ts';
import { readWavDeclared } from './wavHeaderCheck.ts';

export interface AudioInfo {
  /** Seconds, from the container/stream header (null when the file does not say). */
  duration_seconds: number | null;
  /** The container, from our own sniff (ffmpeg is told this demuxer; it never guesses). */
  format: AudioFormat;
  channels: number;
  sample_rate: number;
  codec: string;
  size_bytes: number;
}

export interface ProbeOptions {
  /** Reject longer audio with audio_too_long (default 4 h). */
  maxDurationSeconds?: number;
  /** Reject bigger files with audio_too_large (default 500 MB). */
  maxBytes?: number;
  ffprobePath?: string;
}

export const DEFAULT_MAX_DURATION_SECONDS = 4 * 3600;
export const DEFAULT_MAX_BYTES = 500 * 1024 * 1024;

/** Codecs ffmpeg decodes that we accept as call audio. */
const SUPPORTED_CODEC = /^(pcm_|adpcm_|mp3|mp2|flac|opus|vorbis|aac|alac|gsm|amr|g722|g723|g729|wmav|speex|ilbc)/;


export function formatDuration(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** Reads what the file really is with ffprobe; throws AudioPipelineError for anything that is not usable call audio. */
export async function probeAudio(path: string, opts: ProbeOptions = {}): Promise<AudioInfo> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDuration = opts.maxDurationSeconds ?? DEFAULT_MAX_DURATION_SECONDS;
  const st = await stat(path);
  if (st.size === 0) throw new AudioPipelineError('not_audio', 'file is not audio (the file is empty)');
  if (st.size > maxBytes) throw new AudioPipelineError('audio_too_large', `audio file is ${mb(st.size)}, larger than the ${mb(maxBytes)} limit`);

  const head = await readFileHead(path);
  const sniff = sniffContent(head);
  if (sniff.kind === 'not_audio') throw new AudioPipelineError('not_audio', `file is not audio (detected ${sniff.detected})`);
  if (sniff.kind !== 'audio') throw new AudioPipelineError('not_audio', 'file is not audio (unrecognised content)');
  const wav = readWavDeclared(head);
  if (wav && wav.dataOffset + wav.dataBytes > st.size + wav.byteRate * 0.05) {
    const held = Math.max(0, st.size - wav.dataOffset) / wav.byteRate;
    throw new AudioPipelineError('corrupt_audio', `audio file is corrupt or truncated (wav header says ${(wav.dataBytes / wav.byteRate).toFixed(1)} s, the file holds ${held.toFixed(1)} s)`);
  }

  let res;
  try {
    res = await runProcess(opts.ffprobePath ?? 'ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...ffmpegInputArgs(path, sniff.format)]);
  } catch (err) {
    throw new AudioPipelineError('asr_unavailable', 'ffprobe is not installed (install the ffmpeg package)', { cause: err });
  }
  if (res.code !== 0) {
    const why = firstLine(res.stderr);
    throw new AudioPipelineError('corrupt_audio', `audio file is corrupt or truncated (${sniff.format}: ${why})`);
  }
  const info = JSON.parse(res.stdout) as { streams?: Array<Record<string, unknown>>; format?: Record<string, unknown> };
  const audio = (info.streams ?? []).find((s) => s.codec_type === 'audio');
  if (!audio) {
    throw new AudioPipelineError('corrupt_audio', `audio file is corrupt or truncated (no audio stream found in the ${sniff.format} container)`);
  }
  const codec = String(audio.codec_name ?? 'unknown');
  const codecTag = String(audio.codec_tag_string ?? '');
  if (!SUPPORTED_CODEC.test(codec)) {
    throw new AudioPipelineError('unsupported_codec', `audio codec ${codec === 'unknown' || codec === 'none' ? `(tag ${codecTag})` : codec} is not supported`);
  }
  const channels = Number(audio.channels ?? 0);
  const sampleRate = Number(audio.sample_rate ?? 0);
  if (!channels || !sampleRate) throw new AudioPipelineError('corrupt_audio', 'audio file is corrupt or truncated (no channel count or sample rate)');
  const durRaw = Number(audio.duration ?? info.format?.duration);
  const duration = Number.isFinite(durRaw) && durRaw > 0 ? durRaw : null;
  if (duration !== null && duration > maxDuration) {
    throw new AudioPipelineError('audio_too_long', `audio longer than the ${formatDuration(maxDuration)} limit (${duration.toFixed(1)} s)`);
  }
  return { duration_seconds: duration, format: sniff.format, channels, sample_rate: sampleRate, codec, size_bytes: st.size };
}

const mb = (b: number) => `${Math.round((b / 1024 / 1024) * 10) / 10} MB`;
const firstLine = (s: string) => s.trim().split('\n').filter(Boolean).slice(-1)[0]?.replace(/^.*?: /, '') || 'unreadable';
