import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { BlobNotFoundError, assertBlobKey, createBlobMeter, newBlobKey, type BlobStore } from './blobStore.ts';

export interface S3BlobStoreOptions {
  bucket: string;
  /** Prepended to every key ('' or ending in '/'). */
  prefix: string;
  /** For non-AWS stores (MinIO, Ceph, R2, s3rver…): their base URL. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Default: the AWS SDK's own (AWS_REGION, the shared config file), else us-east-1 when an endpoint is given. */
  region?: string;
  /** Default: the AWS SDK's chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, profiles, instance/pod roles). */
  credentials?: S3ClientConfig['credentials'];
  /** Local folder for the temporary downloads of withLocalFile (created 0700). */
  tmpDir: string;
  /** Multipart upload part size (bytes, at least 5 MiB) and parts in flight per upload. */
  partSize?: number;
  queueSize?: number;
}

export interface S3BlobStore extends BlobStore {
  readonly kind: 's3';
  readonly client: S3Client;
  /** The object key of a blob key (prefix included). */
  objectKey(key: string): string;
  /** Releases the HTTP connections. */
  close(): void;
}

const isNotFound = (err: unknown): boolean => {
  const e = err as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.Code === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
};

/**
 * Objects in an S3-compatible bucket: streaming upload (multipart above one part), streaming and ranged download.
 * Processes that use the same bucket and prefix share the objects whatever host they run on.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): S3BlobStore {
  const { bucket } = options;
  const prefix = options.prefix;
  const region = options.region ?? (process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || (options.endpoint ? 'us-east-1' : undefined));
  const client = new S3Client({
    ...(region ? { region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle ?? false,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    // S3-compatible stores do not all know the newer default checksums; our own SHA-256 covers integrity
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const location = `s3://${bucket}/${prefix}`;
  const objectKey = (key: string) => `${prefix}${assertBlobKey(key)}`;
  const missing = (key: string) => new BlobNotFoundError(key, location);

  const get = async (key: string, range?: { start: number; end: number }, signal?: AbortSignal): Promise<Readable> => {
    try {
      const r = await client.send(
        new GetObjectCommand({ Bucket: bucket, Key: objectKey(key), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
        signal ? { abortSignal: signal } : {},
      );
      return r.Body as Readable;
    } catch (err) {
      if (isNotFound(err)) throw missing(key);
      throw err;
    }
  };

  return {
    kind: 's3',
    location,
    client,
    objectKey,
    async put(stream, putOptions = {}) {
      const key = newBlobKey();
      const meter = createBlobMeter(putOptions.maxBytes);
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: objectKey(key), Body: meter },
        partSize: Math.max(5 * 1024 * 1024, options.partSize ?? 8 * 1024 * 1024),
        queueSize: options.queueSize ?? 2,
        leavePartsOnError: false,
      });
      try {
        await Promise.all([pipeline(stream, meter), upload.done()]);
      } catch (err) {
        meter.destroy();
        if (!stream.destroyed) stream.resume();
        await upload.abort().catch(() => undefined);
        // a single-part upload may have completed before the source failed: never keep half a recording
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) })).catch(() => undefined);
        throw err;
      }
      return { key, size: meter.bytes, sha256: meter.sha256() };
    },
    open: (key, range) => get(key, range),
    async size(key) {
      try {
        const r = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
        return r.ContentLength ?? 0;
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
    async withLocalFile(key, fn, fnOptions = {}) {
      const body = await get(key, undefined, fnOptions.signal);
      await mkdir(options.tmpDir, { recursive: true, mode: 0o700 });
      const path = join(options.tmpDir, `blob-${randomUUID()}`);
      try {
        await pipeline(body, createWriteStream(path, { mode: 0o600 }), fnOptions.signal ? { signal: fnOptions.signal } : {});
        return await fn(path);
      } finally {
        await rm(path, { force: true });
      }
    },
    async probe() {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    },
    close: () => client.destroy(),
  };
}
