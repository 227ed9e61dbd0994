import type { Command } from 'commander';
import type { WebhookDelivery } from '@callcov/sdk/node';
import { apiClient, colorsFor, printJson, usageError, withApiOptions, type ApiOptions } from './apiClientOptions.ts';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** A time for --since/--until: unix seconds, a date (2026-01-31, 2026-01-31T12:00:00Z), or an age like 30m, 6h, 2d. */
export function parseCliTime(value: string | undefined, flag: string, nowMs = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const age = /^(\d+)([smhd])$/.exec(value.trim());
  if (age) return Math.floor(nowMs / 1000) - Number(age[1]) * UNITS[age[2]!]!;
  const t = /^\d+$/.test(value.trim()) ? Number(value) : Math.floor(Date.parse(value) / 1000);
  if (!Number.isFinite(t)) throw usageError(`--${flag} must be a date (2026-01-31, 2026-01-31T12:00:00Z), unix seconds, or an age (30m, 6h, 2d).`);
  return t;
}

function formatDelivery(d: WebhookDelivery, c: ReturnType<typeof colorsFor>): string {
  const st = d.status === 'succeeded' ? c.green(d.status) : d.status === 'failed' ? c.red(d.status) : c.yellow(d.status);
  const next = d.status === 'pending' && d.next_attempt_at !== null ? `  next attempt ${new Date(d.next_attempt_at * 1000).toISOString()}` : '';
  const head = `${d.id}  ${st}  ${d.event}  ${d.url}  attempts ${d.attempt_count}  (${d.trigger})${next}`;
  const attempts = d.attempts.map(
    (a) => `    #${a.attempt} ${new Date(a.started_at * 1000).toISOString()}  ${a.status_code ?? a.error_class ?? '-'}  ${a.duration_ms} ms${a.error_message ? `  ${a.error_message}` : ''}`,
  );
  return [head, ...attempts].join('\n');
}

export function registerDeliveriesCommands(program: Command): void {
  const deliveries = program.command('deliveries').description('Webhook deliveries and their attempts.');
  withApiOptions(deliveries.command('list').argument('[analysis-id]', "one analysis's deliveries (default: the account's recent ones)"))
    .description('List webhook deliveries with every attempt (status code, duration, error).')
    .option('--limit <n>', 'how many recent deliveries (account-wide list)', '20')
    .action(async (analysisId: string | undefined, opts: ApiOptions & { limit: string }) => {
      const list = await apiClient(opts).deliveries.list(analysisId, analysisId ? {} : { limit: Number(opts.limit) });
      if (opts.json) {
        printJson(list);
        return;
      }
      const c = colorsFor(process.stdout);
      process.stdout.write(list.data.length ? list.data.map((d) => formatDelivery(d, c)).join('\n') + '\n' : 'no deliveries\n');
    });
  withApiOptions(deliveries.command('resend').argument('<analysis-id>'))
    .description("Send an analysis's webhook again now (same webhook-id and body).")
    .action(async (analysisId: string, opts: ApiOptions) => {
      const d = await apiClient(opts).deliveries.resend(analysisId);
      if (opts.json) printJson(d);
      else process.stdout.write(`queued ${d.id} -> ${d.url}\n`);
    });
  withApiOptions(deliveries.command('recover'))
    .description('Send again every delivery that failed in a time range (each keeps its webhook-id; a new attempt in its log).')
    .requiredOption('--since <time>', 'deliveries created at or after: a date, unix seconds or an age (6h, 2d)')
    .option('--until <time>', 'deliveries created before (default: now)')
    .option('--endpoint <id>', 'only this webhook endpoint')
    .option('--status <status>', 'failed (default) or any (also re-send succeeded ones)', 'failed')
    .option('--agent-id <id>', 'only analyses of this agent')
    .option('--contact-id <id>', 'only analyses of this contact')
    .option('--failed-check <id>', 'only analyses that failed this check')
    .addHelpText('after', '\nExample (after a 3-hour outage of the CRM endpoint):\n  callcov deliveries recover --since 3h --endpoint we_123')
    .action(async (opts: ApiOptions & { since: string; until?: string; endpoint?: string; status: string; agentId?: string; contactId?: string; failedCheck?: string }) => {
      if (opts.status !== 'failed' && opts.status !== 'any') throw usageError('--status must be failed or any.');
      const r = await apiClient(opts).deliveries.recover({
        since: parseCliTime(opts.since, 'since')!,
        ...(opts.until !== undefined ? { until: parseCliTime(opts.until, 'until')! } : {}),
        ...(opts.endpoint !== undefined ? { endpoint_id: opts.endpoint } : {}),
        status: opts.status,
        ...(opts.agentId !== undefined ? { agent_id: opts.agentId } : {}),
        ...(opts.contactId !== undefined ? { contact_id: opts.contactId } : {}),
        ...(opts.failedCheck !== undefined ? { failed_check: opts.failedCheck } : {}),
      });
      if (opts.json) printJson(r);
      else process.stdout.write(`${r.id}: ${r.deliveries_queued} deliver${r.deliveries_queued === 1 ? 'y' : 'ies'} queued again\n`);
    });
}
