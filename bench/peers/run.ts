// Peer benchmark: the same signed webhook deliveries done by CallCov's dispatcher (on PostgreSQL, as in scale-out)
// and by a minimal BullMQ worker (Redis) and a minimal pg-boss worker (PostgreSQL), all POSTing to one local
// receiver (its own process), measured in one run:
//  1. throughput: N deliveries queued first, then drained by one worker process with 64 in flight;
//  2. latency from enqueue (commit) to receipt, at a fixed offered rate.
// Redis: the one on 127.0.0.1:6379 when it answers, else a redis-server this bench starts (and stops) on a free port.
// The machine is shared (2 cores, other work running): numbers are noisy; run it twice before believing a ratio.
// Usage: node bench/peers/run.ts [deliveries=5000] [rate=200] [latencySeconds=5]
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { PgBoss } from 'pg-boss';
import pg from 'pg';
import { parseConfig, serializeAnalysis, uuidv7, type AnalysisRecord } from '@callcov/core';
import { migrateDatabase, openDatabase } from '@callcov/db';
import { createApiKey } from '@callcov/services';
import { defaultFeatures, startCallCov } from '@callcov/server';
import { enqueueAnalysisWebhooks } from '@callcov/webhooks';
import { ROOT, fmt, percentile, startChild } from '../support.ts';
import { createPostgresSchema, freePort, sleep, TEST_POSTGRES_URL } from '../cluster.ts';
import { makeDeliver } from './peerWorkers.ts';

const N = Number(process.argv[2] ?? 5000);
const RATE = Number(process.argv[3] ?? 200);
const LATENCY_SECONDS = Number(process.argv[4] ?? 5);
const IN_FLIGHT = 64;

// statements CallCov's dispatcher sends per delivery while draining (pg's Client#query wrapped, in this process)
const statements = new Map<string, number>();
let countStatements = false;
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: unknown, ...args: unknown[]) {
  if (countStatements) {
    const first = args[0] as string | { text?: string };
    const text = (typeof first === 'string' ? first : (first?.text ?? '?')).replace(/\s+/g, ' ').trim().split(' ').slice(0, 3).join(' ');
    statements.set(text, (statements.get(text) ?? 0) + 1);
  }
  return originalQuery.apply(this, args);
};

interface Result {
  name: string;
  enqueueMs: number;
  perSecond: number;
  latency: number[];
  note: string;
}

// ---- the receiver (its own process): records the first arrival time of each analysis id
const { child: receiverChild, match } = await startChild([join(ROOT, 'bench/webhooks/receiver.ts')], {}, /listening on (http:\/\/[^\s]+)/);
const receiver = match[1]!;
const arrivals = async () => (await (await fetch(receiver)).json()) as { requests: number; arrivals: Record<string, number> };

/** Waits until every id arrived; returns their arrival times. */
async function waitForAll(ids: string[], timeoutMs = 300000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = (await arrivals()).arrivals;
    const missing = ids.filter((id) => !(id in s)).length;
    if (missing === 0) return ids.map((id) => s[id]!);
    if (Date.now() > deadline) throw new Error(`${missing} of ${ids.length} deliveries never arrived`);
    await sleep(100);
  }
}

/** Phase 1: enqueue `N` (workers not yet consuming), start consuming, time until the last one arrived. */
async function throughput(enqueue: (bodies: Array<{ id: string; body: string }>) => Promise<void>, startConsuming: () => Promise<void>) {
  const items = Array.from({ length: N }, (_, i) => bodyFor(i));
  const e0 = performance.now();
  await enqueue(items);
  const enqueueMs = performance.now() - e0;
  const t0 = Date.now();
  await startConsuming();
  const times = await waitForAll(items.map((x) => x.id));
  return { enqueueMs, perSecond: N / ((Math.max(...times) - t0) / 1000) };
}

