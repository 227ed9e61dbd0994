import type { TimeInterval, VadResult } from './energyVad.ts';
import { round3 } from './energyVad.ts';

export interface MonoTurn extends TimeInterval {
  /** Voice cluster 0 or 1 (which one is the agent is decided later from the words). */
  cluster: 0 | 1;
  pitchHz: number;
  levelDb: number;
}

export interface MonoTurnOptions {
  /** A pause at least this long ends a turn (default 0.45 s). */
  pauseSeconds?: number;
  /** A pitch jump of at least this many octaves between the 0.5 s before and after a point splits a turn (default 0.3). */
  pitchJumpOctaves?: number;
}

/**
 * Splits a mono recording into turns (speech between pauses) and groups the turns into two voices
 * by their median pitch and level with 2-means. When the two groups are not clearly different,
 * turns alternate between the two voices at each pause longer than one second. Pure.
 */
export function segmentMonoTurns(vad: VadResult, opts: MonoTurnOptions = {}): MonoTurn[] {
  const pause = opts.pauseSeconds ?? 0.45;
  const turns: TimeInterval[] = [];
  for (const r of vad.speech) {
    const last = turns[turns.length - 1];
    if (last && r.start - last.end < pause) last.end = r.end;
    else turns.push({ ...r });
  }
  // Speaker changes without a pause: split where the voice's pitch jumps.
  const jump = opts.pitchJumpOctaves ?? 0.3;
  const split = turns.flatMap((t) => splitAtPitchJumps(vad, t, jump));
  turns.length = 0;
  turns.push(...split);
  const feats = turns.map((t) => turnFeatures(vad, t));
  const voiced = feats.filter((f) => f.pitchHz > 0);
  let clusters: Array<0 | 1>;
  const km = voiced.length >= 2 ? twoMeans(feats.map((f) => (f.pitchHz > 0 ? Math.log2(f.pitchHz) : NaN))) : null;
  if (km && Math.abs(km.centres[0] - km.centres[1]) >= 0.25) {
    // at least a quarter octave apart (~19 %): two distinct voices
    clusters = km.labels;
  } else {
    clusters = [];
    let c: 0 | 1 = 0;
    turns.forEach((t, i) => {
      if (i > 0 && t.start - turns[i - 1].end >= 1.0) c = c === 0 ? 1 : 0;
      clusters.push(c);
    });
  }
  // Make cluster 0 the voice that speaks first.
  const flip = clusters[0] === 1;
  return turns.map((t, i) => ({
    start: round3(t.start), end: round3(t.end),
    cluster: (flip ? 1 - clusters[i] : clusters[i]) as 0 | 1,
    pitchHz: Math.round(feats[i].pitchHz), levelDb: Math.round(feats[i].levelDb * 10) / 10,
  }));
}

/** Recursively splits a turn at the strongest pitch jump between adjacent 0.5 s windows. */
function splitAtPitchJumps(vad: VadResult, t: TimeInterval, jumpOctaves: number): TimeInterval[] {
  const win = Math.round(0.5 / vad.frameSeconds);
  const a = Math.floor(t.start / vad.frameSeconds);
  const b = Math.min(vad.pitchHz.length, Math.ceil(t.end / vad.frameSeconds));
  if (b - a < 2 * win) return [t];
  const voicedLog = (from: number, to: number): number | null => {
    const xs: number[] = [];
    for (let i = from; i < to; i++) if (vad.pitchHz[i] > 0 && vad.levelsDb[i] >= vad.thresholdDb) xs.push(Math.log2(vad.pitchHz[i]));
    return xs.length >= Math.round(win * 0.3) ? xs.reduce((x, y) => x + y, 0) / xs.length : null; // mean: peaks at the change point
  };
  let best = 0;
  let at = -1;
  for (let i = a + win; i <= b - win; i += 2) {
    const left = voicedLog(i - win, i);
    const right = voicedLog(i, i + win);
    if (left === null || right === null) continue;
    const d = Math.abs(left - right);
    if (d >= jumpOctaves && d > best) { best = d; at = i; }
  }
  if (at < 0) return [t];
  const cut = at * vad.frameSeconds;
  return [...splitAtPitchJumps(vad, { start: t.start, end: cut }, jumpOctaves), ...splitAtPitchJumps(vad, { start: cut, end: t.end }, jumpOctaves)];
}

function turnFeatures(vad: VadResult, t: TimeInterval): { pitchHz: number; levelDb: number } {
  const a = Math.floor(t.start / vad.frameSeconds);
  const b = Math.min(vad.levelsDb.length, Math.ceil(t.end / vad.frameSeconds));
  const pitches: number[] = [];
  const levels: number[] = [];
  for (let i = a; i < b; i++) {
    if (vad.levelsDb[i] >= vad.thresholdDb) levels.push(vad.levelsDb[i]);
    if (vad.pitchHz[i] > 0 && vad.levelsDb[i] >= vad.thresholdDb) pitches.push(vad.pitchHz[i]);
  }
  return { pitchHz: pitches.length >= 5 ? median(pitches) : 0, levelDb: levels.length ? median(levels) : -100 };
}

/** 1-D 2-means; NaN values get the label of the nearest neighbour in time (previous turn). */
function twoMeans(xs: number[]): { labels: Array<0 | 1>; centres: [number, number] } | null {
  const vals = xs.filter((x) => !Number.isNaN(x));
  if (vals.length < 2) return null;
  let c0 = Math.min(...vals);
  let c1 = Math.max(...vals);
  for (let iter = 0; iter < 20; iter++) {
    const g0 = vals.filter((x) => Math.abs(x - c0) <= Math.abs(x - c1));
    const g1 = vals.filter((x) => Math.abs(x - c0) > Math.abs(x - c1));
    if (!g0.length || !g1.length) break;
    const n0 = g0.reduce((a, b) => a + b, 0) / g0.length;
    const n1 = g1.reduce((a, b) => a + b, 0) / g1.length;
    if (n0 === c0 && n1 === c1) break;
    c0 = n0; c1 = n1;
  }
  const labels: Array<0 | 1> = [];
  let prev: 0 | 1 = 0;
  for (const x of xs) {
    const l: 0 | 1 = Number.isNaN(x) ? (prev === 0 ? 1 : 0) : Math.abs(x - c0) <= Math.abs(x - c1) ? 0 : 1;
    labels.push(l);
    prev = l;
  }
  return { labels, centres: [c0, c1] };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
