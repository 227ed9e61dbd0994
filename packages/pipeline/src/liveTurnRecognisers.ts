// Recognisers of a live call's turns (DESIGN.md §1.8, audio mode). Each takes a track's finished turns in order and
// resolves, in the same order, the words of each (times in seconds from the turn's first sample).
// - `createPocketsphinxTurnStream`: one pocketsphinx_continuous per track, kept running for the call: the model is
//   loaded once and the cepstral mean carries over from turn to turn. Each turn is written to its stdin followed by
//   silence, so pocketsphinx ends its utterance there; its word times (on the stream it was fed) map back to the turn.
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

export interface TurnRecogniser {
  /** Words of one turn (16 kHz samples); turns resolve in the order they were given. */
  transcribe(samples: Int16Array): Promise<AsrWord[]>;
  /** Resolves what is pending, then releases the recogniser. */
  close(): Promise<void>;
  /** Stops at once (a dropped call); pending turns resolve with no words. */
  abort(): void;
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
  /**
   * Decode the track's first turn twice and keep the second result: the first pass only sets the cepstral mean,
   * which the first utterance of narrow-band (8 kHz) audio may need (see pocketsphinxEngine.ts). Default off: on the
   * synthesised test calls it changed little and costs a turn's decoding.
   */
  warmUp?: boolean;
  extraArgs?: string[];
}

interface PendingTurn {
  /** Stream seconds at which the turn was written, and its length. */
  offset: number;
  length: number;
  words: AsrWord[];
  discard: boolean;
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
    ...(options.extraArgs ?? []),
  ];
  let child: ChildProcessWithoutNullStreams | null = null;
  let streamSeconds = 0;
  let warmUp = options.warmUp ?? false;
  const pending: PendingTurn[] = [];
  let utterance: AsrWord[] = [];
  let uttStart = -1;
  let exited: Promise<void> = Promise.resolve();
  let failed = false;

  const resolveFirst = () => {
    const t = pending.shift();
    if (t) t.resolve(t.discard ? [] : splitCompoundWords(t.words));
  };
  const resolveAll = () => {
    while (pending.length) resolveFirst();
  };

  /** An utterance ended: its words go to the turn whose window holds its start. */
  const utteranceDone = (start: number, end: number) => {
    const words = utterance;
    utterance = [];
    uttStart = -1;
    // turns whose window ended before this utterance began are complete
    while (pending.length > 0 && start >= pending[0]!.offset + pending[0]!.length + padSeconds) resolveFirst();
    const turn = pending[0];
    if (!turn) return;
    for (const w of words) {
      turn.words.push({ word: w.word, start: round3(Math.max(0, w.start - turn.offset)), end: round3(Math.max(0, w.end - turn.offset)), confidence: w.confidence });
    }
    // the utterance reaches the end of the turn's audio: nothing more of it can come
    if (end >= turn.offset + turn.length - 0.3) resolveFirst();
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
      resolveAll();
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

  const write = (samples: Int16Array, discard: boolean): Promise<AsrWord[]> =>
    new Promise((resolve) => {
      if (!child) start();
      if (failed || !child!.stdin.writable) return resolve([]);
      pending.push({ offset: streamSeconds, length: samples.length / RATE, words: [], discard, resolve });
      streamSeconds += samples.length / RATE + pad.length / 2 / RATE;
      child!.stdin.write(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
      child!.stdin.write(pad);
    });

  // the model loads while the first turn is still being spoken
  start();

  return {
    transcribe(samples) {
      if (warmUp) {
        warmUp = false;
        void write(samples, true);
      }
      return write(samples, false);
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
      resolveAll();
    },
  };
}

/** Any engine, one WAV file per turn, one turn at a time. */
export function createWindowedTurnRecogniser(engine: AsrEngine, language: AsrLanguage, sourceSampleRate: number): TurnRecogniser {
  let chain: Promise<unknown> = Promise.resolve();
  const controller = new AbortController();
  let dir: Promise<string> | null = null;
  let n = 0;
  return {
    transcribe(samples) {
      const result = chain.then(async (): Promise<AsrWord[]> => {
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
    },
    async close() {
      await chain.catch(() => {});
      if (dir) await rm(await dir, { recursive: true, force: true });
    },
    abort() {
      controller.abort();
      if (dir) void dir.then((d) => rm(d, { recursive: true, force: true }));
    },
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
