// Security: webhook signing secrets are encrypted at rest (AES-256-GCM under CALLCOV_ENCRYPTION_KEY, DESIGN.md §1.9).
// The database never holds a secret in clear (SQLite file bytes and PostgreSQL rows), secrets stored in clear before
// are encrypted when a server starts, the embedded default generates a 0600 key file, and production refuses to
// start without a key.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, parseConfig } from '@callcov/core';
import { createApiKey, ENCRYPTION_KEY_FILE, SEALED_PREFIX } from '@callcov/services';
import { defaultFeatures, startCallCov } from '@callcov/server';
import { BACKENDS, createTestDatabase } from '../support/testDatabase.ts';
import { startTestServer } from '../support/testServer.ts';

const configFor = (dataDir: string, env: Record<string, string> = {}) =>
  parseConfig({ PORT: '0', HOST: '127.0.0.1', CALLCOV_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });

for (const backend of BACKENDS) {
  describe(`webhook secrets are encrypted at rest (${backend})`, () => {
    test('stored sealed, never in clear in the database; the API still answers the clear secrets', async () => {
      const s = await startTestServer(backend);
      try {
        const rotated = await s.api('/api/v1/webhooks/secret/rotate', { method: 'POST' });
        assert.equal(rotated.status, 200, rotated.text);
        const shown = await s.api('/api/v1/webhooks/secret');
        assert.equal(shown.body.secret, rotated.body.secret);
        assert.equal(shown.body.previous[0].secret, s.secret, 'the rotated-out secret decrypts too');
        const rows = await s.db.database.db.selectFrom('webhook_secrets').select('secret').execute();
        assert.ok(rows.length >= 2 && rows.every((r) => r.secret.startsWith(SEALED_PREFIX)), JSON.stringify(rows));
        for (const clear of [s.secret, rotated.body.secret]) assert.ok(!rows.some((r) => r.secret.includes(clear.slice(6))));
        if (backend === 'sqlite') {
          for (const f of (await readdir(s.db.dataDir)).filter((f) => f.startsWith('callcov.db'))) {
            const bytes = await readFile(join(s.db.dataDir, f));
            for (const clear of [s.secret, rotated.body.secret]) assert.ok(!bytes.includes(clear.slice(6)), `${f} holds a secret in clear`);
          }
          assert.equal((await stat(join(s.db.dataDir, ENCRYPTION_KEY_FILE))).mode & 0o777, 0o600, 'the generated key file is 0600');
        }
      } finally {
        await s.stop();
      }
    });

    test('secrets stored in clear (before encryption) are encrypted when a server starts, and keep verifying', async () => {
      const db = await createTestDatabase(backend);
      try {
        const legacy = await createApiKey(db.database, 'legacy', 'test', Date.now());
        const before = await db.database.db.selectFrom('webhook_secrets').select('secret').executeTakeFirstOrThrow();
        assert.equal(before.secret, legacy.webhook_secret, 'the set-up stored it in clear');
        const config = configFor(db.dataDir, { CALLCOV_ENCRYPTION_KEY: 'ef'.repeat(32) });
        const running = await startCallCov(config, 'api', defaultFeatures(config), { database: db.database });
        try {
          const after = await db.database.db.selectFrom('webhook_secrets').select('secret').executeTakeFirstOrThrow();
          assert.ok(after.secret.startsWith(SEALED_PREFIX) && !after.secret.includes(legacy.webhook_secret.slice(6)));
          const res = await fetch(`${running.url}/api/v1/webhooks/secret`, { headers: { 'x-api-key': legacy.key } });
          assert.equal(((await res.json()) as { secret: string }).secret, legacy.webhook_secret);
        } finally {
          await running.stop();
        }
      } finally {
        await db.cleanup();
      }
    });
  });
}

describe('the encryption key', () => {
  test('production refuses to start without CALLCOV_ENCRYPTION_KEY, naming it', async () => {
    const db = await createTestDatabase('sqlite');
    try {
      const config = configFor(db.dataDir, { CALLCOV_ENV: 'production' });
      await assert.rejects(startCallCov(config, 'api', defaultFeatures(config), { database: db.database }), (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.match(err.message, /CALLCOV_ENCRYPTION_KEY is required in production/);
        return true;
      });
    } finally {
      await db.cleanup();
    }
  });

  test('a malformed key is a configuration error that does not echo the value', () => {
    assert.throws(() => configFor('/tmp', { CALLCOV_ENCRYPTION_KEY: 'not-a-key-secret-value' }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /CALLCOV_ENCRYPTION_KEY must be 64 hex characters/);
      assert.ok(!err.message.includes('not-a-key-secret-value'));
      return true;
    });
  });
});
