import client from 'prom-client';
import type { FastifyInstance } from 'fastify';
import type { Database } from '@callcov/db';
import { queueStats } from '@callcov/queue';
import type { Metrics } from '@callcov/services';

/** Prometheus metrics of one CallCov process (its own registry, so several instances can share a process in tests). */
export function createPrometheusMetrics(database: Database, role: string): { registry: client.Registry; metrics: Metrics; instrument(app: FastifyInstance): void } {
  const registry = new client.Registry();
  registry.setDefaultLabels({ role });
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'callcov_http_request_duration_seconds',
    help: 'HTTP requests by route and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const jobDuration = new client.Histogram({
    name: 'callcov_job_duration_seconds',
    help: 'Time spent running jobs, by type and outcome.',
    labelNames: ['type', 'outcome'],
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  const deliveries = new client.Counter({
    name: 'callcov_webhook_attempts_total',
    help: 'Webhook delivery attempts by outcome (success or the error class).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const retries = new client.Counter({ name: 'callcov_webhook_retries_scheduled_total', help: 'Webhook retries scheduled after a failed attempt.', registers: [registry] });
  const asrRtf = new client.Histogram({
    name: 'callcov_asr_real_time_factor',
    help: 'Speech recognition processing seconds per audio second.',
    labelNames: ['engine'],
    buckets: [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 2, 5],
    registers: [registry],
  });
  new client.Gauge({
    name: 'callcov_queue_jobs',
    help: 'Jobs in the queue by type and status.',
    labelNames: ['type', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await queueStats(database).catch(() => [])) this.set({ type: s.type, status: s.status }, s.count);
    },
  });
  new client.Gauge({
    name: 'callcov_queue_oldest_due_age_seconds',
    help: 'Age of the oldest due pending job, by type (how far behind the workers are).',
    labelNames: ['type'],
    registers: [registry],
    async collect() {
      this.reset();
      const now = Date.now();
      for (const s of await queueStats(database).catch(() => [])) {
        if (s.status === 'pending' && s.oldestRunAt !== null) this.set({ type: s.type }, Math.max(0, (now - s.oldestRunAt) / 1000));
      }
    },
  });
  return {
    registry,
    metrics: {
      jobFinished: (type, outcome, seconds) => jobDuration.observe({ type, outcome }, seconds),
      deliveryAttempt: (outcome, retryScheduled) => {
        deliveries.inc({ outcome });
        if (retryScheduled) retries.inc();
      },
      asrFinished: (engine, processing, audio) => {
        if (audio > 0) asrRtf.observe({ engine }, processing / audio);
      },
    },
    instrument(app) {
      app.addHook('onResponse', async (request, reply) => {
        const route = request.routeOptions.url ?? 'unmatched';
        httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      });
      app.get('/metrics', { schema: { hide: true } }, async (_req, reply) =>
        reply.type(registry.contentType).send(await registry.metrics()),
      );
    },
  };
}
