// Live calls, segments mode (DESIGN.md §1.8): alert latency from sending the segment that completes the evidence to
// receiving its `alert`, over a real WebSocket against an in-process CallCov (SQLite), with C calls at once.
// Each call has 120 segments (about 8 minutes of talk), sent at a fixed pace; a card number and a prohibited phrase
// are placed at varying positions (so the engine re-runs on calls of every length), and the recording notice is never
// given (an at_risk alert once the call passes 30 s). The client runs in a child-free loop in this same process, so
// the figures include the client's own work.
// Usage: node bench/live/segments.ts [calls=24] [concurrency=1,4,8] [paceMs=100]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@callcov/core';
import { createApiKey } from '@callcov/services';
import { defaultFeatures, startCallCov } from '@callcov/server';
import { fmt, percentile } from '../support.ts';

const CALLS = Number(process.argv[2] ?? 24);
const CONCURRENCY = (process.argv[3] ?? '1,4,8').split(',').map(Number);
const PACE_MS = Number(process.argv[4] ?? 100);
const SEGMENTS = 120;

const FILLER = [
  ['Agent', 'Let me pull up your account, it will take just a moment.'],
  ['Customer', 'Sure, no problem, I have some time.'],
  ['Agent', 'I can see the last payment was received on the fifth of the month.'],
  ['Customer', 'Right, and I wanted to ask about the new charges on my statement.'],
  ['Agent', 'Those are the monthly service fees that started after the promotion ended.'],
  ['Customer', 'I see, is there anything you can do about that?'],
  ['Agent', 'I can check whether you qualify for a loyalty discount, one second.'],
  ['Customer', 'Thank you, I appreciate that.'],
] as const;

/** Deterministic positions (a small LCG), so runs are comparable. */
function* positions(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield 5 + (x % (SEGMENTS - 10));
  }
}

function buildCall(i: number): { segments: Array<{ speaker: string; text: string; start: number; end: number }>; triggers: number } {
  const pos = positions(i + 1);
  const pci = pos.next().value;
  let bad = pos.next().value;
  if (bad === pci) bad = pci + 1;
  const segments = [];
  let t = 0;
  for (let k = 0; k < SEGMENTS; k++) {
    const [speaker, filler] = FILLER[k % FILLER.length]!;
    let text: string = filler;
    if (k === 0) text = 'Hello, my name is Ana from Harper Valley Bank, how can I help you today?';
    if (k === pci) text = 'My card number is 4111 1111 1111 1111 and the expiry is next year.';
    if (k === bad) text = 'Look, this is bullshit, I already told you twice.';
    const spk = k === pci ? 'Customer' : k === bad ? 'Agent' : speaker;
    const dur = 2 + (text.length % 5);
    segments.push({ speaker: spk, text, start: t, end: t + dur });
    t += dur + 0.5;
  }
  return { segments, triggers: 3 };
}

const dataDir = mkdtempSync(join(tmpdir(), 'callcov-live-bench-'));
const config = parseConfig({ CALLCOV_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CALLCOV_RATE_LIMIT: '1000000', CALLCOV_RATE_LIMIT_BURST: '1000000', CALLCOV_POLL_INTERVAL_MS: '20' });
const running = await startCallCov(config, 'all', defaultFeatures(config));
const key = (await createApiKey(running.ctx.database, 'bench', 'test', Date.now(), running.ctx.secrets)).key;
const wsUrl = `${running.url!.replace(/^http/, 'ws')}/api/v1/live`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One call: resolves with the alert latencies (ms) and the stop -> completed time. */
function runCall(i: number): Promise<{ latencies: number[]; completeMs: number; alerts: number }> {
  const { segments } = buildCall(i);
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { headers: { 'x-api-key': key } } as never);
    const sentAt = new Map<number, number>(); // segment end (call seconds) -> performance.now() when sent
    const latencies: number[] = [];
    let stopAt = 0;
    ws.addEventListener('error', () => reject(new Error('websocket error')));
    ws.addEventListener('message', async (e) => {
      const m = JSON.parse(String(e.data));
      if (m.type === 'started') {
        for (const s of segments) {
          sentAt.set(s.end, performance.now());
          ws.send(JSON.stringify({ event: 'segment', ...s }));
          await sleep(PACE_MS);
        }
        stopAt = performance.now();
        ws.send(JSON.stringify({ event: 'stop' }));
      } else if (m.type === 'alert') {
        const t0 = sentAt.get(m.at);
        if (t0 !== undefined) latencies.push(performance.now() - t0);
      } else if (m.type === 'completed') {
        resolve({ latencies, completeMs: performance.now() - stopAt, alerts: latencies.length });
        ws.close();
      } else if (m.type === 'error') {
        reject(new Error(JSON.stringify(m)));
      }
    });
    ws.addEventListener('open', () => ws.send(JSON.stringify({ event: 'start', language: 'en', agent_id: `agent_${i % 5}` })));
  });
}

console.log(`Live calls, segments mode: ${CALLS} calls of ${SEGMENTS} segments, one segment every ${PACE_MS} ms per call, SQLite, ${running.url}`);
console.log('| calls at once | alerts | alert latency p50 (ms) | p99 (ms) | max (ms) | stop -> completed p50 (ms) |\n|---|---|---|---|---|---|');
for (const c of CONCURRENCY) {
  const latencies: number[] = [];
  const completes: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(c, CALLS) }, async () => {
      while (next < CALLS) {
        const r = await runCall(next++);
        latencies.push(...r.latencies);
        completes.push(r.completeMs);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  completes.sort((a, b) => a - b);
  console.log(`| ${c} | ${latencies.length} | ${fmt(percentile(latencies, 50))} | ${fmt(percentile(latencies, 99))} | ${fmt(latencies.at(-1) ?? NaN)} | ${fmt(percentile(completes, 50))} |`);
}
await running.stop();
rmSync(dataDir, { recursive: true, force: true });
