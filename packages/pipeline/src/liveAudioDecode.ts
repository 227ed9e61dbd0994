// Telephone audio of a live call (DESIGN.md §1.8, audio mode) -> the 16 kHz 16-bit PCM the recognisers take.
// Pure: no I/O.

/** G.711 µ-law byte -> 16-bit linear sample (ITU-T G.711; the table is built once). */
const MULAW_TABLE: Int16Array = (() => {
  const t = new Int16Array(256);
  for (let i = 0; i < 256; i++) {
    const u = ~i & 0xff;
    const sign = u & 0x80;
    const exponent = (u >> 4) & 0x07;
    const mantissa = u & 0x0f;
    const magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
    t[i] = sign ? -magnitude : magnitude;
  }
  return t;
})();

/** µ-law bytes -> 16-bit linear samples. */
export function decodeMulaw(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = MULAW_TABLE[bytes[i]!]!;
  return out;
}

/** Little-endian 16-bit PCM bytes -> samples (an odd trailing byte is the caller's error: see `pcm16Problem`). */
export function decodePcm16(bytes: Uint8Array): Int16Array {
  const n = bytes.length >> 1;
  const out = new Int16Array(n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < n; i++) out[i] = view.getInt16(2 * i, true);
  return out;
}

/**
 * 8 kHz -> 16 kHz by linear interpolation, streaming: each call continues the previous one (the last input sample is
 * kept), so frame boundaries leave no seams. Output length is exactly twice the input's.
 */
export class Upsampler8to16 {
  private last = 0;
  push(input: Int16Array): Int16Array {
    const out = new Int16Array(input.length * 2);
    let prev = this.last;
    for (let i = 0; i < input.length; i++) {
      const x = input[i]!;
      out[2 * i] = (prev + x) >> 1;
      out[2 * i + 1] = x;
      prev = x;
    }
    if (input.length) this.last = input[input.length - 1]!;
    return out;
  }
}

export type LiveAudioEncoding = 'mulaw' | 'pcm16';
export type LiveAudioRate = 8000 | 16000;

/** One track's decoder: encoded frame bytes -> 16 kHz samples, and the track's own clock (seconds received). */
export class LiveAudioDecoder {
  readonly encoding: LiveAudioEncoding;
  readonly sampleRate: LiveAudioRate;
  private readonly up: Upsampler8to16 | null;
  /** Input samples received so far (at the source rate). */
  samplesReceived = 0;
  constructor(encoding: LiveAudioEncoding, sampleRate: LiveAudioRate) {
    this.encoding = encoding;
    this.sampleRate = sampleRate;
    this.up = sampleRate === 8000 ? new Upsampler8to16() : null;
  }
  /** Why these bytes are not a whole number of samples, or null. */
  frameProblem(bytes: Uint8Array): string | null {
    if (this.encoding === 'pcm16' && bytes.length % 2 !== 0) return `A pcm16 frame has an even number of bytes (16-bit samples); this one has ${bytes.length}.`;
    return null;
  }
  decode(bytes: Uint8Array): Int16Array {
    const samples = this.encoding === 'mulaw' ? decodeMulaw(bytes) : decodePcm16(bytes);
    this.samplesReceived += samples.length;
    return this.up ? this.up.push(samples) : samples;
  }
  /** The track's clock: seconds of audio received. */
  get seconds(): number {
    return this.samplesReceived / this.sampleRate;
  }
}
