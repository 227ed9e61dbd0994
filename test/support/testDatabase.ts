import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openPostgresDatabase, openSqliteDatabase, type Database } from '@callcov/db';

export type Backend = 'sqlite' | 'postgres';

/** The real PostgreSQL the suite runs against (scripts/test starts it when it is not running). */
export const TEST_POSTGRES_URL = process.env.CALLCOV_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Backends to run integration tests on: both by default; `CALLCOV_TEST_BACKENDS=sqlite` narrows it. */
export const BACKENDS: Backend[] = (process.env.CALLCOV_TEST_BACKENDS ?? 'sqlite,postgres').split(',').map((b) => b.trim() as Backend);

export interface TestDatabase {
  backend: Backend;
  database: Database;
  /** DATABASE_URL a child process would use to reach the same data. */
  databaseUrl: string;
  /** PostgreSQL schema (for child processes), when postgres. */
  schema: string | null;
  dataDir: string;
  /** Opens another connection (pool) to the same data. */
  reopen(): Database;
  cleanup(): Promise<void>;
}

/** A fresh, migrated database of its own: a new SQLite file, or a new PostgreSQL schema that is dropped afterwards. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'callcov-test-'));
  if (backend === 'sqlite') {
    const file = join(dataDir, 'callcov.db');
    const database = openSqliteDatabase(file);
    await migrateDatabase(database);
    return {
      backend,
      database,
      databaseUrl: `sqlite:${file}`,
      schema: null,
      dataDir,
      reopen: () => openSqliteDatabase(file),
      async cleanup() {
        await database.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const createSchema = async () => {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  };
  await createSchema();
  const database = openPostgresDatabase(TEST_POSTGRES_URL, { schema });
  try {
    await migrateDatabase(database);
  } catch (err) {
    // once seen on a loaded CI machine: the migrator's first query did not yet see the new schema (3F000); make sure
    // it exists and migrate again (any other error is the test's to see)
    if ((err as { code?: string }).code !== '3F000') throw err;
    await createSchema();
    await migrateDatabase(database);
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    backend,
    database,
    databaseUrl: url.toString(),
    schema,
    dataDir,
    reopen: () => openPostgresDatabase(TEST_POSTGRES_URL, { schema }),
    async cleanup() {
      await database.close();
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
