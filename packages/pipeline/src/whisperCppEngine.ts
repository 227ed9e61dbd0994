import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AudioPipelineError } from './AudioPipelineError.ts';
import type { AsrEngine, AsrResult, AsrWord } from './AsrEngine.ts';
import { runProcess } from './runProcess.ts';

export interface WhisperCppConfig {
  /** whisper.cpp CLI: CALLCOV_WHISPER_BIN, else `whisper-cli`, else `whisper-cpp`, else `main` on PATH. */
  bin?: string;
  /** ggml model file provided by the operator (CALLCOV_WHISPER_MODEL). */
  model?: string;
  threads?: number;
}

interface WhisperJsonFull {
  result?: { language?: string };
  transcription?: Array<{
    offsets?: { from: number; to: number };
    text?: string;
    tokens?: Array<{ text: string; p?: number; offsets?: { from: number; to: number } }>;
  }>;
}

/** Parses whisper.cpp `-ojf -ml 1 -sow` output (one word per segment, times in ms). Pure. */
export function parseWhisperCppJson(json: WhisperJsonFull): AsrResult {
  const words: AsrWord[] = [];
  for (const seg of json.transcription ?? []) {
    const text = (seg.text ?? '').trim();
    if (!text || /^\[.*\]$|^\(.*\)$/.test(text)) continue;
    const toks = (seg.tokens ?? []).filter((t) => !/^\[_|^<\|/.test(t.text) && t.text.trim());
    const conf = toks.length ? toks.reduce((s, t) => s + (t.p ?? 1), 0) / toks.length : 1;
    words.push({ word: text, start: (seg.offsets?.from ?? 0) / 1000, end: (seg.offsets?.to ?? 0) / 1000, confidence: Math.max(0, Math.min(1, conf)) });
  }
  return { language: json.result?.language ?? 'auto', words };
}

async function findBin(candidates: string[]): Promise<string | null> {
  for (const c of candidates) {
    try {
      await runProcess(c, ['--help'], { maxOutput: 2048 });
      return c;
    } catch { /* not this one */ }
  }
  return null;
}

/** whisper.cpp through its CLI, with an operator-provided model: English, Spanish, auto-detect. */
export function createWhisperCppEngine(config: WhisperCppConfig = {}): AsrEngine {
  const model = config.model ?? process.env.CALLCOV_WHISPER_MODEL;
  const explicitBin = config.bin ?? process.env.CALLCOV_WHISPER_BIN;
  let resolved: string | null | undefined;
  const bin = async () => (resolved !== undefined ? resolved : (resolved = await findBin(explicitBin ? [explicitBin] : ['whisper-cli', 'whisper-cpp', 'main'])));
  const engine: AsrEngine = {
    name: 'whisper',
    parallel: false, // whisper.cpp uses all cores itself
    async available() {
      if (!model) return { ok: false, reason: 'no whisper model configured (set CALLCOV_WHISPER_MODEL to a ggml model file)' };
      try { await access(model); } catch { return { ok: false, reason: `whisper model file ${model} not found` }; }
      const b = await bin();
      if (!b) return { ok: false, reason: 'whisper.cpp CLI not found (put whisper-cli on PATH or set CALLCOV_WHISPER_BIN)' };
      return { ok: true };
    },
    async transcribe(path, opts) {
      const avail = await engine.available();
      if (!avail.ok) throw new AudioPipelineError('asr_unavailable', avail.reason ?? 'whisper unavailable');
      const b = (await bin()) as string;
      const dir = await mkdtemp(join(tmpdir(), 'callcov-whisper-'));
      try {
        const prefix = join(dir, 'out');
        const args = ['-m', model as string, '-f', path, '-l', opts.language, '-ml', '1', '-sow', '-ojf', '-of', prefix, '-np', '-pp',
          ...(config.threads ? ['-t', String(config.threads)] : [])];
        const r = await runProcess(b, args, {
          signal: opts.signal,
          onStderrLine: (line) => {
            const m = /progress\s*=\s*(\d+)%/.exec(line);
            if (m) opts.onProgress?.(Number(m[1]) / 100);
          },
        });
        if (r.code !== 0) throw new AudioPipelineError('asr_failed', `whisper.cpp failed (exit ${r.code ?? r.signal}): ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
        const json = JSON.parse(await readFile(`${prefix}.json`, 'utf8')) as WhisperJsonFull;
        opts.onProgress?.(1);
        return parseWhisperCppJson(json);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
  return engine;
}
