/** Machine codes for every way the audio pipeline can refuse or fail on an input. */
export const AUDIO_ERROR_CODES = [
  'audio_fetch_failed',
  'not_audio',
  'corrupt_audio',
  'unsupported_codec',
  'audio_too_long',
  'audio_too_large',
  'silent_audio',
  'asr_unavailable',
  'asr_failed',
  'invalid_channels',
] as const;

export type AudioErrorCode = (typeof AUDIO_ERROR_CODES)[number];

/** The only error the pipeline throws for input/engine problems: `code` is for machines, `message` for humans. */
export class AudioPipelineError extends Error {
  readonly code: AudioErrorCode;
  constructor(code: AudioErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AudioPipelineError';
    this.code = code;
  }
}

export function isAudioPipelineError(err: unknown): err is AudioPipelineError {
  return err instanceof AudioPipelineError;
}
