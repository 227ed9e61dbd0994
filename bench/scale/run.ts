// Scale-out benchmark on PostgreSQL: the same batch of transcript analyses (each with a webhook) processed by 1, 2 and 4
// `callcov serve --role worker` processes, next to one `--role api` and one `--role dispatcher`; prints jobs/s and
// deliveries/s per configuration, the scaling factor, where the CPU went, and raw queue claim+complete throughput.
// Usage: node bench/scale/run.ts [--analyses 1000] [--workers 1,2,4] [--worker-concurrency 2] [--queue-jobs 20000]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase, openPostgresDatabase, openSqliteDatabase, type Database } from '@callcov/db';
import { addJob, claimJobs, completeJob } from '@callcov/queue';
import {
  TEST_POSTGRES_URL,
  cpuSecondsOf,
  createKeyWithCli,
  createPostgresSchema,
  loadAverage,
  machineCpu,
  postgresBackendsOf,
  sampleTranscript,
  sleep,
  startCallCovProcess,
  startCountingReceiver,
  stopGracefully,
  submitWithRetry,
  type CallCovProcess,
} from '../cluster.ts';
import { fmt } from '../support.ts';

const { values: args } = parseArgs({
  options: {
    analyses: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '1,2,4' },
    'worker-concurrency': { type: 'string', default: '2' },
    'queue-jobs': { type: 'string', default: '20000' },
    'skip-queue': { type: 'boolean', default: false },
  },
});
const N = Number(args.analyses);
const WORKER_COUNTS = args.workers.split(',').map(Number);
const CORES = availableParallelism();

interface Run {
  workers: number;
  jobsPerSecond: number;
  deliveriesPerSecond: number;
  endToEndSeconds: number;
  machineBusy: number;
  cpu: Record<string, number>;
  windowSeconds: number;
}

/** Rate over the part of a sorted timeline between its 5th percentile and its end (start-up excluded). */
const steadyRate = (times: number[]): number => {
  const sorted = [...times].sort((a, b) => a - b);
  const from = Math.floor(sorted.length * 0.05);
  const span = (sorted.at(-1)! - sorted[from]!) / 1000;
  return span > 0 ? (sorted.length - 1 - from) / span : NaN;
};

