import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AudioPipelineError } from './AudioPipelineError.ts';
import type { AsrEngine, AsrResult, AsrVocabulary, AsrWord } from './AsrEngine.ts';
import { editCallLm, splitCompoundWords } from './lm/callLm.ts';
import { parseDictionary, type PronouncingDictionary } from './lm/pronounce.ts';
import { runProcess } from './runProcess.ts';

/** The language models the engine can use: the call-centre model of this repository, or Debian's general English one. */
export const POCKETSPHINX_MODELS = ['callcentre', 'general'] as const;
export type PocketsphinxModel = (typeof POCKETSPHINX_MODELS)[number];
export const CALLCENTRE_MODEL_DIR = join(import.meta.dirname, '..', 'models', 'en-us-callcentre');

export interface PocketsphinxConfig {
  /** pocketsphinx_continuous binary (Debian's pocketsphinx package). */
  bin?: string;
  /** Optional model overrides; by default the binary's built-in paths (pocketsphinx-en-us) are used. */
  hmm?: string;
  /** An ARPA or binary model file; given, it replaces `model`. */
  lm?: string;
  dict?: string;
  /**
   * 'callcentre' (default; CALLCOV_POCKETSPHINX_MODEL): the call-centre trigram model built by scripts/build-call-lm.ts,
   * with each call's company names and policy words added; 'general': Debian's general English model (en-us.lm.bin).
   */
  model?: PocketsphinxModel;
  /**
   * Directory of a call-centre model (callcentre.lm + callcentre.dict, as scripts/build-call-lm.ts --out writes;
   * CALLCOV_POCKETSPHINX_CALL_MODEL_DIR); default the one in this package.
   */
  callModelDir?: string;
  /** Language weight (-lw); default 10 for the call-centre model, the binary's default (6.5) for the general one. */
  languageWeight?: number;
  /** More command-line arguments for the recogniser (tuning: -beam, -wip, …). */
  extraArgs?: string[];
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
  const envModel = process.env.CALLCOV_POCKETSPHINX_MODEL;
  const model: PocketsphinxModel = config.model ?? (envModel === 'general' ? 'general' : 'callcentre');
  // the call-centre model is edited per call (its company slot), so its files are written next to the audio
  const callcentre = model === 'callcentre' && !config.lm;
  const callDir = config.callModelDir ?? process.env.CALLCOV_POCKETSPHINX_CALL_MODEL_DIR ?? CALLCENTRE_MODEL_DIR;
  const languageWeight = config.languageWeight ?? (callcentre ? 6.5 : undefined);
  const modelArgs = [
    ...(config.hmm ? ['-hmm', config.hmm] : []),
    ...(config.lm ? ['-lm', config.lm] : []),
    ...(config.dict ? ['-dict', config.dict] : []),
    ...(languageWeight !== undefined ? ['-lw', String(languageWeight)] : []),
    ...(config.extraArgs ?? (process.env.CALLCOV_POCKETSPHINX_ARGS ? process.env.CALLCOV_POCKETSPHINX_ARGS.split(/\s+/).filter(Boolean) : [])),
  ];
  /** -lm/-dict of the call-centre model for one call (files in dir). */
  async function callModelArgs(dir: string, vocabulary?: AsrVocabulary): Promise<string[]> {
    if (!callcentre) return [];
    const base = await loadCallcentreModel(callDir);
    const needsCmu = (vocabulary?.companies?.length ?? 0) + (vocabulary?.phrases?.length ?? 0) > 0;
    const dictionary = needsCmu ? await loadCmudict(base.dict) : base.dict;
    const edited = editCallLm(base.arpa, dictionary, { companies: vocabulary?.companies, words: vocabulary?.phrases });
    const lm = join(dir, 'call.lm');
    const dict = join(dir, 'call.dict');
    await writeFile(lm, edited.arpa);
    await writeFile(dict, edited.dictLines.length ? `${base.dictText}${edited.dictLines.join('\n')}\n` : base.dictText);
    return ['-lm', lm, ...(config.dict ? [] : ['-dict', dict])];
  }
  // pocketsphinx 5.0 ships one `pocketsphinx` CLI with JSON output; Debian's 5prealpha has pocketsphinx_continuous.
  const v5 = /(^|\/)pocketsphinx$/.test(bin);
  const calibrate = v5 ? 0 : (config.cmnCalibrationSeconds ?? 20);
  const hmm = config.hmm ?? DEFAULT_POCKETSPHINX_HMM;

  /** Short first pass: returns a -featparams file whose -cmninit is this audio's cepstral mean. */
  async function calibrationArgs(path: string, dir: string, callArgs: string[], signal?: AbortSignal, sourceSampleRate?: number): Promise<string[]> {
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
    const r = await runProcess(bin, ['-infile', excerpt, '-logfn', log, ...modelArgs, ...callArgs], { signal, maxOutput: 1024 * 1024 });
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
    const modelFiles = [
      join(hmm, 'mdef'),
      config.lm ?? (callcentre ? join(callDir, 'callcentre.lm') : join(DEFAULT_POCKETSPHINX_DIR, 'en-us.lm.bin')),
      config.dict ?? (callcentre ? join(callDir, 'callcentre.dict') : join(DEFAULT_POCKETSPHINX_DIR, 'cmudict-en-us.dict')),
    ];
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
    model: callcentre ? 'callcentre' : config.lm ? 'custom' : 'general',
    parallel: true,
    available() {
      // Remembered for the process (keyed by binary and model); a failed check is re-tried after a few seconds.
      const key = `${bin}\0${model}\0${callDir}\0${modelArgs.join('\0')}`;
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
        const callArgs = await callModelArgs(dir, opts.vocabulary);
        const calib = await calibrationArgs(path, dir, callArgs, opts.signal, opts.sourceSampleRate);
        const args = v5 ? [...modelArgs, ...callArgs, '-loglevel', 'FATAL', 'single', path] : ['-infile', path, '-time', 'yes', '-logfn', '/dev/null', ...modelArgs, ...callArgs, ...calib];
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
      const words = v5 ? parsePocketsphinx5Json(r.stdout) : parsePocketsphinxTimes(r.stdout);
      return { language: 'en', words: splitCompoundWords(words) };
    },
  };
}

/** A call-centre model's files, read once per process and directory. */
const callcentreModels = new Map<string, Promise<{ arpa: string; dictText: string; dict: PronouncingDictionary }>>();
function loadCallcentreModel(dir: string): Promise<{ arpa: string; dictText: string; dict: PronouncingDictionary }> {
  let m = callcentreModels.get(dir);
  if (!m) {
    m = (async () => {
      const [arpa, dictText] = await Promise.all([readFile(join(dir, 'callcentre.lm'), 'utf8'), readFile(join(dir, 'callcentre.dict'), 'utf8')]);
      return { arpa, dictText, dict: parseDictionary(dictText) };
    })();
    callcentreModels.set(dir, m);
    m.catch(() => callcentreModels.delete(dir));
  }
  return m;
}

/** CMUdict of pocketsphinx-en-us (for hint words the call-centre dictionary lacks), merged over `base`; read once. */
let cmudict: Promise<PronouncingDictionary> | null = null;
function loadCmudict(base: PronouncingDictionary): Promise<PronouncingDictionary> {
  cmudict ??= readFile(join(DEFAULT_POCKETSPHINX_DIR, 'cmudict-en-us.dict'), 'utf8')
    .then((t) => { const d = parseDictionary(t); for (const [w, p] of base) if (!d.has(w)) d.set(w, p); return d; })
    .catch(() => base);
  return cmudict;
}
