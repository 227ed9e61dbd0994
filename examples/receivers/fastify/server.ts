/**
 * Fastify receiver: `CALLCOV_WEBHOOK_SECRET=whsec_... node examples/receivers/fastify/server.ts` (port 5000).
 * The plugin registers the route with a raw-body parser scoped to it, so the rest of the app keeps Fastify's JSON parsing.
 */
import Fastify from 'fastify';
import { webhookHandler } from '@callcov/sdk';
import { consoleLogger, processCompletedAnalysis, processFailedAnalysis, secretFromEnv, type ReceiverOptions } from '../shared/processAnalysis.ts';

export async function createFastifyReceiver({ secret, logger = consoleLogger, onProcessed }: ReceiverOptions) {
  const app = Fastify();
  const callcov = webhookHandler({
    secret,
    logger,
    onCompleted: (event) => processCompletedAnalysis(event, logger),
    onFailed: (event) => processFailedAnalysis(event, logger),
    onEvent: (event) => onProcessed?.(event),
  });
  await app.register(callcov.fastify('/webhooks/analysis'));
  app.get('/healthz', async () => ({ ok: true }));
  return app;
}

if (import.meta.main) {
  const app = await createFastifyReceiver({ secret: secretFromEnv() });
  const address = await app.listen({ port: Number(process.env.PORT ?? 5000), host: '127.0.0.1' });
  console.log(`fastify receiver on ${address}/webhooks/analysis`);
}
