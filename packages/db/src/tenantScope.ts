import type { DeleteQueryBuilder, DeleteResult, ExpressionBuilder, SelectQueryBuilder, UpdateQueryBuilder, UpdateResult } from 'kysely';
import type { Db } from './database.ts';
import type { Tables } from './tables.ts';

/** Whose rows a query may see: one account in one mode (test and live data never mix). */
export interface Tenant {
  readonly accountId: string;
  readonly mode: 'test' | 'live';
}

/** The tables whose rows belong to a tenant (they carry `account_id` and `mode`). */
export type TenantTable = { [K in keyof Tables]: Tables[K] extends { account_id: string; mode: string } ? K : never }[keyof Tables];

// The one place the tenant filter is written (Svix keeps it in its models' `secure_find*`): a query on a tenant-owned
// table starts from `scoped(db, tenant)` and cannot forget either half of it. test/layering/tenantScope.test.ts fails
// when a query filters on account_id anywhere else.
/**
 * The tenant filter as a `where` expression, for the queries `scoped` cannot start (a table under an alias, a join, a
 * subquery): `.where(ownedBy(caller, 'd'))` keeps the rows of alias `d` that belong to `caller`.
 */
export const ownedBy =
  (tenant: Tenant, alias?: string) =>
  (eb: ExpressionBuilder<any, any>) => {
    const col = (c: string) => (alias ? `${alias}.${c}` : c);
    return eb.and([eb(col('account_id'), '=', tenant.accountId), eb(col('mode'), '=', tenant.mode)]);
  };
const ofTenant = (tenant: Tenant) => ownedBy(tenant);

/** Query builders on tenant-owned tables, already restricted to `tenant`'s rows. Works on a database or in a transaction. */
export function scoped(db: Db, tenant: Tenant) {
  const where = ofTenant(tenant);
  return {
    selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Tables, T, {}> {
      return (db.selectFrom(table) as unknown as SelectQueryBuilder<Tables, T, {}>).where(where);
    },
    updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Tables, T, T, UpdateResult> {
      return (db.updateTable(table) as unknown as UpdateQueryBuilder<Tables, T, T, UpdateResult>).where(where);
    },
    deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Tables, T, DeleteResult> {
      return (db.deleteFrom(table) as unknown as DeleteQueryBuilder<Tables, T, DeleteResult>).where(where);
    },
  };
}

/** Operator views across both modes of one account (the CLI's key listing): the account half of the filter only. */
export function ofAccount(db: Db, accountId: string) {
  return {
    selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Tables, T, {}> {
      return (db.selectFrom(table) as unknown as SelectQueryBuilder<Tables, T, {}>).where((eb: ExpressionBuilder<any, any>) => eb('account_id', '=', accountId));
    },
  };
}
