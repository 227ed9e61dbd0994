// The crash/fault scenario behind bench/faults/run.ts (full size) and test/faults/faults.test.ts (reduced): a
// multi-process CallCov on its own PostgreSQL schema processes analyses with webhooks while random processes are
// SIGKILLed (and restarted), PostgreSQL is optionally restarted, and the receiver fails or times out a share of requests.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  createKeyWithCli,
  createPostgresSchema,
  freePort,
  makeResilientQuery,
  sampleTranscript,
  sigkill,
  sleep,
  startCallCovProcess,
  startCountingReceiver,
  stopGracefully,
  submitWithRetry,
  terminatePostgresConnectionsOf,
  type CallCovProcess,
  type ServeRole,
} from '../cluster.ts';

export interface FaultScenarioOptions {
  analyses: number;
  kills: number;
  /** Mean time between kills (the k-th lands at (k + 0.5 ± 0.3) intervals). */
  killIntervalMs: number;
  /** Restart the PostgreSQL server once, half-way through the kills (affects everything else using it!). */
  restartPostgres: boolean;
  failRate: number;
  hangRate: number;
  /** Also terminate all PostgreSQL connections of a random process this many times (pg_terminate_backend). */
  connectionTerminations?: number;
  /** Length of the fault period (default kills × killIntervalMs); submissions are spread over it. */
  chaosMs?: number;
  /** Roles of the processes to run (and kill at random). */
  roles: ServeRole[];
  /** How long to wait, after the last fault, for everything to settle. */
  drainTimeoutMs: number;
  log: (line: string) => void;
  random?: () => number;
}

export interface FaultScenarioResult {
  analyses: number;
  completed: number;
  failedWithReason: number;
  failedWithoutReason: number;
  notFinal: number;
  webhooksAcknowledged: number;
  duplicates: number;
  webhookIdChanged: number;
  jobsStuck: number;
  jobsDeadLettered: number;
  deliveries: Record<string, number>;
  receiver: { requests: number; acknowledged: number; failedOnPurpose: number; hung: number };
  kills: Array<{ role: ServeRole; atMs: number }>;
  /** Processes that exited without being killed by the scenario (restarted, as a supervisor would). */
  crashes: Array<{ role: ServeRole; atMs: number; code: number | null; reason: string }>;
  postgresRestartedAtMs: number | null;
  connectionsTerminated: number;
  submitRetries: number;
  secondsToSettle: number;
  totalSeconds: number;
}

export const WEBHOOK_TIMEOUT_MS = 1000;
/** Ten short retries: with 35% of attempts failing, 11 failures in a row (a lost webhook) has odds of 1 in 100,000. */
export const RETRY_SCHEDULE = '0.3,0.5,0.5,1,1,1,1,1,1,1';

export async function postgresVersion(): Promise<string> {
  const versions = readdirSync('/etc/postgresql').filter((v) => /^\d+$/.test(v));
  return versions.sort((a, b) => Number(a) - Number(b)).at(-1)!;
}

export async function restartPostgres(): Promise<void> {
  await promisify(execFile)('pg_ctlcluster', ['--skip-systemctl-redirect', await postgresVersion(), 'main', 'restart']);
}

