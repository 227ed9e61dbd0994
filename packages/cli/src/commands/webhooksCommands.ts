import type { Command } from 'commander';
import { verifyWebhook, WebhookVerificationError } from '@callcov/sdk/node';
import { apiClient, printJson, usageError, withApiOptions, type ApiOptions } from './apiClientOptions.ts';
import { parseHttpRequestText } from './httpRequestText.ts';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function registerWebhooksCommands(program: Command): void {
  const webhooks = program.command('webhooks').description('Webhook signing secret and verification.');
  webhooks
    .command('verify')
    .description('Verify a saved webhook request (headers, blank line, raw body) read from stdin.')
    .option('--secret <whsec>', 'the signing secret (default: $CALLCOV_WEBHOOK_SECRET)')
    .option('--tolerance <seconds>', 'largest accepted webhook-timestamp age; 0 = ignore age', '300')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  callcov webhooks verify --secret whsec_... < request.http\n\nExit codes: 0 valid, 1 invalid (the reason is printed), 2 usage error.')
    .action(async (opts: { secret?: string; tolerance: string; json?: boolean }) => {
      const secret = opts.secret ?? process.env.CALLCOV_WEBHOOK_SECRET;
      if (!secret) throw usageError('pass --secret whsec_... or set CALLCOV_WEBHOOK_SECRET.');
      const { headers, body } = parseHttpRequestText(await readStdin());
      const tolerance = Number(opts.tolerance);
      try {
        const event = await verifyWebhook(body, headers, secret, { toleranceSeconds: tolerance === 0 ? Number.MAX_SAFE_INTEGER : tolerance });
        const analysisId = event.type.startsWith('analysis.') ? (event.data as { id: string }).id : null;
        if (opts.json) printJson({ valid: true, id: event.id, type: event.type, scheme: event.scheme, timestamp: event.timestamp, analysis_id: analysisId });
        else process.stdout.write(`valid (${event.scheme}): ${event.type} ${event.id}${analysisId ? ` analysis ${analysisId}` : ''}\n`);
      } catch (err) {
        if (!(err instanceof WebhookVerificationError)) throw err;
        if (opts.json) printJson({ valid: false, reason: err.reason, message: err.message });
        else process.stdout.write(`invalid: ${err.reason}: ${err.message}\n`);
        process.exitCode = 1;
      }
    });
  withApiOptions(webhooks.command('secret'))
    .description("Print the account's webhook signing secret (and any rotated-out one still valid).")
    .option('--rotate', 'rotate it first (the old secret keeps signing for 24 h)')
    .action(async (opts: ApiOptions & { rotate?: boolean }) => {
      const client = apiClient(opts);
      const s = opts.rotate ? await client.webhookSecret.rotate() : await client.webhookSecret.retrieve();
      if (opts.json) {
        printJson(s);
        return;
      }
      process.stdout.write(`${s.secret}\n`);
      for (const p of s.previous) process.stdout.write(`previous (valid until ${new Date(p.expires_at * 1000).toISOString()}): ${p.secret}\n`);
    });
}
