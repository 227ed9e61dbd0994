/**
 * Synthesises realistic test calls from a written dialogue: each turn is spoken by Debian's flite
 * (voices slt, rms, awb, kal16) or espeak-ng (Spanish), placed on the agent or customer channel at
 * the dialogue's time, and the stereo master is encoded with ffmpeg into telephony and consumer formats.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
export const SAMPLE_RATE = 16000;

export type Role = 'Agent' | 'Customer';
export interface DialogueTurn { speaker: Role; text: string; start: number }
export interface Dialogue {
  id: string;
  language: 'en' | 'es';
  /** "flite:slt" | "flite:rms" | "flite:awb" | "flite:kal16" | "espeak:es" | "espeak:es-419" ... */
  voices: Record<Role, string>;
  turns: DialogueTurn[];
  source?: string;
}
export interface PlacedTurn extends DialogueTurn { end: number; voice: string; requested_start: number }
export interface CallScript {
  id: string;
  language: 'en' | 'es';
  source: string;
  voices: Record<Role, string>;
  channels: { agent: 0; customer: 1 };
  duration_seconds: number;
  turns: PlacedTurn[];
  /** The words of the call, normalised (lower case, no punctuation), for WER. */
  reference_text: string;
  files: Record<string, string>;
}

/** Output variants: name -> ffmpeg output arguments and file extension. */
export const CALL_FORMATS: Record<string, { ext: string; args: string[]; channels: 1 | 2 }> = {
  'wav-ulaw-8k': { ext: 'wav', args: ['-ar', '8000', '-c:a', 'pcm_mulaw'], channels: 2 },
  'wav-alaw-8k': { ext: 'wav', args: ['-ar', '8000', '-c:a', 'pcm_alaw'], channels: 2 },
  'wav-pcm-16k': { ext: 'wav', args: ['-ar', '16000', '-c:a', 'pcm_s16le'], channels: 2 },
  'wav-pcm-48k': { ext: 'wav', args: ['-ar', '48000', '-c:a', 'pcm_s16le'], channels: 2 },
  'mp3': { ext: 'mp3', args: ['-ar', '22050', '-c:a', 'libmp3lame', '-b:a', '64k'], channels: 2 },
  'flac': { ext: 'flac', args: ['-ar', '16000', '-c:a', 'flac'], channels: 2 },
  'opus': { ext: 'ogg', args: ['-ar', '48000', '-c:a', 'libopus', '-b:a', '32k'], channels: 2 },
  'm4a': { ext: 'm4a', args: ['-ar', '16000', '-c:a', 'aac', '-b:a', '64k'], channels: 2 },
  'webm': { ext: 'webm', args: ['-ar', '48000', '-c:a', 'libopus', '-b:a', '32k'], channels: 2 },
  'wav-ulaw-8k-mono': { ext: 'wav', args: ['-ar', '8000', '-c:a', 'pcm_mulaw'], channels: 1 },
  'wav-pcm-16k-mono': { ext: 'wav', args: ['-ar', '16000', '-c:a', 'pcm_s16le'], channels: 1 },
  'mp3-mono': { ext: 'mp3', args: ['-ar', '16000', '-c:a', 'libmp3lame', '-b:a', '32k'], channels: 1 },
};

export async function loadDialogue(path: string): Promise<Dialogue> {
  const d = JSON.parse(await readFile(path, 'utf8')) as Dialogue;
  return { ...d, source: d.source ?? `dialogue:${basename(path)}` };
}

