import type { Command } from 'commander';
import type { WebhookDelivery } from '@callcov/sdk/node';
import { apiClient, colorsFor, printJson, withApiOptions, type ApiOptions } from './apiClientOptions.ts';

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
}
