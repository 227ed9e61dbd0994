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
import { registerTriggerCommand } from './commands/triggerCommand.ts';
import { registerAnalysesCommands } from './commands/analysesCommands.ts';
import { registerLiveCommand } from './commands/liveCommand.ts';
import { describeCliError } from './commands/cliErrors.ts';

/** Exit codes: 0 ok, 1 operation failed, 2 usage error, 3 configuration error. */
export const EXIT = { ok: 0, failed: 1, usage: 2, config: 3 } as const;

const program = new Command()
  .name('callcov')
  .description('CallCov: self-hostable call analysis (server, keys, analyses, webhooks).')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

// --json: every error is one JSON object on stdout (commander's own parse errors included), nothing else is printed
const jsonMode = process.argv.includes('--json');
if (jsonMode) program.configureOutput({ outputError: () => {} });

registerServeCommands(program);
registerKeysCommands(program);
registerAnalyzeCommand(program);
registerListenCommand(program);
registerWebhooksCommands(program);
registerDeliveriesCommands(program);
registerReviewsCommands(program);
registerTriggerCommand(program);
registerAnalysesCommands(program);
registerLiveCommand(program);

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
  if (err instanceof CommanderError && err.exitCode === 0) {
    process.exitCode = 0; // --help, --version
  } else {
    const exitCode = err instanceof CommanderError ? EXIT.usage : err instanceof ConfigError ? EXIT.config : EXIT.failed;
    // commander has printed its own parse errors already (text mode); ours are printed here
    const alreadyPrinted = err instanceof CommanderError && err.code !== 'callcov.usage' && !jsonMode;
    if (jsonMode) process.stdout.write(JSON.stringify(describeCliError(err, exitCode)) + '\n');
    else if (!alreadyPrinted) console.error(`callcov: ${(err as Error).message}`);
    process.exitCode = exitCode;
  }
}
