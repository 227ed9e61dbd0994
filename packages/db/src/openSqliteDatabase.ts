import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database, Db } from './database.ts';
import type { Tables } from './tables.ts';

/** Adapts Node's built-in `node:sqlite` (no native addon to build) to Kysely's SQLite driver, caching prepared statements. */
function adaptNodeSqlite(raw: DatabaseSync): SqliteDatabase {
  const cache = new Map<string, { stmt: StatementSync; reader: boolean }>();
  const toParams = (params: ReadonlyArray<unknown>): any[] =>
    params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p === undefined ? null : p));
  return {
    close: () => raw.close(),
    prepare(text: string): SqliteStatement {
      // Kysely opens transactions with a plain BEGIN; IMMEDIATE takes the write lock up front so that a
      // read-then-write transaction never fails with SQLITE_BUSY when another process writes meanwhile.
      const query = text === 'begin' ? 'begin immediate' : text;
      let entry = cache.get(query);
      if (!entry) {
        const stmt = raw.prepare(query);
        entry = { stmt, reader: stmt.columns().length > 0 };
        if (cache.size > 500) cache.clear();
        cache.set(query, entry);
      }
      const { stmt, reader } = entry;
      return {
        reader,
        all: (params) => stmt.all(...toParams(params)),
        run: (params) => {
          const r = stmt.run(...toParams(params));
          return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
        },
        iterate: (params) => stmt.iterate(...toParams(params)) as IterableIterator<unknown>,
      };
    },
  };
}

export function openSqliteDatabase(file: string): Database {
  if (file !== ':memory:') createPrivately(file);
  const raw = new DatabaseSync(file, { timeout: 10000 });
  raw.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;');
  const db: Db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: adaptNodeSqlite(raw) }) });
  const checkFile = fileIdentityCheck(file);
  return {
    kind: 'sqlite',
    db,
    capabilities: { skipLocked: false, listenNotify: false, rowLocks: false },
    transaction: (fn) => db.transaction().execute(fn),
    notify: async () => {},
    listen: async () => async () => {},
    ping: async () => {
      checkFile();
      await sql`select 1`.execute(db);
    },
    probeWrite: async () => {
      checkFile();
      // Writing the header's user_version back unchanged is a real write (it fails on a read-only file or disk).
      const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
      await sql.raw(`PRAGMA user_version = ${Number(rows[0]?.user_version ?? 0)}`).execute(db);
    },
    close: () => db.destroy(),
  };
}

/**
 * SQLite keeps writing to an open file that was deleted (or replaced) under it, and everything written is then lost:
 * returns a check that throws once the path no longer names the file that was opened.
 */
function fileIdentityCheck(file: string): () => void {
  if (file === ':memory:') return () => {};
  const opened = statSync(file);
  return () => {
    let now;
    try {
      now = statSync(file);
    } catch {
      throw new Error(`the database file ${file} has vanished (deleted while the server runs: data written now would be lost)`);
    }
    if (now.ino !== opened.ino || now.dev !== opened.dev) throw new Error(`the database file ${file} was replaced while the server runs`);
  };
}

/**
 * Data files are 0600 and the folders CallCov creates 0700 (DESIGN.md §1.9): the folder is created private, the file is
 * created 0600 before SQLite opens it (its -wal and -shm files take the database file's mode), and an existing
 * database file (and its -wal/-shm) left readable by others is tightened.
 */
function createPrivately(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((statSync(f).mode & 0o077) !== 0) chmodSync(f, 0o600);
    } catch {
      // absent (-wal/-shm before the first write) or not ours to change: SQLite reports real problems itself
    }
  }
}
