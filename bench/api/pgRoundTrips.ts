// Where a PostgreSQL request's time goes, measured (no changes): the statements one GET and one POST of
// /api/v1/analysis send, counted and timed on the client side by wrapping pg's Client#query, on an in-process
// CallCov api on a fresh schema. Sequential requests (one at a time), so the counts are per request; the concurrent
// load figures are bench/api/run.ts (a last section repeats the counts under concurrent load).
// Usage: node bench/api/pgRoundTrips.ts [requests=200]
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import autocannon from 'autocannon';
import { parseConfig } from '@callcov/core';
import { createApiKey } from '@callcov/services';
import { defaultFeatures, startCallCov } from '@callcov/server';
import { ROOT, fmt } from '../support.ts';
import { createPostgresSchema, sleep } from '../cluster.ts';

const N = Number(process.argv[2] ?? 200);
const stats = new Map<string, { calls: number; ms: number }>();
let counting = false;
const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: unknown, ...args: unknown[]) {
  const first = args[0] as string | { text?: string; name?: string };
  const text = typeof first === 'string' ? first : (first?.text ?? first?.name ?? '?');
  const key = text.replace(/\s+/g, ' ').replace(/\$\d+(, )?/g, '').slice(0, 110);
  const t0 = performance.now();
  const out = original.apply(this, args);
  if (counting && out && typeof (out as Promise<unknown>).then === 'function') {
    const done = () => {
      const s = stats.get(key) ?? { calls: 0, ms: 0 };
      s.calls++;
      s.ms += performance.now() - t0;
      stats.set(key, s);
    };
    (out as Promise<unknown>).then(done, done);
  }
  return out;
};

const schema = await createPostgresSchema('roundtrips');
await schema.client.end();
const config = parseConfig({ DATABASE_URL: schema.databaseUrl, CALLCOV_DATA_DIR: mkdtempSync(join(tmpdir(), 'callcov-rt-')), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CALLCOV_RATE_LIMIT: '1000000', CALLCOV_RATE_LIMIT_BURST: '1000000', CALLCOV_POLL_INTERVAL_MS: '20' });
const running = await startCallCov(config, 'all', defaultFeatures(config));
const key = await createApiKey(running.ctx.database, 'bench', 'test', Date.now(), running.ctx.secrets);
const headers = { 'x-api-key': key.key, 'content-type': 'application/json' };
const body = readFileSync(join(ROOT, 'examples/transcript-request.json'), 'utf8');
const post = (base = running.url!) => fetch(`${base}/api/v1/analysis`, { method: 'POST', headers, body }).then(async (r) => (await r.json()) as { id: string });
const { id } = await post();
for (let i = 0; i < 200; i++) {
  if (((await (await fetch(`${running.url}/api/v1/analysis/${id}`, { headers })).json()) as { status: string }).status === 'completed') break;
  await sleep(50);
}
await running.stop();
// the api role alone from here (no worker or dispatcher polling)
const api = await startCallCov(config, 'api', defaultFeatures(config));
const url = api.url!;

async function profile(name: string, request: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await request(); // warm-up
  stats.clear();
  counting = true;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await request();
  const wall = performance.now() - t0;
  counting = false;
  await sleep(50);
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms);
  const calls = rows.reduce((s, [, v]) => s + v.calls, 0);
  const ms = rows.reduce((s, [, v]) => s + v.ms, 0);
  console.log(`\n${name}: ${fmt(wall / N, 2)} ms per request (sequential), ${fmt(calls / N, 2)} statements per request, ${fmt(ms / N, 2)} ms of them waiting on PostgreSQL (${fmt((ms / wall) * 100, 0)}%)`);
  console.log('| statement | per request | ms per request |\n|---|---|---|');
  for (const [k, v] of rows) console.log(`| ${k.replaceAll('|', '\\|')} | ${fmt(v.calls / N, 2)} | ${fmt(v.ms / N, 3)} |`);
}

await profile('GET /api/v1/analysis/{id}', () => fetch(`${url}/api/v1/analysis/${id}`, { headers }).then((r) => r.arrayBuffer()));
await profile('POST /api/v1/analysis (transcript)', () => post(url));
// the same counts under concurrent load (20 connections, 3 s): does group commit share the transactions?
async function underLoad(name: string, opts: autocannon.Options) {
  stats.clear();
  counting = true;
  const r = await autocannon({ connections: 20, duration: 3, ...opts });
  counting = false;
  await sleep(100);
  const n = r.requests.total;
  const rows = [...stats].sort((a, b) => b[1].calls - a[1].calls);
  console.log(`\n${name} under load (20 connections, client in the same process): ${fmt(r.requests.average, 0)} req/s; statements per request: ${rows.map(([k, v]) => `${k.split(' ').slice(0, 3).join(' ')} ${fmt(v.calls / n, 2)}`).join(', ')}`);
}
await underLoad('GET', { url: `${url}/api/v1/analysis/${id}`, headers });
await underLoad('POST', { url: `${url}/api/v1/analysis`, method: 'POST', headers, body });
await api.stop();
await schema.drop();
process.exit(0);
