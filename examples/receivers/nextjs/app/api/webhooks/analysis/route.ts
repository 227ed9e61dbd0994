/**
 * Next.js (App Router) route handler: app/api/webhooks/analysis/route.ts.
 * Set CALLCOV_WEBHOOK_SECRET in .env.local. `request.arrayBuffer()` gives the exact bytes (never `await request.json()`
 * before verifying). In Next.js 15+, wrap slow work in `after()` from 'next/server' so it runs after the response:
 *   export async function POST(request: Request) { return callcov.fetch(request, { waitUntil: (p) => after(p) }); }
 */
import { webhookHandler, type AnyWebhookEvent } from '@callcov/sdk';
import { consoleLogger, processCompletedAnalysis, processFailedAnalysis } from '../../../../../shared/processAnalysis.ts';

export const runtime = 'nodejs'; // also works on 'edge': the SDK uses only fetch and Web Crypto
export const dynamic = 'force-dynamic';

/** Test hook (not needed in your app): observe processed events. */
export const processed: AnyWebhookEvent[] = [];

const callcov = webhookHandler({
  secret: process.env.CALLCOV_WEBHOOK_SECRET ?? '',
  logger: consoleLogger,
  onCompleted: (event) => processCompletedAnalysis(event),
  onFailed: (event) => processFailedAnalysis(event),
  onEvent: (event) => {
    processed.push(event);
  },
});

export async function POST(request: Request): Promise<Response> {
  return callcov.fetch(request);
}
