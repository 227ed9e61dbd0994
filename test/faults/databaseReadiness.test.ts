// Faults: a database that vanishes or cannot be written is noticed. Deleting the data directory under a running
// server makes /readyz answer 503 (SQLite would otherwise keep writing into the deleted file and lose it all), and a
// process refuses to start on a read-only database with a clear message instead of looking ready and answering 500.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ConfigError, parseConfig } from '@callcov/core';
import { openPostgresDatabase, openSqliteDatabase } from '@callcov/db';
import { defaultFeatures, startCallCov } from '@callcov/server';
import { BACKENDS, createTestDatabase } from '../support/testDatabase.ts';
import { startTestServer } from '../support/testServer.ts';

const run = promisify(execFile);
const configFor = (dataDir: string) => parseConfig({ PORT: '0', HOST: '127.0.0.1', CALLCOV_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

describe('database readiness', () => {
  test('SQLite: deleting the data directory while running makes /readyz 503, naming the vanished file', async () => {
    const s = await startTestServer('sqlite');
    try {
      const ready = await fetch(`${s.url}/readyz`);
      assert.equal(ready.status, 200);
      await rm(s.db.dataDir, { recursive: true, force: true });
      const gone = await fetch(`${s.url}/readyz`);
      assert.equal(gone.status, 503);
      const body = (await gone.json()) as { status: string; error: string };
      assert.equal(body.status, 'unavailable');
      assert.match(body.error, /callcov\.db has vanished/);
    } finally {
      await s.stop();
    }
  });

  test('SQLite: a read-only database file is refused at start with a clear message', async (t) => {
    const db = await createTestDatabase('sqlite');
    const file = db.databaseUrl.slice('sqlite:'.length);
    await db.database.close();
    try {
      // root ignores file modes: the immutable attribute makes the file read-only for everyone
      try {
        await run('chattr', ['+i', file]);
      } catch (err) {
        t.skip(`cannot make the file read-only here (chattr: ${(err as Error).message.split('\n')[0]})`);
        return;
      }
      const readOnly = openSqliteDatabase(file);
      try {
        await assert.rejects(startCallCov(configFor(db.dataDir), 'all', defaultFeatures(configFor(db.dataDir)), { database: readOnly }), (err: unknown) => {
          assert.ok(err instanceof ConfigError, String(err));
          assert.match(err.message, /^the sqlite database is not writable: .*readonly/);
          return true;
        });
      } finally {
        await readOnly.close();
      }
    } finally {
      await run('chattr', ['-i', file]).catch(() => undefined);
      await rm(db.dataDir, { recursive: true, force: true });
    }
  });

  test('PostgreSQL: a read-only connection is refused at start with a clear message', { skip: !BACKENDS.includes('postgres') }, async () => {
    const db = await createTestDatabase('postgres');
    const url = new URL(db.databaseUrl);
    url.searchParams.set('options', `${url.searchParams.get('options')} -c default_transaction_read_only=on`);
    const readOnly = openPostgresDatabase(url.toString());
    try {
      await assert.rejects(startCallCov(configFor(db.dataDir), 'all', defaultFeatures(configFor(db.dataDir)), { database: readOnly }), (err: unknown) => {
        assert.ok(err instanceof ConfigError, String(err));
        assert.match(err.message, /^the postgres database is not writable: .*read-only/);
        return true;
      });
    } finally {
      await readOnly.close();
      await db.cleanup();
    }
  });
});
