/**
 * Plain Node.js `http` receiver without the handler helper, step by step like the guide's Flask code:
 * read the raw body, verify, skip duplicates by webhook-id, answer 200 at once, process afterwards, log timings.
 * `CALLCOV_WEBHOOK_SECRET=whsec_... node examples/receivers/node-http/server.ts` (port 5000).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { MemoryIdempotencyStore, verifyWebhook, WebhookVerificationError, type IdempotencyStore } from '@callcov/sdk';
import { consoleLogger, processCompletedAnalysis, processFailedAnalysis, secretFromEnv, type ReceiverOptions } from '../shared/processAnalysis.ts';

async function rawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function createNodeReceiver({ secret, logger = consoleLogger, onProcessed, store = new MemoryIdempotencyStore() }: ReceiverOptions & { store?: IdempotencyStore }) {
  return createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/webhooks/analysis') {
      res.writeHead(404).end();
      return;
    }
    const started = performance.now();
    const body = await rawBody(req);
    let event;
    try {
      event = await verifyWebhook(body, req.headers, secret); // Standard Webhooks headers (5-minute tolerance) or X-CallCov-Signature
    } catch (err) {
      if (!(err instanceof WebhookVerificationError)) throw err;
      logger.warn('invalid webhook', { reason: err.reason });
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Invalid webhook', reason: err.reason }));
      return;
    }
    logger.info('received webhook', { webhook_id: event.id, analysis_id: event.type.startsWith('analysis.') ? (event.data as { id: string }).id : null, type: event.type });
    if (!(await store.claim(event.id))) {
      logger.info('duplicate webhook skipped', { webhook_id: event.id });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}'); // respond fast...
    try {
      // ...then process (a queue such as BullMQ or pg-boss plays Celery's part for slow work)
      if (event.type === 'analysis.completed') await processCompletedAnalysis(event, logger);
      else if (event.type === 'analysis.failed') await processFailedAnalysis(event, logger);
      logger.info('processed webhook', { webhook_id: event.id, duration_ms: Math.round(performance.now() - started) });
      onProcessed?.(event);
    } catch (err) {
      logger.error('webhook processing failed', { webhook_id: event.id, error: String(err) });
      await store.release?.(event.id); // let a redelivery (callcov deliveries resend) try again
    }
  });
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 5000);
  createNodeReceiver({ secret: secretFromEnv() }).listen(port, () => console.log(`node receiver on http://localhost:${port}/webhooks/analysis`));
}
