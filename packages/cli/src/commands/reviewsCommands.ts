import type { Command } from 'commander';
import { apiClient, printJson, withApiOptions, type ApiOptions } from './apiClientOptions.ts';

const unixSeconds = (v: string | undefined, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = /^\d+$/.test(v) ? Number(v) : Math.floor(Date.parse(v) / 1000);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be unix seconds or a date (e.g. 2026-12-01), not '${v}'`);
  return n;
};

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** Human review and calibration (DESIGN.md §1.7): export reviewed calls, read calibration, record a review. */
export function registerReviewsCommands(program: Command): void {
  const reviews = program.command('reviews').description('Human reviews of verdicts: export them as a test set, record one.');
  withApiOptions(reviews.command('export'))
    .description('Print the reviewed calls as NDJSON in the evaluation format (node bench/analysis-eval/run.ts --cases FILE scores it).')
    .option('--since <time>', 'only reviews made at or after (unix seconds or a date)')
    .option('--until <time>', 'only reviews made at or before (unix seconds or a date)')
    .action(async (opts: ApiOptions & { since?: string; until?: string }) => {
      const text = await apiClient(opts).reviews.exportNdjson({ since: unixSeconds(opts.since, 'since'), until: unixSeconds(opts.until, 'until') });
      process.stdout.write(text);
    });
  withApiOptions(reviews.command('create').argument('<analysis-id>').argument('<check-id>').argument('<status>', 'passed | failed | not_applicable'))
    .description('Confirm or correct the verdict of one check or scorecard item.')
    .option('--comment <text>')
    .option('--reviewer <name>')
    .action(async (analysisId: string, checkId: string, status: string, opts: ApiOptions & { comment?: string; reviewer?: string }) => {
      const r = await apiClient(opts).reviews.create(analysisId, { check_id: checkId, status: status as 'passed', comment: opts.comment, reviewer: opts.reviewer });
      if (opts.json) printJson(r);
      else process.stdout.write(`${r.id}: ${r.check_id} machine ${r.machine_status}, reviewer ${r.status}\n`);
    });
  withApiOptions(program.command('calibration'))
    .description('How often the engine agrees with reviewers, per check (agreement, precision and recall of "failed").')
    .option('--since <time>', 'only reviews made at or after (unix seconds or a date)')
    .option('--until <time>', 'only reviews made at or before (unix seconds or a date)')
    .option('--check <id>', 'one check only')
    .action(async (opts: ApiOptions & { since?: string; until?: string; check?: string }) => {
      const cal = await apiClient(opts).calibration.get({ since: unixSeconds(opts.since, 'since'), until: unixSeconds(opts.until, 'until'), check_id: opts.check });
      if (opts.json) {
        printJson(cal);
        return;
      }
      if (cal.checks.length === 0) {
        process.stdout.write('no reviews yet\n');
        return;
      }
      process.stdout.write('check                              reviewed  agreement  precision  recall  false+  false-\n');
      for (const c of cal.checks) {
        process.stdout.write(
          `${c.check_id.padEnd(34)} ${String(c.reviewed).padStart(8)}  ${pct(c.agreement).padStart(9)}  ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}  ${String(c.machine_failed_human_passed).padStart(6)}  ${String(c.machine_passed_human_failed).padStart(6)}\n`,
        );
      }
    });
}
