import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { AudioPipelineError } from './AudioPipelineError.ts';
import { createEnergyVad, type VadResult } from './energyVad.ts';
import { ffmpegInputArgs } from './ffmpegInputArgs.ts';
import { readFileHead } from './readFileHead.ts';
import { sniffContent, type AudioFormat } from './sniffAudioFormat.ts';
import { createWavFileWriter, type WavFileWriter } from './wavFileWriter.ts';

export const DECODE_SAMPLE_RATE = 16000;

export interface DecodedChannel {
  /** Index of the channel in the source file. */
  sourceChannel: number;
  /** 16 kHz mono 16-bit WAV. */
  wavPath: string;
  vad: VadResult;
}

export interface DecodeResult {
  channels: DecodedChannel[];
  durationSeconds: number;
}

export interface DecodeOptions {
  /** Which source channels to extract, in order (e.g. [agent, customer]); [0] for mono (downmixed). */
  sourceChannels: number[];
  /** When true, a mono downmix of all channels is produced instead of picking channels. */
  downmix?: boolean;
  tempDir: string;
  /** The container (probeAudio's `format`); sniffed from the file when absent. ffmpeg is always told the demuxer. */
  format?: AudioFormat;
  /** Stop and fail with audio_too_long once this much audio has been decoded. */
  maxDurationSeconds: number;
  /** Estimate pitch per frame (for mono turn clustering). */
  pitch?: boolean;
  ffmpegPath?: string;
  onProgress?: (decodedSeconds: number) => void;
  /** Stops ffmpeg (the decode then rejects) when aborted, e.g. when a worker shuts down. */
  signal?: AbortSignal;
}

/**
 * Decodes any supported file with ffmpeg into per-channel 16 kHz mono WAV files, streaming
 * (the audio is never held in memory), and runs the energy VAD on the same stream.
 */
export async function decodeChannels(inputPath: string, opts: DecodeOptions): Promise<DecodeResult> {
  const format = opts.format ?? (await sniffFormat(inputPath));
  const n = opts.downmix ? 1 : opts.sourceChannels.length;
  const pan = opts.downmix
    ? []
    : ['-af', `pan=${n === 1 ? 'mono' : `${n}c`}|${opts.sourceChannels.map((c, i) => `c${i}=c${c}`).join('|')}`];
  const args = [
    '-nostdin', '-hide_banner', '-v', 'error', ...ffmpegInputArgs(inputPath, format), '-map', '0:a:0', '-vn',
    ...pan, ...(opts.downmix ? ['-ac', '1'] : []),
    '-ar', String(DECODE_SAMPLE_RATE), '-t', String(opts.maxDurationSeconds + 1),
    '-f', 's16le', '-acodec', 'pcm_s16le', 'pipe:1',
  ];
  const child = spawn(opts.ffmpegPath ?? 'ffmpeg', args, { stdio: ['ignore', 'pipe', 'pipe'], signal: opts.signal });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => { if (stderr.length < 8192) stderr += d; });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  // Awaited below, after the output is read; this keeps an early rejection (an abort) from counting as unhandled.
  exited.catch(() => undefined);

  const writers: WavFileWriter[] = [];
  const vads = [] as ReturnType<typeof createEnergyVad>[];
  for (let i = 0; i < n; i++) {
    writers.push(createWavFileWriter(join(opts.tempDir, `channel-${i}.wav`), DECODE_SAMPLE_RATE));
    vads.push(createEnergyVad({ sampleRate: DECODE_SAMPLE_RATE, pitch: opts.pitch }));
  }
  const frameBytes = 2 * n;
  // Reused buffers: a work area holding the carried-over partial frame plus the new chunk, and one
  // output buffer per channel. The writers finish each write before returning, so reuse is safe.
  let work = new Uint8Array(1 << 17);
  let outs = Array.from({ length: n }, () => new Int16Array(1 << 16));
  let restLen = 0;
  let frames = 0;
  let tooLong = false;
  let lastReport = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const total = restLen + chunk.length;
      if (total > work.length) {
        const bigger = new Uint8Array(Math.max(total, work.length * 2));
        bigger.set(work.subarray(0, restLen));
        work = bigger;
      }
      work.set(chunk, restLen);
      const count = Math.floor(total / frameBytes);
      const usable = count * frameBytes;
      if (count === 0) { restLen = total; continue; }
      const aligned = new Int16Array(work.buffer, 0, count * n); // s16le on a little-endian host
      if (outs[0].length < count) outs = Array.from({ length: n }, () => new Int16Array(count * 2));
      for (let c = 0; c < n; c++) {
        const ch = outs[c].subarray(0, count);
        if (n === 1) ch.set(aligned);
        else for (let i = 0; i < count; i++) ch[i] = aligned[i * n + c];
        vads[c].push(ch);
        await writers[c].write(ch);
      }
      restLen = total - usable;
      work.copyWithin(0, usable, total);
      frames += count;
      if (frames > opts.maxDurationSeconds * DECODE_SAMPLE_RATE) {
        tooLong = true;
        child.kill('SIGKILL');
        break;
      }
      if (opts.onProgress && frames - lastReport >= DECODE_SAMPLE_RATE * 10) {
        lastReport = frames;
        opts.onProgress(frames / DECODE_SAMPLE_RATE);
      }
    }
  } finally {
    for (const w of writers) await w.close().catch(() => undefined);
  }
  let code: number | null;
  try {
    code = await exited;
  } catch (err) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AudioPipelineError('asr_unavailable', 'ffmpeg is not installed (install the ffmpeg package)', { cause: err });
    }
    throw new AudioPipelineError('corrupt_audio', `audio could not be decoded (${(err as Error).message})`, { cause: err });
  }
  if (tooLong) throw new AudioPipelineError('audio_too_long', `audio longer than the ${opts.maxDurationSeconds} s limit`);
  if (code !== 0) {
    const why = stderr.trim().split('\n').slice(-1)[0] ?? '';
    if (/decoder .* not found|Decoder not found|no decoder/i.test(stderr)) throw new AudioPipelineError('unsupported_codec', `audio codec is not supported (${why})`);
    throw new AudioPipelineError('corrupt_audio', `audio file is corrupt or truncated (${why || `ffmpeg exited with ${code}`})`);
  }
  if (frames === 0) throw new AudioPipelineError('corrupt_audio', 'audio file is corrupt or truncated (no audio could be decoded)');
  return {
    channels: writers.map((w, i) => ({ sourceChannel: opts.downmix ? -1 : opts.sourceChannels[i], wavPath: w.path, vad: vads[i].finish() })),
    durationSeconds: frames / DECODE_SAMPLE_RATE,
  };
}

async function sniffFormat(path: string): Promise<AudioFormat> {
  const sniff = sniffContent(await readFileHead(path));
  if (sniff.kind === 'audio') return sniff.format;
  throw new AudioPipelineError('not_audio', `file is not audio (${sniff.kind === 'not_audio' ? `detected ${sniff.detected}` : 'unrecognised content'})`);
}
