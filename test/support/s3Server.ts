// A real S3-protocol server for tests: s3rver (npm) on 127.0.0.1, a random port, its objects in a temporary folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// s3rver ships no types; the part used here
interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** Where s3rver keeps the objects (one folder per bucket, object files named after their keys). */
  directory: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The environment a CallCov process needs to use `s3://bucket/prefix` on this server. */
  env(prefix?: string): Record<string, string>;
  close(): Promise<void>;
}

/** s3rver's fixed credentials: it checks signatures made with them. */
const ACCESS_KEY = 'S3RVER';
const SECRET_KEY = 'S3RVER';

export async function startTestS3Server(options: { bucket?: string } = {}): Promise<TestS3Server> {
  const bucket = options.bucket ?? 'callcov-test';
  const directory = await mkdtemp(join(tmpdir(), 'callcov-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    directory,
    accessKeyId: ACCESS_KEY,
    secretAccessKey: SECRET_KEY,
    env: (prefix = 'recordings') => ({
      CALLCOV_BLOB_URL: `s3://${bucket}/${prefix}`,
      CALLCOV_S3_ENDPOINT: endpoint,
      CALLCOV_S3_FORCE_PATH_STYLE: 'true',
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: SECRET_KEY,
      AWS_REGION: 'us-east-1',
    }),
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
