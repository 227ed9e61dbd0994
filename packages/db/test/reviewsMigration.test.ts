import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations } from '../src/migrations.ts';
import { migrateDatabase, openPostgresDatabase, openSqliteDatabase, type Database } from '../src/index.ts';
import { BACKENDS, TEST_POSTGRES_URL } from '../../../test/support/testDatabase.ts';

/** A database migrated up to (and including) `last`, as a server of an older version left it. */
async function openAt(backend: string, last: string): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const older = Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last));
  const dir = await mkdtemp(join(tmpdir(), 'callcov-mig-'));
  let database: Database;
  let schema: string | null = null;
  if (backend === 'sqlite') {
    database = openSqliteDatabase(join(dir, 'callcov.db'));
  } else {
    schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    database = openPostgresDatabase(TEST_POSTGRES_URL, { schema });
  }
  const migrationTableSchema = schema ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s : undefined;
  const { error } = await new Migrator({ db: database.db, provider: { getMigrations: async () => older }, migrationTableSchema }).migrateToLatest();
  if (error) throw error;
  return {
    database,
    async cleanup() {
      await database.close();
      if (schema) {
        const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

for (const backend of BACKENDS) {
  test(`0007 on ${backend}: analyses stored before reviews existed gain review: null and compliance.reviewed false`, async () => {
    const { database, cleanup } = await openAt(backend, '0006_analyses_by_completion');
    try {
      const db = database.db as any;
      await db.insertInto('accounts').values({ id: 'acct_1', name: 'acme', created_at: 1 }).execute();
      const base = {
        account_id: 'acct_1', mode: 'test', progress: null, agent_id: null, contact_id: null, webhook_url: null, language: 'en', channels_json: null,
        policy_id: null, scorecard_id: null, redact_pii: 0, metadata_json: '{}', input_kind: 'transcript', input_json: null, audio_blob: null,
        audio_json: null, transcript_json: null, error_code: null, error_message: null, created_at: 1000, completed_at: 2000, deleted_at: null, updated_at: 2000,
      };
      const results = { compliance: { score: 100, status: 'pass', checks: [{ id: 'greeting', status: 'passed' }], pii: { detected: [], redacted: false } }, quality: { score: 90, scorecard: [{ id: 'closing', score: 1 }] }, coaching: null };
      const done = randomUUID();
      const queued = randomUUID();
      await db.insertInto('analyses').values({ ...base, id: done, status: 'completed', results_json: JSON.stringify(results) }).execute();
      await db.insertInto('analyses').values({ ...base, id: queued, status: 'queued', results_json: null, completed_at: null }).execute();
      // 0007 runs first (later migrations may follow it)
      assert.equal((await migrateDatabase(database))[0], '0007_analysis_reviews');
      const row = await db.selectFrom('analyses').selectAll().where('id', '=', done).executeTakeFirst();
      const migrated = JSON.parse(row.results_json);
      assert.equal(migrated.compliance.reviewed, false);
      assert.equal(migrated.compliance.checks[0].review, null);
      assert.equal(migrated.quality.scorecard[0].review, null);
      assert.equal(Number(row.updated_at), 2001, 'the analysis version (ETag) moves with its body');
      assert.equal((await db.selectFrom('analyses').select('results_json').where('id', '=', queued).executeTakeFirst()).results_json, null);
      assert.deepEqual(await db.selectFrom('analysis_reviews').selectAll().execute(), []);
      assert.deepEqual(await migrateDatabase(database), [], 'nothing left to run');
    } finally {
      await cleanup();
    }
  });
}
