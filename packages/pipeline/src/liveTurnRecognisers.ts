// Recognisers of a live call's turns (DESIGN.md §1.8, audio mode). Each takes a track's finished turns in order and
// resolves, in the same order, the words of each (times in seconds from the turn's first sample).
// - `createPocketsphinxTurnStream`: one pocketsphinx_continuous per track, kept running for the call: the model is
//   loaded once and the cepstral mean carries over from turn to turn. Each turn's audio is written to its stdin as
//   it arrives (so it is decoded while spoken), followed by silence at its end, so pocketsphinx ends its utterance
//   there; its word times (on the stream it was fed: only turns, no silence between them) map back to the turn.
// - `createWindowedTurnRecogniser`: any AsrEngine, one short WAV per turn (whisper.cpp, an OpenAI-compatible server).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { AsrEngine, AsrLanguage, AsrWord } from './AsrEngine.ts';
import { CALLCENTRE_MODEL_DIR, DEFAULT_POCKETSPHINX_HMM } from './pocketsphinxEngine.ts';
import { splitCompoundWords } from './lm/callLm.ts';
import { wavHeader } from './wavFileWriter.ts';

/** One turn being recognised: its audio as it arrives, then its end. */
export interface TurnInput {
  write(samples: Int16Array): void;
  /**
   * The turn is over: its speech ends `speechSeconds` after its first sample (later audio was silence). Resolves with
   * its words (times from the turn's first sample); `keep: false` discards it (too little speech) at once.
   */
  end(speechSeconds: number, keep: boolean): Promise<AsrWord[]>;
}

export interface TurnRecogniser {
  /** A new turn (the previous one has ended); turns resolve in the order they were opened. */
  open(): TurnInput;
  /** Resolves what is pending, then releases the recogniser. */
  close(): Promise<void>;
  /** Stops at once (a dropped call); pending turns resolve with no words. */
  abort(): void;
  /** Seconds of audio given but not yet taken in by the recogniser (back-pressure). */
  backlogSeconds(): number;
}

const RATE = 16000;

export interface PocketsphinxTurnStreamOptions {
  bin?: string;
  hmm?: string;
  /** 'callcentre' (default) or 'general' (Debian's en-us.lm.bin), as CALLCOV_POCKETSPHINX_MODEL. */
  model?: 'callcentre' | 'general';
  callModelDir?: string;
  /** Silence written after each turn (seconds; more than -vad_postspeech, so the utterance ends inside it). */
  padSeconds?: number;
  /** More recogniser arguments (default: CALLCOV_POCKETSPHINX_ARGS, as the post-call engine). */
  extraArgs?: string[];
}

interface StreamTurn {
  /** Stream seconds at which the turn's first sample was written. */
  offset: number;
  /** Seconds of its audio written so far. */
  length: number;
  /** Set by `end`: where its speech ends (stream seconds), and where its window (audio + padding) ends. */
  speechEnd: number | null;
  windowEnd: number | null;
  lastUtteranceEnd: number;
  words: AsrWord[];
  resolved: boolean;
  resolve: (words: AsrWord[]) => void;
}

/** Low-level deterministic noise (±2 LSB): pocketsphinx's VAD and feature code prefer it to digital zero. */
function paddingSamples(n: number): Buffer {
  const b = Buffer.alloc(n * 2);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b.writeInt16LE((x % 5) - 2, 2 * i);
  }
  return b;
}

