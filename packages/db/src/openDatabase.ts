import { join, resolve } from 'node:path';
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
  const migrator = new Migrator({ db: database.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
