/**
 * Express receiver: `CALLCOV_WEBHOOK_SECRET=whsec_... node examples/receivers/express/server.ts` (port 5000).
 * The SDK's handler reads the raw body itself: do NOT put express.json() in front of this route (a parsed and
 * re-serialised body never verifies). Other routes may keep express.json().
 */
import express from 'express';
import { webhookHandler } from '@callcov/sdk';
import { consoleLogger, processCompletedAnalysis, processFailedAnalysis, secretFromEnv, type ReceiverOptions } from '../shared/processAnalysis.ts';

export function createExpressReceiver({ secret, logger = consoleLogger, onProcessed }: ReceiverOptions) {
  const app = express();
  const callcov = webhookHandler({
    secret,
    logger, // logs receipt, duplicates, rejections and processing time
    onCompleted: (event) => processCompletedAnalysis(event, logger),
    onFailed: (event) => processFailedAnalysis(event, logger),
    onEvent: (event) => onProcessed?.(event),
    // idempotencyStore: sqlStore / redisStore (see the SDK README); default: in-memory LRU
  });
  app.post('/webhooks/analysis', callcov.express());
  app.use(express.json()); // fine for every other route
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 5000);
  createExpressReceiver({ secret: secretFromEnv() }).listen(port, () => console.log(`express receiver on http://localhost:${port}/webhooks/analysis`));
}
