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
    .addHelpText('after', '\nExits with code 3 when the configuration is invalid or PORT/HOST cannot be listened on (e.g. the port is taken).')
    .action(async (opts: { role: string }) => {
      if (!ROLES.includes(opts.role as Role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const config = parseConfig(process.env);
      let running: Awaited<ReturnType<typeof startCallCov>>;
      try {
        running = await startCallCov(config, opts.role as Role, defaultFeatures(config));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw err;
        const why = code === 'EADDRINUSE' ? 'is already in use' : code === 'EACCES' ? 'may not be used by this user' : 'is not an address of this machine';
        console.error(`callcov: cannot listen on ${config.host}:${config.port}: the ${code === 'EADDRNOTAVAIL' ? 'address' : 'port'} ${why} (${code}). Set PORT (or HOST) to another value, or stop the other server.`);
        // workers and dispatchers may already be running in this process: leave at once, with the configuration exit code
        process.exit(3);
      }
      if (running.url) console.error(`callcov: listening on ${running.url} (role ${opts.role}, database ${running.ctx.database.kind}, blobs ${running.ctx.blobs.location})`);
      else console.error(`callcov: running role ${opts.role} (database ${running.ctx.database.kind}, blobs ${running.ctx.blobs.location}${running.healthUrl ? `, health and metrics on ${running.healthUrl}` : ''})`);
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
