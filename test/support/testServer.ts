import { parseConfig, type Config, type Role } from '@callcov/core';
import { createApiKey } from '@callcov/services';
import { defaultFeatures, startCallCov, type CallCovFeatures, type RunningCallCov } from '@callcov/server';
import { createTestDatabase, type Backend, type TestDatabase } from './testDatabase.ts';

export interface TestServer {
  url: string;
  running: RunningCallCov;
  db: TestDatabase;
  config: Readonly<Config>;
  /** A test-mode key of a fresh account. */
  key: string;
  secret: string;
  accountId: string;
  newKey(account: string, mode?: 'test' | 'live'): Promise<{ key: string; secret: string; accountId: string }>;
  api(path: string, init?: RequestInit & { key?: string | null; json?: unknown }): Promise<{ status: number; headers: Headers; body: any; text: string }>;
  stop(): Promise<void>;
}

/** Starts a real CallCov (HTTP on 127.0.0.1, random port) on a fresh database of `backend`. */
export async function startTestServer(
  backend: Backend,
  options: { env?: Record<string, string>; role?: Role; features?: (config: Readonly<Config>) => CallCovFeatures } = {},
): Promise<TestServer> {
  const db = await createTestDatabase(backend);
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    CALLCOV_DATA_DIR: db.dataDir,
    CALLCOV_POLL_INTERVAL_MS: '50',
    CALLCOV_LEASE_MS: '5000',
    CALLCOV_WEBHOOK_RETRY_SCHEDULE: '1,2,3,4,5',
    LOG_LEVEL: 'silent',
    CALLCOV_RATE_LIMIT: '100000',
    CALLCOV_RATE_LIMIT_BURST: '100000',
    ...options.env,
  });
  const running = await startCallCov(config, options.role ?? 'all', (options.features ?? defaultFeatures)(config), { database: db.database });
  const first = await createApiKey(db.database, 'acme', 'test', Date.now(), running.ctx.secrets);
  const url = running.url ?? '';
  const server: TestServer = {
    url,
    running,
    db,
    config,
    key: first.key,
    secret: first.webhook_secret,
    accountId: first.account_id,
    async newKey(account, mode = 'test') {
      const k = await createApiKey(db.database, account, mode, Date.now(), running.ctx.secrets);
      return { key: k.key, secret: k.webhook_secret, accountId: k.account_id };
    },
    async api(path, init = {}) {
      const headers = new Headers(init.headers);
      const key = init.key === undefined ? first.key : init.key;
      if (key !== null && !headers.has('x-api-key') && !headers.has('authorization')) headers.set('x-api-key', key);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = typeof init.json === 'string' ? init.json : JSON.stringify(init.json);
      }
      const res = await fetch(url + path, { ...init, headers, body });
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
      return { status: res.status, headers: res.headers, body: parsed, text };
    },
    async stop() {
      await running.stop();
      await db.cleanup();
    },
  };
  return server;
}

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sampleTranscript = {
  segments: [
    { speaker: 'Agent', text: 'Thank you for calling Harper Valley Bank, this call may be recorded. My name is Ana, how can I help you?', start: 0, end: 6 },
    { speaker: 'Customer', text: 'Hi, I would like to check the balance of my savings account please.', start: 6.5, end: 10 },
    { speaker: 'Agent', text: 'Of course. Can you confirm your full name and date of birth?', start: 10.4, end: 13 },
    { speaker: 'Customer', text: 'Patricia Brown, March third nineteen eighty.', start: 13.5, end: 16 },
    { speaker: 'Agent', text: 'Thank you Patricia. Your balance is two thousand dollars. Is there anything else I can help you with?', start: 19, end: 24 },
    { speaker: 'Customer', text: 'No, that is all, thanks a lot.', start: 24.5, end: 26 },
    { speaker: 'Agent', text: 'Thank you for calling, have a great day.', start: 26.3, end: 28 },
  ],
};
