/**
 * ASR benchmark: per available engine (and, for pocketsphinx, per language model: the call-centre model and the
 * general one), word error rate (normalised) against the script text, real-time
 * factor (CPU seconds of node + ffmpeg + recogniser per audio second = RTF on one dedicated core; and the
 * wall-clock RTF pinned to one core, which includes waiting for other load), and peak RSS of the whole process tree (node + ffmpeg + recogniser), on synthesised
 * calls (built-in dialogues in two voice pairings, Harper Valley rebuilds, and written calls of the evaluation corpus
 * that the call-centre model was not built from: the tuning split's held-out quarter and the frozen test split, whose
 * rows are not printed, only totals), the LibriVox clips of Debian's pocketsphinx-testdata (16 kHz and band-limited to
 * 8 kHz µ-law; the package is installed when missing and apt is usable) and one long call. For the evaluation calls it
 * also runs the analysis on the audio's transcript and on the written transcript and prints how many (call, check)
 * verdicts agree. Each evaluation call gets its metadata's company names and its policy's phrases as the recogniser's
 * vocabulary hints, as the server does.
 *
 *   node bench/asr/run.ts [--engines pocketsphinx:callcentre,pocketsphinx:general,whisper,openai] [--harper 12]
 *                         [--eval-tune 12] [--eval-test 0] [--librivox] [--long 3600]
 *                         [--formats wav-pcm-16k,wav-ulaw-8k] [--calls-dir DIR] [--keep] [--only-long] [--cpu N]
 * Not part of the test suite; prints a table and a JSON summary.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAsrEngine, wordErrors, type AsrEngineConfig, type AsrVocabulary } from '../../packages/pipeline/src/index.ts';
import type { TranscriptSegment } from '../../packages/core/src/analysis/index.ts';
import { analyse, dialogueOf, evalCalls, librivoxClips, verdictPairs, vocabularyOf, type EvalCall } from './evalCalls.ts';
import { dialogueFromHarperValley, loadDialogue, makeLongCall, synthesizeCall, type CallScript, type Dialogue } from '../../scripts/make-test-calls.d/synthesizeCall.ts';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: {
  engines: { type: 'string', default: 'pocketsphinx:callcentre,pocketsphinx:general,whisper,openai' }, harper: { type: 'string', default: '12' },
  'eval-tune': { type: 'string', default: '12' }, 'eval-test': { type: 'string', default: '0' }, librivox: { type: 'boolean', default: true }, 'no-librivox': { type: 'boolean' },
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

interface Run { ok: boolean; error?: string; wall_seconds: number; cpu_seconds: number; duration: number; text: string; segments: TranscriptSegment[]; peak_rss_mb: number }

/** Runs one transcription pinned to CPU 0 (one core) and samples its process tree's RSS every 50 ms. */
async function transcribeMeasured(file: string, engine: string, language: string, vocabulary?: AsrVocabulary): Promise<Run> {
  const child = spawn('taskset', ['-c', values.cpu!, process.execPath, join(import.meta.dirname, 'transcribeOne.ts'), file, engine, language, ...(vocabulary ? [JSON.stringify(vocabulary)] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
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
  const evals = [...evalCalls('tune', Number(values['eval-tune'])).map((c) => ({ c, split: 'tune' })), ...evalCalls('test', Number(values['eval-test'])).map((c) => ({ c, split: 'test' }))];
  evals.forEach(({ c, split }, i) => {
    const d = dialogueOf(c, i);
    evalOf.set(d.id, { call: c, split });
    dialogues.push(d);
  });
  const scripts: CallScript[] = [];
  for (const d of dialogues) scripts.push(await synthesizeCall(d, dir, formats));
  return scripts;
}
const evalOf = new Map<string, { call: EvalCall; split: string }>();
/** Whether the call-centre model was built from this call (Harper Valley calls the build did not hold out). */
const manifest = JSON.parse(await readFile(join(root, 'packages/pipeline/models/en-us-callcentre/manifest.json'), 'utf8')) as { trained_on: { harper_valley: string[] } };
const trainedHv = new Set(manifest.trained_on.harper_valley.map((id) => `hv-${id}`));
const groupOf = (s: CallScript) => (evalOf.has(s.id) ? `eval ${evalOf.get(s.id)!.split}` : s.source.startsWith('harper-valley') ? 'harper-valley rebuilds' : 'written dialogues');

const dir = values['calls-dir'] ?? (await mkdtemp(join(tmpdir(), 'callcov-bench-')));
const formats = values.formats!.split(',');
console.error(`synthesising calls into ${dir} ...`);
const scripts = await buildCalls(dir, formats);
console.error(`${scripts.length} calls, ${scripts.reduce((s, c) => s + c.duration_seconds, 0).toFixed(0)} s of audio per format`);

for (const s of scripts) if (trainedHv.has(s.id)) console.error(`warning: ${s.id} is in the call-centre model's training text`);

/** LibriVox: 16 kHz originals and 8 kHz µ-law copies. */
let librivox = librivoxClips();
if (values.librivox && !values['no-librivox'] && !librivox.length) {
  try { execFileSync('apt-get', ['install', '-y', '-q', 'pocketsphinx-testdata'], { stdio: 'ignore' }); } catch { /* not root or no apt */ }
  librivox = librivoxClips();
}
if (values['no-librivox']) librivox = [];
const librivox8k = librivox.map((c) => {
  const out = join(dir, `${c.id}.ulaw-8k.wav`);
  if (!existsSync(out)) execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', c.wav, '-ar', '8000', '-c:a', 'pcm_mulaw', out]);
  return { ...c, wav: out };
});
if (values.librivox && !values['no-librivox'] && !librivox.length) console.log('LibriVox clips not found (install the Debian package pocketsphinx-testdata): skipped');

const summary: Record<string, unknown> = { calls: scripts.length, formats };
const table: string[] = [];
for (const engineSpec of values.engines!.split(',')) {
  const [engineName, model] = engineSpec.split(':');
  const engine = createAsrEngine({ engine: engineName, ...(model ? { model } : {}) } as AsrEngineConfig);
  const avail = await engine.available();
  if (!avail.ok) {
    console.log(`\n== ${engineSpec}: SKIPPED (${avail.reason})`);
    summary[engineSpec] = { skipped: avail.reason };
    table.push(`${engineSpec.padEnd(26)} skipped: ${avail.reason}`);
    continue;
  }
  const perFormat: Record<string, unknown> = {};
  for (const [name, clips] of [['librivox-16k', librivox], ['librivox-8k', librivox8k]] as const) {
    if (!clips.length || values['only-long']) continue;
    let errors = 0; let words = 0; let audio = 0; let cpu = 0;
    for (const c of clips) {
      const r = await transcribeMeasured(c.wav, engineSpec, 'en');
      if (!r.ok) { console.log(`${c.id} FAILED ${r.error}`); continue; }
      const e = wordErrors(c.reference, r.text);
      errors += e.errors; words += e.words; audio += r.duration; cpu += r.cpu_seconds;
    }
    const res = { wer: +(errors / words).toFixed(4), words, rtf_cpu: +(cpu / audio).toFixed(4) };
    console.log(`TOTAL ${engineSpec}/${name}: WER ${(res.wer * 100).toFixed(1)}% over ${words} words (${clips.length} clips); RTF ${res.rtf_cpu}`);
    perFormat[name] = res;
  }
  for (const format of values['only-long'] ? [] : formats) {
    console.log(`\n== ${engineSpec} on ${format}`);
    console.log('call'.padEnd(34) + 'audio_s'.padStart(8) + 'WER'.padStart(8) + 'RTF_cpu'.padStart(8) + 'RTF_wall'.padStart(9) + 'RSS_MB'.padStart(8));
    let errors = 0; let words = 0; let audio = 0; let wall = 0; let cpu = 0; let peak = 0;
    const groups: Record<string, { errors: number; words: number; pairs: number; agree: number }> = {};
    const disagreements: Record<string, number> = {};
    for (const s of scripts) {
      const ev = evalOf.get(s.id);
      const r = await transcribeMeasured(s.files[format], engineSpec, s.language, ev ? vocabularyOf(ev.call) : undefined);
      if (!r.ok) { console.log(`${s.id.padEnd(34)} FAILED ${r.error}`); continue; }
      const e = wordErrors(s.reference_text, r.text);
      errors += e.errors; words += e.words; audio += r.duration; wall += r.wall_seconds; cpu += r.cpu_seconds; peak = Math.max(peak, r.peak_rss_mb);
      const g = groupOf(s);
      groups[g] ??= { errors: 0, words: 0, pairs: 0, agree: 0 };
      groups[g].errors += e.errors; groups[g].words += e.words;
      let agreeCol = '';
      if (ev) {
        const pairs = verdictPairs(analyse(ev.call, ev.call.segments), analyse(ev.call, r.segments));
        groups[g].pairs += pairs.length; groups[g].agree += pairs.filter((p) => p.agree).length;
        for (const p of pairs) if (!p.agree) disagreements[`${p.check} ${p.text}->${p.audio}`] = (disagreements[`${p.check} ${p.text}->${p.audio}`] ?? 0) + 1;
        agreeCol = `${pairs.filter((p) => p.agree).length}/${pairs.length}`.padStart(8);
      }
      if (ev?.split === 'test') continue; // the frozen split: totals only
      console.log(`${s.id.padEnd(34)}${r.duration.toFixed(1).padStart(8)}${(e.errors / e.words * 100).toFixed(1).padStart(7)}%${(r.cpu_seconds / r.duration).toFixed(3).padStart(8)}${(r.wall_seconds / r.duration).toFixed(3).padStart(9)}${String(r.peak_rss_mb).padStart(8)}${agreeCol}`);
    }
    const res = {
      wer: +(errors / words).toFixed(4), rtf_cpu: +(cpu / audio).toFixed(4), rtf_wall_one_core: +(wall / audio).toFixed(4), peak_rss_mb: peak, audio_seconds: +audio.toFixed(1), words,
      wer_by_group: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, +(v.errors / v.words).toFixed(4)])),
      verdict_agreement: Object.fromEntries(Object.entries(groups).filter(([, v]) => v.pairs).map(([k, v]) => [k, { agree: v.agree, pairs: v.pairs, rate: +(v.agree / v.pairs).toFixed(4) }])),
      disagreements,
    };
    console.log(`TOTAL ${engineSpec}/${format}: WER ${(res.wer * 100).toFixed(1)}% over ${words} words; RTF ${res.rtf_cpu} CPU-s per audio-s (all processes, incl. node start, decode, model loads), ${res.rtf_wall_one_core} wall pinned to one core; peak RSS ${peak} MB; ${JSON.stringify(res.wer_by_group)}`);
    for (const [k, v] of Object.entries(res.verdict_agreement)) console.log(`VERDICTS ${engineSpec}/${format} ${k}: ${v.agree}/${v.pairs} (call, check) pairs agree with the transcript analysis (${(v.rate * 100).toFixed(1)}%)`);
    if (Object.keys(disagreements).length) console.log(`  disagreements (check transcript->audio): ${JSON.stringify(disagreements)}`);
    perFormat[format] = res;
    const lv = perFormat['librivox-16k'] as { wer: number } | undefined;
    const lv8 = perFormat['librivox-8k'] as { wer: number } | undefined;
    const pct = (x?: number) => (x === undefined || Number.isNaN(x) ? '-' : `${(x * 100).toFixed(1)}%`);
    const va = (k: string) => (res.verdict_agreement[k] ? pct(res.verdict_agreement[k].rate) : '-');
    table.push(`${engineSpec.padEnd(26)}${format.padEnd(13)}${pct(lv?.wer).padStart(8)}${pct(lv8?.wer).padStart(8)}${pct(res.wer_by_group['written dialogues']).padStart(8)}${pct(res.wer_by_group['harper-valley rebuilds']).padStart(8)}${pct(res.wer_by_group['eval tune']).padStart(8)}${va('eval tune').padStart(8)}${pct(res.wer_by_group['eval test']).padStart(8)}${va('eval test').padStart(8)}${String(res.rtf_cpu).padStart(8)}`);
  }
  const longSeconds = Number(values.long);
  if (longSeconds > 0) {
    const src = scripts.find((s) => s.source.startsWith('harper-valley')) ?? scripts[0];
    const longFile = join(dir, `long-${longSeconds}s.wav-ulaw-8k.wav`);
    await makeLongCall(src.files['wav-ulaw-8k'] ?? src.files[formats[0]], longSeconds, longFile);
    console.log(`\n== ${engineSpec} on a ${longSeconds} s stereo 8 kHz µ-law call (${src.id} looped)`);
    const r = await transcribeMeasured(longFile, engineSpec, 'en');
    const res = r.ok ? { audio_seconds: r.duration, rtf_cpu: +(r.cpu_seconds / r.duration).toFixed(4), rtf_wall_one_core: +(r.wall_seconds / r.duration).toFixed(4), peak_rss_mb: r.peak_rss_mb, wall_seconds: +r.wall_seconds.toFixed(1) } : { error: r.error };
    console.log(`LONG ${engineSpec}: ${JSON.stringify(res)}`);
    perFormat.long_call = res;
  }
  summary[engineSpec] = perFormat;
}
console.log('\nWER (and verdict agreement with the transcript analysis) by engine/model and set');
console.log(`${'engine:model'.padEnd(26)}${'format'.padEnd(13)}${'LV-16k'.padStart(8)}${'LV-8k'.padStart(8)}${'dialog'.padStart(8)}${'HV'.padStart(8)}${'tuneHO'.padStart(8)}${'agree'.padStart(8)}${'test'.padStart(8)}${'agree'.padStart(8)}${'RTF'.padStart(8)}`);
for (const row of table) console.log(row);
console.log(`\nSUMMARY ${JSON.stringify(summary)}`);
if (!values.keep && !values['calls-dir']) await rm(dir, { recursive: true, force: true });
