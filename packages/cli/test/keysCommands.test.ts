import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../src/main.ts', import.meta.url));

test('callcov keys create | list | revoke against an SQLite data dir; bad usage exits 2, bad config exits 3', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'callcov-cli-'));
  const env = { ...process.env, CALLCOV_DATA_DIR: dir, DATABASE_URL: '' };
  try {
    const created = JSON.parse((await run(process.execPath, [CLI, 'keys', 'create', '--account', 'acme', '--mode', 'test', '--json'], { env })).stdout);
    assert.match(created.key, /^sk_test_[A-Za-z0-9]{32,}$/);
    assert.match(created.webhook_secret, /^whsec_[A-Za-z0-9+/]+=*$/);
    assert.match(created.account_id, /^acct_/);
    const again = JSON.parse((await run(process.execPath, [CLI, 'keys', 'create', '--account', 'acme', '--mode', 'live', '--json'], { env })).stdout);
    assert.equal(again.account_id, created.account_id, 'same account');
    assert.match(again.key, /^sk_live_/);
    const list = JSON.parse((await run(process.execPath, [CLI, 'keys', 'list', '--account', 'acme', '--json'], { env })).stdout);
    assert.equal(list.data.length, 2);
    assert.ok(!JSON.stringify(list).includes(created.key), 'keys are never listed in clear');
    const revoked = JSON.parse((await run(process.execPath, [CLI, 'keys', 'revoke', list.data[1].id, '--json'], { env })).stdout);
    assert.equal(typeof revoked.revoked_at, 'number');
    await assert.rejects(run(process.execPath, [CLI, 'keys', 'create', '--account', 'x', '--mode', 'staging'], { env }), (e: any) => e.code === 1 && /--mode/.test(e.stderr));
    await assert.rejects(run(process.execPath, [CLI, 'keys', 'nope'], { env }), (e: any) => e.code === 2);
    await assert.rejects(run(process.execPath, [CLI, 'serve'], { env: { ...env, PORT: 'eighty' } }), (e: any) => e.code === 3 && /PORT must be a whole number/.test(e.stderr));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
