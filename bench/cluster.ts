// A multi-process CallCov on one database, driven from outside like an operator would: `callcov serve --role …`
// child processes, a PostgreSQL schema of its own, a counting (optionally faulty) webhook receiver, /proc sampling.
// Used by bench/scale, bench/faults, bench/load and test/faults.
import { spawn, execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = `${ROOT}packages/cli/src/main.ts`;
export const TEST_POSTGRES_URL = process.env.CALLCOV_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export type ServeRole = 'api' | 'worker' | 'dispatcher' | 'all';

/** A fresh PostgreSQL schema; `databaseUrl` carries it as search_path so child processes use it. */
export async function createPostgresSchema(prefix = 'bench'): Promise<{ schema: string; databaseUrl: string; client: pg.Client; drop(): Promise<void> }> {
  const schema = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const client = await connectWithRetry(url.toString());
  return {
    schema,
    databaseUrl: url.toString(),
    client,
    async drop() {
      await client.end().catch(() => {});
      const c = await connectWithRetry(TEST_POSTGRES_URL);
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

/** A pg client that survives server restarts: queries retry on a fresh connection for up to `retryMs`. */
export async function connectWithRetry(url: string, retryMs = 30000): Promise<pg.Client> {
  const deadline = Date.now() + retryMs;
  for (;;) {
    const c = new pg.Client({ connectionString: url });
    c.on('error', () => {});
    try {
      await c.connect();
      return c;
    } catch (err) {
      await c.end().catch(() => {});
      if (Date.now() > deadline) throw err;
      await sleep(250);
    }
  }
}

/** Runs `query` on a connection to `url`, reconnecting while the server is unreachable (e.g. restarting). */
export function makeResilientQuery(url: string) {
  let client: pg.Client | null = null;
  return {
    async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
      const deadline = Date.now() + 60000;
      for (;;) {
        try {
          client ??= await connectWithRetry(url);
          return (await client.query<R>(text, values)).rows;
        } catch (err) {
          client?.end().catch(() => {});
          client = null;
          if (Date.now() > deadline) throw err;
          await sleep(250);
        }
      }
    },
    async close() {
      await client?.end().catch(() => {});
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A TCP port free right now on 127.0.0.1 (so a restarted API process can come back on the same address). */
export async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export interface CallCovProcess {
  role: ServeRole;
  child: ChildProcess;
  pid: number;
  url: string | null;
  /** The last 8 KB the process printed (stdout and stderr), for diagnostics. */
  tail(): string;
  /** Every line printed so far, when started with `keepOutput`. */
  output(): string;
  exited: Promise<number | null>;
}

/** Starts `callcov serve --role <role>` and resolves once it says it is listening / running. Output is always drained. */
export async function startCallCovProcess(role: ServeRole, env: Record<string, string>, options: { keepOutput?: boolean; readyTimeoutMs?: number } = {}): Promise<CallCovProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--role', role], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  let all = '';
  const exited = new Promise<number | null>((r) => child.once('exit', (code, signal) => r(code ?? (signal ? -1 : null))));
  return new Promise((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      if (!ready) {
        child.kill('SIGKILL');
        reject(new Error(`${role} not ready after ${options.readyTimeoutMs ?? 30000} ms: ${tail}`));
      }
    }, options.readyTimeoutMs ?? 30000);
    const onData = (c: Buffer) => {
      const s = String(c);
      tail = (tail + s).slice(-8192);
      if (options.keepOutput) all += s;
      if (!ready) {
        const m = /listening on (http:\/\/\S+)|running role/.exec(tail);
        if (m) {
          ready = true;
          clearTimeout(timer);
          resolve({ role, child, pid: child.pid!, url: m[1] ?? null, tail: () => tail, output: () => all, exited });
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`${role} exited (${code}) before ready: ${tail}`));
      }
    });
  });
}

export async function sigkill(p: CallCovProcess): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await p.exited;
}

export async function stopGracefully(p: CallCovProcess, timeoutMs = 15000): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGTERM');
  const t = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  await p.exited;
  clearTimeout(t);
}

/** `callcov keys create --json` against the same database. */
export async function createKeyWithCli(env: Record<string, string>, account = 'bench', mode: 'test' | 'live' = 'test'): Promise<{ account_id: string; key: string; webhook_secret: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'keys', 'create', '--account', account, '--mode', mode, '--json'], { env: { ...process.env, ...env } });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { account_id: string; key: string; webhook_secret: string };
}

export const sampleTranscript = JSON.parse(readFileSync(`${ROOT}examples/transcript-request.json`, 'utf8')).transcript as unknown;