/** Speaks one turn and returns 16 kHz mono samples with leading/trailing silence trimmed. */
export async function speak(text: string, voice: string, workDir: string, n: number): Promise<Int16Array> {
  const [engine, name] = voice.split(':');
  const raw = join(workDir, `turn-${n}.wav`);
  if (engine === 'flite') await exec('flite', ['-voice', name, '-t', text, '-o', raw]);
  else if (engine === 'espeak') await exec('espeak-ng', ['-v', name, '-s', '150', '-w', raw, text]);
  else throw new Error(`unknown voice ${voice} (use flite:<slt|rms|awb|kal16> or espeak:<voice>)`);
  const { stdout } = await exec('ffmpeg', ['-v', 'error', '-i', raw, '-ac', '1', '-ar', String(SAMPLE_RATE), '-f', 's16le', 'pipe:1'], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  const buf = Buffer.from(stdout);
  const all = new Int16Array(buf.buffer, buf.byteOffset, Math.floor(buf.length / 2));
  let a = 0;
  let b = all.length;
  while (a < b && Math.abs(all[a]) < 200) a++;
  while (b > a && Math.abs(all[b - 1]) < 200) b--;
  return all.slice(a, b);
}

/** Builds the stereo master (agent on channel 0, customer on channel 1) and the placed script. */
export async function renderDialogue(d: Dialogue, workDir: string): Promise<{ left: Int16Array; right: Int16Array; turns: PlacedTurn[]; duration: number }> {
  const clips = await Promise.all(d.turns.map((t, i) => speak(t.text, d.voices[t.speaker], workDir, i)));
  const turns: PlacedTurn[] = [];
  const busyUntil: Record<Role, number> = { Agent: 0, Customer: 0 };
  d.turns.forEach((t, i) => {
    const start = Math.max(t.start, busyUntil[t.speaker] + 0.3); // never overlap the same speaker
    const end = start + clips[i].length / SAMPLE_RATE;
    busyUntil[t.speaker] = end;
    turns.push({ speaker: t.speaker, text: t.text, start: r3(start), end: r3(end), voice: d.voices[t.speaker], requested_start: t.start });
  });
  const duration = Math.max(...turns.map((t) => t.end)) + 1.0;
  const total = Math.ceil(duration * SAMPLE_RATE);
  const left = new Int16Array(total);
  const right = new Int16Array(total);
  turns.forEach((t, i) => {
    const dest = t.speaker === 'Agent' ? left : right;
    const off = Math.round(t.start * SAMPLE_RATE);
    const clip = clips[i];
    for (let k = 0; k < clip.length && off + k < total; k++) dest[off + k] = clip[k];
  });
  return { left, right, turns, duration: total / SAMPLE_RATE };
}

export function stereoWav(left: Int16Array, right: Int16Array): Buffer {
  const n = left.length;
  const data = Buffer.alloc(n * 4);
  for (let i = 0; i < n; i++) {
    data.writeInt16LE(left[i], i * 4);
    data.writeInt16LE(right[i], i * 4 + 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii'); h.writeUInt32LE(36 + data.length, 4); h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii'); h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20); h.writeUInt16LE(2, 22);
  h.writeUInt32LE(SAMPLE_RATE, 24); h.writeUInt32LE(SAMPLE_RATE * 4, 28); h.writeUInt16LE(4, 32); h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii'); h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/** Encodes a master WAV into one output variant. */
export async function encodeVariant(masterPath: string, variant: string, outPath: string): Promise<void> {
  const f = CALL_FORMATS[variant];
  if (!f) throw new Error(`unknown format ${variant} (known: ${Object.keys(CALL_FORMATS).join(', ')})`);
  await exec('ffmpeg', ['-v', 'error', '-y', '-i', masterPath, '-ac', String(f.channels), ...f.args, outPath]);
}

export const normaliseText = (s: string): string =>
  s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9'\s]/g, ' ').replace(/\s+/g, ' ').trim();

/** Synthesises one call into outDir: `<id>.<variant>.<ext>` per format plus `<id>.script.json`. */
export async function synthesizeCall(d: Dialogue, outDir: string, formats: string[] = Object.keys(CALL_FORMATS)): Promise<CallScript> {
  await mkdir(outDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'callcov-synth-'));
  try {
    const { left, right, turns, duration } = await renderDialogue(d, work);
    const master = join(work, 'master.wav');
    await writeFile(master, stereoWav(left, right));
    const files: Record<string, string> = {};
    for (const v of formats) {
      const out = join(outDir, `${d.id}.${v}.${CALL_FORMATS[v].ext}`);
      await encodeVariant(master, v, out);
      files[v] = out;
    }
    const script: CallScript = {
      id: d.id, language: d.language, source: d.source ?? 'dialogue', voices: d.voices, channels: { agent: 0, customer: 1 },
      duration_seconds: r3(duration), turns,
      reference_text: normaliseText(turns.map((t) => t.text).join(' ')),
      files,
    };
    await writeFile(join(outDir, `${d.id}.script.json`), JSON.stringify(script, null, 2));
    return script;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface HarperSegment { channel_index: number; speaker_role: string; start_ms: number; duration_ms: number; human_transcript: string; index: number }

const FLITE_PAIRS: Array<[string, string]> = [['flite:slt', 'flite:rms'], ['flite:rms', 'flite:slt'], ['flite:awb', 'flite:slt'], ['flite:slt', 'flite:kal16'], ['flite:kal16', 'flite:slt'], ['flite:slt', 'flite:awb']];

/** A dialogue from a Harper Valley transcript: real words and start times, synthetic voices. */
export async function dialogueFromHarperValley(transcriptPath: string, opts: { voicePair?: number; maxSeconds?: number } = {}): Promise<Dialogue> {
  const segs = JSON.parse(await readFile(transcriptPath, 'utf8')) as HarperSegment[];
  const sid = basename(transcriptPath, '.json');
  const pair = FLITE_PAIRS[(opts.voicePair ?? parseInt(sid.slice(0, 4), 16)) % FLITE_PAIRS.length];
  const turns: DialogueTurn[] = segs
    .filter((s) => s.human_transcript && s.human_transcript.trim() && !/^\W*$/.test(s.human_transcript))
    .sort((a, b) => a.start_ms - b.start_ms)
    .filter((s) => opts.maxSeconds === undefined || s.start_ms / 1000 < opts.maxSeconds)
    .map((s) => ({ speaker: s.speaker_role === 'agent' ? 'Agent' : 'Customer', text: s.human_transcript.replace(/<[^>]*>|\[[^\]]*\]/g, ' ').trim(), start: s.start_ms / 1000 }));
  return { id: `hv-${sid}`, language: 'en', voices: { Agent: pair[0], Customer: pair[1] }, turns: turns.filter((t) => t.text), source: `harper-valley:${sid}` };
}

/** A long call made by repeating a synthesised call's master (for memory/RTF benchmarks). */
export async function makeLongCall(sourceFile: string, seconds: number, outPath: string): Promise<void> {
  await exec('ffmpeg', ['-v', 'error', '-y', '-stream_loop', '-1', '-i', sourceFile, '-t', String(seconds), '-c', 'copy', outPath]);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
