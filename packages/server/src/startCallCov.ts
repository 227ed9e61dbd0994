import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { ConfigError, type Config, type Role } from '@callcov/core';
import { createGroupCommitter, migrateDatabase, openDatabase, type Database } from '@callcov/db';
import { openBlobStore, type BlobStore } from '@callcov/blobs';
import { createWorker, type Job, type JobHandler, type RetryPolicy, type Worker } from '@callcov/queue';
import { JOB_PROCESS_ANALYSIS, createFinalAnalysisCache, finaliseAbandonedLiveCalls, createSecretBox, encryptStoredSecrets, resolveEncryptionKey, processAnalysisJob, purgeExpiredData, type AnalysisSteps, type OnAnalysisFinal, type ServiceContext } from '@callcov/services';
import { buildApp, type AppOptions } from './app.ts';
import { createPrometheusMetrics } from './prometheusMetrics.ts';
import { startHealthServer } from './healthServer.ts';
import type { AnalysisThreads } from './analysisThreads.ts';

export interface CallCovFeatures {
  steps: AnalysisSteps;
  onAnalysisFinal: OnAnalysisFinal;
  /** Extra job loops (e.g. the webhook dispatcher), started for the roles they belong to. */
  jobLoops?: Array<{ role: 'worker' | 'dispatcher'; name: string; types: string[]; concurrency: number; handler: (ctx: ServiceContext, job: Job, workerId: string, signal: AbortSignal) => Promise<void>; /** How a throw is retried (default: the queue's exponential backoff). */ retry?: RetryPolicy }>;
  app?: AppOptions;
  /** The analysis thread pool, when the engine runs off the event loop (exposed for metrics and tests). */
  analysisThreads?: AnalysisThreads;
  /** Releases what the features hold (thread pools…); runs last on stop. */
  close?: () => Promise<void>;
}

export interface RunningCallCov {
  ctx: ServiceContext;
  app: FastifyInstance | null;
  url: string | null;
  /** Worker and dispatcher roles with CALLCOV_HEALTH_PORT: where /healthz, /readyz and /metrics are served. */
  healthUrl: string | null;
  /** Stops every role; running jobs get `deadlineMs` (default CALLCOV_SHUTDOWN_DEADLINE_MS) to finish before they are released. */
  stop(deadlineMs?: number): Promise<void>;
}

/** Refuses to start on a database that cannot be written: it would look ready, then answer 500 to everything. */
async function probeWritable(database: Database): Promise<void> {
  try {
    await database.probeWrite();
  } catch (err) {
    throw new ConfigError(`the ${database.kind} database is not writable: ${(err as Error).message}; CallCov needs write access to its database`);
  }
}

/** Refuses to start on a blob store that cannot be reached (a wrong bucket, endpoint or credentials). */
async function probeBlobStore(blobs: BlobStore): Promise<void> {
  try {
    await blobs.probe();
  } catch (err) {
    const e = err as Error & { $metadata?: { httpStatusCode?: number } };
    const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
    throw new ConfigError(`the blob store ${blobs.location} is not usable: ${e.name}${status}: ${e.message}; check CALLCOV_BLOB_URL, CALLCOV_S3_ENDPOINT and the AWS credentials`);
  }
}

