// Load benchmark of the API: requests/s and latency for POST (transcript input) and GET /api/v1/analysis/{id},
// on SQLite and PostgreSQL, next to a bare Fastify JSON route measured in the same run.
// Usage: node bench/api/run.ts [seconds=5] [connections=20]
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CLI, ROOT, fmt, startChild } from '../support.ts';

const seconds = Number(process.argv[2] ?? 5);
const connections = Number(process.argv[3] ?? 20);
const PG = process.env.CALLCOV_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const transcriptBody = readFileSync(join(ROOT, 'examples/transcript-request.json'), 'utf8');

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(name: string, opts: autocannon.Options): Promise<Row> {
  const r = await autocannon({ connections, duration: seconds, ...opts });
  const non2xx = r.non2xx + r.errors + r.timeouts;
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: non2xx };
}

async function benchCallCov(backend: 'sqlite' | 'postgres', rows: Row[], bare: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'callcov-bench-'));
  let databaseUrl = '';
  let schema = '';
  if (backend === 'postgres') {
    schema = `bench_${randomUUID().slice(0, 8)}`;
    const c = new pg.Client({ connectionString: PG });
    await c.connect();
    await c.query(`create schema ${schema}`);
    await c.end();
    const u = new URL(PG);
    u.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = u.toString();
  }
  const env = {
    DATABASE_URL: databaseUrl,
    CALLCOV_DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    CALLCOV_RATE_LIMIT: '1000000',
    CALLCOV_RATE_LIMIT_BURST: '1000000',
  };
  const keyChild = await startChild([CLI, 'keys', 'create', '--account', 'bench', '--mode', 'test', '--json'], env, /"key":"(sk_test_[^"]+)"/);
  const key = keyChild.match[1]!;
  // API role only: the benchmark measures the HTTP layers, not the worker
  const { child, match } = await startChild([CLI, 'serve', '--role', 'api'], env, /listening on (http:\/\/[^ ]+)/);
  const url = match[1]!;
  try {
    const headers = { 'x-api-key': key, 'content-type': 'application/json' };
    const created = await fetch(`${url}/api/v1/analysis`, { method: 'POST', headers, body: transcriptBody });
    const id = ((await created.json()) as { id: string }).id;
    // a worker completes the analysis first (GET measures a full, completed object), then leaves: the load below
    // measures the API process alone
    const worker = await startChild([CLI, 'serve', '--role', 'worker'], { ...env, CALLCOV_POLL_INTERVAL_MS: '20' }, /running role worker/);
    for (let i = 0; i < 400; i++) {
      const g = (await (await fetch(`${url}/api/v1/analysis/${id}`, { headers })).json()) as { status: string };
      if (g.status === 'completed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    worker.child.kill('SIGTERM');
    await measure('warm-up', { url: `${url}/api/v1/analysis/${id}`, headers, duration: 1 });
    const get = await measure(`GET /api/v1/analysis/{id} (${backend})`, { url: `${url}/api/v1/analysis/${id}`, headers });
    const post = await measure(`POST /api/v1/analysis transcript (${backend})`, { url: `${url}/api/v1/analysis`, method: 'POST', headers, body: transcriptBody });
    rows.push(get, post);
    void id;
    console.log(`  ${backend}: GET ${fmt((get.rps / bare) * 100)}% of bare (target ≥ 40%), POST ${fmt((post.rps / bare) * 100)}% of bare (target ≥ 15%)`);
  } finally {
    child.kill('SIGTERM');
    if (schema) {
      const c = new pg.Client({ connectionString: PG });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    }
  }
}

const rows: Row[] = [];
// a completed analysis of the example call, as GET returns it, sizes the second baseline
const sampleBody = await (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callcov-bench-sample-'));
  const env = { CALLCOV_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'warn', CALLCOV_POLL_INTERVAL_MS: '20' };
  const key = (await startChild([CLI, 'keys', 'create', '--account', 'sample', '--json'], env, /"key":"(sk_test_[^"]+)"/)).match[1]!;
  const { child, match: m } = await startChild([CLI, 'serve'], env, /listening on (http:\/\/[^ ]+)/);
  const headers = { 'x-api-key': key, 'content-type': 'application/json' };
  const { id } = (await (await fetch(`${m[1]}/api/v1/analysis`, { method: 'POST', headers, body: transcriptBody })).json()) as { id: string };
  let body = '';
  for (let i = 0; i < 200 && !body.includes('"status":"completed"'); i++) {
    await new Promise((r) => setTimeout(r, 50));
    body = await (await fetch(`${m[1]}/api/v1/analysis/${id}`, { headers })).text();
  }
  child.kill('SIGTERM');
  return body;
})();
const { child: bareChild, match } = await startChild([join(ROOT, 'bench/api/bareServer.ts')], { BARE_BODY: sampleBody }, /listening on (http:\/\/[^\s]+)/);
await measure('warm-up', { url: `${match[1]}/bare`, duration: 1 });
const bare = await measure('GET bare Fastify JSON route', { url: `${match[1]}/bare` });
const bareSized = await measure(`GET bare Fastify route, ${sampleBody.length}-byte analysis body`, { url: `${match[1]}/bare-sized` });
rows.push(bare, bareSized);
bareChild.kill();
console.log(`API load benchmark: ${seconds}s per route, ${connections} connections, Node ${process.version}`);
for (const backend of ['sqlite', 'postgres'] as const) await benchCallCov(backend, rows, bare.rps);
console.log('\n| route | req/s | p50 ms | p99 ms | % of bare | errors |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${fmt(r.rps, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt((r.rps / bare.rps) * 100)}% | ${r.errors} |`);
