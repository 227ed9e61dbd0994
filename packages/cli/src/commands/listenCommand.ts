import type { Command } from 'commander';
import { signWebhook, type StreamEventType } from '@callcov/sdk/node';
import { apiClient, colorsFor, printJson, usageError, withApiOptions, type ApiOptions } from './apiClientOptions.ts';

const EVENTS: StreamEventType[] = ['analysis.completed', 'analysis.failed'];

interface ListenOptions extends ApiOptions {
  forwardTo?: string;
  events?: string;
  printSecret?: boolean;
  timeout: string;
}

/** POSTs one signed event to the local URL; never follows redirects (like the real dispatcher). */
export async function forwardSignedEvent(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ status: number | null; durationMs: number; error: string | null }> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer().catch(() => undefined);
    return { status: res.status, durationMs: Math.round(performance.now() - t0), error: null };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    return { status: null, durationMs: Math.round(performance.now() - t0), error: e.cause?.code ?? e.name ?? String(err) };
  }
}

export function registerListenCommand(program: Command): void {
  withApiOptions(
    program
      .command('listen')
      .description("Stream your account's webhook events and forward each one, signed like a real delivery, to a local URL (no tunnel needed)."),
  )
    .option('-f, --forward-to <url>', 'local URL that receives the webhooks, e.g. http://localhost:5000/webhooks/analysis')
    .option('--events <list>', `comma-separated events (default: ${EVENTS.join(',')})`)
    .option('--print-secret', 'print the webhook signing secret and exit')
    .option('--timeout <ms>', 'per-forward timeout in ms', '30000')
    .addHelpText(
      'after',
      `
Examples:
  callcov listen --forward-to http://localhost:5000/webhooks/analysis
  callcov listen --forward-to http://localhost:3000/api/webhooks --events analysis.completed --json
  export CALLCOV_WEBHOOK_SECRET=$(callcov listen --print-secret)

Each event is signed with your account's secret (X-CallCov-Signature and Standard Webhooks headers, the same webhook-id as
the real delivery), so your receiver's verification code runs unchanged. Ctrl-C stops.`,
    )
    .action(async (opts: ListenOptions) => {
      const client = apiClient(opts);
      const secret = await client.webhookSecret.retrieve();
      if (opts.printSecret) {
        process.stdout.write(secret.secret + '\n');
        return;
      }
      if (!opts.forwardTo) throw usageError('listen needs --forward-to <url> (or --print-secret).');
      const target = new URL(opts.forwardTo).toString();
      const events = opts.events ? (opts.events.split(',').map((e) => e.trim()) as StreamEventType[]) : EVENTS;
      for (const e of events) if (!EVENTS.includes(e)) throw usageError(`--events: unknown event '${e}' (known: ${EVENTS.join(', ')})`);
      const secrets = [secret.secret, ...secret.previous.map((p) => p.secret)];
      const c = colorsFor(process.stdout);
      const err = colorsFor(process.stderr);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let announced = false;
      try {
        for await (const ev of client.events.stream({
          events,
          signal: stop.signal,
          onConnect: () => {
            if (announced) {
              process.stderr.write(err.dim('> Reconnected.\n'));
              return;
            }
            announced = true;
            if (opts.json) printJson({ ready: true, forward_to: target, events, secret: secret.secret });
            else {
              // one write, so a reader that sees "Ready!" has the secret too
              process.stdout.write(
                `${c.green('> Ready!')} Forwarding ${events.join(', ')} to ${c.bold(target)} (^C to quit)\n` +
                  `> Your webhook signing secret is ${c.bold(secret.secret)}\n`,
              );
            }
          },
          onDisconnect: (e, ms) => process.stderr.write(err.yellow(`> Connection lost (${(e as Error)?.message ?? e}); retrying in ${ms} ms\n`)),
        })) {
          const analysisId = (JSON.parse(ev.body) as { id: string }).id;
          const headers = await signWebhook(ev.body, secrets, { id: ev.webhook_id, event: ev.type, deliveryId: `dlv_local_${crypto.randomUUID().replaceAll('-', '')}`, attempt: 1 });
          const r = await forwardSignedEvent(target, ev.body, headers, Number(opts.timeout));
          if (opts.json) {
            printJson({ type: ev.type, webhook_id: ev.webhook_id, analysis_id: analysisId, url: target, status: r.status, duration_ms: r.durationMs, error: r.error });
          } else {
            const when = new Date().toISOString().replace('T', ' ').slice(0, 19);
            const code = r.status === null ? c.red(`[ERR ${r.error}]`) : r.status >= 200 && r.status < 300 ? c.green(`[${r.status}]`) : c.red(`[${r.status}]`);
            process.stdout.write(`${when}   --> ${c.cyan(ev.type)} [${ev.webhook_id}]\n`);
            process.stdout.write(`${when}  <--  ${code} POST ${target} [${ev.webhook_id}] ${r.durationMs} ms\n`);
          }
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
