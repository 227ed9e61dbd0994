/**
 * Benchmark (not part of the test suite): webhook-style POSTs per second to a local receiver running in a child
 * process, through createOutboundClient().post, next to a bare undici Agent (no policy) in the same run.
 * Usage: node packages/net/bench/postThroughput.ts [seconds=3] [concurrency=50]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Agent } from 'undici';
import { createOutboundClient } from '../src/index.ts';

const seconds = Number(process.argv[2] ?? 3);
const concurrency = Number(process.argv[3] ?? 50);

const receiver = spawn(process.execPath, ['-e', `
  const http = require('node:http');
  const s = http.createServer((req, res) => { req.resume(); req.on('end', () => res.end('{"received":true}')); });
  s.keepAliveTimeout = 60000;
  s.listen(0, '127.0.0.1', () => console.log(s.address().port));
`], { stdio: ['ignore', 'pipe', 'inherit'] });
const [portLine] = (await once(receiver.stdout!, 'data')) as [Buffer];
const url = `http://127.0.0.1:${Number(portLine.toString().trim())}/hook`;
const body = JSON.stringify({ id: 'an_123', status: 'completed', padding: 'x'.repeat(2000) });
const headers = { 'content-type': 'application/json', 'x-callcov-signature': 'a'.repeat(64) };

async function run(name: string, once: () => Promise<boolean>) {
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const t = performance.now();
      if (!(await once())) failures++;
      latencies.push(performance.now() - t);
    }
  }));
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2);
  console.log(`${name.padEnd(34)} ${(latencies.length / seconds).toFixed(0).padStart(7)} req/s  p50 ${q(0.5)} ms  p99 ${q(0.99)} ms  failures ${failures}`);
}

const client = createOutboundClient({ env: 'production', allowNetworks: ['127.0.0.0/8'] });
const bare = new Agent();
const { origin, pathname } = new URL(url);
// warm-up, then alternate so neither side benefits from ordering
await run('warm-up (outbound post)', async () => (await client.post(url, { body, headers, timeoutMs: 30_000 })).ok);
for (let round = 0; round < 2; round++) {
  await run('outboundClient.post (policy+excerpt)', async () => (await client.post(url, { body, headers, timeoutMs: 30_000 })).ok);
  await run('bare undici Agent.request', async () => {
    const r = await bare.request({ origin, path: pathname, method: 'POST', body, headers });
    await r.body.text();
    return r.statusCode === 200;
  });
}
await client.close();
await bare.close();
receiver.kill();
