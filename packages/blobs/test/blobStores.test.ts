// One contract, two stores: files under a folder, and S3-compatible object storage (a real s3rver on 127.0.0.1).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { BlobNotFoundError, BlobTooLargeError, createFileBlobStore, createS3BlobStore, openBlobStore, type BlobStore, type S3BlobStore } from '@callcov/blobs';
import { parseS3BlobUrl } from '@callcov/core';
import { startTestS3Server, type TestS3Server } from '../../../test/support/s3Server.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const chunks = (b: Buffer, size = 64 * 1024) => Readable.from((function* () {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
})());
const failingAfter = (b: Buffer) => new Readable({
  read() {
    this.push(b);
    this.destroy(new Error('client went away'));
  },
});

let s3: TestS3Server;
let root: string;
before(async () => {
  s3 = await startTestS3Server();
  root = await mkdtemp(join(tmpdir(), 'callcov-blobs-'));
});
after(async () => {
  await s3.close();
  await rm(root, { recursive: true, force: true });
});

const makeS3 = (prefix: string, extra: Partial<Parameters<typeof createS3BlobStore>[0]> = {}) =>
  createS3BlobStore({
    bucket: s3.bucket,
    prefix,
    endpoint: s3.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    tmpDir: join(root, `tmp-${prefix.replaceAll('/', '')}`),
    partSize: 5 * 1024 * 1024,
    ...extra,
  });

const objectsUnder = async (store: S3BlobStore, prefix: string) =>
  ((await store.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }))).Contents ?? []).map((o) => o.Key);

const stores: Array<{ name: string; make(): BlobStore; leftovers(store: BlobStore): Promise<unknown[]> }> = [
  {
    name: 'file store',
    make: () => createFileBlobStore(join(root, `files-${Math.random().toString(36).slice(2)}`)),
    async leftovers(store) {
      const dirs = await readdir(store.location).catch(() => []);
      const files = await Promise.all(dirs.map((d) => readdir(join(store.location, d))));
      return files.flat();
    },
  },
  {
    name: 'S3 store (s3rver)',
    make: () => makeS3(`p${Math.random().toString(36).slice(2)}/`),
    leftovers: (store) => objectsUnder(store as S3BlobStore, (store as S3BlobStore).objectKey('00/00000000-0000-0000-0000-000000000000').slice(0, -39)),
  },
];

