import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, parseConfig } from '@callcov/core';
import { createTestDatabase } from '../../../test/support/testDatabase.ts';
import { startTestS3Server, type TestS3Server } from '../../../test/support/s3Server.ts';
import { defaultFeatures, startCallCov } from '@callcov/server';

let s3: TestS3Server;
before(async () => {
  s3 = await startTestS3Server();
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey });
});
after(() => s3.close());

test('CALLCOV_BLOB_URL, CALLCOV_S3_ENDPOINT and CALLCOV_S3_FORCE_PATH_STYLE are validated at start-up, each bad value named', () => {
  const c = parseConfig({ CALLCOV_BLOB_URL: 's3://recordings/prod', CALLCOV_S3_ENDPOINT: 'http://minio:9000', CALLCOV_S3_FORCE_PATH_STYLE: 'true' });
  assert.equal(c.blobUrl, 's3://recordings/prod');
  assert.equal(c.s3Endpoint, 'http://minio:9000');
  assert.equal(c.s3ForcePathStyle, true);
  const d = parseConfig({});
  assert.equal(d.blobUrl, '');
  assert.equal(d.s3ForcePathStyle, false);
  assert.throws(
    () => parseConfig({ CALLCOV_BLOB_URL: 'gs://bucket', CALLCOV_S3_ENDPOINT: 'minio:9000', CALLCOV_S3_FORCE_PATH_STYLE: 'yes' }),
    (err: Error) => err instanceof ConfigError && /CALLCOV_BLOB_URL/.test(err.message) && /CALLCOV_S3_ENDPOINT/.test(err.message) && /CALLCOV_S3_FORCE_PATH_STYLE/.test(err.message),
  );
});

test('a bucket that cannot be reached is a configuration error at start-up, not a failure at the first upload', async () => {
  const db = await createTestDatabase('sqlite');
  try {
    const config = parseConfig({ CALLCOV_DATA_DIR: db.dataDir, PORT: '0', LOG_LEVEL: 'silent', ...s3.env(), CALLCOV_BLOB_URL: 's3://no-such-bucket/x' });
    await assert.rejects(startCallCov(config, 'api', defaultFeatures(config), { database: db.database }), (err: Error) => err instanceof ConfigError && /s3:\/\/no-such-bucket\/x\/ is not usable/.test(err.message) && /CALLCOV_BLOB_URL/.test(err.message));
    const ok = parseConfig({ CALLCOV_DATA_DIR: db.dataDir, PORT: '0', LOG_LEVEL: 'silent', ...s3.env('p') });
    const running = await startCallCov(ok, 'api', defaultFeatures(ok), { database: db.database });
    assert.equal(running.ctx.blobs.kind, 's3');
    assert.equal(running.ctx.blobs.location, `s3://${s3.bucket}/p/`);
    await running.stop();
  } finally {
    await db.cleanup();
  }
});