/** Submits one analysis, retrying (same Idempotency-Key, so never twice) while the API is down or answers 5xx. */
export async function submitWithRetry(urlOf: () => string, key: string, body: unknown, idempotencyKey: string, timeoutMs = 60000): Promise<{ id: string; tries: number; latencyMs: number }> {
  const deadline = Date.now() + timeoutMs;
  for (let tries = 1; ; tries++) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${urlOf()}/api/v1/analysis`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10000),
      });
      const text = await res.text();
      if (res.status === 202) return { id: (JSON.parse(text) as { id: string }).id, tries, latencyMs: performance.now() - t0 };
      if (res.status < 500 && res.status !== 429) throw new Error(`submit answered ${res.status}: ${text}`);
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('submit answered')) throw err;
    }
    if (Date.now() > deadline) throw new Error(`could not submit ${idempotencyKey} within ${timeoutMs} ms`);
    await sleep(200);
  }
}

export interface ReceiverOptions {
  /** Share of requests answered 500. */
  failRate?: number;
  /** Share of requests answered only after `hangMs` (longer than the sender's timeout). */
  hangRate?: number;
  hangMs?: number;
  /** Delay before a normal answer. */
  delayMs?: number;
  random?: () => number;
}

export interface CountingReceiver {
  url: string;
  /** Requests by outcome. */
  counts: { requests: number; acknowledged: number; failedOnPurpose: number; hung: number };
  /** Analysis id -> number of 2xx answers given in time (>1: a duplicate delivery). */
  acknowledgedById: Map<string, number>;
  /** Analysis id -> time of the first 2xx answer. */
  firstAckAt: Map<string, number>;
  /** Every `webhook-id` seen per analysis id (the same across retries). */
  webhookIdsById: Map<string, Set<string>>;
  duplicates(): number;
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1 that counts deliveries per analysis id and fails/hangs a share of requests. */
export async function startCountingReceiver(options: ReceiverOptions = {}): Promise<CountingReceiver> {
  const random = options.random ?? Math.random;
  const counts = { requests: 0, acknowledged: 0, failedOnPurpose: 0, hung: 0 };
  const acknowledgedById = new Map<string, number>();
  const firstAckAt = new Map<string, number>();
  const webhookIdsById = new Map<string, Set<string>>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      counts.requests++;
      const id = /"id":"([^"]+)"/.exec(Buffer.concat(chunks).toString('utf8'))?.[1] ?? '?';
      const wid = String(req.headers['webhook-id'] ?? '');
      if (!webhookIdsById.has(id)) webhookIdsById.set(id, new Set());
      webhookIdsById.get(id)!.add(wid);
      const roll = random();
      if (roll < (options.failRate ?? 0)) {
        counts.failedOnPurpose++;
        res.statusCode = 500;
        res.end('injected failure');
        return;
      }
      if (roll < (options.failRate ?? 0) + (options.hangRate ?? 0)) {
        counts.hung++;
        setTimeout(() => {
          if (!res.destroyed) res.end('too late');
        }, options.hangMs ?? 5000).unref();
        return;
      }
      const ack = () => {
        if (res.destroyed) return;
        counts.acknowledged++;
        acknowledgedById.set(id, (acknowledgedById.get(id) ?? 0) + 1);
        if (!firstAckAt.has(id)) firstAckAt.set(id, Date.now());
        res.end('ok');
      };
      if (options.delayMs) setTimeout(ack, options.delayMs);
      else ack();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    acknowledgedById,
    firstAckAt,
    webhookIdsById,
    duplicates: () => [...acknowledgedById.values()].reduce((s, n) => s + (n - 1), 0),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat; 0 when it is gone. */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/** Whole-machine CPU counters from /proc/stat (busy and total, in clock ticks). */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3]! + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Resident set size of a process in KiB (VmRSS), or null when it is gone. */
export function rssKbOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Local TCP ports of `pid`'s connections to PostgreSQL on 127.0.0.1:5432 (from `ss -tnp`). */
export function postgresClientPortsOf(pid: number): number[] {
  const out = execFileSync('ss', ['-tnpH', 'dst', '127.0.0.1:5432'], { encoding: 'utf8' });
  return [...out.matchAll(new RegExp(`127\\.0\\.0\\.1:(\\d+)\\s+127\\.0\\.0\\.1:5432\\b.*pid=${pid},`, 'g'))].map((m) => Number(m[1]));
}

/** Terminates (pg_terminate_backend) every PostgreSQL connection of process `pid` — a database failure for that
 * process only, unlike a server restart, so it is safe while other tests share the server. Returns how many. */
export async function terminatePostgresConnectionsOf(pid: number, query: (text: string, values: unknown[]) => Promise<unknown[]>): Promise<number> {
  const ports = postgresClientPortsOf(pid);
  if (ports.length === 0) return 0;
  const rows = await query(`select pg_terminate_backend(pid) from pg_stat_activity where client_addr = '127.0.0.1' and client_port = any($1::int[])`, [ports]);
  return rows.length;
}

/** PIDs of the PostgreSQL backends serving `pid`'s current connections (matched by client port). */
export async function postgresBackendsOf(pid: number, query: (text: string, values: unknown[]) => Promise<Array<{ pid: number }>>): Promise<number[]> {
  const ports = postgresClientPortsOf(pid);
  if (ports.length === 0) return [];
  return (await query(`select pid from pg_stat_activity where client_addr = '127.0.0.1' and client_port = any($1::int[])`, [ports])).map((r) => Number(r.pid));
}