for (const kind of stores) {
  describe(kind.name, () => {
    test('put streams in, size/open/range read back the same bytes, delete removes the object', async () => {
      const store = kind.make();
      const data = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
      const stored = await store.put(chunks(data));
      assert.match(stored.key, /^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
      assert.equal(stored.size, data.length);
      assert.equal(stored.sha256, sha(data));
      assert.equal(await store.size(stored.key), data.length);
      assert.deepEqual(await buffer(await store.open(stored.key)), data);
      assert.deepEqual(await buffer(await store.open(stored.key, { start: 1000, end: 1999 })), data.subarray(1000, 2000));
      assert.deepEqual(await buffer(await store.open(stored.key, { start: data.length - 1, end: data.length - 1 })), data.subarray(-1));
      await store.delete(stored.key);
      assert.equal(await store.size(stored.key), null);
      await store.delete(stored.key); // a missing object is not an error
      store.close();
    });

    test('a missing object: size null, open and withLocalFile reject with BlobNotFoundError', async () => {
      const store = kind.make();
      const key = 'ab/abcdef01-2345-6789-abcd-ef0123456789';
      assert.equal(await store.size(key), null);
      await assert.rejects(store.open(key), BlobNotFoundError);
      await assert.rejects(store.withLocalFile(key, async () => 'never'), BlobNotFoundError);
      store.close();
    });

    test('past maxBytes the upload fails with BlobTooLargeError and leaves nothing behind', async () => {
      const store = kind.make();
      await assert.rejects(store.put(chunks(Buffer.alloc(200_000, 1)), { maxBytes: 100_000 }), BlobTooLargeError);
      assert.deepEqual(await kind.leftovers(store), []);
      store.close();
    });

    test('a source that fails mid-stream leaves nothing behind', async () => {
      const store = kind.make();
      await assert.rejects(store.put(failingAfter(Buffer.alloc(10_000, 2))), /client went away/);
      assert.deepEqual(await kind.leftovers(store), []);
      store.close();
    });

    test('withLocalFile gives a readable local file with the bytes while fn runs', async () => {
      const store = kind.make();
      const data = Buffer.from('RIFF....WAVEfmt fake');
      const { key } = await store.put(Readable.from([data]));
      let seen = '';
      const out = await store.withLocalFile(key, async (path) => {
        seen = path;
        assert.deepEqual(readFileSync(path), data);
        return 42;
      });
      assert.equal(out, 42);
      if (store.kind === 's3') {
        assert.ok(!existsSync(seen), 'the temporary download is removed afterwards');
        await assert.rejects(store.withLocalFile(key, async () => { throw new Error('decoder failed'); }), /decoder failed/);
        assert.deepEqual(await readdir(join(seen, '..')), [], 'removed when fn throws too');
      }
      store.close();
    });

    test('probe succeeds on a usable store', async () => {
      const store = kind.make();
      await store.probe();
      store.close();
    });
  });
}

test('S3: a 12 MiB upload goes up in 5 MiB parts (multipart) and comes back byte for byte', async () => {
  const store = makeS3('multipart/');
  const data = Buffer.alloc(12 * 1024 * 1024);
  for (let i = 0; i < data.length; i += 4096) data.writeUInt32LE(i, i);
  const sent: string[] = [];
  store.client.middlewareStack.add((next, context) => async (args) => {
    sent.push(String(context.commandName));
    return next(args);
  }, { step: 'initialize' });
  const stored = await store.put(chunks(data, 256 * 1024));
  assert.equal(stored.size, data.length);
  assert.equal(stored.sha256, sha(data));
  assert.ok(sent.includes('CreateMultipartUploadCommand') && sent.filter((c) => c === 'UploadPartCommand').length === 3 && sent.includes('CompleteMultipartUploadCommand'), sent.join(','));
  const back = await buffer(await store.open(stored.key));
  assert.equal(sha(back), stored.sha256);
  await store.delete(stored.key);
  assert.deepEqual(await objectsUnder(store, 'multipart/'), []);
  store.close();
});

test('S3: objects live under the prefix of the URL', async () => {
  const store = makeS3('tenant-a/recordings/');
  const { key } = await store.put(Readable.from([Buffer.from('x')]));
  assert.deepEqual(await objectsUnder(store, 'tenant-a/recordings/'), [`tenant-a/recordings/${key}`]);
  await store.delete(key);
  store.close();
});

test('S3: probe fails on a bucket that does not exist', async () => {
  const store = createS3BlobStore({
    bucket: 'no-such-bucket',
    prefix: '',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    tmpDir: join(root, 'unused'),
  });
  await assert.rejects(store.probe());
  store.close();
});

test('openBlobStore: no CALLCOV_BLOB_URL = files under the data dir; s3:// = object storage', () => {
  const file = openBlobStore({ blobUrl: '', s3Endpoint: '', s3ForcePathStyle: false, dataDir: root });
  assert.equal(file.kind, 'file');
  assert.equal(file.location, join(root, 'blobs'));
  const obj = openBlobStore({ blobUrl: 's3://bucket-1/a/b', s3Endpoint: s3.endpoint, s3ForcePathStyle: true, dataDir: root });
  assert.equal(obj.kind, 's3');
  assert.equal(obj.location, 's3://bucket-1/a/b/');
  obj.close();
});

test('parseS3BlobUrl (pure)', () => {
  assert.deepEqual(parseS3BlobUrl('s3://callcov'), { bucket: 'callcov', prefix: '' });
  assert.deepEqual(parseS3BlobUrl('s3://callcov/'), { bucket: 'callcov', prefix: '' });
  assert.deepEqual(parseS3BlobUrl('s3://callcov/prod//audio/'), { bucket: 'callcov', prefix: 'prod/audio/' });
  for (const bad of ['', 'callcov', 'http://x/y', 's3://', 's3://UPPER/x', 's3://a', 's3://b/../x', 's3://b?x=1']) assert.equal(parseS3BlobUrl(bad), null, bad);
});
