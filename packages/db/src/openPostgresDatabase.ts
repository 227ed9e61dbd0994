import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database, Db } from './database.ts';
import type { Tables } from './tables.ts';

// bigint (int8) columns hold unix milliseconds: safe as JS numbers.
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface PostgresOptions {
  /** Schema to use as search_path (tests give each run its own). */
  schema?: string;
  poolSize?: number;
}

const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * Hands Kysely pool clients that run data statements as named prepared statements (one name per SQL text, cached by
 * each connection), so PostgreSQL parses and plans the hot queries once per connection instead of on every request.
 */
function preparingPool(pool: pg.Pool) {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `callcov_${names.size}`;
      if (names.size < 5000) names.set(text, name);
    }
    return name;
  };
  const patched = new WeakSet<pg.PoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      if (!patched.has(client)) {
        patched.add(client);
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        (client as unknown as { query: (...args: unknown[]) => unknown }).query = (text: unknown, values?: unknown, ...rest: unknown[]) =>
          typeof text === 'string' && PREPARABLE.test(text) && rest.length === 0
            ? query({ name: nameOf(text), text, values })
            : query(text, values, ...rest);
      }
      return client;
    },
    end: () => pool.end(),
    options: pool.options,
  };
}

export function openPostgresDatabase(url: string, options: PostgresOptions = {}): Database {
  const config: pg.PoolConfig = { connectionString: url, max: options.poolSize ?? 10 };
  if (options.schema) config.options = `-c search_path=${options.schema}`;
  const pool = new pg.Pool(config);
  // An idle client's error (e.g. the server restarted) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // A checked-out client whose connection is cut (PostgreSQL restarted, failover, pg_terminate_backend) emits 'error'
  // too; its query rejects and the pool drops it on release, so the event itself must never crash the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db: Db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  const listeners = new Set<pg.Client>();
  const channelName = (c: string) => `callcov_${options.schema ?? 'public'}_${c}`.replace(/[^a-zA-Z0-9_]/g, '_');

  return {
    kind: 'postgres',
    db,
    capabilities: { skipLocked: true, listenNotify: true, rowLocks: true },
    transaction: (fn) => db.transaction().execute(fn),
    notify: async (channel) => {
      await sql`select pg_notify(${channelName(channel)}, '')`.execute(db);
    },
    listen: async (channel, onNotify) => {
      let stopped = false;
      let client: pg.Client | null = null;
      const connect = async (): Promise<void> => {
        if (stopped) return;
        const c = new pg.Client({ connectionString: url });
        c.on('notification', () => onNotify());
        c.on('error', () => {
          listeners.delete(c);
          c.end().catch(() => {});
          if (!stopped) setTimeout(() => void connect().catch(() => {}), 1000).unref();
        });
        try {
          await c.connect();
          await c.query(`LISTEN ${channelName(channel)}`);
          client = c;
          listeners.add(c);
          onNotify(); // anything that arrived while we were disconnected is picked up by a poll now
        } catch {
          c.end().catch(() => {});
          if (!stopped) setTimeout(() => void connect().catch(() => {}), 1000).unref();
        }
      };
      await connect();
      return async () => {
        stopped = true;
        if (client) {
          listeners.delete(client);
          await client.end().catch(() => {});
        }
      };
    },
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    probeWrite: async () => {
      const { rows } = await sql<{ ro: string; recovery: boolean }>`select current_setting('transaction_read_only') as ro, pg_is_in_recovery() as recovery`.execute(db);
      if (rows[0]?.recovery) throw new Error('the PostgreSQL server is a read-only standby (in recovery)');
      if (rows[0]?.ro === 'on') throw new Error('the PostgreSQL connection is read-only (default_transaction_read_only is on)');
    },
    close: async () => {
      for (const c of listeners) await c.end().catch(() => {});
      await db.destroy();
    },
  };
}
