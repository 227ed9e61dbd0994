// Scale-out without a shared filesystem: api, worker and dispatcher as separate `callcov serve --role …` processes,
// each with its own CALLCOV_DATA_DIR, on PostgreSQL. With object storage (a real S3-protocol server, s3rver, on
// 127.0.0.1) an upload reaches the worker and everything works; with the file store it cannot, and the analysis fails
// at once with a clear error_code instead of being retried as "the worker stopped unexpectedly".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { BACKENDS } from '../support/testDatabase.ts';
import { startTestS3Server } from '../support/s3Server.ts';
import {
  connectWithRetry,
  createKeyWithCli,
  createPostgresSchema,
  freePort,
  sleep,
  startCallCovProcess,
  startCountingReceiver,
  stopGracefully,
  type CallCovProcess,
  type ServeRole,
} from '../../bench/cluster.ts';

const s3Name = 'api, worker and dispatcher in separate processes with separate data directories share recordings through S3 (s3rver): upload, transcription, webhook, ranged audio download, DELETE removes the object (PostgreSQL)';
const fileName = 'the same processes on the file store: an upload that never reaches the worker fails at once as stored_audio_missing, not three "worker stopped unexpectedly" retries (PostgreSQL)';

/** A short spoken recording (flite), so the worker has real audio to decode and transcribe. */
function makeRecording(dir: string): Buffer {
  const wav = join(dir, 'call.wav');
  execFileSync('flite', ['-t', 'Thank you for calling Harper Valley Bank, this call may be recorded.', '-o', wav]);
  return readFileSync(wav);
}

const filesUnder = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
};

