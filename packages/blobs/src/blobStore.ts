import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';

export class BlobTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`file is larger than the ${limit}-byte limit`);
    this.name = 'BlobTooLargeError';
    this.limit = limit;
  }
}

/** The object a key names is not in the store (deleted, purged, or written to another process's local disk). */
export class BlobNotFoundError extends Error {
  readonly key: string;
  constructor(key: string, where: string) {
    super(`blob '${key}' is not in ${where}`);
    this.name = 'BlobNotFoundError';
    this.key = key;
  }
}

export const isBlobNotFound = (err: unknown): err is BlobNotFoundError => err instanceof Error && err.name === 'BlobNotFoundError';

export interface StoredBlob {
  key: string;
  size: number;
  sha256: string;
}

/** Inclusive byte range, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Recordings and other large objects, addressed by the key `put` returns (the same key format in every store).
 * Files under one folder (`createFileBlobStore`, the embedded default) or S3-compatible object storage
 * (`createS3BlobStore`, when processes share no filesystem).
 */
export interface BlobStore {
  readonly kind: 'file' | 's3';
  /** Where the objects are, for messages and logs (a folder, or s3://bucket/prefix). */
  readonly location: string;
  /** Streams `stream` into a new object; never leaves half an object behind (on error or past `maxBytes`). */
  put(stream: Readable, options?: { maxBytes?: number }): Promise<StoredBlob>;
  /** The object's bytes (or `range` of them); rejects with BlobNotFoundError when it is missing. */
  open(key: string, range?: ByteRange): Promise<Readable>;
  /** The object's size in bytes, or null when it is missing. */
  size(key: string): Promise<number | null>;
  /** Removes the object; a missing one is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Runs `fn` with a local file holding the object (the file itself in the file store; a temporary download, removed
   * afterwards, from object storage), for tools that need a path (ffmpeg). Rejects with BlobNotFoundError when missing.
   */
  withLocalFile<T>(key: string, fn: (path: string) => Promise<T>, options?: { signal?: AbortSignal }): Promise<T>;
  /** Checks that the store is reachable and usable (at start-up: a bad bucket or endpoint is a configuration error). */
  probe(): Promise<void>;
  /** Releases what the store holds (HTTP connections). */
  close(): void;
}

/** Keys: two hex characters of fan-out, then a UUID. */
export const BLOB_KEY_RE = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

export function newBlobKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}

export function assertBlobKey(key: string): string {
  if (!BLOB_KEY_RE.test(key)) throw new Error(`invalid blob key '${key}'`);
  return key;
}

/** A pass-through that counts bytes (`bytes`: not `size`, which lib-storage would take for a Blob's length), hashes them (SHA-256) and fails with BlobTooLargeError past `maxBytes`. */
export function createBlobMeter(maxBytes = Number.POSITIVE_INFINITY): Transform & { readonly bytes: number; sha256(): string } {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) return cb(new BlobTooLargeError(maxBytes));
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  Object.defineProperty(meter, 'bytes', { get: () => size });
  return Object.assign(meter, { sha256: () => hash.digest('hex') }) as Transform & { readonly bytes: number; sha256(): string };
}