async function runConfiguration(workers: number): Promise<Run> {
  const pgSchema = await createPostgresSchema('scale');
  const dataDir = mkdtempSync(join(tmpdir(), 'callcov-scale-'));
  const env = {
    DATABASE_URL: pgSchema.databaseUrl,
    CALLCOV_DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    CALLCOV_POLL_INTERVAL_MS: '200',
    CALLCOV_LEASE_MS: '30000',
    CALLCOV_RATE_LIMIT: '1000000',
    CALLCOV_RATE_LIMIT_BURST: '1000000',
    CALLCOV_WORKER_CONCURRENCY: args['worker-concurrency'],
    CALLCOV_DISPATCHER_CONCURRENCY: '64',
    CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST: '64',
  };
  const receiver = await startCountingReceiver();
  const procs: CallCovProcess[] = [];
  try {
    const key = await createKeyWithCli(env);
    const api = await startCallCovProcess('api', env);
    procs.push(api);
    // the batch is queued before any worker runs, so every configuration starts from the same full queue
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < N) {
          const i = next++;
          await submitWithRetry(() => api.url!, key.key, { transcript: sampleTranscript, agent_id: `agent_${i % 20}`, contact_id: `c_${i}`, webhook_url: `${receiver.url}/hook` }, `scale-${i}`);
        }
      }),
    );
    const dispatcher = await startCallCovProcess('dispatcher', env);
    procs.push(dispatcher);
    const cpu0 = machineCpu();
    const self0 = process.cpuUsage();
    const t0 = Date.now();
    const apiCpu0 = cpuSecondsOf(api.pid);
    const dispatcherCpu0 = cpuSecondsOf(dispatcher.pid);
    // each worker's CPU is counted from when it is ready (start-up, i.e. loading the code, excluded)
    const workerCpu0 = new Map<number, number>();
    const workerProcs = await Promise.all(
      Array.from({ length: workers }, async () => {
        const w = await startCallCovProcess('worker', env);
        workerCpu0.set(w.pid, cpuSecondsOf(w.pid));
        return w;
      }),
    );
    procs.push(...workerProcs);
    const doneAt: number[] = [];
    for (;;) {
      const [row] = (await pgSchema.client.query<{ n: string }>(`select count(*) as n from analyses where status in ('completed','failed')`)).rows;
      const done = Number(row!.n);
      while (doneAt.length < done) doneAt.push(Date.now());
      if (done >= N && receiver.firstAckAt.size >= N) break;
      if (Date.now() - t0 > 600000) throw new Error(`timed out: ${done}/${N} analyses, ${receiver.firstAckAt.size} webhooks`);
      await sleep(50);
    }
    const t1 = Date.now();
    const cpu1 = machineCpu();
    // PostgreSQL backends serving these processes (those still connected at the end; pooled, so most of them)
    let postgresCpu = 0;
    for (const p of procs) {
      for (const backend of await postgresBackendsOf(p.pid, async (text, values) => (await pgSchema.client.query<{ pid: number }>(text, values)).rows)) postgresCpu += cpuSecondsOf(backend);
    }
    const selfCpu = process.cpuUsage(self0);
    const cpu: Record<string, number> = { workers: 0, api: cpuSecondsOf(api.pid) - apiCpu0, dispatcher: cpuSecondsOf(dispatcher.pid) - dispatcherCpu0, 'worker start-up': 0 };
    for (const w of workerProcs) {
      cpu.workers! += cpuSecondsOf(w.pid) - workerCpu0.get(w.pid)!;
      cpu['worker start-up']! += workerCpu0.get(w.pid)!;
    }
    cpu['bench+receiver'] = (selfCpu.user + selfCpu.system) / 1e6;
    const machineSeconds = (cpu1.busy - cpu0.busy) / 100;
    cpu.postgres = postgresCpu;
    cpu['other (not CallCov)'] = Math.max(0, machineSeconds - Object.values(cpu).reduce((a, b) => a + b, 0));
    const [failed] = (await pgSchema.client.query<{ n: string }>(`select count(*) as n from analyses where status = 'failed'`)).rows;
    if (Number(failed!.n) > 0) console.log(`  note: ${failed!.n} analyses failed`);
    return {
      workers,
      jobsPerSecond: steadyRate(doneAt),
      deliveriesPerSecond: steadyRate([...receiver.firstAckAt.values()]),
      endToEndSeconds: (t1 - t0) / 1000,
      windowSeconds: (t1 - t0) / 1000,
      machineBusy: (cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total),
      cpu,
    };
  } finally {
    await Promise.all(procs.map((p) => stopGracefully(p)));
    await receiver.close();
    await pgSchema.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Raw queue throughput: `concurrency` claimers, each claiming `batch` jobs and completing them in one transaction. */
async function queueThroughput(database: Database, jobs: number, concurrency: number, batch: number): Promise<number> {
  for (let i = 0; i < jobs; i += 1000) {
    await database.transaction(async (trx) => {
      for (let j = i; j < Math.min(jobs, i + 1000); j++) await addJob(trx, { type: 'bench_noop', payload: { j } }, Date.now());
    });
  }
  const t0 = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      const workerId = `bench-${w}`;
      for (;;) {
        const claimed = await claimJobs(database, { types: ['bench_noop'], workerId, limit: batch, leaseMs: 60000, now: Date.now() });
        if (claimed.length === 0) return;
        await database.transaction(async (trx) => {
          for (const job of claimed) if (await completeJob(trx, job.id, workerId)) done++;
        });
      }
    }),
  );
  const rate = done / ((performance.now() - t0) / 1000);
  if (done !== jobs) throw new Error(`queue benchmark completed ${done} of ${jobs}`);
  return rate;
}

