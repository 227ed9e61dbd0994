// Live calls, audio mode (DESIGN.md §1.8): alert latency, CPU per call and memory per call, over a real WebSocket
// against an in-process CallCov (SQLite) with the real recogniser (pocketsphinx, one per track).
// The call: a synthesised two-track conversation (flite, µ-law 8 kHz by ffmpeg; packages/server/test/liveAudioFixture.ts)
// in which the customer reads out a card number and the agent swears. Each call sends both tracks in 20 ms frames at
// `speed` x real time; C calls run at once. Alert latency = from sending the frame that holds the alert's `at` (the
// last word of its evidence) to receiving the alert. CPU = this process plus its (reaped) children, per second of
// call audio: 1 / that is how many calls one core could sustain in real time. Memory = peak RSS of the recognisers
// (descendant processes) plus this process's growth, per call at once. The client runs in this process too.
// Usage: node bench/live/audio.ts [concurrency=1,4,8] [speed=1] [rounds=1]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@callcov/core';
import { createApiKey } from '@callcov/services';
import { defaultFeatures, startCallCov } from '@callcov/server';
import { fmt, percentile } from '../support.ts';
import { frames, makeLiveAudioFixture } from '../../packages/server/test/liveAudioFixture.ts';

const CONCURRENCY = (process.argv[2] ?? '1,4,8').split(',').map(Number);
const SPEED = Number(process.argv[3] ?? 1);
const ROUNDS = Number(process.argv[4] ?? 1);
const FRAME_MS = 20;

const fixture = await makeLiveAudioFixture();
const agentFrames = frames(fixture.agent, FRAME_MS).map((b) => b.toString('base64'));
const customerFrames = frames(fixture.customer, FRAME_MS).map((b) => b.toString('base64'));
const nFrames = Math.max(agentFrames.length, customerFrames.length);
const callSeconds = (nFrames * FRAME_MS) / 1000;

const dataDir = mkdtempSync(join(tmpdir(), 'callcov-live-audio-bench-'));
const config = parseConfig({ CALLCOV_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CALLCOV_RATE_LIMIT: '1000000', CALLCOV_RATE_LIMIT_BURST: '1000000', CALLCOV_POLL_INTERVAL_MS: '20' });
const running = await startCallCov(config, 'all', defaultFeatures(config));
const key = (await createApiKey(running.ctx.database, 'bench', 'test', Date.now(), running.ctx.secrets)).key;
const wsUrl = `${running.url!.replace(/^http/, 'ws')}/api/v1/live`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const TICK_SECONDS = 0.01; // USER_HZ: clock ticks are 1/100 s on Linux
/** CPU seconds of this process and its reaped children (the recognisers, once they exit). */
function cpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields after the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_SECONDS;
}
/** RSS (bytes) of every live descendant process. */
function descendantsRss(): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(rest[1]));
      rss.set(Number(d), Number(rest[21]) * 4096);
    } catch {
      // gone
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === process.pid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** One call in real time (x SPEED): alert latencies (ms), stop -> completed (ms). */
function runCall(i: number): Promise<{ latencies: number[]; alerts: string[]; completeMs: number; segments: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { headers: { 'x-api-key': key } } as never);
    const sentAt: number[] = [];
    const latencies: number[] = [];
    const alerts: string[] = [];
    let segments = 0;
    let stopAt = 0;
    ws.addEventListener('error', () => reject(new Error('websocket error')));
    ws.addEventListener('open', () => ws.send(JSON.stringify({ event: 'start', language: 'en', agent_id: `agent_${i % 5}`, audio: { encoding: 'mulaw', sample_rate: 8000 } })));
    ws.addEventListener('message', async (e) => {
      const m = JSON.parse(String(e.data));
      if (m.type === 'started') {
        const t0 = performance.now();
        for (let k = 0; k < nFrames; k++) {
          const due = t0 + (k * FRAME_MS) / SPEED - performance.now();
          if (due > 1) await sleep(due);
          sentAt[k] = performance.now();
          if (agentFrames[k]) ws.send(`{"event":"media","track":"agent","payload":"${agentFrames[k]}"}`);
          if (customerFrames[k]) ws.send(`{"event":"media","track":"customer","payload":"${customerFrames[k]}"}`);
        }
        stopAt = performance.now();
        ws.send('{"event":"stop"}');
      } else if (m.type === 'segment') {
        segments++;
      } else if (m.type === 'alert') {
        alerts.push(`${m.check_id}:${m.status}`);
        const k = Math.min(nFrames - 1, Math.floor((m.at * 1000) / FRAME_MS));
        if (m.status === 'failed' && sentAt[k] !== undefined) latencies.push(performance.now() - sentAt[k]!);
      } else if (m.type === 'completed') {
        resolve({ latencies, alerts, completeMs: performance.now() - stopAt, segments });
        ws.close();
      } else if (m.type === 'error') {
        reject(new Error(JSON.stringify(m)));
      }
    });
  });
}

console.log(`Live calls, audio mode: a ${callSeconds.toFixed(1)} s two-track µ-law 8 kHz call, ${FRAME_MS} ms frames at ${SPEED}x real time, pocketsphinx per track, SQLite, ${running.url}`);
console.log('| calls at once | calls | segments/call | failed alerts | alert latency p50 (ms) | p99 (ms) | max (ms) | stop -> completed p50 (ms) | CPU s per call-second | calls per core (real time) | memory per call (MB) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const c of CONCURRENCY) {
  const latencies: number[] = [];
  const completes: number[] = [];
  let segments = 0;
  let calls = 0;
  let peakRss = 0;
  const rss0 = process.memoryUsage().rss;
  let peakSelf = rss0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, descendantsRss());
    peakSelf = Math.max(peakSelf, process.memoryUsage().rss);
  }, 250);
  const cpu0 = cpuSeconds();
  for (let round = 0; round < ROUNDS; round++) {
    const results = await Promise.all(Array.from({ length: c }, (_, k) => runCall(round * c + k)));
    for (const r of results) {
      latencies.push(...r.latencies);
      completes.push(r.completeMs);
      segments += r.segments;
      calls++;
    }
  }
  await sleep(300); // the recognisers have exited and been reaped
  clearInterval(sampler);
  const cpu = (cpuSeconds() - cpu0) / (calls * callSeconds);
  latencies.sort((a, b) => a - b);
  completes.sort((a, b) => a - b);
  const perCallMb = (peakRss + Math.max(0, peakSelf - rss0)) / c / 1024 / 1024;
  console.log(
    `| ${c} | ${calls} | ${fmt(segments / calls)} | ${latencies.length} | ${fmt(percentile(latencies, 50), 0)} | ${fmt(percentile(latencies, 99), 0)} | ${fmt(latencies.at(-1) ?? NaN, 0)} | ${fmt(percentile(completes, 50), 0)} | ${fmt(cpu, 3)} | ${fmt(1 / cpu)} | ${fmt(perCallMb)} |`,
  );
}
await running.stop();
await fixture.cleanup();
rmSync(dataDir, { recursive: true, force: true });