export function createPocketsphinxTurnStream(options: PocketsphinxTurnStreamOptions = {}): TurnRecogniser {
  const bin = options.bin ?? process.env.CALLCOV_POCKETSPHINX_BIN ?? 'pocketsphinx_continuous';
  const model = options.model ?? (process.env.CALLCOV_POCKETSPHINX_MODEL === 'general' ? 'general' : 'callcentre');
  const callDir = options.callModelDir ?? process.env.CALLCOV_POCKETSPHINX_CALL_MODEL_DIR ?? CALLCENTRE_MODEL_DIR;
  const padSeconds = options.padSeconds ?? 1.2;
  const pad = paddingSamples(Math.round(padSeconds * RATE));
  const modelArgs =
    model === 'callcentre'
      ? ['-lm', join(callDir, 'callcentre.lm'), '-dict', join(callDir, 'callcentre.dict'), '-lw', '6.5']
      : [];
  const args = [
    '-infile', '/dev/stdin', '-time', 'yes', '-logfn', '/dev/null',
    '-hmm', options.hmm ?? DEFAULT_POCKETSPHINX_HMM,
    '-vad_postspeech', '40',
    ...modelArgs,
    ...(options.extraArgs ?? (process.env.CALLCOV_POCKETSPHINX_ARGS ? process.env.CALLCOV_POCKETSPHINX_ARGS.split(/\s+/).filter(Boolean) : [])),
  ];
  let child: ChildProcessWithoutNullStreams | null = null;
  let streamSeconds = 0;
  /** Turns not yet resolved, plus resolved ones whose window may still receive an utterance (dropped then). */
  const turns: StreamTurn[] = [];
  let utterance: AsrWord[] = [];
  let uttStart = -1;
  let exited: Promise<void> = Promise.resolve();
  let failed = false;

  const finishTurn = (t: StreamTurn) => {
    if (t.resolved) return;
    t.resolved = true;
    t.resolve(splitCompoundWords(t.words));
  };
  /** Resolves, in order, every turn from the head that is complete; forgets resolved turns at the head. */
  const settle = () => {
    for (const t of turns) {
      if (t.resolved) continue;
      // complete: ended, and an utterance reached the end of its speech (nothing more of it can come)
      if (t.speechEnd !== null && t.lastUtteranceEnd >= t.speechEnd - 0.3) finishTurn(t);
      else break;
    }
    while (turns.length > 1 && turns[0]!.resolved && turns[0]!.windowEnd !== null) turns.shift();
  };

  /** An utterance ended: its words go to the turn whose window holds its start. */
  const utteranceDone = (start: number, end: number) => {
    const words = utterance;
    utterance = [];
    uttStart = -1;
    let target: StreamTurn | undefined;
    for (const t of turns) {
      if (t.windowEnd !== null && start >= t.windowEnd) {
        finishTurn(t); // this utterance began after its window: the turn is complete
        continue;
      }
      target = t;
      break;
    }
    if (target && !target.resolved) {
      for (const w of words) {
        target.words.push({ word: w.word, start: round3(Math.max(0, w.start - target.offset)), end: round3(Math.max(0, w.end - target.offset)), confidence: w.confidence });
      }
      target.lastUtteranceEnd = Math.max(target.lastUtteranceEnd, end);
    }
    settle();
  };

  const start = () => {
    // Node's stdin of a child is a socket, which pocketsphinx cannot open as /dev/stdin: `cat` turns it into a pipe.
    // Its own process group, so an abort ends both.
    const c = spawn('/bin/sh', ['-c', 'cat | exec "$0" "$@"', bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    child = c;
    c.stdin.on('error', () => {});
    c.stderr.resume();
    exited = new Promise<void>((resolve) => {
      c.on('error', () => {
        failed = true;
        resolve();
      });
      c.on('close', () => resolve());
    });
    void exited.then(() => {
      if (utterance.length) utteranceDone(uttStart, Number.POSITIVE_INFINITY);
      for (const t of turns) finishTurn(t);
    });
    const lines = createInterface({ input: c.stdout });
    lines.on('line', (line) => {
      const m = /^(\S+) (\d+\.\d+) (\d+\.\d+) (\d+(?:\.\d+)?)$/.exec(line.trim());
      if (!m) return;
      const word = m[1]!.replace(/\(\d+\)$/, '');
      const s = Number(m[2]);
      const e = Number(m[3]);
      if (word === '<s>') {
        uttStart = s;
        return;
      }
      if (uttStart < 0) uttStart = s;
      if (word === '</s>') return utteranceDone(uttStart, e);
      if (/^<.*>$|^\[.*\]$|^\+\+.*\+\+$/.test(word)) return;
      utterance.push({ word, start: s, end: e, confidence: Math.max(0, Math.min(1, Number(m[4]))) });
    });
  };
  const writable = () => !failed && child !== null && child.stdin.writable;
  const write = (samples: Int16Array | Buffer) => {
    const b = Buffer.isBuffer(samples) ? samples : Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
    streamSeconds += b.length / 2 / RATE;
    if (writable()) child!.stdin.write(b);
  };

  // the model loads before the first turn is over
  start();

  return {
    open() {
      let resolve!: (words: AsrWord[]) => void;
      const done = new Promise<AsrWord[]>((r) => (resolve = r));
      const turn: StreamTurn = { offset: streamSeconds, length: 0, speechEnd: null, windowEnd: null, lastUtteranceEnd: -1, words: [], resolved: false, resolve };
      turns.push(turn);
      return {
        write(samples) {
          turn.length += samples.length / RATE;
          write(samples);
        },
        end(speechSeconds, keep) {
          turn.speechEnd = turn.offset + Math.min(turn.length, speechSeconds);
          write(pad);
          turn.windowEnd = streamSeconds;
          if (!keep) {
            turn.words = [];
            finishTurn(turn); // its window stays in the list, so an utterance in it is dropped
          }
          if (!writable()) finishTurn(turn);
          settle();
          return keep ? done : Promise.resolve([]);
        },
      };
    },
    async close() {
      if (!child) return;
      child.stdin.end();
      await exited;
    },
    abort() {
      if (child?.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      for (const t of turns) finishTurn(t);
    },
    backlogSeconds() {
      return child ? child.stdin.writableLength / 2 / RATE : 0;
    },
  };
}

/** Any engine, one WAV file per turn (its speech), one turn at a time. */
export function createWindowedTurnRecogniser(engine: AsrEngine, language: AsrLanguage, sourceSampleRate: number): TurnRecogniser {
  let chain: Promise<unknown> = Promise.resolve();
  const controller = new AbortController();
  let dir: Promise<string> | null = null;
  let n = 0;
  let waitingSamples = 0;
  const transcribe = (samples: Int16Array): Promise<AsrWord[]> => {
    waitingSamples += samples.length;
    const result = chain.then(async (): Promise<AsrWord[]> => {
      waitingSamples -= samples.length;
      if (controller.signal.aborted) return [];
      dir ??= mkdtemp(join(tmpdir(), 'callcov-live-'));
      const path = join(await dir, `turn-${n++}.wav`);
      const pcm = Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
      await writeFile(path, Buffer.concat([wavHeader(RATE, 1, pcm.length), pcm]));
      try {
        const r = await engine.transcribe(path, { language, sourceSampleRate, signal: controller.signal });
        return r.words;
      } catch {
        return [];
      } finally {
        await rm(path, { force: true });
      }
    });
    chain = result;
    return result;
  };
  return {
    open() {
      const parts: Int16Array[] = [];
      let length = 0;
      return {
        write(samples) {
          parts.push(samples);
          length += samples.length;
        },
        end(speechSeconds, keep) {
          if (!keep) return Promise.resolve([]);
          const all = new Int16Array(length);
          let o = 0;
          for (const p of parts) {
            all.set(p, o);
            o += p.length;
          }
          return transcribe(all.subarray(0, Math.min(length, Math.round((speechSeconds + 0.2) * RATE))));
        },
      };
    },
    async close() {
      await chain.catch(() => {});
      if (dir) await rm(await dir, { recursive: true, force: true });
    },
    abort() {
      controller.abort();
      if (dir) void dir.then((d) => rm(d, { recursive: true, force: true }));
    },
    backlogSeconds() {
      return waitingSamples / RATE;
    },
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
