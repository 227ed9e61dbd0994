// Child process for the outbox test: submits analyses as fast as it can until it is killed.
import { parseConfig } from '@callcov/core';
import { createGroupCommitter, openDatabase } from '@callcov/db';
import { createFileBlobStore } from '@callcov/blobs';
import { randomBytes } from 'node:crypto';
import { createApiKey, createSecretBox, noMetrics, submitAnalysis, type ServiceContext } from '@callcov/services';

const [databaseUrl, dataDir] = process.argv.slice(2) as [string, string];
const database = openDatabase(databaseUrl, dataDir);
const config = parseConfig({ CALLCOV_DATA_DIR: dataDir });
const ctx: ServiceContext = {
  database,
  groupCommit: createGroupCommitter(database),
  secrets: createSecretBox(randomBytes(32)),
  blobs: createFileBlobStore(`${dataDir}/blobs`),
  config,
  now: Date.now,
  logger: console as never,
  metrics: noMetrics,
  jobAdded: () => {},
};
const key = await createApiKey(database, `outbox-${process.pid}`, 'test', Date.now());
const caller = { accountId: key.account_id, mode: 'test' as const, keyId: 'k' };
let n = 0;
for (;;) {
  await submitAnalysis(ctx, caller, {
    body: { transcript: { segments: [{ speaker: 'Agent', text: `hello ${n}`, start: 0, end: 1 }] } },
    upload: null,
    idempotencyKey: null,
  });
  n++;
  if (n === 20) process.stdout.write('running\n');
}