console.log(`Scale-out benchmark: ${N} transcript analyses with webhooks on PostgreSQL (${TEST_POSTGRES_URL.replace(/\/\/[^@]*@/, '//')}), Node ${process.version}, ${CORES} cores`);
console.log(`  load average before: ${loadAverage()} (other work on this machine makes numbers noisy)`);
const runs: Run[] = [];
for (const w of WORKER_COUNTS) {
  const r = await runConfiguration(w);
  runs.push(r);
  console.log(`  ${w} worker process(es): ${fmt(r.jobsPerSecond)} jobs/s, ${fmt(r.deliveriesPerSecond)} deliveries/s, ${fmt(r.endToEndSeconds)} s end to end, machine CPU ${fmt(r.machineBusy * 100, 0)}% busy (load ${loadAverage()})`);
}
const base = runs[0]!;
console.log('\n| worker processes | jobs/s | deliveries/s | scaling (jobs/s vs 1) | end-to-end s | machine CPU busy | CPU-s in the run: workers / PostgreSQL backends / dispatcher / api / other processes on the machine | cores used by workers |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of runs) {
  const c = r.cpu;
  console.log(`| ${r.workers} | ${fmt(r.jobsPerSecond)} | ${fmt(r.deliveriesPerSecond)} | ${fmt(r.jobsPerSecond / base.jobsPerSecond, 2)}x | ${fmt(r.endToEndSeconds)} | ${fmt(r.machineBusy * 100, 0)}% | ${fmt(c.workers!)} (+${fmt(c['worker start-up']!)} start-up) / ${fmt(c.postgres!)} / ${fmt(c.dispatcher!)} / ${fmt(c.api!)} / ${fmt(c['other (not CallCov)']!)} | ${fmt(c.workers! / r.windowSeconds, 2)} |`);
}
const msPerJob = (r: Run, k: string) => (r.cpu[k]! / N) * 1000;
const callcovMsPerJob = (r: Run) => msPerJob(r, 'workers') + msPerJob(r, 'postgres') + msPerJob(r, 'dispatcher');
const best = runs.reduce((a, b) => (b.jobsPerSecond > a.jobsPerSecond ? b : a));
const ceiling = (CORES * 1000) / callcovMsPerJob(best);
const bendAt = runs.find((r, i) => i > 0 && r.jobsPerSecond < runs[i - 1]!.jobsPerSecond * 1.25);
console.log(`
Where the curve bends (computed from this run): one analysis costs ~${fmt(msPerJob(best, 'workers'))} ms of worker CPU,
~${fmt(msPerJob(best, 'postgres'))} ms in PostgreSQL and ~${fmt(msPerJob(best, 'dispatcher'))} ms in the dispatcher: ~${fmt(callcovMsPerJob(best))} ms of CPU per
analysis+webhook in all, so ${CORES} fully free cores could carry at most ~${fmt(ceiling, 0)} jobs/s whatever the number of workers.
A worker is not CPU-bound on its own: it keeps CALLCOV_WORKER_CONCURRENCY=${args['worker-concurrency']} jobs in flight and each job waits on
sequential database round trips, so the 1-worker run used only ${fmt(base.cpu.workers! / base.windowSeconds, 2)} cores of worker CPU.
Adding workers adds jobs in flight, and jobs/s grows with them until the machine's CPU is saturated (${fmt(runs.at(-1)!.machineBusy * 100, 0)}% busy in
the ${runs.at(-1)!.workers}-worker run, with processes outside this benchmark (other developers' work) using ${fmt(runs.at(-1)!.cpu['other (not CallCov)']!)} CPU-s of it);
${bendAt ? `here the curve bends at ${bendAt.workers} workers (${fmt(bendAt.jobsPerSecond)} jobs/s vs ${fmt(runs[runs.indexOf(bendAt) - 1]!.jobsPerSecond)})` : 'the curve had not bent yet at the largest configuration'}: beyond ~${CORES} worker processes on ${CORES} cores,
PostgreSQL, the dispatcher and the workers compete for the same cores, and more processes only add scheduling and lock
contention. The 4x-at-4-workers target needs ≥ 4 free cores (workers on their own hosts, PostgreSQL on its own).`);

if (!args['skip-queue']) {
  const Q = Number(args['queue-jobs']);
  console.log(`\nRaw queue claim+complete throughput (@callcov/queue claimJobs + completeJob, ${Q} jobs, batch claims):`);
  const s = await createPostgresSchema('queue');
  const pgDb = openPostgresDatabase(TEST_POSTGRES_URL, { schema: s.schema, poolSize: 8 });
  await migrateDatabase(pgDb);
  for (const [concurrency, batch] of [[1, 100], [4, 100], [4, 500]] as const) {
    const rate = await queueThroughput(pgDb, Q, concurrency, batch);
    console.log(`  PostgreSQL, ${concurrency} claimer(s), batch ${batch}: ${fmt(rate, 0)} jobs/s (target ≥ 5000)`);
  }
  await pgDb.close();
  await s.drop();
  const dir = mkdtempSync(join(tmpdir(), 'callcov-queue-'));
  const sqlite = openSqliteDatabase(join(dir, 'q.db'));
  await migrateDatabase(sqlite);
  const rate = await queueThroughput(sqlite, Q, 1, 500);
  console.log(`  SQLite (one writer), batch 500: ${fmt(rate, 0)} jobs/s`);
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`load average after: ${loadAverage()}`);
