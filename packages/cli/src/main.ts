#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { ConfigError } from '@callcov/core';
import { registerServeCommands } from './commands/serveCommands.ts';
import { registerKeysCommands } from './commands/keysCommands.ts';
import { registerAnalyzeCommand } from './commands/analyzeCommand.ts';
import { registerListenCommand } from './commands/listenCommand.ts';
import { registerWebhooksCommands } from './commands/webhooksCommands.ts';
import { registerDeliveriesCommands } from './commands/deliveriesCommands.ts';
import { registerReviewsCommands } from './commands/reviewsCommands.ts';

/** Exit codes: 0 ok, 1 operation failed, 2 usage error, 3 configuration error. */
export const EXIT = { ok: 0, failed: 1, usage: 2, config: 3 } as const;

const program = new Command()
  .name('callcov')
  .description('CallCov: self-hostable call analysis (server, keys, analyses, webhooks).')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

registerServeCommands(program);
registerKeysCommands(program);
registerAnalyzeCommand(program);
registerListenCommand(program);
registerWebhooksCommands(program);
registerDeliveriesCommands(program);
registerReviewsCommands(program);

program.addHelpText(
  'after',
  `
Examples:
  callcov serve                                   # API + worker + dispatcher on http://127.0.0.1:8080
  callcov serve --role worker                     # a worker only (scale-out on PostgreSQL)
  callcov keys create --account acme --mode test --json

Exit codes: 0 ok, 1 operation failed, 2 usage error, 3 configuration error.`,
);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : EXIT.usage;
  } else if (err instanceof ConfigError) {
    console.error(`callcov: ${err.message}`);
    process.exitCode = EXIT.config;
  } else {
    console.error(`callcov: ${(err as Error).message}`);
    process.exitCode = EXIT.failed;
  }
}
