/**
 * The business logic of the guide's Flask examples (store results, alert on compliance issues, update the agent's
 * scorecard), shared by every example receiver. It runs AFTER the 200 has been sent ("respond fast, process async").
 */
import type { AnyWebhookEvent, WebhookEvent, WebhookLogger } from '@callcov/sdk';

export const consoleLogger: WebhookLogger = {
  info: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  warn: (message, fields) => console.warn(JSON.stringify({ level: 'warn', message, ...fields })),
  error: (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
};

export async function processCompletedAnalysis(event: WebhookEvent, log: WebhookLogger = consoleLogger): Promise<void> {
  const analysis = event.data;
  const { compliance, quality } = analysis.results ?? { compliance: null, quality: null };
  // store_analysis_results(analysis_id, results)
  log.info('storing analysis results', { analysis_id: analysis.id, agent_id: analysis.call.agent_id });
  // notify_manager_if_compliance_issue(compliance)
  const failed = compliance?.checks.filter((c) => c.status === 'failed' && c.severity === 'critical') ?? [];
  if (failed.length > 0) log.warn('compliance issue: notify the manager', { analysis_id: analysis.id, checks: failed.map((c) => c.id) });
  // update_agent_scorecard(quality)
  if (quality) log.info('updating agent scorecard', { agent_id: analysis.call.agent_id, talk_ratio: quality.metrics.talk_time.agent_ratio });
}

export async function processFailedAnalysis(event: WebhookEvent, log: WebhookLogger = consoleLogger): Promise<void> {
  // log_error(f"Analysis {analysis_id} failed: {error}")
  log.error('analysis failed', { analysis_id: event.data.id, error_code: event.data.error_code, error: event.data.error_message });
}

export interface ReceiverOptions {
  /** whsec_... (CALLCOV_WEBHOOK_SECRET). */
  secret: string;
  logger?: WebhookLogger;
  /** Called after processing (tests observe it). */
  onProcessed?: (event: AnyWebhookEvent) => void;
}

export const secretFromEnv = (): string => {
  const secret = process.env.CALLCOV_WEBHOOK_SECRET;
  if (!secret) throw new Error('Set CALLCOV_WEBHOOK_SECRET to your whsec_... (callcov webhooks secret, or callcov listen --print-secret).');
  return secret;
};
