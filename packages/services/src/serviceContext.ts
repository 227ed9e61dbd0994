import type { FinalAnalysisCache } from './finalAnalysisCache.ts';
import type { Config } from '@callcov/core';
import type { Database, GroupCommitter } from '@callcov/db';
import type { BlobStore } from '@callcov/blobs';
import type { SecretBox } from './secretBox.ts';

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What the use cases report for monitoring (Prometheus in the server; a no-op elsewhere). */
export interface Metrics {
  jobFinished(type: string, outcome: 'completed' | 'error', seconds: number): void;
  deliveryAttempt(outcome: string, retryScheduled: boolean): void;
  asrFinished(engine: string, processingSeconds: number, audioSeconds: number): void;
}

export const noMetrics: Metrics = { jobFinished() {}, deliveryAttempt() {}, asrFinished() {} };

/** Everything a use case needs, passed explicitly (no globals): storage, configuration, the clock. */
export interface ServiceContext {
  database: Database;
  /** Small independent writes (submissions) share transactions through this: see createGroupCommitter. */
  groupCommit: GroupCommitter;
  blobs: BlobStore;
  config: Readonly<Config>;
  now: () => number;
  logger: Logger;
  metrics: Metrics;
  /** Encrypts and decrypts the secrets stored in the database (webhook signing secrets). */
  secrets: SecretBox;
  /** Rendered finished analyses for GET (absent = no caching); see createFinalAnalysisCache. */
  analysisCache?: FinalAnalysisCache | null;
  /** Tells job loops in this process (and, through the database, in others) that a job of `type` was added. */
  jobAdded(type: string): void;
}

/** Who is calling: one account in one mode. */
export interface Caller {
  accountId: string;
  mode: 'test' | 'live';
  keyId: string;
}

export const JOB_PROCESS_ANALYSIS = 'process_analysis';
export const JOB_DELIVER_WEBHOOK = 'deliver_webhook';
