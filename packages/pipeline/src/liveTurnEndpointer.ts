// Endpointing of a live call's track by silence (DESIGN.md §1.8, audio mode): 16 kHz samples in, finished turns out.
// The level per 20 ms frame against an adaptive noise floor (the ideas of energyVad.ts, in streaming form); a turn
// ends after `endSilenceSeconds` without speech, or is cut at `maxTurnSeconds` (short windows for the recogniser).
// Pure: no I/O, no clock (time is samples received / 16000).

export interface LiveTurn {
  /** Track seconds of the turn's first and last sample (pre-roll and tail included). */
  start: number;
  end: number;
  /** 16 kHz samples of the turn. */
  samples: Int16Array;
}

export interface TurnEndpointerOptions {
  frameSeconds?: number;
  /** Silence that ends a turn (default 0.6 s). */
  endSilenceSeconds?: number;
  /** A turn longer than this is cut (default 15 s). */
  maxTurnSeconds?: number;
  /** Speech shorter than this in a turn (a click, a cough) is dropped (default 0.25 s). */
  minSpeechSeconds?: number;
  /** Audio kept before the first speech frame and after the last (default 0.25 s / 0.15 s). */
  preRollSeconds?: number;
  tailSeconds?: number;
  /** Nothing quieter is speech (dBFS, default -48). */
  absoluteFloorDb?: number;
  /** Speech is this much above the noise floor (default 15 dB). */
  aboveFloorDb?: number;
}

const RATE = 16000;

export class LiveTurnEndpointer {
  private readonly frameLen: number;
  private readonly endSilenceFrames: number;
  private readonly maxTurnFrames: number;
  private readonly minSpeechFrames: number;
  private readonly preRollFrames: number;
  private readonly tailFrames: number;
  private readonly absFloor: number;
  private readonly aboveFloor: number;
  private noiseFloor = -70;
  /** Frames of the current partial frame. */
  private readonly partial: Int16Array;
  private fill = 0;
  /** Index of the next whole frame. */
  private frameIndex = 0;
  /** Recent frames (pre-roll) while idle; the turn's frames while in a turn. */
  private frames: Int16Array[] = [];
  private framesStart = 0;
  private inTurn = false;
  private speechFrames = 0;
  private lastSpeechFrame = -1;

  constructor(options: TurnEndpointerOptions = {}) {
    const frameSeconds = options.frameSeconds ?? 0.02;
    this.frameLen = Math.round(RATE * frameSeconds);
    const f = (s: number) => Math.max(1, Math.round(s / frameSeconds));
    this.endSilenceFrames = f(options.endSilenceSeconds ?? 0.6);
    this.maxTurnFrames = f(options.maxTurnSeconds ?? 15);
    this.minSpeechFrames = f(options.minSpeechSeconds ?? 0.25);
    this.preRollFrames = f(options.preRollSeconds ?? 0.25);
    this.tailFrames = f(options.tailSeconds ?? 0.15);
    this.absFloor = options.absoluteFloorDb ?? -48;
    this.aboveFloor = options.aboveFloorDb ?? 15;
    this.partial = new Int16Array(this.frameLen);
  }

  /** Track seconds endpointed so far (whole frames). */
  get seconds(): number {
    return (this.frameIndex * this.frameLen) / RATE;
  }

  /** Start (track seconds) of the turn in progress, or null when idle. */
  get openTurnStart(): number | null {
    return this.inTurn ? (this.framesStart * this.frameLen) / RATE : null;
  }

  /** Feeds 16 kHz samples; returns the turns they finished. */
  push(samples: Int16Array): LiveTurn[] {
    const out: LiveTurn[] = [];
    let i = 0;
    while (i < samples.length) {
      const n = Math.min(this.frameLen - this.fill, samples.length - i);
      this.partial.set(samples.subarray(i, i + n), this.fill);
      this.fill += n;
      i += n;
      if (this.fill === this.frameLen) {
        const t = this.frame(this.partial.slice());
        if (t) out.push(t);
        this.fill = 0;
      }
    }
    return out;
  }

  /** The end of the track: the turn in progress, if it holds speech. */
  flush(): LiveTurn[] {
    if (!this.inTurn) return [];
    const t = this.close(this.frames.length);
    return t ? [t] : [];
  }

  private frame(frame: Int16Array): LiveTurn | null {
    let sum = 0;
    for (let k = 0; k < frame.length; k++) sum += frame[k]! * frame[k]!;
    const rms = Math.sqrt(sum / frame.length) / 32768;
    const db = rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100;
    const speech = db >= Math.max(this.absFloor, this.noiseFloor + this.aboveFloor);
    // the floor follows quiet frames down at once and creeps up 1 dB/s otherwise
    this.noiseFloor = db < this.noiseFloor ? db : Math.min(this.noiseFloor + 0.02, -20);
    const index = this.frameIndex++;
    this.frames.push(frame);
    if (!this.inTurn) {
      if (speech) {
        this.inTurn = true;
        this.speechFrames = 1;
        this.lastSpeechFrame = index;
        return null;
      }
      if (this.frames.length > this.preRollFrames) {
        this.frames.shift();
        this.framesStart++;
      }
      return null;
    }
    if (speech) {
      this.speechFrames++;
      this.lastSpeechFrame = index;
    }
    if (index - this.lastSpeechFrame >= this.endSilenceFrames) {
      return this.close(Math.min(this.frames.length, this.lastSpeechFrame - this.framesStart + 1 + this.tailFrames));
    }
    if (this.frames.length >= this.maxTurnFrames) return this.close(this.frames.length);
    return null;
  }

  /** Ends the turn after its first `keep` frames (the rest, silence, becomes the next pre-roll). */
  private close(keep: number): LiveTurn | null {
    const kept = this.frames.slice(0, keep);
    const rest = this.frames.slice(keep);
    const start = (this.framesStart * this.frameLen) / RATE;
    const enough = this.speechFrames >= this.minSpeechFrames;
    this.framesStart += keep;
    this.frames = rest.slice(-this.preRollFrames);
    this.framesStart += rest.length - this.frames.length;
    this.inTurn = false;
    this.speechFrames = 0;
    if (!enough) return null;
    const samples = new Int16Array(kept.length * this.frameLen);
    kept.forEach((f, k) => samples.set(f, k * this.frameLen));
    return { start, end: start + samples.length / RATE, samples };
  }
}