/** Opens the database (migrating it), then starts the HTTP API and/or job loops for `role`. Cleanups run last-in first-out. */
export async function startCallCov(
  config: Readonly<Config>,
  role: Role,
  features: CallCovFeatures,
  options: { database?: Database; logger?: pino.Logger } = {},
): Promise<RunningCallCov> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { pid: process.pid, role } });
  const cleanups: Array<() => Promise<void>> = [];
  /** Set by stop(deadlineMs): how long running jobs may take to finish (else the configured deadline). */
  let stopDeadlineMs: number | undefined;
  // secrets are encrypted at rest: in production without CALLCOV_ENCRYPTION_KEY nothing starts
  const secrets = createSecretBox(await resolveEncryptionKey(config));
  const database = options.database ?? openDatabase(config.databaseUrl, config.dataDir);
  if (!options.database) cleanups.push(() => database.close());
  if (features.close) cleanups.push(features.close);
  await probeWritable(database).catch(async (err: unknown) => {
    if (!options.database) await database.close().catch(() => undefined);
    throw err;
  });
  await migrateDatabase(database);
  const encrypted = await encryptStoredSecrets(database, secrets);
  if (encrypted > 0) logger.info({ secrets: encrypted }, 'encrypted webhook secrets stored in clear');

  const blobs = openBlobStore(config);
  cleanups.push(async () => blobs.close());
  await probeBlobStore(blobs).catch(async (err: unknown) => {
    blobs.close();
    await features.close?.().catch(() => undefined);
    if (!options.database) await database.close().catch(() => undefined);
    throw err;
  });

  const loops: Worker[] = [];
  let notifyScheduled = false;
  const prometheus = createPrometheusMetrics(database, role);
  const ctx: ServiceContext = {
    metrics: prometheus.metrics,
    secrets,
    analysisCache: role === 'api' || role === 'all' ? createFinalAnalysisCache(config.analysisCacheMb * 1024 * 1024) : null,
    groupCommit: createGroupCommitter(database),
    database,
    blobs,
    config,
    now: Date.now,
    logger,
    jobAdded(type) {
      for (const loop of loops) if (loop.types.includes(type)) loop.wake();
      // other processes: one NOTIFY per 2 ms window, however many jobs a burst adds (they also poll)
      if (database.capabilities.listenNotify && !notifyScheduled) {
        notifyScheduled = true;
        setTimeout(() => {
          notifyScheduled = false;
          void database.notify('jobs').catch(() => {});
        }, 2).unref();
      }
    },
  };

  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const startLoop = (types: string[], concurrency: number, handler: JobHandler, retry?: RetryPolicy) => {
    const loop = createWorker({
      database,
      types,
      workerId,
      concurrency,
      retry,
      pollIntervalMs: config.pollIntervalMs,
      leaseMs: config.leaseMs,
      handler: async (job, signal) => {
        const started = performance.now();
        let outcome: 'completed' | 'error' = 'error';
        try {
          await handler(job, signal);
          outcome = 'completed';
        } finally {
          prometheus.metrics.jobFinished(job.type, outcome, (performance.now() - started) / 1000);
        }
      },
      onJobError: (job, error) => logger.error({ err: error, job_id: job.id, job_type: job.type }, 'job failed'),
      onLoopError: (err) => logger.warn({ err, loop: types.join(',') }, 'job loop error'),
    });
    loops.push(loop);
    cleanups.push(() => loop.stop(stopDeadlineMs ?? config.shutdownDeadlineMs));
    return loop;
  };

  const runsWorker = role === 'all' || role === 'worker';
  const runsDispatcher = role === 'all' || role === 'dispatcher';
  if (runsWorker) {
    startLoop([JOB_PROCESS_ANALYSIS], config.workerConcurrency, (job, signal) =>
      processAnalysisJob(ctx, features.steps, features.onAnalysisFinal, job, workerId, signal),
    );
  }
  for (const extra of features.jobLoops ?? []) {
    if ((extra.role === 'worker' && runsWorker) || (extra.role === 'dispatcher' && runsDispatcher)) {
      startLoop(extra.types, extra.concurrency, (job, signal) => extra.handler(ctx, job, workerId, signal), extra.retry);
    }
  }
  if (runsWorker) {
    // live calls whose server died mid-call: analysed with the segments stored so far (at start, then regularly)
    const abandonMs = config.liveAbandonSeconds * 1000;
    const sweep = () => void finaliseAbandonedLiveCalls(ctx, abandonMs).catch((err) => logger.warn({ err }, 'abandoned live calls sweep failed'));
    sweep();
    const timer = setInterval(sweep, Math.min(30_000, abandonMs / 2));
    timer.unref();
    cleanups.push(async () => clearInterval(timer));
  }
  if (runsWorker && config.retentionDays > 0) {
    // data retention: hourly (and once at start), in every worker; purging is idempotent
    const purge = () => void purgeExpiredData(ctx).then(
      (n) => n > 0 && logger.info({ purged: n }, 'retention: purged stored audio of old analyses'),
      (err) => logger.warn({ err }, 'retention purge failed'),
    );
    purge();
    const timer = setInterval(purge, 3600_000);
    timer.unref();
    cleanups.push(async () => clearInterval(timer));
  }
  if (database.capabilities.listenNotify && loops.length > 0) {
    const unlisten = await database.listen('jobs', () => {
      for (const loop of loops) loop.wake();
    });
    cleanups.push(unlisten);
  }

  let app: FastifyInstance | null = null;
  let url: string | null = null;
  if (role === 'all' || role === 'api') {
    app = await buildApp(ctx, {
      logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers["x-api-key"]'] },
      instrument: prometheus.instrument,
      ...features.app,
    });
    url = await app.listen({ port: config.port, host: config.host });
    const a = app;
    cleanups.push(() => a.close());
  }

  let healthUrl: string | null = null;
  if (!app && config.healthPort > 0) {
    const health = await startHealthServer({ host: config.host, port: config.healthPort, database, registry: prometheus.registry });
    healthUrl = health.url;
    cleanups.push(() => health.close());
  }

  let stopped = false;
  return {
    ctx,
    app,
    url,
    healthUrl,
    async stop(deadlineMs?: number) {
      if (stopped) return;
      stopped = true;
      stopDeadlineMs = deadlineMs;
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (err) {
          logger.warn({ err }, 'cleanup failed');
        }
      }
    },
  };
}
