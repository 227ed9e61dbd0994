import type { Command } from 'commander';
import { parseConfig, type Role } from '@callcov/core';
import { migrateDatabase, openDatabase } from '@callcov/db';
import { startCallCov, defaultFeatures } from '@callcov/server';

const ROLES: Role[] = ['all', 'api', 'worker', 'dispatcher'];

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Start the API, the analysis worker and the webhook dispatcher (or one role, for scale-out).')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'all')
    .action(async (opts: { role: string }) => {
      if (!ROLES.includes(opts.role as Role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const config = parseConfig(process.env);
      const running = await startCallCov(config, opts.role as Role, defaultFeatures(config));
      if (running.url) console.error(`callcov: listening on ${running.url} (role ${opts.role}, database ${running.ctx.database.kind})`);
      else console.error(`callcov: running role ${opts.role} (database ${running.ctx.database.kind})`);
      await new Promise<void>((resolve) => {
        const shutdown = (signal: string) => {
          console.error(`callcov: ${signal} received, finishing in-flight work…`);
          running.stop().then(resolve, resolve);
        };
        process.once('SIGTERM', () => shutdown('SIGTERM'));
        process.once('SIGINT', () => shutdown('SIGINT'));
      });
    });

  program
    .command('migrate')
    .description('Create or update the database schema.')
    .action(async () => {
      const config = parseConfig(process.env);
      const database = openDatabase(config.databaseUrl, config.dataDir);
      try {
        const applied = await migrateDatabase(database);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      } finally {
        await database.close();
      }
    });
}
