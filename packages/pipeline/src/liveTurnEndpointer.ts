// Endpointing of a live call's track by silence (DESIGN.md §1.8, audio mode): 16 kHz samples in, turn events out.
// The level per 20 ms frame against an adaptive noise floor (the ideas of energyVad.ts, in streaming form). A turn
// opens at the first speech frame (with a little audio before it), its audio is handed on as it arrives (so the
// recogniser works while the turn is spoken), and it closes after `endSilenceSeconds` without speech, or is cut at
// `maxTurnSeconds` (short windows for the recogniser).
// Pure: no I/O, no clock (time is samples received / 16000).

export type TurnEvent =
  /** A turn begins at `start` (track seconds); `samples` is its first audio (the pre-roll and the first speech frame). */
  | { kind: 'open'; start: number; samples: Int16Array }
  /** More audio of the open turn. */
  | { kind: 'audio'; samples: Int16Array }
  /**
   * The turn is over. `speechSeconds`: from its start to its last speech frame plus a short tail (the audio after
   * that was silence); `keep` is false when it held too little speech (a click, a cough).
   */
  | { kind: 'close'; start: number; speechSeconds: number; keep: boolean };

export interface TurnEndpointerOptions {
  frameSeconds?: number;
  /** Silence that ends a turn (default 0.6 s). */
  endSilenceSeconds?: number;
  /** A turn longer than this is cut (default 15 s). */
  maxTurnSeconds?: number;
  /** Speech shorter than this in a turn (a click, a cough) is not kept (default 0.25 s). */
  minSpeechSeconds?: number;
  /** Audio kept before the first speech frame and counted after the last (default 0.25 s / 0.15 s). */
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
  private readonly frameSeconds: number;
  private readonly endSilenceFrames: number;
  private readonly maxTurnFrames: number;
  private readonly minSpeechFrames: number;
  private readonly preRollFrames: number;
  private readonly tailFrames: number;
  private readonly absFloor: number;
  private readonly aboveFloor: number;
  private noiseFloor = -70;
  private readonly partial: Int16Array;
  private fill = 0;
  /** Index of the next whole frame. */
  private frameIndex = 0;
  /** Recent frames while idle (the next turn's pre-roll). */
  private preRoll: Int16Array[] = [];
  private turnStartFrame = -1;
  private speechFrames = 0;
  private lastSpeechFrame = -1;

  constructor(options: TurnEndpointerOptions = {}) {
    this.frameSeconds = options.frameSeconds ?? 0.02;
    this.frameLen = Math.round(RATE * this.frameSeconds);
    const f = (s: number) => Math.max(1, Math.round(s / this.frameSeconds));
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
    return this.frameIndex * this.frameSeconds;
  }

  /** Start (track seconds) of the turn in progress, or null when idle. */
  get openTurnStart(): number | null {
    return this.turnStartFrame >= 0 ? this.turnStartFrame * this.frameSeconds : null;
  }

  /** Feeds 16 kHz samples; returns what they opened, carried and closed. */
  push(samples: Int16Array): TurnEvent[] {
    const out: TurnEvent[] = [];
    let i = 0;
    while (i < samples.length) {
      const n = Math.min(this.frameLen - this.fill, samples.length - i);
      this.partial.set(samples.subarray(i, i + n), this.fill);
      this.fill += n;
      i += n;
      if (this.fill === this.frameLen) {
        this.frame(this.partial.slice(), out);
        this.fill = 0;
      }
    }
    return out;
  }

  /** The end of the track: closes the turn in progress. */
  flush(): TurnEvent[] {
    return this.turnStartFrame >= 0 ? [this.close()] : [];
  }

  private frame(frame: Int16Array, out: TurnEvent[]): void {
    let sum = 0;
    for (let k = 0; k < frame.length; k++) sum += frame[k]! * frame[k]!;
    const rms = Math.sqrt(sum / frame.length) / 32768;
    const db = rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100;
    const speech = db >= Math.max(this.absFloor, this.noiseFloor + this.aboveFloor);
    // the floor follows quiet frames down at once and creeps up 1 dB/s otherwise
    this.noiseFloor = db < this.noiseFloor ? db : Math.min(this.noiseFloor + 0.02, -20);
    const index = this.frameIndex++;
    if (this.turnStartFrame < 0) {
      this.preRoll.push(frame);
      if (!speech) {
        if (this.preRoll.length > this.preRollFrames) this.preRoll.shift();
        return;
      }
      this.turnStartFrame = index + 1 - this.preRoll.length;
      this.speechFrames = 1;
      this.lastSpeechFrame = index;
      const samples = new Int16Array(this.preRoll.length * this.frameLen);
      this.preRoll.forEach((f, k) => samples.set(f, k * this.frameLen));
      this.preRoll = [];
      out.push({ kind: 'open', start: this.turnStartFrame * this.frameSeconds, samples });
      return;
    }
    out.push({ kind: 'audio', samples: frame });
    if (speech) {
      this.speechFrames++;
      this.lastSpeechFrame = index;
    }
    if (index - this.lastSpeechFrame >= this.endSilenceFrames || index + 1 - this.turnStartFrame >= this.maxTurnFrames) out.push(this.close());
  }

  private close(): TurnEvent {
    const start = this.turnStartFrame * this.frameSeconds;
    const speechFrames = Math.min(this.frameIndex, this.lastSpeechFrame + 1 + this.tailFrames) - this.turnStartFrame;
    const event: TurnEvent = { kind: 'close', start, speechSeconds: speechFrames * this.frameSeconds, keep: this.speechFrames >= this.minSpeechFrames };
    this.turnStartFrame = -1;
    this.speechFrames = 0;
    return event;
  }
}
