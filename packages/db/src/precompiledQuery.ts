import { CompiledQuery, type Compilable } from 'kysely';
import type { Db } from './database.ts';

/**
 * A hot query compiled once per SQL dialect and then run with fresh parameters, skipping Kysely's per-call query
 * building. `build` gets a query builder and must use placeholder values in the order the parameters will be given;
 * the parameter count is checked on every call. Works on a database or inside a transaction.
 */
export function precompiledQuery<R, P extends readonly unknown[]>(build: (db: Db) => Compilable<R>) {
  const byDialect = new Map<unknown, { sql: string; count: number }>();
  return (executor: Db, params: P) => {
    const dialect = executor.getExecutor().adapter.constructor;
    let compiled = byDialect.get(dialect);
    if (!compiled) {
      const c = build(executor).compile();
      compiled = { sql: c.sql, count: c.parameters.length };
      byDialect.set(dialect, compiled);
    }
    if (params.length !== compiled.count) throw new Error(`precompiled query expects ${compiled.count} parameters, got ${params.length}`);
    return executor.executeQuery<R>(CompiledQuery.raw(compiled.sql, params as unknown as unknown[]));
  };
}