async function waitForFinal(url: string, key: string, id: string, timeoutMs: number): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await fetch(`${url}/api/v1/analysis/${id}`, { headers: { 'x-api-key': key } });
    const body = (await r.json()) as { status: string };
    if (body.status === 'completed' || body.status === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`analysis ${id} still ${body.status} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

async function upload(url: string, key: string, audio: Buffer, webhookUrl: string): Promise<string> {
  const form = new FormData();
  form.set('audio', new Blob([new Uint8Array(audio)], { type: 'audio/wav' }), 'call.wav');
  form.set('agent_id', 'agent_001');
  form.set('webhook_url', webhookUrl);
  const r = await fetch(`${url}/api/v1/analysis`, { method: 'POST', headers: { 'x-api-key': key }, body: form });
  const text = await r.text();
  assert.equal(r.status, 202, text);
  return (JSON.parse(text) as { id: string }).id;
}

/** One PostgreSQL schema, one data directory per process, the processes started by role. */
async function startCluster(roles: ServeRole[], extraEnv: Record<string, string>) {
  const schema = await createPostgresSchema('scaleout');
  await schema.client.end();
  const port = await freePort();
  const base = {
    DATABASE_URL: schema.databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    CALLCOV_POLL_INTERVAL_MS: '100',
    CALLCOV_LEASE_MS: '5000',
    CALLCOV_WEBHOOK_RETRY_SCHEDULE: '1,1,1',
    // the processes share no key file: the signing secrets' key must be given to all
    CALLCOV_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    ...extraEnv,
  };
  const dirs: Record<string, string> = {};
  const procs: CallCovProcess[] = [];
  const dirOf = (role: string) => (dirs[role] ??= mkdtempSync(join(tmpdir(), `callcov-${role}-`)));
  const keys = await createKeyWithCli({ ...base, CALLCOV_DATA_DIR: dirOf('cli') }, 'scaleout');
  try {
    for (const role of roles) procs.push(await startCallCovProcess(role, { ...base, CALLCOV_DATA_DIR: dirOf(role) }));
  } catch (err) {
    for (const p of procs) await stopGracefully(p);
    throw err;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    keys,
    dirs,
    procs,
    schema,
    async stop() {
      for (const p of procs) await stopGracefully(p);
      await schema.drop();
      for (const d of Object.values(dirs)) rmSync(d, { recursive: true, force: true });
    },
  };
}

if (!BACKENDS.includes('postgres')) {
  test.skip(`${s3Name} — skipped: CALLCOV_TEST_BACKENDS excludes postgres`);
  test.skip(`${fileName} — skipped: CALLCOV_TEST_BACKENDS excludes postgres`);
} else {
  test(s3Name, { timeout: 120000 }, async () => {
    const s3 = await startTestS3Server();
    const receiver = await startCountingReceiver();
    const work = mkdtempSync(join(tmpdir(), 'callcov-scaleout-'));
    const cluster = await startCluster(['api', 'worker', 'dispatcher'], s3.env('prod/recordings'));
    const client = new S3Client({ endpoint: s3.endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
    const objects = async () => ((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'prod/recordings/' }))).Contents ?? []).map((o) => o.Key!);
    try {
      for (const p of cluster.procs) assert.match(p.tail(), /blobs s3:\/\/callcov-test\/prod\/recordings\//, `${p.role} says where its blobs are`);
      const audio = makeRecording(work);
      const { url } = cluster;
      const key = cluster.keys.key;
      const id = await upload(url, key, audio, `${receiver.url}/hook`);

      const stored = await objects();
      assert.equal(stored.length, 1, 'the upload is one object under the prefix');
      for (const role of ['api', 'worker', 'dispatcher']) {
        assert.deepEqual(filesUnder(join(cluster.dirs[role]!, 'blobs')), [], `no recording on the ${role}'s disk`);
      }

      const final = await waitForFinal(url, key, id, 90000);
      assert.equal(final.status, 'completed', `completed, not ${final.status}: ${final.error_code} ${final.error_message}`);
      assert.ok(final.audio.duration_seconds > 1, 'the worker decoded the recording it fetched from object storage');
      assert.ok(final.transcript.segments.length > 0, 'and transcribed it');
      assert.deepEqual(filesUnder(join(cluster.dirs.worker!, 'tmp')), [], "the worker's temporary download is gone");

      const deadline = Date.now() + 20000;
      while (!receiver.acknowledgedById.has(id) && Date.now() < deadline) await sleep(100);
      assert.equal(receiver.acknowledgedById.get(id), 1, 'the dispatcher delivered the webhook');

      const whole = await fetch(`${url}/api/v1/analysis/${id}/audio`, { headers: { 'x-api-key': key } });
      assert.equal(whole.status, 200);
      assert.deepEqual(Buffer.from(await whole.arrayBuffer()), audio, 'the api streams the recording back from S3');
      const part = await fetch(`${url}/api/v1/analysis/${id}/audio`, { headers: { 'x-api-key': key, range: 'bytes=100-1099' } });
      assert.equal(part.status, 206);
      assert.equal(part.headers.get('content-range'), `bytes 100-1099/${audio.length}`);
      assert.deepEqual(Buffer.from(await part.arrayBuffer()), audio.subarray(100, 1100));

      const del = await fetch(`${url}/api/v1/analysis/${id}`, { method: 'DELETE', headers: { 'x-api-key': key } });
      assert.equal(del.status, 200);
      assert.deepEqual(await objects(), [], 'DELETE removed the object');
      const gone = await fetch(`${url}/api/v1/analysis/${id}/audio`, { headers: { 'x-api-key': key } });
      assert.equal(gone.status, 404);
    } finally {
      client.destroy();
      await cluster.stop();
      await receiver.close();
      await s3.close();
      rmSync(work, { recursive: true, force: true });
    }
  });

  test(fileName, { timeout: 120000 }, async () => {
    const receiver = await startCountingReceiver();
    const work = mkdtempSync(join(tmpdir(), 'callcov-scaleout-'));
    const cluster = await startCluster(['api', 'worker'], {});
    try {
      const id = await upload(cluster.url, cluster.keys.key, makeRecording(work), `${receiver.url}/hook`);
      assert.equal(filesUnder(join(cluster.dirs.api!, 'blobs')).length, 1, "the upload is on the api's disk only");
      const t0 = Date.now();
      const final = await waitForFinal(cluster.url, cluster.keys.key, id, 30000);
      assert.equal(final.status, 'failed');
      assert.equal(final.error_code, 'stored_audio_missing');
      assert.match(final.error_message, /not found in this worker's blob folder .*CALLCOV_BLOB_URL=s3:\/\//);
      assert.ok(Date.now() - t0 < 10000, 'failed at the first attempt, not after retries');
      const db = await connectWithRetry(cluster.schema.databaseUrl);
      const jobs = (await db.query(`select status, attempts from jobs where type = 'process_analysis'`)).rows;
      await db.end();
      assert.deepEqual(jobs, [], 'the job is done (finished jobs are removed): no retry pending');
      const crashed = cluster.procs.filter((p) => p.child.exitCode !== null);
      assert.deepEqual(crashed.map((p) => p.role), [], 'no process crashed');
    } finally {
      await cluster.stop();
      await receiver.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
}
