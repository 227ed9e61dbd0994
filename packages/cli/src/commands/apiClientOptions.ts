import { CommanderError, type Command } from 'commander';
import pc from 'picocolors';
import { CallCov } from '@callcov/sdk/node';
import { ConfigError } from '@callcov/core';

export interface ApiOptions {
  apiKey?: string;
  baseUrl?: string;
  json?: boolean;
}

export const DEFAULT_CLI_BASE_URL = 'http://127.0.0.1:8080';

/** The flags every API command shares: --api-key, --base-url, --json. */
export function withApiOptions(cmd: Command): Command {
  return cmd
    .option('--api-key <key>', 'API key (default: $CALLCOV_API_KEY)')
    .option('--base-url <url>', `CallCov server (default: $CALLCOV_BASE_URL or ${DEFAULT_CLI_BASE_URL})`)
    .option('--json', 'print JSON (machine-readable) instead of text');
}

export function apiClient(opts: ApiOptions): CallCov {
  const apiKey = opts.apiKey ?? process.env.CALLCOV_API_KEY;
  // a configuration problem (exit 3), not a usage one
  if (!apiKey) throw new ConfigError('no API key: pass --api-key or set CALLCOV_API_KEY (create one with `callcov keys create --account <name>`)');
  return new CallCov({ apiKey, baseUrl: opts.baseUrl ?? process.env.CALLCOV_BASE_URL ?? DEFAULT_CLI_BASE_URL });
}

/** A usage problem: main.ts prints the message (text, or JSON with --json) and exits with code 2. */
export function usageError(message: string): CommanderError {
  return new CommanderError(2, 'callcov.usage', message);
}

/** Colours only when the stream is a terminal (and NO_COLOR is unset). */
export const colorsFor = (stream: NodeJS.WriteStream) => pc.createColors(Boolean(stream.isTTY) && !process.env.NO_COLOR);

export const printJson = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');
