// Security: data files are 0600 and the folders CallCov creates 0700 (DESIGN.md §1.9), so other users of the machine
// can read neither the database (transcripts, secrets) nor the recordings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createFileBlobStore } from '@callcov/blobs';
import { migrateDatabase, openSqliteDatabase } from '@callcov/db';

const mode = async (p: string) => (await stat(p)).mode & 0o777;

describe('data files are private to the server user', () => {
  test('the SQLite folder is created 0700; the database and its -wal/-shm files are 0600', async () => {
    const root = await mkdtemp(join(tmpdir(), 'callcov-modes-'));
    try {
      const file = join(root, 'data', 'nested', 'callcov.db');
      const database = openSqliteDatabase(file);
      await migrateDatabase(database);
      await database.db.insertInto('accounts').values({ id: 'acct_modes', name: 'modes', created_at: Date.now() }).execute();
      assert.equal(await mode(join(root, 'data')), 0o700);
      assert.equal(await mode(join(root, 'data', 'nested')), 0o700);
      for (const f of await readdir(join(root, 'data', 'nested'))) assert.equal(await mode(join(root, 'data', 'nested', f)), 0o600, f);
      assert.ok((await readdir(join(root, 'data', 'nested'))).includes('callcov.db-wal'), 'the WAL file was checked too');
      await database.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test('an existing world-readable database file is tightened to 0600 when opened', async () => {
    const root = await mkdtemp(join(tmpdir(), 'callcov-modes-'));
    try {
      const file = join(root, 'old.db');
      await writeFile(file, '');
      await chmod(file, 0o644);
      const database = openSqliteDatabase(file);
      await migrateDatabase(database);
      assert.equal(await mode(file), 0o600);
      await database.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test('recordings in the blob store are 0600 in 0700 folders', async () => {
    const root = await mkdtemp(join(tmpdir(), 'callcov-modes-'));
    try {
      const blobs = createFileBlobStore(join(root, 'blobs'));
      const stored = await blobs.put(Readable.from([Buffer.from('RIFF....WAVE')]));
      assert.equal(await mode(blobs.path(stored.key)), 0o600);
      assert.equal(await mode(join(root, 'blobs')), 0o700);
      assert.equal(await mode(join(root, 'blobs', stored.key.slice(0, 2))), 0o700);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
