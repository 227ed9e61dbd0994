// `callcov live`: a live call from a file (DESIGN.md §1.8) — a recording streamed in audio mode in real time (or
// --speed N times faster), or a transcript's segments in segments mode on their own clock; prints the segments the
// server recognises, the alerts as they arrive, and the final status.
import type { Command } from 'commander';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { Analysis, LiveCall, LiveServerMessage, LiveStartParams } from '@callcov/sdk/node';
import { apiClient, colorsFor, printJson, usageError, withApiOptions, type ApiOptions } from './apiClientOptions.ts';
import { parseMetadataFlag, readTranscriptFile } from './analyzeCommand.ts';
import { formatAnalysisSummary } from './analysisSummary.ts';

const execFileAsync = promisify(execFile);

interface LiveOptions extends ApiOptions {
  file?: string;
  transcript?: string;
  speed: string;
  agentId?: string;
  contactId?: string;
  language?: string;
  policyId?: string;
  webhookUrl?: string;
  metadata?: string;
  monoTrack: string;
  frameMs: string;
}

const RATE = 16000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** mm:ss.t of call seconds. */
const clock = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(1).padStart(4, '0')}`;

/** The recording's channels (ffprobe). */
async function channelCount(path: string): Promise<number> {
  try {
    const { stdout } = await execFileAsync('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=channels', '-of', 'csv=p=0', path]);
    const n = Number(stdout.trim());
    if (!Number.isInteger(n) || n < 1) throw new Error(`no audio stream in ${path}`);
    return n;
  } catch (err) {
    throw usageError(`${path}: cannot read it as audio (${(err as Error).message.split('\n')[0]})`);
  }
}

/** The recording as 16 kHz 16-bit PCM, one buffer per channel (at most two: agent left, customer right). */
async function decodeRecording(path: string): Promise<Buffer[]> {
  const channels = Math.min(2, await channelCount(path));
  const pcm = await new Promise<Buffer>((resolve, reject) => {
    const ff = spawn('ffmpeg', ['-v', 'error', '-i', path, '-ac', String(channels), '-ar', String(RATE), '-f', 's16le', 'pipe:1']);
    const chunks: Buffer[] = [];
    let stderr = '';
    ff.stdout.on('data', (d: Buffer) => chunks.push(d));
    ff.stderr.on('data', (d) => (stderr += d));
    ff.on('error', (err) => reject(usageError(`ffmpeg is needed to read ${path}: ${err.message}`)));
    ff.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(usageError(`${path}: ffmpeg could not decode it (${stderr.trim().split('\n').at(-1) ?? code})`))));
  });
  if (channels === 1) return [pcm];
  const n = Math.floor(pcm.length / 4);
  const left = Buffer.alloc(n * 2);
  const right = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    pcm.copy(left, 2 * i, 4 * i, 4 * i + 2);
    pcm.copy(right, 2 * i, 4 * i + 2, 4 * i + 4);
  }
  return [left, right];
}

function printMessage(m: LiveServerMessage, json: boolean): void {
  if (json) {
    printJson(m);
    return;
  }
  const c = colorsFor(process.stdout);
  if (m.type === 'segment') process.stdout.write(`${c.dim(`[${clock(m.segment.start)}]`)} ${m.segment.speaker}: ${m.segment.text}\n`);
  else if (m.type === 'alert') {
    const label = m.status === 'failed' ? c.red(`ALERT ${m.check_id} failed`) : c.yellow(`ALERT ${m.check_id} at risk`);
    process.stdout.write(`${c.dim(`[${clock(m.at)}]`)} ${label} (${m.severity}): ${m.message}\n`);
  } else if (m.type === 'error') process.stderr.write(`callcov: ${m.error.code}: ${m.error.message}\n`);
}

export function registerLiveCommand(program: Command): void {
  withApiOptions(
    program
      .command('live')
      .description('Stream a call as if it were happening: a recording in audio mode, or a transcript in segments mode; prints alerts as they arrive')
      .option('--file <call.wav>', 'a recording (any format ffmpeg reads; stereo: agent left, customer right)')
      .option('--transcript <file.json>', 'a transcript JSON file: its segments are sent on their own clock (segments mode)')
      .option('--speed <N>', 'play N times faster than real time', '1')
      .option('--agent-id <id>')
      .option('--contact-id <id>')
      .option('--language <lang>', 'en, es or auto')
      .option('--policy-id <id>')
      .option('--webhook-url <url>', 'where the finished analysis is POSTed')
      .option('--metadata <json>', 'a JSON object of your own key/values')
      .option('--mono-track <track>', 'the track of a mono recording: agent or customer', 'agent')
      .option('--frame-ms <ms>', 'audio frame length', '20'),
  ).action(async (opts: LiveOptions) => {
    if (!opts.file === !opts.transcript) throw usageError('give --file <call.wav> (audio mode) or --transcript <file.json> (segments mode)');
    const speed = Number(opts.speed);
    if (!Number.isFinite(speed) || speed <= 0) throw usageError('--speed must be a number > 0');
    const frameMs = Number(opts.frameMs);
    if (!Number.isInteger(frameMs) || frameMs < 10 || frameMs > 500) throw usageError('--frame-ms must be 10-500');
    if (opts.monoTrack !== 'agent' && opts.monoTrack !== 'customer') throw usageError('--mono-track must be agent or customer');
    if (opts.language !== undefined && !['en', 'es', 'auto'].includes(opts.language)) throw usageError('--language must be en, es or auto');
    const metadata = parseMetadataFlag(opts.metadata);
    const start: LiveStartParams = {
      ...(opts.agentId ? { agent_id: opts.agentId } : {}),
      ...(opts.contactId ? { contact_id: opts.contactId } : {}),
      ...(opts.language ? { language: opts.language as LiveStartParams['language'] } : {}),
      ...(opts.policyId ? { policy_id: opts.policyId } : {}),
      ...(opts.webhookUrl ? { webhook_url: opts.webhookUrl } : {}),
      ...(metadata ? { metadata: metadata as Record<string, unknown> } : {}),
    };
    // read the input before connecting, so a bad file is a usage error and no live analysis is created
    const segments = opts.transcript ? (await readTranscriptFile(opts.transcript)).segments : null;
    const tracks = opts.file ? await decodeRecording(opts.file) : null;
    const client = apiClient(opts);
    const call: LiveCall = await client.live.connect(segments ? start : { ...start, audio: { encoding: 'pcm16', sample_rate: 16000 } });
    if (opts.json) printJson({ type: 'started', analysis_id: call.analysisId });
    else process.stderr.write(`live call ${call.analysisId} started (${segments ? `${segments.length} segments` : `${(tracks![0]!.length / 2 / RATE).toFixed(1)} s of audio`}, ${speed}x)\n`);
    call.on('message', (m) => {
      if (m.type !== 'completed' && m.type !== 'started') printMessage(m, Boolean(opts.json));
    });
    const t0 = performance.now();
    /** Waits until `callSeconds` of the call are due at this speed. */
    const pace = async (callSeconds: number) => {
      const due = t0 + (callSeconds * 1000) / speed - performance.now();
      if (due > 1) await sleep(due);
    };
    if (segments) {
      for (const s of segments) {
        await pace(s.end);
        call.send({ speaker: s.speaker, text: s.text, start: s.start, end: s.end });
      }
    } else {
      const names = tracks!.length === 1 ? [opts.monoTrack as 'agent' | 'customer'] : (['agent', 'customer'] as const);
      const frameBytes = (RATE * 2 * frameMs) / 1000;
      const total = Math.max(...tracks!.map((t) => t.length));
      for (let off = 0; off < total; off += frameBytes) {
        await pace(off / 2 / RATE);
        tracks!.forEach((t, k) => {
          if (off < t.length) call.sendMedia(names[k]!, t.subarray(off, off + frameBytes));
        });
      }
    }
    let analysis: Analysis;
    try {
      analysis = await call.stop();
    } catch (err) {
      process.exitCode = 1;
      throw err;
    }
    if (opts.json) printJson({ type: 'completed', analysis });
    else process.stdout.write(formatAnalysisSummary(analysis, colorsFor(process.stdout)) + '\n');
    if (analysis.status !== 'completed') process.exitCode = 1;
  });
}
