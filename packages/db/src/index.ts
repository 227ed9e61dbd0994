export type { Database, Db, Capabilities } from './database.ts';
export type * from './tables.ts';
export { openDatabase, migrateDatabase } from './openDatabase.ts';
export { openSqliteDatabase } from './openSqliteDatabase.ts';
export { openPostgresDatabase } from './openPostgresDatabase.ts';
export { createGroupCommitter, type GroupCommitter } from './groupCommit.ts';
export { precompiledQuery } from './precompiledQuery.ts';
export { scoped, ownedBy, ofAccount, type Tenant, type TenantTable } from './tenantScope.ts';
