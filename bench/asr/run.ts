/**
 * ASR benchmark: per available engine, word error rate (normalised) against the script text, real-time
 * factor (CPU seconds of node + ffmpeg + recogniser per audio second = RTF on one dedicated core; and the
 * wall-clock RTF pinned to one core, which includes waiting for other load), and peak RSS of the whole process tree (node + ffmpeg + recogniser), on synthesised
 * calls (built-in dialogues in two voice pairings + Harper Valley rebuilds) and one long call.
 *
 *   node bench/asr/run.ts [--engines pocketsphinx,whisper,openai] [--harper 12] [--long 3600]
 *                         [--formats wav-pcm-16k,wav-ulaw-8k] [--calls-dir DIR] [--keep] [--only-long] [--cpu N]
 * Not part of the test suite; prints a table and a JSON summary.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAsrEngine, wordErrors, type AsrEngineConfig } from '../../packages/pipeline/src/index.ts';
import { dialogueFromHarperValley, loadDialogue, makeLongCall, synthesizeCall, type CallScript, type Dialogue } from '../../scripts/make-test-calls.d/synthesizeCall.ts';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: {
  engines: { type: 'string', default: 'pocketsphinx,whisper,openai' }, harper: { type: 'string', default: '12' },
  long: { type: 'string', default: '3600' }, formats: { type: 'string', default: 'wav-pcm-16k,wav-ulaw-8k' },
  'calls-dir': { type: 'string' }, keep: { type: 'boolean' }, 'harper-max-seconds': { type: 'string', default: '120' }, 'only-long': { type: 'boolean' }, cpu: { type: 'string', default: '0' },
} });

/** Sum of VmRSS over a process and its descendants, in kB. */
async function treeRssKb(pid: number): Promise<number> {
  let total = 0;
  const pids = [pid];
  while (pids.length) {
    const p = pids.pop()!;
    try {
      const status = await readFile(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const kids = await readFile(`/proc/${p}/task/${p}/children`, 'utf8').catch(() => '');
      pids.push(...kids.trim().split(/\s+/).filter(Boolean).map(Number));
    } catch { /* exited */ }
  }
  return total;
}

interface Run { ok: boolean; error?: string; wall_seconds: number; cpu_seconds: number; duration: number; text: string; peak_rss_mb: number }

/** Runs one transcription pinned to CPU 0 (one core) and samples its process tree's RSS every 50 ms. */
async function transcribeMeasured(file: string, engine: string, language: string): Promise<Run> {
  const child = spawn('taskset', ['-c', values.cpu!, process.execPath, join(import.meta.dirname, 'transcribeOne.ts'), file, engine, language], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  let peak = 0;
  const timer = setInterval(() => { void treeRssKb(child.pid!).then((kb) => { peak = Math.max(peak, kb); }); }, 50);
  await new Promise((r) => child.on('close', r));
  clearInterval(timer);
  const r = JSON.parse(out.trim().split('\n').pop() || '{"ok":false,"error":"no output"}');
  return { ...r, peak_rss_mb: Math.round(peak / 1024) };
}

const VOICE_PAIRS: Array<[string, string]> = [['flite:slt', 'flite:rms'], ['flite:awb', 'flite:kal16']];

async function buildCalls(dir: string, formats: string[]): Promise<CallScript[]> {
  const dialogues: Dialogue[] = [];
  const ddir = join(root, 'scripts', 'make-test-calls.d', 'dialogues');
  for (const f of (await readdir(ddir)).sort()) {
    const d = await loadDialogue(join(ddir, f));
    if (d.language !== 'en') continue; // pocketsphinx is English-only; Spanish needs whisper/openai
    dialogues.push(d);
    const [a, c] = VOICE_PAIRS[1];
    dialogues.push({ ...d, id: `${d.id}-v2`, voices: { Agent: a, Customer: c } });
  }
  const hv = join(root, '..', 'shared', 'corpus', 'harper-valley', 'transcript');
  const hvFiles = (await readdir(hv).catch(() => [] as string[])).sort().slice(0, Number(values.harper));
  if (values['only-long']) return [await synthesizeCall(await dialogueFromHarperValley(join(hv, hvFiles[0])), dir, formats)];
  for (const f of hvFiles) dialogues.push(await dialogueFromHarperValley(join(hv, f), { maxSeconds: Number(values['harper-max-seconds']) }));
  const scripts: CallScript[] = [];
  for (const d of dialogues) scripts.push(await synthesizeCall(d, dir, formats));
  return scripts;
}

const dir = values['calls-dir'] ?? (await mkdtemp(join(tmpdir(), 'callcov-bench-')));
const formats = values.formats!.split(',');
console.error(`synthesising calls into ${dir} ...`);
const scripts = await buildCalls(dir, formats);
console.error(`${scripts.length} calls, ${scripts.reduce((s, c) => s + c.duration_seconds, 0).toFixed(0)} s of audio per format`);

const summary: Record<string, unknown> = { calls: scripts.length, formats };
for (const engineName of values.engines!.split(',')) {
  const engine = createAsrEngine({ engine: engineName } as AsrEngineConfig);
  const avail = await engine.available();
  if (!avail.ok) {
    console.log(`\n== ${engineName}: SKIPPED (${avail.reason})`);
    summary[engineName] = { skipped: avail.reason };
    continue;
  }
  const perFormat: Record<string, unknown> = {};
  for (const format of values['only-long'] ? [] : formats) {
    console.log(`\n== ${engineName} on ${format}`);
    console.log('call'.padEnd(34) + 'audio_s'.padStart(8) + 'WER'.padStart(8) + 'RTF_cpu'.padStart(8) + 'RTF_wall'.padStart(9) + 'RSS_MB'.padStart(8));
    let errors = 0; let words = 0; let audio = 0; let wall = 0; let cpu = 0; let peak = 0;
    const groups: Record<string, { errors: number; words: number }> = {};
    for (const s of scripts) {
      const r = await transcribeMeasured(s.files[format], engineName, s.language);
      if (!r.ok) { console.log(`${s.id.padEnd(34)} FAILED ${r.error}`); continue; }
      const e = wordErrors(s.reference_text, r.text);
      errors += e.errors; words += e.words; audio += r.duration; wall += r.wall_seconds; cpu += r.cpu_seconds; peak = Math.max(peak, r.peak_rss_mb);
      const g = s.source.startsWith('harper-valley') ? 'harper-valley rebuilds' : 'written dialogues';
      groups[g] ??= { errors: 0, words: 0 };
      groups[g].errors += e.errors; groups[g].words += e.words;
      console.log(`${s.id.padEnd(34)}${r.duration.toFixed(1).padStart(8)}${(e.errors / e.words * 100).toFixed(1).padStart(7)}%${(r.cpu_seconds / r.duration).toFixed(3).padStart(8)}${(r.wall_seconds / r.duration).toFixed(3).padStart(9)}${String(r.peak_rss_mb).padStart(8)}`);
    }
    const res = {
      wer: +(errors / words).toFixed(4), rtf_cpu: +(cpu / audio).toFixed(4), rtf_wall_one_core: +(wall / audio).toFixed(4), peak_rss_mb: peak, audio_seconds: +audio.toFixed(1), words,
      wer_by_group: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, +(v.errors / v.words).toFixed(4)])),
    };
    console.log(`TOTAL ${engineName}/${format}: WER ${(res.wer * 100).toFixed(1)}% over ${words} words; RTF ${res.rtf_cpu} CPU-s per audio-s (all processes, incl. node start, decode, model loads), ${res.rtf_wall_one_core} wall pinned to one core; peak RSS ${peak} MB; ${JSON.stringify(res.wer_by_group)}`);
    perFormat[format] = res;
  }
  const longSeconds = Number(values.long);
  if (longSeconds > 0) {
    const src = scripts.find((s) => s.source.startsWith('harper-valley')) ?? scripts[0];
    const longFile = join(dir, `long-${longSeconds}s.wav-ulaw-8k.wav`);
    await makeLongCall(src.files['wav-ulaw-8k'] ?? src.files[formats[0]], longSeconds, longFile);
    console.log(`\n== ${engineName} on a ${longSeconds} s stereo 8 kHz µ-law call (${src.id} looped)`);
    const r = await transcribeMeasured(longFile, engineName, 'en');
    const res = r.ok ? { audio_seconds: r.duration, rtf_cpu: +(r.cpu_seconds / r.duration).toFixed(4), rtf_wall_one_core: +(r.wall_seconds / r.duration).toFixed(4), peak_rss_mb: r.peak_rss_mb, wall_seconds: +r.wall_seconds.toFixed(1) } : { error: r.error };
    console.log(`LONG ${engineName}: ${JSON.stringify(res)}`);
    perFormat.long_call = res;
  }
  summary[engineName] = perFormat;
}
console.log(`\nSUMMARY ${JSON.stringify(summary)}`);
if (!values.keep && !values['calls-dir']) await rm(dir, { recursive: true, force: true });
