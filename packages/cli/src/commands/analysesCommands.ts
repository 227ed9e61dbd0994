import type { Command } from 'commander';
import { apiClient, usageError, withApiOptions, type ApiOptions } from './apiClientOptions.ts';

const unixSeconds = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  const t = /^\d+$/.test(value) ? Number(value) : Math.floor(Date.parse(value) / 1000);
  if (!Number.isFinite(t)) throw usageError(`--${flag} must be a date (2026-01-31, 2026-01-31T12:00:00Z) or unix seconds.`);
  return t;
};

/** `callcov analyses export`: every matching analysis as CSV or NDJSON on stdout, for a spreadsheet or BI tool. */
export function registerAnalysesCommands(program: Command): void {
  const analyses = program.command('analyses').description('Analyses of the account.');
  withApiOptions(analyses.command('export'))
    .description('Export analyses (one row each: ids, agent, dates, scores, status, failed checks) as CSV or NDJSON to stdout.')
    .option('--format <format>', 'csv or ndjson', 'csv')
    .option('--status <status>', 'queued, processing, completed or failed')
    .option('--agent-id <id>')
    .option('--contact-id <id>')
    .option('--failed-check <check-id>', 'only analyses where this compliance check failed')
    .option('--since <date>', 'created at or after (date or unix seconds)')
    .option('--until <date>', 'created at or before (date or unix seconds)')
    .addHelpText('after', '\nExample:\n  callcov analyses export --since 2026-01-01 --failed-check recording_disclosure > failed.csv')
    .action(async (opts: ApiOptions & { format: string; status?: string; agentId?: string; contactId?: string; failedCheck?: string; since?: string; until?: string }) => {
      if (opts.format !== 'csv' && opts.format !== 'ndjson') throw usageError('--format must be csv or ndjson.');
      const text = await apiClient(opts).analyses.export({
        format: opts.format,
        status: opts.status as never,
        agent_id: opts.agentId,
        contact_id: opts.contactId,
        failed_check: opts.failedCheck,
        created_gte: unixSeconds(opts.since, 'since'),
        created_lte: unixSeconds(opts.until, 'until'),
      });
      process.stdout.write(text);
    });
}
