import type { Kysely } from 'kysely';
import type { Tables } from './tables.ts';

/** What a backend can do; callers branch on these flags, never on the backend's name. */
export interface Capabilities {
  /** `SELECT … FOR UPDATE SKIP LOCKED` for concurrent claimers (PostgreSQL). */
  skipLocked: boolean;
  /** Cross-process wake-ups (PostgreSQL LISTEN/NOTIFY). */
  listenNotify: boolean;
  /** `SELECT … FOR UPDATE` row locks inside a transaction (PostgreSQL); SQLite's one writer makes them unnecessary. */
  rowLocks: boolean;
}

export type Db = Kysely<Tables>;

/** The narrow storage interface every service uses. */
export interface Database {
  readonly kind: 'sqlite' | 'postgres';
  readonly db: Db;
  readonly capabilities: Capabilities;
  /** Runs `fn` in one transaction (SQLite: BEGIN IMMEDIATE, one writer). */
  transaction<T>(fn: (trx: Db) => Promise<T>): Promise<T>;
  /** Wakes listeners of `channel` in other processes (no-op where unsupported). */
  notify(channel: string): Promise<void>;
  /** Calls `onNotify` on each notification of `channel`; returns an unsubscribe function. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Throws when the database cannot be reached (for a file: when it is no longer the file that was opened). */
  ping(): Promise<void>;
  /** Throws, saying why, when the database cannot be written (a read-only file, disk or server; a vanished file). */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
}
