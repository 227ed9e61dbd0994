// Webhook dispatcher benchmark (SQLite, the embedded default):
//  1. throughput: N deliveries queued at once, drained by one dispatcher to a local receiver, vs raw POSTs of the same
//     bodies with the same HTTP client in the same run;
//  2. latency from "completed" (the commit of the outbox transaction) to receipt, at a fixed offered rate.
// Usage: node bench/webhooks/run.ts [deliveries=5000] [rate=100] [latencySeconds=10]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseConfig, uuidv7, type AnalysisRecord } from '@callcov/core';
import { createApiKey } from '@callcov/services';
import { defaultFeatures, startCallCov } from '@callcov/server';
import { createOutboundClient } from '@callcov/net';
import { enqueueAnalysisWebhooks } from '@callcov/webhooks';
import { ROOT, fmt, percentile, startChild } from '../support.ts';

const N = Number(process.argv[2] ?? 5000);
const RATE = Number(process.argv[3] ?? 100);
const LATENCY_SECONDS = Number(process.argv[4] ?? 10);

const { child: receiverChild, match } = await startChild([join(ROOT, 'bench/webhooks/receiver.ts')], {}, /listening on (http:\/\/[^\s]+)/);
const receiver = match[1]!;
const stats = async () => (await (await fetch(receiver)).json()) as { requests: number; arrivals: Record<string, number> };

const dataDir = mkdtempSync(join(tmpdir(), 'callcov-bench-wh-'));
const config = parseConfig({ CALLCOV_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', CALLCOV_POLL_INTERVAL_MS: '20', CALLCOV_DISPATCHER_CONCURRENCY: '64', CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST: '64' });
const running = await startCallCov(config, 'dispatcher', defaultFeatures(config));
const { database } = running.ctx;
const key = await createApiKey(database, 'bench', 'test', Date.now());

const record = (i: number): AnalysisRecord => ({
  id: uuidv7(Date.now(), (n) => randomBytes(n)),
  accountId: key.account_id,
  livemode: false,
  status: 'completed',
  progress: null,
  agentId: `agent_${i % 10}`,
  contactId: `c_${i}`,
  webhookUrl: `${receiver}/hook`,
  language: 'en',
  channels: null,
  policyId: null,
  scorecardId: null,
  redactPii: false,
  metadata: {},
  inputKind: 'transcript',
  audio: null,
  transcript: { text: 'Agent: hello\nCustomer: hi', language: 'en', segments: [{ speaker: 'Agent', text: 'hello', start: 0, end: 1, confidence: null }] },
  results: { compliance: null, quality: { score: 80, metrics: { talk_time: { agent_seconds: 1, customer_seconds: 1, agent_ratio: 0.5 } } }, coaching: null },
  errorCode: null,
  errorMessage: null,
  createdAt: Date.now(),
  completedAt: Date.now(),
  deletedAt: null,
});

// 1a. raw POSTs with the same client
const client = createOutboundClient({ env: 'development' });
const bodies = Array.from({ length: N }, (_, i) => JSON.stringify(record(i)));
let t0 = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: 64 }, async () => {
    while (next < N) {
      const body = bodies[next++]!;
      await client.post(`${receiver}/raw`, { body, headers: { 'content-type': 'application/json' } });
    }
  }),
);
const rawRate = N / ((performance.now() - t0) / 1000);
await client.close();

// 1b. the dispatcher draining N queued deliveries (sign, POST, record attempt, complete job)
const before = (await stats()).arrivals;
const ids: string[] = [];
await database.transaction(async (trx) => {
  for (let i = 0; i < N; i++) {
    const r = record(i);
    ids.push(r.id);
    await enqueueAnalysisWebhooks(trx, r, Date.now());
  }
});
t0 = performance.now();
running.ctx.jobAdded('deliver_webhook');
for (;;) {
  const s = await stats();
  if (ids.every((id) => id in s.arrivals)) break;
  await new Promise((r) => setTimeout(r, 20));
}
const dispatchRate = N / ((performance.now() - t0) / 1000);
void before;

// 2. latency at a fixed offered rate
const committed = new Map<string, number>();
const interval = 1000 / RATE;
const latencyN = Math.round(RATE * LATENCY_SECONDS);
const start = performance.now();
for (let i = 0; i < latencyN; i++) {
  const due = start + i * interval;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const r = record(i);
  await database.transaction((trx) => enqueueAnalysisWebhooks(trx, r, Date.now()));
  committed.set(r.id, Date.now());
  running.ctx.jobAdded('deliver_webhook');
}
for (;;) {
  const s = await stats();
  if ([...committed.keys()].every((id) => id in s.arrivals)) {
    const lat = [...committed].map(([id, t]) => s.arrivals[id]! - t).sort((a, b) => a - b);
    console.log(`Webhook dispatcher benchmark (SQLite, one dispatcher process, receiver in its own process), Node ${process.version}`);
    console.log(`| measure | value |\n|---|---|`);
    console.log(`| raw POSTs, same client, 64 concurrent | ${fmt(rawRate, 0)} /s |`);
    console.log(`| dispatcher deliveries (sign + POST + attempt log + job), ${N} queued | ${fmt(dispatchRate, 0)} /s (target ≥ 1000/s) |`);
    console.log(`| dispatcher / raw | ${fmt((dispatchRate / rawRate) * 100)}% (target ≥ 25%) |`);
    console.log(`| completed→received latency at ${RATE}/s offered, ${latencyN} deliveries | p50 ${fmt(percentile(lat, 50), 0)} ms, p99 ${fmt(percentile(lat, 99), 0)} ms, max ${fmt(lat.at(-1)!, 0)} ms (target p99 < 100 ms) |`);
    break;
  }
  await new Promise((r) => setTimeout(r, 50));
}
await running.stop();
receiverChild.kill();
