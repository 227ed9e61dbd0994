// Sustained-load benchmark: a fixed submit rate (open loop: requests go out on schedule, whatever the answers) against
// `callcov serve` (all roles in one process) on SQLite, with a GET of each analysis and a webhook per analysis; prints
// the server's RSS over time (VmRSS from /proc), p50/p99 API latencies and errors, and whether the work kept up.
// Usage: node bench/load/run.ts [--seconds 60] [--rate 50] [--cpu-prof-dir DIR]   (full: --seconds 600)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createKeyWithCli, loadAverage, rssKbOf, sampleTranscript, sleep, startCallCovProcess, startCountingReceiver, stopGracefully } from '../cluster.ts';
import { fmt, percentile } from '../support.ts';

const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, rate: { type: 'string', default: '50' }, 'cpu-prof-dir': { type: 'string' } } });
const SECONDS = Number(args.seconds);
const RATE = Number(args.rate);

const dataDir = mkdtempSync(join(tmpdir(), 'callcov-load-'));
const env = { CALLCOV_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'warn', CALLCOV_RATE_LIMIT: '1000', CALLCOV_RATE_LIMIT_BURST: '2000', CALLCOV_POLL_INTERVAL_MS: '200' };
const receiver = await startCountingReceiver();
const key = await createKeyWithCli(env, 'load');
// --cpu-prof-dir DIR: the server writes a V8 CPU profile there when it exits (open it in Chrome DevTools)
const server = await startCallCovProcess('all', { ...env, ...(args['cpu-prof-dir'] ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${args['cpu-prof-dir']}` } : {}) });
const url = server.url!;
let serverExit = null as string | null;
const serverStarted = performance.now();
void server.exited.then((code) => {
  if (stopping) return;
  serverExit = `the server exited on its own (code ${code}) ${fmt((performance.now() - serverStarted) / 1000)} s after it started; its last output:\n${server.tail().split('\n').slice(-30).join('\n')}`;
  console.log(`  ${serverExit}`);
});
let stopping = false;
console.log(`Load benchmark: ${RATE} submits/s (+ ${RATE} GETs/s) for ${SECONDS} s against callcov serve --role all (pid ${server.pid}) on SQLite, webhooks to a local receiver; Node ${process.version}; load ${loadAverage()}`);

const latencies = { post: [] as number[], get: [] as number[] };
const errors: Record<string, number> = {};
const error = (what: string) => (errors[what] = (errors[what] ?? 0) + 1);
const ids: string[] = [];
const rss: Array<{ t: number; kb: number }> = [];
let inFlight = 0;
let skipped = 0;

async function timed(kind: 'post' | 'get', path: string, init: RequestInit): Promise<unknown> {
  const t0 = performance.now();
  try {
    const res = await fetch(url + path, { ...init, signal: AbortSignal.timeout(30000) });
    const body = await res.text();
    latencies[kind].push(performance.now() - t0);
    if (res.status >= 300) {
      error(`${kind.toUpperCase()} ${res.status}`);
      return null;
    }
    return JSON.parse(body);
  } catch (err) {
    error(`${kind.toUpperCase()} ${(err as Error).name}`);
    return null;
  }
}

const headers = { 'x-api-key': key.key, 'content-type': 'application/json' };
const sampler = setInterval(() => {
  const kb = rssKbOf(server.pid);
  if (kb !== null) rss.push({ t: performance.now(), kb });
}, 1000);
const start = performance.now();
const total = Math.round(SECONDS * RATE);
const pending: Promise<void>[] = [];
for (let i = 0; i < total; i++) {
  const due = start + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await sleep(wait);
  if (inFlight > 500) {
    skipped++; // the server has fallen far behind: count it instead of piling up sockets
    continue;
  }
  inFlight++;
  pending.push(
    (async () => {
      const created = (await timed('post', '/api/v1/analysis', { method: 'POST', headers, body: JSON.stringify({ transcript: sampleTranscript, contact_id: `c_${i}`, webhook_url: `${receiver.url}/hook` }) })) as { id: string } | null;
      if (created) {
        ids.push(created.id);
        await timed('get', `/api/v1/analysis/${created.id}`, { headers });
      }
      inFlight--;
    })(),
  );
  if (i > 0 && i % (RATE * 10) === 0) {
    const last = rss.at(-1);
    console.log(`  ${fmt((performance.now() - start) / 1000, 0)} s: ${i} submitted, RSS ${last ? fmt(last.kb / 1024) : '-'} MiB, ${receiver.firstAckAt.size} webhooks received, ${inFlight} in flight`);
  }
}
await Promise.all(pending);
const submitSeconds = (performance.now() - start) / 1000;
const drainStart = performance.now();
while (receiver.firstAckAt.size < ids.length && performance.now() - drainStart < 60000) await sleep(100);
const backlogSeconds = (performance.now() - drainStart) / 1000;
clearInterval(sampler);
const finalRss = rssKbOf(server.pid);
stopping = true;
await stopGracefully(server);
await receiver.close();
rmSync(dataDir, { recursive: true, force: true });

const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const post = sorted(latencies.post);
const get = sorted(latencies.get);
// RSS: after a warm-up (the first 10% of the run, at least 5 s) the process should stay flat
const warm = rss.filter((s) => s.t - start >= Math.max(5000, SECONDS * 100));
const first = warm[0] ?? rss[0]!;
const last = rss.at(-1)!;
const half = warm.filter((s) => s.t >= (first.t + last.t) / 2);
const slope = (pts: typeof rss) => {
  if (pts.length < 2) return NaN;
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p.t, 0) / n;
  const my = pts.reduce((s, p) => s + p.kb, 0) / n;
  const num = pts.reduce((s, p) => s + (p.t - mx) * (p.kb - my), 0);
  const den = pts.reduce((s, p) => s + (p.t - mx) ** 2, 0);
  return (num / den) * 60000; // KiB per minute
};
const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
console.log(`\n| measure | value |\n|---|---|`);
console.log(`| offered | ${total} submits in ${fmt(submitSeconds)} s (${fmt(total / submitSeconds)}/s) + one GET each${skipped ? `, ${skipped} not sent (over 500 in flight)` : ''} |`);
console.log(`| POST /api/v1/analysis latency | p50 ${fmt(percentile(post, 50))} ms, p99 ${fmt(percentile(post, 99))} ms, max ${fmt(post.at(-1) ?? NaN)} ms |`);
console.log(`| GET /api/v1/analysis/{id} latency | p50 ${fmt(percentile(get, 50))} ms, p99 ${fmt(percentile(get, 99))} ms, max ${fmt(get.at(-1) ?? NaN)} ms |`);
console.log(`| errors | ${errorCount}${errorCount ? ` ${JSON.stringify(errors)}` : ''} |`);
console.log(`| webhooks received | ${receiver.firstAckAt.size}/${ids.length} (backlog drained ${fmt(backlogSeconds)} s after the last submit); ${receiver.duplicates()} duplicates |`);
console.log(`| server RSS | start ${fmt(rss[0]!.kb / 1024)} MiB, after warm-up ${fmt(first.kb / 1024)} MiB, end ${fmt((finalRss ?? last.kb) / 1024)} MiB, max ${fmt(Math.max(...rss.map((s) => s.kb)) / 1024)} MiB |`);
console.log(`| RSS growth after warm-up | ${fmt((last.kb - first.kb) / 1024)} MiB (${fmt(((last.kb - first.kb) / first.kb) * 100)}%); trend ${fmt(slope(warm) / 1024, 2)} MiB/min overall, ${fmt(slope(half) / 1024, 2)} MiB/min in the second half |`);
if (serverExit) console.log(`| server process | DIED during the run: ${serverExit.split('\n')[0]} |`);
console.log(`load average after: ${loadAverage()}`);
