/**
 * Energy-based voice activity detection, fed in streaming fashion with 16-bit PCM.
 * Per 20 ms frame it keeps the level (dBFS) and, optionally, a pitch estimate; only these
 * small per-frame numbers are kept (about 100 kB per audio hour), never the samples.
 * Pure: no I/O.
 */
export interface TimeInterval { start: number; end: number }

export interface VadOptions {
  sampleRate: number;
  /** Estimate pitch per frame (needed for mono speaker-turn clustering). */
  pitch?: boolean;
  frameSeconds?: number;
  /** Gaps shorter than this inside speech are bridged. */
  bridgeGapSeconds?: number;
  /** Speech bursts shorter than this are dropped. */
  minSpeechSeconds?: number;
  /** Level below which nothing is speech, whatever the noise floor (dBFS). */
  absoluteFloorDb?: number;
}

export interface VadResult {
  frameSeconds: number;
  /** Per-frame level in dBFS (-100 for digital silence). */
  levelsDb: Float32Array;
  /** Per-frame pitch in Hz, 0 when unvoiced or not computed. */
  pitchHz: Float32Array;
  thresholdDb: number;
  peakDb: number;
  speech: TimeInterval[];
  speechSeconds: number;
  durationSeconds: number;
}

export interface EnergyVad {
  push(samples: Int16Array): void;
  finish(): VadResult;
}

export function createEnergyVad(opts: VadOptions): EnergyVad {
  const frameSeconds = opts.frameSeconds ?? 0.02;
  const frameLen = Math.round(opts.sampleRate * frameSeconds);
  const bridge = opts.bridgeGapSeconds ?? 0.3;
  const minSpeech = opts.minSpeechSeconds ?? 0.12;
  const absFloor = opts.absoluteFloorDb ?? -55;
  const levels: number[] = [];
  const pitches: number[] = [];
  let peak = -100;
  // Holds the current partial frame plus the previous frame (pitch uses a 2-frame window).
  const prev = new Float32Array(frameLen);
  const cur = new Float32Array(frameLen);
  let fill = 0;
  let totalSamples = 0;

  const endFrame = (): void => {
    let sum = 0;
    for (let i = 0; i < frameLen; i++) sum += cur[i] * cur[i];
    const rms = Math.sqrt(sum / frameLen);
    const db = rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100;
    levels.push(db);
    if (db > peak) peak = db;
    pitches.push(opts.pitch && db > -50 ? estimatePitch(prev, cur, opts.sampleRate) : 0);
    prev.set(cur);
    fill = 0;
  };

  return {
    push(samples: Int16Array) {
      totalSamples += samples.length;
      for (let i = 0; i < samples.length; i++) {
        cur[fill++] = samples[i] / 32768;
        if (fill === frameLen) endFrame();
      }
    },
    finish() {
      if (fill > frameLen / 2) {
        cur.fill(0, fill);
        endFrame();
      }
      const levelsDb = Float32Array.from(levels);
      const sorted = Float32Array.from(levels).sort();
      const pct = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : -100);
      const floor = pct(0.1);
      const loud = pct(0.97);
      const thresholdDb = Math.max(absFloor, floor + 12, loud - 35);
      const speech = regionsAbove(levelsDb, thresholdDb, frameSeconds, bridge, minSpeech);
      return {
        frameSeconds,
        levelsDb,
        pitchHz: Float32Array.from(pitches),
        thresholdDb,
        peakDb: peak,
        speech,
        speechSeconds: speech.reduce((s, r) => s + (r.end - r.start), 0),
        durationSeconds: totalSamples / opts.sampleRate,
      };
    },
  };
}

/** Frames above threshold -> intervals, bridging short gaps and dropping short bursts. */
export function regionsAbove(levels: ArrayLike<number>, threshold: number, frameSeconds: number, bridgeGapSeconds: number, minSpeechSeconds: number): TimeInterval[] {
  const raw: TimeInterval[] = [];
  let start = -1;
  for (let i = 0; i <= levels.length; i++) {
    const on = i < levels.length && levels[i] >= threshold;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      raw.push({ start: start * frameSeconds, end: i * frameSeconds });
      start = -1;
    }
  }
  const merged: TimeInterval[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start - last.end < bridgeGapSeconds) last.end = r.end;
    else merged.push({ ...r });
  }
  return merged.filter((r) => r.end - r.start >= minSpeechSeconds).map((r) => ({ start: round3(r.start), end: round3(r.end) }));
}

/** Normalised autocorrelation pitch estimate over a 2-frame window, decimated by 2; 0 when unvoiced. */
export function estimatePitch(prev: Float32Array, cur: Float32Array, sampleRate: number): number {
  const n = prev.length + cur.length;
  const half = Math.floor(n / 2);
  const x = new Float32Array(half);
  for (let i = 0; i < half; i++) {
    const a = 2 * i < prev.length ? prev[2 * i] : cur[2 * i - prev.length];
    const j = 2 * i + 1;
    const b = j < prev.length ? prev[j] : cur[j - prev.length];
    x[i] = (a + b) / 2;
  }
  const sr = sampleRate / 2;
  const minLag = Math.floor(sr / 400);
  const maxLag = Math.min(half - 8, Math.ceil(sr / 70));
  let energy = 0;
  for (let i = 0; i < half; i++) energy += x[i] * x[i];
  if (energy <= 0) return 0;
  const rs = new Float32Array(maxLag + 1);
  let best = 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    let s = 0;
    let e1 = 0;
    let e2 = 0;
    for (let i = 0; i + lag < half; i++) {
      s += x[i] * x[i + lag];
      e1 += x[i] * x[i];
      e2 += x[i + lag] * x[i + lag];
    }
    rs[lag] = s / Math.sqrt(e1 * e2 + 1e-12);
    if (rs[lag] > best) best = rs[lag];
  }
  // The shortest lag at a local peak close to the best one (avoids octave errors at multiples of the period).
  let bestLag = 0;
  for (let lag = minLag + 1; lag < maxLag; lag++) {
    if (rs[lag] >= 0.9 * best && rs[lag] >= rs[lag - 1] && rs[lag] >= rs[lag + 1]) { bestLag = lag; break; }
  }
  return best > 0.5 && bestLag > 0 ? sr / bestLag : 0;
}

/** Intervals where none of the given speech tracks is active, at least minSeconds long. */
export function silenceIntervals(tracks: TimeInterval[][], durationSeconds: number, minSeconds: number): TimeInterval[] {
  const all = tracks.flat().sort((a, b) => a.start - b.start);
  const out: TimeInterval[] = [];
  let cursor = 0;
  for (const r of all) {
    if (r.start - cursor >= minSeconds) out.push({ start: round3(cursor), end: round3(r.start) });
    cursor = Math.max(cursor, r.end);
  }
  if (durationSeconds - cursor >= minSeconds) out.push({ start: round3(cursor), end: round3(durationSeconds) });
  return out;
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
