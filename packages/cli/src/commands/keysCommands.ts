import type { Command } from 'commander';
import { parseConfig } from '@callcov/core';
import { migrateDatabase, openDatabase } from '@callcov/db';
import { createApiKey } from '@callcov/services';

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('Manage API keys (against the database the server uses: DATABASE_URL / CALLCOV_DATA_DIR).');
  keys
    .command('create')
    .description('Create an API key for an account (the account is created if new) and print it with the webhook secret.')
    .requiredOption('--account <name>', 'account name')
    .option('--mode <mode>', 'test or live', 'test')
    .option('--json', 'print JSON: {"account_id", "key", "webhook_secret"}')
    .action(async (opts: { account: string; mode: string; json?: boolean }) => {
      if (opts.mode !== 'test' && opts.mode !== 'live') throw new Error('--mode must be test or live');
      const config = parseConfig(process.env);
      const database = openDatabase(config.databaseUrl, config.dataDir);
      try {
        await migrateDatabase(database);
        const created = await createApiKey(database, opts.account, opts.mode, Date.now());
        if (opts.json) {
          console.log(JSON.stringify({ account_id: created.account_id, key: created.key, webhook_secret: created.webhook_secret }));
        } else {
          console.log(`account:        ${created.account_id} (${opts.account})`);
          console.log(`api key:        ${created.key}`);
          console.log(`webhook secret: ${created.webhook_secret}`);
          console.log('The key is shown only now; it is stored hashed.');
        }
      } finally {
        await database.close();
      }
    });
}
