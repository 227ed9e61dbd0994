import type { Command } from 'commander';
import { apiClient, printJson, usageError, withApiOptions, type ApiOptions } from './apiClientOptions.ts';

const EVENTS = ['analysis.completed', 'analysis.failed'] as const;

/** `callcov trigger <event>`: a signed sample event through the server's real dispatcher (like `stripe trigger`). */
export function registerTriggerCommand(program: Command): void {
  withApiOptions(
    program
      .command('trigger')
      .argument('<event>', EVENTS.join(' | '))
      .description('Send a signed sample event (metadata.test_event: true) through the dispatcher: signatures, retries and the delivery log as for a real one.'),
  )
    .option('--forward-to <url>', 'deliver it to this URL (default: every enabled endpoint subscribed to the event)')
    .option('--endpoint <id>', 'deliver it to this webhook endpoint')
    .addHelpText(
      'after',
      `
Examples:
  callcov trigger analysis.completed --forward-to http://127.0.0.1:8080/echo/my-test   # then watch /view/my-test
  callcov trigger analysis.failed --endpoint we_123
  callcov deliveries list                                                              # its attempts`,
    )
    .action(async (event: string, opts: ApiOptions & { forwardTo?: string; endpoint?: string }) => {
      if (!(EVENTS as readonly string[]).includes(event)) throw usageError(`unknown event '${event}' (known: ${EVENTS.join(', ')})`);
      if (opts.forwardTo && opts.endpoint) throw usageError('give --forward-to or --endpoint, not both.');
      if (opts.forwardTo && !/^https?:\/\//i.test(opts.forwardTo)) throw usageError('--forward-to must be an http(s) URL.');
      const list = await apiClient(opts).deliveries.trigger(event as (typeof EVENTS)[number], { url: opts.forwardTo, endpointId: opts.endpoint });
      if (opts.json) {
        printJson(list);
        return;
      }
      for (const d of list.data) process.stdout.write(`queued ${d.event} ${d.id} (webhook-id ${d.webhook_id}) -> ${d.url}\n`);
      process.stdout.write(`follow it with: callcov deliveries list\n`);
    });
}
