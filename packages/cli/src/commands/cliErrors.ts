import { CommanderError } from 'commander';
import { CallCovError } from '@callcov/sdk/node';
import { ConfigError } from '@callcov/core';

export interface CliErrorJson {
  error: {
    type: string;
    code: string | null;
    message: string;
    param: string | null;
    status: number | null;
    request_id: string | null;
    exit_code: number;
  };
}

/**
 * An error as `--json` prints it: the API's own error object when the server answered one (with its request id),
 * else `usage_error` / `configuration_error` / `cli_error` with the message.
 */
export function describeCliError(err: unknown, exitCode: number): CliErrorJson {
  if (err instanceof CallCovError) {
    return {
      error: { type: err.type ?? 'api_error', code: err.code, message: err.message, param: err.param, status: err.status, request_id: err.requestId, exit_code: exitCode },
    };
  }
  const message = (err as Error)?.message ?? String(err);
  const type = err instanceof CommanderError ? 'usage_error' : err instanceof ConfigError ? 'configuration_error' : 'cli_error';
  const code = err instanceof CommanderError ? err.code : null;
  return { error: { type, code, message: message.replace(/^error: /, ''), param: null, status: null, request_id: null, exit_code: exitCode } };
}
