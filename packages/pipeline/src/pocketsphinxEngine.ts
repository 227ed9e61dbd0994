import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AudioPipelineError } from './AudioPipelineError.ts';
import type { AsrEngine, AsrResult, AsrWord } from './AsrEngine.ts';
import { runProcess } from './runProcess.ts';

export interface PocketsphinxConfig {
  /** pocketsphinx_continuous binary (Debian's pocketsphinx package). */
  bin?: string;
  /** Optional model overrides; by default the binary's built-in paths (pocketsphinx-en-us) are used. */
  hmm?: string;
  lm?: string;
  dict?: string;
  /**
   * Seconds of audio used by a first, short pass that measures the channel's cepstral mean, which the
   * full pass then starts from (default 20; 0 disables). Without it the first utterance of
   * narrow-band (8 kHz telephone) audio is mostly lost, because the model's initial mean is for 16 kHz.
   */
  cmnCalibrationSeconds?: number;
}

/** Availability checks per binary + model: kept while in flight or successful, a failed one for FAILED_CHECK_TTL_MS. */
const availability = new Map<string, { result: Promise<{ ok: boolean; reason?: string }>; failedAt?: number }>();
const FAILED_CHECK_TTL_MS = 5000;

const DEFAULT_POCKETSPHINX_DIR = '/usr/share/pocketsphinx/model/en-us';
export const DEFAULT_POCKETSPHINX_HMM = join(DEFAULT_POCKETSPHINX_DIR, 'en-us');

/** Last cepstral mean pocketsphinx logged ("Update to < ... >"), comma-separated; null if none. Pure. */
export function parseLastCmn(log: string): string | null {
  const all = [...log.matchAll(/Update to\s+<([^>]*)>/g)];
  const last = all[all.length - 1];
  return last ? last[1].trim().split(/\s+/).join(',') : null;
}

/** Parses `pocketsphinx_continuous -time yes` output: a hypothesis line, then "word start end confidence" lines. Pure. */
export function parsePocketsphinxTimes(stdout: string): AsrWord[] {
  const words: AsrWord[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^(\S+) (\d+\.\d+) (\d+\.\d+) (\d+(?:\.\d+)?)$/.exec(line.trim());
    if (!m) continue;
    const w = m[1].replace(/\(\d+\)$/, '');
    if (/^<.*>$|^\[.*\]$|^\+\+.*\+\+$/.test(w)) continue; // <s>, </s>, <sil>, [NOISE], ++NOISE++
    words.push({ word: w, start: Number(m[2]), end: Number(m[3]), confidence: Math.max(0, Math.min(1, Number(m[4]))) });
  }
  return words;
}

/**
 * Parses pocketsphinx 5.0 `pocketsphinx single FILE` output: one JSON object per utterance,
 * {"b": begin, "d": duration, "p": prob, "t": text, "w": [{"b","d","p","t"}]}. Pure.
 */
export function parsePocketsphinx5Json(stdout: string): AsrWord[] {
  const words: AsrWord[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    const u = JSON.parse(line) as { w?: Array<{ b: number; d: number; p?: number; t: string }> };
    for (const w of u.w ?? []) {
      const t = w.t.replace(/\(\d+\)$/, '');
      if (/^<.*>$|^\[.*\]$|^\+\+.*\+\+$/.test(t)) continue;
      words.push({ word: t, start: round2(w.b), end: round2(w.b + w.d), confidence: Math.max(0, Math.min(1, w.p ?? 1)) });
    }
  }
  return words;
}

const round2 = (x: number) => Math.round(x * 1000) / 1000;