/** Phase 2: one enqueue every 1/RATE s; latency = arrival − the moment the enqueue returned. */
async function latency(enqueueOne: (item: { id: string; body: string }) => Promise<void>): Promise<number[]> {
  const sent = new Map<string, number>();
  const count = Math.round(RATE * LATENCY_SECONDS);
  const start = performance.now();
  const pending: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / RATE - performance.now();
    if (wait > 0) await sleep(wait);
    const item = bodyFor(N + i);
    pending.push(enqueueOne(item).then(() => void sent.set(item.id, Date.now())));
  }
  await Promise.all(pending);
  const ids = [...sent.keys()];
  const times = await waitForAll(ids);
  return ids.map((id, i) => times[i]! - sent.get(id)!).sort((a, b) => a - b);
}

// ---- the same analysis object for everyone
let accountId = '';
const record = (i: number): AnalysisRecord => ({
  id: uuidv7(Date.now(), (n) => randomBytes(n)),
  accountId,
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
const records = new Map<string, AnalysisRecord>();
function bodyFor(i: number): { id: string; body: string } {
  const r = record(i);
  records.set(r.id, r);
  return { id: r.id, body: serializeAnalysis(r) };
}

const results: Result[] = [];
const machineNote = `load ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ')}`;

// ---- 1. CallCov's dispatcher on PostgreSQL
{
  const schema = await createPostgresSchema('peers');
  await schema.client.end();
  const dataDir = mkdtempSync(join(tmpdir(), 'callcov-bench-peers-'));
  const config = parseConfig({
    DATABASE_URL: schema.databaseUrl,
    CALLCOV_DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    CALLCOV_POLL_INTERVAL_MS: '1000',
    CALLCOV_DISPATCHER_CONCURRENCY: String(IN_FLIGHT),
    CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST: String(IN_FLIGHT),
  });
  // the enqueuing side has its own connection pool, as an api process would; the dispatcher starts later
  const db = openDatabase(config.databaseUrl, dataDir);
  await migrateDatabase(db);
  const key = await createApiKey(db, 'bench', 'test', Date.now());
  accountId = key.account_id;
  // started before the deliveries are queued (they are committed in one transaction, invisible until then) and woken
  // by the NOTIFY an api process sends after its commit
  const dispatcher = await startCallCov(config, 'dispatcher', defaultFeatures(config));
  const t = await throughput(
    async (items) => {
      await db.transaction(async (trx) => {
        for (const it of items) await enqueueAnalysisWebhooks(trx, records.get(it.id)!, Date.now());
      });
    },
    async () => {
      countStatements = true;
      await db.notify('jobs');
    },
  );
  countStatements = false;
  const perDelivery = [...statements].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v / N, 2)}`).join(', ');
  const lat = await latency(async (it) => {
    await db.transaction((trx) => enqueueAnalysisWebhooks(trx, records.get(it.id)!, Date.now()));
    await db.notify('jobs'); // what an api process does after a commit: wakes the dispatcher at once
  });
  results.push({ name: 'CallCov dispatcher (PostgreSQL)', ...t, latency: lat, note: `claim with SKIP LOCKED + lease, sign ×2, POST, attempt log row, complete; LISTEN/NOTIFY wake-up; statements per delivery: ${perDelivery}` });
  await dispatcher.stop();
  await db.close();
  await schema.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
// the peers sign with a secret of the same form as CallCov's
const secret = `whsec_${randomBytes(24).toString('base64')}`;
const deliver = makeDeliver(`${receiver}/hook`, secret);

// ---- 2. BullMQ (Redis)
{
  let redis: ChildProcess | null = null;
  let port = 6379;
  let persistence = '';
  const ping = (p: number) => {
    try {
      return execFileSync('redis-cli', ['-p', String(p), 'ping'], { encoding: 'utf8', timeout: 2000 }).trim() === 'PONG';
    } catch {
      return false;
    }
  };
  if (!ping(port)) {
    port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !ping(port); i++) await sleep(50);
    persistence = 'started by the bench: no persistence';
  } else {
    const cfg = execFileSync('redis-cli', ['-p', String(port), 'config', 'get', 'appendonly'], { encoding: 'utf8' }).trim().split('\n');
    persistence = `the running Redis: appendonly ${cfg[1] ?? '?'}`;
  }
  const connect = () => new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: null });
  const connection = connect();
  const name = `peers-${randomUUID().slice(0, 8)}`;
  const queue = new Queue(name, { connection });
  let worker: Worker | null = null;
  const t = await throughput(
    async (items) => {
      for (let i = 0; i < items.length; i += 1000) await queue.addBulk(items.slice(i, i + 1000).map((it) => ({ name: 'deliver', data: { body: it.body }, opts: { attempts: 6, backoff: { type: 'exponential', delay: 60000 } } })));
    },
    async () => {
      worker = new Worker(name, async (job) => deliver(job.data as { body: string }), { connection: connect(), concurrency: IN_FLIGHT });
      await worker.waitUntilReady();
    },
  );
  const lat = await latency(async (it) => {
    await queue.add('deliver', { body: it.body }, { attempts: 6, backoff: { type: 'exponential', delay: 60000 } });
  });
  results.push({ name: 'BullMQ worker (Redis)', ...t, latency: lat, note: `concurrency ${IN_FLIGHT}; ${persistence}` });
  await worker!.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  if (redis) redis.kill('SIGTERM');
}

// ---- 3. pg-boss (PostgreSQL)
{
  const schema = `pgboss_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const boss = new PgBoss({ connectionString: TEST_POSTGRES_URL, schema, useListenNotify: true, max: 10 });
  boss.on('error', (err) => console.error('pg-boss error', err));
  await boss.start();
  const name = 'deliver';
  await boss.createQueue(name, { notify: true, retryLimit: 5, retryBackoff: true } as never);
  const batchSize = 16;
  const t = await throughput(
    async (items) => {
      for (let i = 0; i < items.length; i += 1000) await boss.insert(name, items.slice(i, i + 1000).map((it) => ({ data: { body: it.body } })));
    },
    async () => {
      // IN_FLIGHT in flight: 4 fetch loops × batches of 16 delivered in parallel
      await boss.work(name, { batchSize, localConcurrency: IN_FLIGHT / batchSize, pollingIntervalSeconds: 0.5, burstWhenBatchFull: true }, async (jobs: Array<{ data: { body: string } }>) => {
        await Promise.all(jobs.map((j) => deliver(j.data)));
      });
    },
  );
  const lat = await latency(async (it) => {
    await boss.send(name, { body: it.body });
  });
  results.push({ name: 'pg-boss worker (PostgreSQL)', ...t, latency: lat, note: `batchSize ${batchSize} × localConcurrency ${IN_FLIGHT / batchSize}, LISTEN/NOTIFY on, poll 0.5 s` });
  await boss.stop({ graceful: false, wait: true } as never);
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.end();
}
receiverChild.kill();

// ---- report
const callcov = results[0]!;
console.log(`Peer benchmark: ${N} signed webhook deliveries queued, then drained by one worker process (${IN_FLIGHT} in flight), and ${Math.round(RATE * LATENCY_SECONDS)} at ${RATE}/s offered; one local receiver in its own process. Node ${process.version}, PostgreSQL on 127.0.0.1, ${machineNote}. Shared 2-core machine: noisy.`);
console.log('| system | enqueue N | deliveries/s (drain) | CallCov ÷ this | latency p50 | latency p99 | how it was run |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${fmt(r.enqueueMs, 0)} ms | ${fmt(r.perSecond, 0)} | ${r === callcov ? '—' : `${fmt(callcov.perSecond / r.perSecond, 2)}×`} | ${fmt(percentile(r.latency, 50), 0)} ms | ${fmt(percentile(r.latency, 99), 0)} ms | ${r.note} |`,
  );
}
process.exit(0);
