// Audio mode of a live call (DESIGN.md §1.8): per track (agent, customer) encoded frames -> 16 kHz PCM -> turns
// endpointed by silence -> the recogniser -> segments, merged across the two tracks in call order (a segment is
// released once the other track can no longer produce one that starts earlier). Call time is each track's own clock
// (samples received / sample rate), never the wall clock.
import type { AsrWord } from './AsrEngine.ts';
import { joinWords } from './buildSegments.ts';
import { LiveAudioDecoder, type LiveAudioEncoding, type LiveAudioRate } from './liveAudioDecode.ts';
import { LiveTurnEndpointer, type TurnEndpointerOptions, type TurnEvent } from './liveTurnEndpointer.ts';
import type { TurnInput, TurnRecogniser } from './liveTurnRecognisers.ts';

export type LiveTrack = 'agent' | 'customer';
export const LIVE_TRACKS: readonly LiveTrack[] = ['agent', 'customer'];

export interface LiveAudioSegment {
  speaker: 'Agent' | 'Customer';
  text: string;
  start: number;
  end: number;
  confidence: number;
}

export interface LiveAudioCallOptions {
  encoding: LiveAudioEncoding;
  sampleRate: LiveAudioRate;
  /** One recogniser per track (called once per track, at its first frame). */
  recogniser: (track: LiveTrack) => TurnRecogniser;
  /** Each recognised turn, in call order (start times never decrease). */
  onSegment: (segment: LiveAudioSegment) => void;
  endpointer?: TurnEndpointerOptions;
}

interface QueuedTurn {
  start: number;
  segment: LiveAudioSegment | null;
  done: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

class TrackState {
  readonly decoder: LiveAudioDecoder;
  readonly endpointer: LiveTurnEndpointer;
  recogniser: TurnRecogniser | null = null;
  /** The turn being spoken. */
  input: TurnInput | null = null;
  readonly queue: QueuedTurn[] = [];
  started = false;
  finished = false;
  constructor(options: LiveAudioCallOptions) {
    this.decoder = new LiveAudioDecoder(options.encoding, options.sampleRate);
    this.endpointer = new LiveTurnEndpointer(options.endpointer);
  }
  /** No segment of this track can start before this (track seconds). */
  frontier(): number {
    if (this.finished || !this.started) return Number.POSITIVE_INFINITY;
    const head = this.queue[0];
    if (head) return head.start;
    return this.endpointer.seconds;
  }
}

export class LiveAudioCall {
  private readonly options: LiveAudioCallOptions;
  private readonly tracks: Record<LiveTrack, TrackState>;
  private lastStart = 0;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(options: LiveAudioCallOptions) {
    this.options = options;
    this.tracks = { agent: new TrackState(options), customer: new TrackState(options) };
  }

  /** Why this frame cannot be accepted (the caller answers with an error), or null. */
  frameProblem(bytes: Uint8Array): string | null {
    return this.tracks.agent.decoder.frameProblem(bytes);
  }

  /** Seconds of audio given to a recogniser and not yet taken in (the largest of the two tracks). */
  backlogSeconds(): number {
    return Math.max(...LIVE_TRACKS.map((track) => this.tracks[track].recogniser?.backlogSeconds() ?? 0));
  }

  /** Seconds of audio received on a track. */
  seconds(track: LiveTrack): number {
    return this.tracks[track].decoder.seconds;
  }

  /** One encoded frame of a track. */
  push(track: LiveTrack, bytes: Uint8Array): void {
    const t = this.tracks[track];
    if (t.finished) return;
    t.started = true;
    t.recogniser ??= this.options.recogniser(track);
    this.handle(track, t.endpointer.push(t.decoder.decode(bytes)));
    this.release();
  }

  private handle(track: LiveTrack, events: TurnEvent[]): void {
    const t = this.tracks[track];
    for (const e of events) {
      if (e.kind === 'open') {
        t.recogniser ??= this.options.recogniser(track);
        t.input = t.recogniser.open();
        t.queue.push({ start: e.start, segment: null, done: false });
        t.input.write(e.samples);
      } else if (e.kind === 'audio') {
        t.input?.write(e.samples);
      } else if (t.input) {
        const queued = t.queue[t.queue.length - 1]!;
        const p = t.input.end(e.speechSeconds, e.keep).then(
          (words) => {
            queued.segment = e.keep ? toSegment(track, e.start, words) : null;
            queued.done = true;
            this.release();
          },
          () => {
            queued.done = true;
            this.release();
          },
        );
        t.input = null;
        this.inFlight.add(p);
        void p.finally(() => this.inFlight.delete(p));
      }
    }
  }

  /** The end of the call: the last turns are recognised and released; resolves when every segment was given. */
  async finish(): Promise<void> {
    for (const track of LIVE_TRACKS) this.handle(track, this.tracks[track].endpointer.flush());
    await Promise.all(LIVE_TRACKS.map((track) => this.tracks[track].recogniser?.close()));
    await Promise.all([...this.inFlight]);
    for (const track of LIVE_TRACKS) this.tracks[track].finished = true;
    this.release();
  }

  /** A dropped call: recognisers stop, nothing more is given. */
  abort(): void {
    for (const track of LIVE_TRACKS) {
      const t = this.tracks[track];
      t.finished = true;
      t.queue.length = 0;
      t.recogniser?.abort();
    }
  }

  /** Gives every recognised turn that no other track can precede any more, in start order. */
  private release(): void {
    for (;;) {
      let best: TrackState | null = null;
      for (const track of LIVE_TRACKS) {
        const head = this.tracks[track].queue[0];
        if (head?.done && (!best || head.start < best.queue[0]!.start)) best = this.tracks[track];
      }
      if (!best) return;
      const head = best.queue[0]!;
      const other = best === this.tracks.agent ? this.tracks.customer : this.tracks.agent;
      if (other.frontier() < head.start) return;
      best.queue.shift();
      const s = head.segment;
      if (!s) continue;
      // a track that began late may hold an earlier turn than one already given: keep the call order
      if (s.start < this.lastStart) {
        s.start = this.lastStart;
        if (s.end < s.start) s.end = s.start;
      }
      this.lastStart = s.start;
      this.options.onSegment(s);
    }
  }
}

function toSegment(track: LiveTrack, turnStart: number, words: AsrWord[]): LiveAudioSegment | null {
  if (words.length === 0) return null;
  const text = joinWords(words.map((w) => w.word));
  if (!text) return null;
  return {
    speaker: track === 'agent' ? 'Agent' : 'Customer',
    text,
    start: round2(turnStart + words[0]!.start),
    end: round2(turnStart + Math.max(...words.map((w) => w.end))),
    confidence: Math.round((words.reduce((a, w) => a + w.confidence, 0) / words.length) * 1000) / 1000,
  };
}
