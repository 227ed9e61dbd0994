import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import type { Database } from './database.ts';
import { migrations } from './migrations.ts';
import { openPostgresDatabase, type PostgresOptions } from './openPostgresDatabase.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

/** Opens the database named by DATABASE_URL (null = the embedded SQLite file in dataDir). */
export function openDatabase(databaseUrl: string | null, dataDir: string, pgOptions: PostgresOptions = {}): Database {
  if (databaseUrl === null) return openSqliteDatabase(resolve(join(dataDir, 'callcov.db')));
  if (databaseUrl.startsWith('sqlite:')) return openSqliteDatabase(resolve(databaseUrl.slice('sqlite:'.length)));
  return openPostgresDatabase(databaseUrl, pgOptions);
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; safe to run from several processes at once. */
export async function migrateDatabase(database: Database): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which: name ours, so that several
  // schemas (one per test, or one per tenant database) never see each other's.
  const migrationTableSchema =
    database.kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db: database.db, provider, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
