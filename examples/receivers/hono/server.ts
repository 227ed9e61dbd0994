/**
 * Hono receiver (Node via @hono/node-server; the same `app` runs on Workers, Deno and Bun):
 * `CALLCOV_WEBHOOK_SECRET=whsec_... node examples/receivers/hono/server.ts` (port 5000).
 * On Cloudflare Workers pass `{ waitUntil: c.executionCtx.waitUntil.bind(c.executionCtx) }` so processing outlives the response.
 */
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { webhookHandler } from '@callcov/sdk';
import { consoleLogger, processCompletedAnalysis, processFailedAnalysis, secretFromEnv, type ReceiverOptions } from '../shared/processAnalysis.ts';

export function createHonoReceiver({ secret, logger = consoleLogger, onProcessed }: ReceiverOptions) {
  const app = new Hono();
  const callcov = webhookHandler({
    secret,
    logger,
    onCompleted: (event) => processCompletedAnalysis(event, logger),
    onFailed: (event) => processFailedAnalysis(event, logger),
    onEvent: (event) => onProcessed?.(event),
  });
  // c.req.raw is the Web Request: the handler reads its exact bytes
  app.post('/webhooks/analysis', (c) => callcov.fetch(c.req.raw));
  app.get('/healthz', (c) => c.json({ ok: true }));
  return app;
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 5000);
  serve({ fetch: createHonoReceiver({ secret: secretFromEnv() }).fetch, port }, () => console.log(`hono receiver on http://localhost:${port}/webhooks/analysis`));
}