export async function runFaultScenario(o: FaultScenarioOptions): Promise<FaultScenarioResult> {
  const random = o.random ?? Math.random;
  const started = Date.now();
  let result: FaultScenarioResult;
  const pgSchema = await createPostgresSchema('faults');
  await pgSchema.client.end();
  const db = makeResilientQuery(pgSchema.databaseUrl);
  const dataDir = mkdtempSync(join(tmpdir(), 'callcov-faults-'));
  const receiver = await startCountingReceiver({ failRate: o.failRate, hangRate: o.hangRate, hangMs: WEBHOOK_TIMEOUT_MS * 3, delayMs: 5, random });
  const port = await freePort();
  const env = {
    DATABASE_URL: pgSchema.databaseUrl,
    CALLCOV_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    CALLCOV_POLL_INTERVAL_MS: '100',
    CALLCOV_LEASE_MS: '2000',
    CALLCOV_WEBHOOK_TIMEOUT_MS: String(WEBHOOK_TIMEOUT_MS),
    CALLCOV_WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE,
    CALLCOV_RATE_LIMIT: '1000000',
    CALLCOV_RATE_LIMIT_BURST: '1000000',
    CALLCOV_WORKER_CONCURRENCY: '2',
    CALLCOV_DISPATCHER_CONCURRENCY: '32',
  };
  const apiUrl = `http://127.0.0.1:${port}`;
  const slots: Array<{ role: ServeRole; proc: CallCovProcess | null; busy: boolean }> = o.roles.map((role) => ({ role, proc: null, busy: false }));
  let stopping = false;
  /** (Re)starts a slot, retrying while the database is unreachable (e.g. PostgreSQL restarting). */
  const killedByUs = new Set<number>();
  /** Like a supervisor (compose's `restart: unless-stopped`): a process that dies on its own is reported and restarted. */
  const watch = (slot: (typeof slots)[number], proc: CallCovProcess) => {
    void proc.exited.then((code) => {
      if (stopping || killedByUs.has(proc.pid)) return;
      const at = Date.now() - started;
      const reason = proc.tail().trim().split('\n').slice(-30).join('\n    ');
      result.crashes.push({ role: slot.role, atMs: at, code, reason });
      o.log(`UNEXPECTED EXIT of ${slot.role} pid ${proc.pid} (code ${code}); its last output:\n    ${reason}`);
      if (slot.proc !== proc || slot.busy) return;
      slot.busy = true;
      startSlot(slot)
        .catch((err) => o.log(`could not restart ${slot.role}: ${(err as Error).message}`))
        .finally(() => (slot.busy = false));
    });
  };
  const startSlot = async (slot: (typeof slots)[number]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        slot.proc = await startCallCovProcess(slot.role, env);
        watch(slot, slot.proc);
        return;
      } catch (err) {
        if (attempt >= 20 || stopping) throw err;
        await sleep(500);
      }
    }
  };
  result = {
    analyses: o.analyses,
    completed: 0,
    failedWithReason: 0,
    failedWithoutReason: 0,
    notFinal: 0,
    webhooksAcknowledged: 0,
    duplicates: 0,
    webhookIdChanged: 0,
    jobsStuck: 0,
    jobsDeadLettered: 0,
    deliveries: {},
    receiver: receiver.counts,
    kills: [],
    crashes: [],
    postgresRestartedAtMs: null,
    connectionsTerminated: 0,
    submitRetries: 0,
    secondsToSettle: 0,
    totalSeconds: 0,
  };
  try {
    const key = await createKeyWithCli(env, 'faults');
    await Promise.all(slots.map(startSlot));
    o.log(`started ${slots.map((s) => `${s.role}(${s.proc!.pid})`).join(', ')} on schema ${pgSchema.schema}; api ${apiUrl}`);
    const t0 = Date.now();
    const chaosMs = o.chaosMs ?? o.kills * o.killIntervalMs;

    // submissions spread over the fault period (retried with the same Idempotency-Key while the API is down)
    const ids: string[] = [];
    const submitter = (async () => {
      let next = 0;
      const perMs = o.analyses / Math.max(1, chaosMs * 0.85);
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < o.analyses) {
            const i = next++;
            const due = t0 + i / perMs;
            if (due > Date.now()) await sleep(due - Date.now());
            const r = await submitWithRetry(() => apiUrl, key.key, { transcript: sampleTranscript, contact_id: `c_${i}`, webhook_url: `${receiver.url}/hook` }, `fault-${i}`, 120000);
            result.submitRetries += r.tries - 1;
            ids.push(r.id);
          }
        }),
      );
    })();

    const chaos = (async () => {
      for (let k = 0; k < o.kills; k++) {
        // the k-th kill lands at (k + 0.5 ± 0.3) intervals: spread over the run, at unpredictable moments
        const due = t0 + o.killIntervalMs * (k + 0.2 + 0.6 * random());
        if (due > Date.now()) await sleep(due - Date.now());
        if (o.restartPostgres && k === Math.floor(o.kills / 2)) {
          result.postgresRestartedAtMs = Date.now() - t0;
          o.log(`restarting PostgreSQL at ${(result.postgresRestartedAtMs / 1000).toFixed(1)} s`);
          await restartPostgres();
          o.log(`PostgreSQL back after ${((Date.now() - t0 - result.postgresRestartedAtMs) / 1000).toFixed(1)} s`);
        }
        // a random process that is up (not one being restarted after a crash)
        let live = slots.filter((x) => !x.busy && x.proc && x.proc.child.exitCode === null && x.proc.child.signalCode === null);
        while (live.length === 0) {
          await sleep(100);
          live = slots.filter((x) => !x.busy && x.proc && x.proc.child.exitCode === null);
        }
        const slot = live[Math.floor(random() * live.length)]!;
        slot.busy = true;
        result.kills.push({ role: slot.role, atMs: Date.now() - t0 });
        killedByUs.add(slot.proc!.pid);
        await sigkill(slot.proc!);
        o.log(`SIGKILL ${k + 1}/${o.kills}: ${slot.role} pid ${slot.proc!.pid} at ${((Date.now() - t0) / 1000).toFixed(1)} s (${receiver.firstAckAt.size} webhooks acknowledged so far)`);
        await startSlot(slot).finally(() => (slot.busy = false));
      }
    })();
    const terminations = (async () => {
      const n = o.connectionTerminations ?? 0;
      for (let k = 0; k < n; k++) {
        const due = t0 + (chaosMs / n) * (k + 0.2 + 0.6 * random());
        if (due > Date.now()) await sleep(due - Date.now());
        const live = slots.filter((x) => !x.busy && x.proc && x.proc.child.exitCode === null);
        const slot = live[Math.floor(random() * live.length)];
        if (!slot) continue;
        const count = await terminatePostgresConnectionsOf(slot.proc!.pid, (text, values) => db.query(text, values));
        result.connectionsTerminated += count;
        o.log(`terminated ${count} PostgreSQL connections of ${slot.role} pid ${slot.proc!.pid} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
    })();
    await Promise.all([submitter, chaos, terminations]);

    // settle: every analysis final, every webhook acknowledged, no job pending or running
    const faultsOver = Date.now();
    const deadline = faultsOver + o.drainTimeoutMs;
    for (;;) {
      const [a] = await db.query<{ final: string; jobs: string }>(
        `select (select count(*) from analyses where status in ('completed','failed')) as final,
                (select count(*) from jobs where status in ('pending','running')) as jobs`,
      );
      const acked = ids.filter((id) => receiver.firstAckAt.has(id)).length;
      if (Number(a!.final) === o.analyses && acked === o.analyses && Number(a!.jobs) === 0) break;
      if (Date.now() > deadline) {
        o.log(`not settled after ${o.drainTimeoutMs} ms: ${a!.final} final analyses, ${acked} webhooks acknowledged, ${a!.jobs} jobs pending/running`);
        break;
      }
      await sleep(200);
    }
    result.secondsToSettle = (Date.now() - faultsOver) / 1000;

    const statuses = await db.query<{ status: string; reason: boolean; n: string }>(
      `select status, (error_code is not null and error_message is not null) as reason, count(*) as n from analyses group by 1, 2`,
    );
    for (const s of statuses) {
      if (s.status === 'completed') result.completed += Number(s.n);
      else if (s.status === 'failed' && s.reason) result.failedWithReason += Number(s.n);
      else if (s.status === 'failed') result.failedWithoutReason += Number(s.n);
      else result.notFinal += Number(s.n);
    }
    const jobs = await db.query<{ status: string; n: string }>(`select status, count(*) as n from jobs group by 1`);
    for (const j of jobs) {
      if (j.status === 'pending' || j.status === 'running') result.jobsStuck += Number(j.n);
      else result.jobsDeadLettered += Number(j.n);
    }
    for (const d of await db.query<{ status: string; n: string }>(`select status, count(*) as n from webhook_deliveries group by 1`)) result.deliveries[d.status] = Number(d.n);
    result.webhooksAcknowledged = ids.filter((id) => receiver.firstAckAt.has(id)).length;
    result.duplicates = receiver.duplicates();
    result.webhookIdChanged = ids.filter((id) => (receiver.webhookIdsById.get(id)?.size ?? 0) > 1).length;
    if (new Set(ids).size !== o.analyses) throw new Error(`submitted ${new Set(ids).size} distinct analyses for ${o.analyses} idempotency keys`);
    result.totalSeconds = (Date.now() - started) / 1000;
    return result;
  } finally {
    stopping = true;
    await Promise.all(slots.map((s) => (s.proc ? stopGracefully(s.proc, 5000) : undefined)));
    await receiver.close();
    await db.close();
    await pgSchema.drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The report lines the bench and the test print. */
export function describeFaultResult(r: FaultScenarioResult): string[] {
  const kills = Object.entries(r.kills.reduce<Record<string, number>>((m, k) => ({ ...m, [k.role]: (m[k.role] ?? 0) + 1 }), {}))
    .map(([role, n]) => `${role} ×${n}`)
    .join(', ');
  return [
    `${r.completed + r.failedWithReason}/${r.analyses} analyses completed or failed with a reason (${r.completed} completed, ${r.failedWithReason} failed with a reason, ${r.failedWithoutReason} failed without one, ${r.notFinal} not final)`,
    `${r.webhooksAcknowledged}/${r.analyses} webhooks received at least once (acknowledged with 2xx in time)`,
    `${r.jobsStuck} jobs stuck (pending or running after settling), ${r.jobsDeadLettered} dead-lettered`,
    `${r.duplicates} duplicate deliveries (same webhook-id acknowledged more than once; at-least-once); ${r.webhookIdChanged} analyses whose webhook-id changed between attempts`,
    `faults: ${r.kills.length} SIGKILLs (${kills})${r.postgresRestartedAtMs === null ? ', no PostgreSQL restart' : `, PostgreSQL restarted at ${(r.postgresRestartedAtMs / 1000).toFixed(1)} s`}${r.connectionsTerminated ? `, ${r.connectionsTerminated} PostgreSQL connections terminated` : ''}; receiver saw ${r.receiver.requests} requests: ${r.receiver.failedOnPurpose} answered 500 on purpose, ${r.receiver.hung} left to time out, ${r.receiver.acknowledged} acknowledged`,
    `${r.crashes.filter((c) => c.code !== 0).length} processes crashed (exit code ≠ 0)${r.crashes.some((c) => c.code !== 0) ? `: ${r.crashes.filter((c) => c.code !== 0).map((c) => `${c.role} at ${(c.atMs / 1000).toFixed(1)} s, code ${c.code}`).join('; ')}` : ''}; ${r.crashes.filter((c) => c.code === 0).length} stopped by a signal from outside the scenario; all restarted as a supervisor would`,
    `deliveries by status: ${JSON.stringify(r.deliveries)}; ${r.submitRetries} submit retries (same Idempotency-Key); settled ${r.secondsToSettle.toFixed(1)} s after the last fault; ${r.totalSeconds.toFixed(1)} s in all`,
  ];
}
