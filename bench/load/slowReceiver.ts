// Dispatcher idle cost under a slow receiver: N webhooks queued for one receiver host that answers after 3 s. With
// CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST (PER_HOST) below CALLCOV_DISPATCHER_CONCURRENCY, the deliveries the host
// limiter turns away are rescheduled 100 ms later and re-claimed, so the process burns CPU in proportion to the queue
// while doing no useful work (28% of a core at N=1000, PER_HOST=4, vs 2% at PER_HOST=64); under CPU pressure this
// starves the API and the in-flight POSTs in the same process (seen as a livelock in bench/load/run.ts --seconds 600).
// Usage: N=1000 PER_HOST=4 node bench/load/slowReceiver.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeyWithCli, startCallCovProcess, startCountingReceiver, sampleTranscript, cpuSecondsOf, sleep, stopGracefully } from '../cluster.ts';
const receiver = await startCountingReceiver({ delayMs: 3000 });
const env = { CALLCOV_DATA_DIR: mkdtempSync(join(tmpdir(), 'spin-')), DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'warn', CALLCOV_DISPATCHER_CONCURRENCY: '64', CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST: process.env.PER_HOST ?? '4' };
const key = await createKeyWithCli(env);
const server = await startCallCovProcess('all', env);
for (let i = 0; i < Number(process.env.N ?? 200); i++) await fetch(`${server.url}/api/v1/analysis`, { method: 'POST', headers: { 'x-api-key': key.key, 'content-type': 'application/json' }, body: JSON.stringify({ transcript: sampleTranscript, webhook_url: `${receiver.url}/hook` }) });
await sleep(2000);
const c0 = cpuSecondsOf(server.pid); const t0 = Date.now();
const lat: number[] = [];
for (let i = 0; i < 10; i++) { const s = performance.now(); await fetch(`${server.url}/healthz`); lat.push(Math.round(performance.now() - s)); await sleep(400); }
const cpu = (cpuSecondsOf(server.pid) - c0) / ((Date.now() - t0) / 1000);
console.log(`per-host limit ${env.CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST}: server CPU while ${process.env.N ?? 200} webhooks wait on a 3 s receiver: ${(cpu * 100).toFixed(0)}% of a core; /healthz ms: ${lat.join(' ')}; receiver got ${receiver.counts.requests}`);
await stopGracefully(server, 3000); await receiver.close();
