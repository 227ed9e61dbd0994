import type { Command } from 'commander';
import { parseConfig } from '@callcov/core';
import { migrateDatabase, openDatabase } from '@callcov/db';
import { createApiKey, createSecretBox, listKeysOfAccount, resolveEncryptionKey, revokeKeyById } from '@callcov/services';

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
      const box = createSecretBox(await resolveEncryptionKey(config));
      const database = openDatabase(config.databaseUrl, config.dataDir);
      try {
        await migrateDatabase(database);
        const created = await createApiKey(database, opts.account, opts.mode, Date.now(), box);
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

  keys
    .command('list')
    .description("List an account's keys (hint, mode, created, last used, revoked); keys themselves are never shown again.")
    .requiredOption('--account <name>', 'account name')
    .option('--json', 'print JSON')
    .action(async (opts: { account: string; json?: boolean }) => {
      const config = parseConfig(process.env);
      const database = openDatabase(config.databaseUrl, config.dataDir);
      try {
        await migrateDatabase(database);
        const list = await listKeysOfAccount(database, opts.account);
        if (list === null) throw new Error(`no account named '${opts.account}'`);
        if (opts.json) return console.log(JSON.stringify({ object: 'list', data: list }));
        const when = (s: number | null) => (s === null ? '-' : new Date(s * 1000).toISOString().replace('.000', ''));
        for (const k of list) console.log(`${k.id}  ${k.mode}  ${k.hint}  created ${when(k.created)}  last used ${when(k.last_used_at)}${k.revoked_at ? `  REVOKED ${when(k.revoked_at)}` : ''}`);
      } finally {
        await database.close();
      }
    });
  keys
    .command('revoke <key_id>')
    .description('Revoke a key by its id (see keys list); it stops working within a few seconds on every server.')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const config = parseConfig(process.env);
      const database = openDatabase(config.databaseUrl, config.dataDir);
      try {
        await migrateDatabase(database);
        const k = await revokeKeyById(database, id, Date.now());
        if (k === null) throw new Error(`no key with id '${id}'`);
        console.log(opts.json ? JSON.stringify(k) : `revoked ${k.id} (${k.hint})`);
      } finally {
        await database.close();
      }
    });
}
