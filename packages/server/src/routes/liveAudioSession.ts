// Audio mode of /api/v1/live (DESIGN.md §1.8): the `audio` field of `start`, `media` frames per track, and the
// recogniser of the configured engine (pocketsphinx: one continuous recogniser per track; whisper / openai: the
// engine on each turn's short window). The audio machinery itself lives in @callcov/pipeline (liveAudioCall.ts).
import type { Config } from '@callcov/core';
import { detectLanguage, detectPii, redactTexts, type TranscriptSegment } from '@callcov/core/analysis';
import { createOutboundClient } from '@callcov/net';
import { createAsrEngine, type AsrLanguage } from '@callcov/pipeline';
// not (yet) exported from the package's index: imported by path
import { createPocketsphinxTurnStream, createWindowedTurnRecogniser, LiveAudioCall, type LiveAudioEncoding, type LiveAudioRate, type LiveAudioSegment, type LiveTrack, type TurnRecogniser } from '@callcov/pipeline';
import { asrEngineConfig } from '../defaultFeatures.ts';

export type { LiveAudioSegment, LiveTrack };

export interface LiveAudioFormat {
  encoding: LiveAudioEncoding;
  sample_rate: LiveAudioRate;
}

/** A problem with an audio-mode message: the route answers with an error message and closes with `close`. */
export class LiveAudioProblem extends Error {
  readonly code: string;
  readonly param: string;
  readonly close: 'invalidMessage' | 'tooLarge' | 'outOfOrder';
  constructor(code: string, message: string, param: string, close: LiveAudioProblem['close'] = 'invalidMessage') {
    super(message);
    this.code = code;
    this.param = param;
    this.close = close;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `audio` field of `start` (absent: segments mode). */
export function parseLiveAudioFormat(audio: unknown): LiveAudioFormat | null {
  if (audio === undefined || audio === null) return null;
  if (!isObject(audio)) throw new LiveAudioProblem('invalid_field', 'audio must be an object {"encoding": "mulaw"|"pcm16", "sample_rate": 8000|16000}.', 'audio');
  if (audio.encoding !== 'mulaw' && audio.encoding !== 'pcm16') throw new LiveAudioProblem('invalid_field', 'audio.encoding must be "mulaw" or "pcm16".', 'audio.encoding');
  if (audio.sample_rate !== 8000 && audio.sample_rate !== 16000) throw new LiveAudioProblem('invalid_field', 'audio.sample_rate must be 8000 or 16000.', 'audio.sample_rate');
  return { encoding: audio.encoding, sample_rate: audio.sample_rate };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A `media` message: its track and decoded bytes. */
export function parseMediaMessage(m: Record<string, unknown>, maxFrameBytes: number): { track: LiveTrack; bytes: Buffer } {
  if (m.track !== 'agent' && m.track !== 'customer') throw new LiveAudioProblem('invalid_track', 'track must be "agent" or "customer".', 'track');
  const payload = m.payload;
  if (typeof payload !== 'string' || payload.length === 0) throw new LiveAudioProblem('invalid_field', 'payload must be the base64 audio of the frame.', 'payload');
  if (payload.length % 4 !== 0 || !BASE64.test(payload)) throw new LiveAudioProblem('invalid_base64', 'payload is not valid base64.', 'payload');
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.length > maxFrameBytes) {
    throw new LiveAudioProblem('frame_too_large', `An audio frame may hold at most ${maxFrameBytes} bytes (1 s of audio); this one has ${bytes.length}. Send frames of 20-100 ms.`, 'payload', 'tooLarge');
  }
  return { track: m.track, bytes };
}

/** Largest audio frame accepted: one second. */
export const maxFrameBytes = (f: LiveAudioFormat): number => f.sample_rate * (f.encoding === 'pcm16' ? 2 : 1);

/**
 * The text of the call's last segment with personal data (a card number read out, …) replaced by its tag, as the
 * stored transcript will have it: a `segment` message never carries what the transcript may not. The whole call so
 * far is looked at, so a number spread over several turns is found too.
 */
export function redactedLastText(segments: TranscriptSegment[], language: 'en' | 'es' | 'auto'): string {
  const lang = language === 'auto' ? detectLanguage(segments.map((x) => x.text).join(' ')) : language;
  return redactTexts(segments, detectPii(segments, lang)).at(-1) ?? '';
}

/** The recogniser of one track, from the server's configuration. */
export function makeTrackRecogniser(config: Readonly<Config>, language: AsrLanguage, sourceSampleRate: number): (track: LiveTrack) => TurnRecogniser {
  if (config.asrEngine === 'pocketsphinx') return () => createPocketsphinxTurnStream();
  const client = createOutboundClient({ env: config.env, allowNetworks: config.allowNetworks, userAgent: 'CallCov/0.1.0' });
  const engine = createAsrEngine(asrEngineConfig(config, client));
  return () => createWindowedTurnRecogniser(engine, language, sourceSampleRate);
}

export interface LiveAudioSessionOptions {
  format: LiveAudioFormat;
  config: Readonly<Config>;
  language: AsrLanguage;
  onSegment: (segment: LiveAudioSegment) => void;
  /** For tests and benches: another recogniser. */
  recogniser?: (track: LiveTrack) => TurnRecogniser;
}

/** One audio-mode call: frames in, segments out (in call order). */
export function createLiveAudioSession(options: LiveAudioSessionOptions): { call: LiveAudioCall; maxFrameBytes: number } {
  const call = new LiveAudioCall({
    encoding: options.format.encoding,
    sampleRate: options.format.sample_rate,
    recogniser: options.recogniser ?? makeTrackRecogniser(options.config, options.language, options.format.sample_rate),
    onSegment: options.onSegment,
  });
  return { call, maxFrameBytes: maxFrameBytes(options.format) };
}