/** Offline English recognition with CMU PocketSphinx (Debian's `pocketsphinx` + `pocketsphinx-en-us`). */
export function createPocketsphinxEngine(config: PocketsphinxConfig = {}): AsrEngine {
  const bin = config.bin ?? process.env.CALLCOV_POCKETSPHINX_BIN ?? 'pocketsphinx_continuous';
  const modelArgs = [
    ...(config.hmm ? ['-hmm', config.hmm] : []),
    ...(config.lm ? ['-lm', config.lm] : []),
    ...(config.dict ? ['-dict', config.dict] : []),
  ];
  // pocketsphinx 5.0 ships one `pocketsphinx` CLI with JSON output; Debian's 5prealpha has pocketsphinx_continuous.
  const v5 = /(^|\/)pocketsphinx$/.test(bin);
  const calibrate = v5 ? 0 : (config.cmnCalibrationSeconds ?? 20);
  const hmm = config.hmm ?? DEFAULT_POCKETSPHINX_HMM;

  /** Short first pass: returns a -featparams file whose -cmninit is this audio's cepstral mean. */
  async function calibrationArgs(path: string, dir: string, signal?: AbortSignal, sourceSampleRate?: number): Promise<string[]> {
    // Measured on the bench: skipping this for 16 kHz sources halves the CPU of short calls but raises WER
    // (e.g. 7 % -> 13 % on a 20 s call), so it always runs; a 1 h call spends < 1 % of its time here.
    void sourceSampleRate;
    if (calibrate <= 0) return [];
    let params: string;
    try {
      await access(join(hmm, 'feat.params'));
      params = await readFile(join(hmm, 'feat.params'), 'utf8');
    } catch {
      return [];
    }
    const excerpt = join(dir, 'calibration.wav');
    const cut = await runProcess('ffmpeg', ['-v', 'error', '-y', '-i', path, '-t', String(calibrate), '-ac', '1', '-ar', '16000', excerpt]).catch(() => null);
    if (!cut || cut.code !== 0) return [];
    const log = join(dir, 'calibration.log');
    const r = await runProcess(bin, ['-infile', excerpt, '-logfn', log, ...modelArgs], { signal, maxOutput: 1024 * 1024 });
    if (r.code !== 0) return [];
    const cmn = parseLastCmn(await readFile(log, 'utf8').catch(() => ''));
    if (!cmn) return [];
    const featParams = join(dir, 'feat.params');
    const lines = params.split('\n').filter((l) => l.trim() && !l.startsWith('-cmninit'));
    await writeFile(featParams, [...lines, `-cmninit ${cmn}`, ''].join('\n'));
    return ['-featparams', featParams];
  }

  /**
   * Cheap: the binary starts, and the model files it will load exist. (Loading the model to check it costs a second or
   * more of CPU, and a worker shutting down would have to wait for it.)
   */
  async function checkAvailable(): Promise<{ ok: boolean; reason?: string }> {
    try {
      await runProcess(bin, v5 ? ['help'] : ['-version'], { maxOutput: 4096 });
    } catch {
      return { ok: false, reason: `${bin} not found (install Debian packages pocketsphinx and pocketsphinx-en-us)` };
    }
    if (v5) return { ok: true };
    const modelFiles = [join(hmm, 'mdef'), config.lm ?? join(DEFAULT_POCKETSPHINX_DIR, 'en-us.lm.bin'), config.dict ?? join(DEFAULT_POCKETSPHINX_DIR, 'cmudict-en-us.dict')];
    for (const file of modelFiles) {
      try {
        await access(file);
      } catch {
        return { ok: false, reason: `${bin} could not load its English model: ${file} is missing (install pocketsphinx-en-us)` };
      }
    }
    return { ok: true };
  }

  return {
    name: 'pocketsphinx',
    parallel: true,
    available() {
      // Remembered for the process (keyed by binary and model); a failed check is re-tried after a few seconds.
      const key = `${bin}\0${modelArgs.join('\0')}`;
      const known = availability.get(key);
      if (known && (known.failedAt === undefined || Date.now() - known.failedAt < FAILED_CHECK_TTL_MS)) return known.result;
      const entry: { result: Promise<{ ok: boolean; reason?: string }>; failedAt?: number } = { result: checkAvailable() };
      availability.set(key, entry);
      void entry.result.then((r) => {
        if (!r.ok) entry.failedAt = Date.now();
      });
      return entry.result;
    },
    async transcribe(path, opts): Promise<AsrResult> {
      if (opts.language === 'es') {
        throw new AudioPipelineError('asr_unavailable', 'the pocketsphinx engine recognises English only; use the whisper or openai engine for Spanish');
      }
      let lastEnd = 0;
      let r;
      const dir = await mkdtemp(join(tmpdir(), 'callcov-sphinx-'));
      try {
        const calib = await calibrationArgs(path, dir, opts.signal, opts.sourceSampleRate);
        const args = v5 ? [...modelArgs, '-loglevel', 'FATAL', 'single', path] : ['-infile', path, '-time', 'yes', '-logfn', '/dev/null', ...modelArgs, ...calib];
        r = await runProcess(bin, args, {
          signal: opts.signal,
          maxOutput: 64 * 1024 * 1024,
          onStdoutLine: (line) => {
            if (!opts.onProgress || !opts.durationSeconds) return;
            const m = v5 ? /^\{"b":([\d.]+),"d":([\d.]+)/.exec(line) : /^\S+ \d+\.\d+ (\d+\.\d+) /.exec(line);
            const end = m ? (v5 ? Number(m[1]) + Number(m[2]) : Number(m[1])) : 0;
            if (m && end > lastEnd) {
              lastEnd = end;
              opts.onProgress(Math.min(1, lastEnd / opts.durationSeconds));
            }
          },
        });
      } catch (err) {
        if ((err as { code?: string }).code === 'ENOENT') throw new AudioPipelineError('asr_unavailable', `${bin} not found (install Debian packages pocketsphinx and pocketsphinx-en-us)`, { cause: err });
        throw err;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      if (r.code !== 0) throw new AudioPipelineError('asr_failed', `pocketsphinx failed (exit ${r.code ?? r.signal}): ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
      opts.onProgress?.(1);
      return { language: 'en', words: v5 ? parsePocketsphinx5Json(r.stdout) : parsePocketsphinxTimes(r.stdout) };
    },
  };
}
