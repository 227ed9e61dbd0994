/**
 * Configuration: every environment variable CallCov reads, with its default and meaning, parsed once into one
 * frozen typed object. `CONFIG_VARIABLES` is also the source of the configuration reference in the docs.
 */

export type Role = 'api' | 'worker' | 'dispatcher' | 'all';

export interface Config {
  port: number;
  healthPort: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  blobUrl: string;
  s3Endpoint: string;
  s3ForcePathStyle: boolean;
  env: 'development' | 'production';
  webhookRetryScheduleSeconds: number[];
  webhookTimeoutMs: number;
  publicUrl: string;
  httpsProxy: string;
  httpProxy: string;
  noProxy: string;
  allowNetworks: string[];
  leaseMs: number;
  shutdownDeadlineMs: number;
  pollIntervalMs: number;
  workerConcurrency: number;
  dispatcherConcurrency: number;
  dispatcherConcurrencyPerHost: number;
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  maxBodyBytes: number;
  maxEventLoopDelayMs: number;
  analysisCacheMb: number;
  maxUploadBytes: number;
  asrEngine: 'pocketsphinx' | 'whisper' | 'openai';
  whisperBin: string;
  whisperModel: string;
  asrUrl: string;
  asrApiKey: string;
  asrModel: string;
  logLevel: string;
  llmUrl: string;
  llmApiKey: string;
  llmModel: string;
  retentionDays: number;
  retentionTranscripts: boolean;
  liveAbandonSeconds: number;
  echoMaxMb: number;
  encryptionKey: string;
}

interface Variable<K extends keyof Config> {
  name: string;
  key: K;
  default: string;
  description: string;
  parse: (raw: string, name: string) => Config[K];
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const integer = (min: number, max: number) => (raw: string, name: string): number => {
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got '${raw}'`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
};

const oneOf = <T extends string>(values: readonly T[]) => (raw: string, name: string): T => {
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${values.join(', ')}, got '${raw}'`);
  }
  return raw as T;
};

const text = (raw: string): string => raw;

/** Empty, or 32 bytes as 64 hex characters (the bad value itself is never echoed: it is a secret). */
const hexKey = (raw: string, name: string): string => {
  const v = raw.trim();
  if (v !== '' && !/^[0-9a-fA-F]{64}$/.test(v)) throw new ConfigError(`${name} must be 64 hex characters (32 random bytes: openssl rand -hex 32), got ${v.length} characters`);
  return v.toLowerCase();
};

function secondsList(raw: string, name: string): number[] {
  const parts = raw.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) throw new ConfigError(`${name} must list at least one delay in seconds, e.g. 60,300,900`);
  return parts.map((p) => {
    if (!/^\d+(\.\d+)?$/.test(p)) throw new ConfigError(`${name}: '${p}' is not a number of seconds`);
    const n = Number(p);
    if (n <= 0 || n > 7 * 86400) throw new ConfigError(`${name}: ${p} must be more than 0 and at most 604800 (7 days)`);
    return n;
  });
}

function cidrList(raw: string, name: string): string[] {
  const parts = raw.split(',').map((p) => p.trim()).filter((p) => p !== '');
  for (const p of parts) {
    if (!/^[0-9a-fA-F:.]+\/\d{1,3}$/.test(p)) throw new ConfigError(`${name}: '${p}' is not a CIDR range like 10.0.0.0/8`);
  }
  return parts;
}

function databaseUrl(raw: string, name: string): string | null {
  if (raw === '') return null;
  if (/^postgres(ql)?:\/\//.test(raw) || raw.startsWith('sqlite:')) return raw;
  throw new ConfigError(`${name} must start with postgres://, postgresql:// or sqlite:, got '${raw}'`);
}

/** Pure: `s3://bucket/some/prefix` -> the bucket and the key prefix ('' or ending in '/'); null when it is not one. */
export function parseS3BlobUrl(url: string): { bucket: string; prefix: string } | null {
  const m = /^s3:\/\/([^/?#]+)\/?([^?#]*)$/.exec(url.trim());
  if (!m) return null;
  const bucket = m[1]!;
  // bucket names: 3-63 lowercase letters, digits, dots and hyphens (S3's rules; S3-compatible stores are no stricter)
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) return null;
  const parts = m[2]!.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '.' || p === '..')) return null;
  return { bucket, prefix: parts.length ? `${parts.join('/')}/` : '' };
}

function blobUrl(raw: string, name: string): string {
  if (raw.trim() === '') return '';
  if (!parseS3BlobUrl(raw)) throw new ConfigError(`${name} must be s3://bucket or s3://bucket/prefix (a valid bucket name), got '${raw}'`);
  return raw.trim();
}

function httpUrl(raw: string, name: string): string {
  if (raw.trim() === '') return '';
  if (!/^https?:\/\/[^\s/]+/.test(raw.trim())) throw new ConfigError(`${name} must be an http:// or https:// URL, got '${raw}'`);
  return raw.trim();
}

/** An absolute http(s) URL (CALLCOV_PUBLIC_URL), without a trailing slash. */
function absoluteHttpUrl(raw: string, name: string): string {
  const v = raw.trim().replace(/\/+$/, '');
  if (v === '') return '';
  if (!/^https?:\/\/[^\s/]+/.test(v)) throw new ConfigError(`${name} must be an http:// or https:// URL, got '${raw}'`);
  return v;
}

/** A forward proxy URL; the bad value is not echoed (it may carry a password). */
function proxyUrl(raw: string, name: string): string {
  const v = raw.trim();
  if (v === '') return '';
  let u: URL;
  try {
    u = new URL(/^[a-z]+:\/\//i.test(v) ? v : `http://${v}`);
  } catch {
    throw new ConfigError(`${name} must be a proxy URL like http://proxy.internal:3128`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ConfigError(`${name} must be an http:// or https:// proxy URL, got scheme ${u.protocol}`);
  return u.toString();
}

const v = <K extends keyof Config>(x: Variable<K>): Variable<K> => x;

export const CONFIG_VARIABLES = [
  v({ name: 'PORT', key: 'port', default: '8080', description: 'HTTP port of the API, dashboard and echo service.', parse: integer(0, 65535) }),
  v({ name: 'CALLCOV_HEALTH_PORT', key: 'healthPort', default: '0', description: 'Worker and dispatcher processes (which serve no API): port of a small HTTP server with /healthz, /readyz and /metrics, for probes and scraping (0 = none; the api role serves them on PORT).', parse: integer(0, 65535) }),
  v({ name: 'HOST', key: 'host', default: '127.0.0.1', description: 'Address the HTTP server binds to.', parse: text }),
  v({ name: 'DATABASE_URL', key: 'databaseUrl', default: '', description: 'Unset: an SQLite file in CALLCOV_DATA_DIR. `postgres://…` for PostgreSQL (scale-out), or `sqlite:/path/file.db`.', parse: databaseUrl }),
  v({ name: 'CALLCOV_DATA_DIR', key: 'dataDir', default: './.callcov', description: 'Where the embedded database and stored audio live.', parse: text }),
  v({ name: 'CALLCOV_BLOB_URL', key: 'blobUrl', default: '', description: 'Unset: recordings are files under CALLCOV_DATA_DIR/blobs (one host, or a shared volume). `s3://bucket/prefix`: S3-compatible object storage, so api, workers and dispatchers share no filesystem (credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or any AWS SDK source; AWS_REGION).', parse: blobUrl }),
  v({ name: 'CALLCOV_S3_ENDPOINT', key: 's3Endpoint', default: '', description: 'Base URL of a non-AWS S3-compatible store (MinIO, Ceph, R2, …) for CALLCOV_BLOB_URL; unset = AWS S3.', parse: httpUrl }),
  v({ name: 'CALLCOV_S3_FORCE_PATH_STYLE', key: 's3ForcePathStyle', default: 'false', description: 'true: address the bucket as ENDPOINT/bucket/key (most self-hosted stores) instead of bucket.ENDPOINT/key.', parse: oneOf(['true', 'false'] as const) as never }),
  v({ name: 'CALLCOV_ENV', key: 'env', default: 'development', description: '`development` allows loopback webhook/audio URLs; `production` refuses private addresses.', parse: oneOf(['development', 'production'] as const) }),
  v({ name: 'CALLCOV_WEBHOOK_RETRY_SCHEDULE', key: 'webhookRetryScheduleSeconds', default: '60,300,900,3600,21600', description: 'Delays in seconds before the 1st, 2nd, … retry of a failed webhook.', parse: secondsList }),
  v({ name: 'CALLCOV_WEBHOOK_TIMEOUT_MS', key: 'webhookTimeoutMs', default: '30000', description: 'A webhook attempt fails if the receiver has not answered 2xx within this time.', parse: integer(1, 600000) }),
  v({ name: 'CALLCOV_PUBLIC_URL', key: 'publicUrl', default: '', description: 'The URL clients reach this API at (e.g. https://callcov.example.com): `thin` webhook payloads link to the full analysis under it (unset: a path).', parse: absoluteHttpUrl }),
  v({ name: 'HTTPS_PROXY', key: 'httpsProxy', default: '', description: 'Forward proxy (http://[user:pass@]host:port) that webhook deliveries to https:// URLs tunnel through (CONNECT); the destination is still checked against the outbound address rules.', parse: proxyUrl }),
  v({ name: 'HTTP_PROXY', key: 'httpProxy', default: '', description: 'Forward proxy for webhook deliveries to http:// URLs (tunnelled with CONNECT, like HTTPS_PROXY).', parse: proxyUrl }),
  v({ name: 'NO_PROXY', key: 'noProxy', default: '', description: 'Comma-separated hosts, domains (.example.com), IP addresses or CIDR ranges reached directly, not through the proxy; `*` = none through the proxy.', parse: text }),
  v({ name: 'CALLCOV_ALLOW_NETWORKS', key: 'allowNetworks', default: '', description: 'Comma-separated CIDR ranges that outbound requests may reach even in production (e.g. 10.0.0.0/8).', parse: cidrList }),
  v({ name: 'CALLCOV_LEASE_MS', key: 'leaseMs', default: '60000', description: 'How long a claimed job is held before another process may take it over (extended by heartbeats).', parse: integer(100, 3600000) }),
  v({ name: 'CALLCOV_SHUTDOWN_DEADLINE_MS', key: 'shutdownDeadlineMs', default: '10000', description: 'On SIGTERM, how long in-flight jobs may run on before they are stopped and given back to the queue.', parse: integer(0, 3600000) }),
  v({ name: 'CALLCOV_POLL_INTERVAL_MS', key: 'pollIntervalMs', default: '1000', description: 'How often idle workers look for due jobs (they are also woken at once by new jobs).', parse: integer(5, 600000) }),
  v({ name: 'CALLCOV_WORKER_CONCURRENCY', key: 'workerConcurrency', default: '2', description: 'Analyses processed at once by one worker process.', parse: integer(1, 256) }),
  v({ name: 'CALLCOV_DISPATCHER_CONCURRENCY', key: 'dispatcherConcurrency', default: '64', description: 'Webhook deliveries in flight at once in one dispatcher process.', parse: integer(1, 4096) }),
  v({ name: 'CALLCOV_DISPATCHER_CONCURRENCY_PER_HOST', key: 'dispatcherConcurrencyPerHost', default: '16', description: 'Deliveries in flight at once to one receiver host.', parse: integer(1, 4096) }),
  v({ name: 'CALLCOV_RATE_LIMIT', key: 'rateLimitPerSecond', default: '100', description: 'Sustained API requests per second allowed per API key.', parse: integer(1, 1000000) }),
  v({ name: 'CALLCOV_RATE_LIMIT_BURST', key: 'rateLimitBurst', default: '200', description: 'Requests a key may make in a burst above the sustained rate.', parse: integer(1, 10000000) }),
  v({ name: 'CALLCOV_MAX_BODY_BYTES', key: 'maxBodyBytes', default: '10485760', description: 'Largest JSON request body accepted.', parse: integer(1024, 1073741824) }),
  v({ name: 'CALLCOV_MAX_EVENT_LOOP_DELAY_MS', key: 'maxEventLoopDelayMs', default: '1000', description: 'Load shedding: while the event loop lags more than this, API requests get 503 with Retry-After instead of queueing up (0 = off).', parse: integer(0, 600000) }),
  v({ name: 'CALLCOV_ANALYSIS_CACHE_MB', key: 'analysisCacheMb', default: '64', description: 'Memory per API process for rendered finished analyses (GET answers them after a one-column version check of the row; 0 = off).', parse: integer(0, 65536) }),
  v({ name: 'CALLCOV_MAX_UPLOAD_BYTES', key: 'maxUploadBytes', default: '524288000', description: 'Largest uploaded or fetched audio file.', parse: integer(1024, 17179869184) }),
  v({ name: 'CALLCOV_ASR_ENGINE', key: 'asrEngine', default: 'pocketsphinx', description: 'Speech recognition engine: pocketsphinx, whisper or openai.', parse: oneOf(['pocketsphinx', 'whisper', 'openai'] as const) }),
  v({ name: 'CALLCOV_WHISPER_BIN', key: 'whisperBin', default: '', description: 'whisper.cpp CLI to run (default: whisper-cli, whisper-cpp or main on PATH).', parse: text }),
  v({ name: 'CALLCOV_WHISPER_MODEL', key: 'whisperModel', default: '', description: 'Path of the ggml model file for the whisper engine (operator-provided).', parse: text }),
  v({ name: 'CALLCOV_ASR_URL', key: 'asrUrl', default: '', description: 'Base URL (up to /v1) of an OpenAI-compatible transcription server, for the openai engine.', parse: text }),
  v({ name: 'CALLCOV_ASR_API_KEY', key: 'asrApiKey', default: '', description: 'API key sent to CALLCOV_ASR_URL.', parse: text }),
  v({ name: 'CALLCOV_ASR_MODEL', key: 'asrModel', default: 'whisper-1', description: 'Model name sent to CALLCOV_ASR_URL.', parse: text }),
  v({ name: 'CALLCOV_LLM_URL', key: 'llmUrl', default: '', description: 'Optional: base URL (up to /v1) of an OpenAI-compatible chat endpoint that refines the summary and coaching text; compliance verdicts stay deterministic.', parse: text }),
  v({ name: 'CALLCOV_LLM_API_KEY', key: 'llmApiKey', default: '', description: 'API key sent to CALLCOV_LLM_URL.', parse: text }),
  v({ name: 'CALLCOV_LLM_MODEL', key: 'llmModel', default: 'gpt-4o-mini', description: 'Model name sent to CALLCOV_LLM_URL.', parse: text }),
  v({ name: 'CALLCOV_RETENTION_DAYS', key: 'retentionDays', default: '0', description: 'Delete stored audio of analyses finished more than this many days ago, and stored webhook payloads older than that (0 = keep forever).', parse: integer(0, 36500) }),
  v({ name: 'CALLCOV_RETENTION_TRANSCRIPTS', key: 'retentionTranscripts', default: 'false', description: 'With CALLCOV_RETENTION_DAYS: also delete the transcripts (results stay).', parse: oneOf(['true', 'false'] as const) as never }),
  v({ name: 'CALLCOV_LIVE_ABANDON_SECONDS', key: 'liveAbandonSeconds', default: '120', description: 'A live call not heard from for this long (its server process died) is analysed with the segments received so far.', parse: integer(5, 86400) }),
  v({ name: 'CALLCOV_ENCRYPTION_KEY', key: 'encryptionKey', default: '', description: 'Key (64 hex characters) the webhook signing secrets are encrypted under (AES-256-GCM); required in production; unset elsewhere: a key file generated in CALLCOV_DATA_DIR.', parse: hexKey }),
  v({ name: 'CALLCOV_ECHO_MAX_MB', key: 'echoMaxMb', default: '64', description: 'Total storage of the echo test service (/echo, /view) in MB; beyond it the oldest requests are evicted.', parse: integer(1, 65536) }),
  v({ name: 'LOG_LEVEL', key: 'logLevel', default: 'info', description: 'pino log level: fatal, error, warn, info, debug, trace or silent.', parse: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const) }),
];

/** Parses `env` into a frozen Config; every bad value is reported, all at once. */
export function parseConfig(env: Record<string, string | undefined>, overrides: Partial<Config> = {}): Readonly<Config> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const variable of CONFIG_VARIABLES) {
    const raw = env[variable.name] ?? variable.default;
    try {
      out[variable.key] = variable.parse(raw, variable.name);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  if (problems.length > 0) throw new ConfigError(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  out.retentionTranscripts = out.retentionTranscripts === 'true' || out.retentionTranscripts === true;
  out.s3ForcePathStyle = out.s3ForcePathStyle === 'true' || out.s3ForcePathStyle === true;
  return Object.freeze({ ...(out as unknown as Config), ...overrides });
}
