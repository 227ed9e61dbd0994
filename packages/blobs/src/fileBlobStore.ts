import { once } from 'node:events';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class BlobTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`file is larger than the ${limit}-byte limit`);
    this.name = 'BlobTooLargeError';
    this.limit = limit;
  }
}

export interface StoredBlob {
  key: string;
  size: number;
  sha256: string;
}

/**
 * Audio and other large objects, as files under one folder (written to a temp name, then renamed: never half a file).
 * Files are created 0600 and folders 0700: recordings are readable by the server's user only.
 */
export interface BlobStore {
  put(stream: Readable, options?: { maxBytes?: number }): Promise<StoredBlob>;
  path(key: string): string;
  open(key: string): Readable;
  size(key: string): Promise<number | null>;
  delete(key: string): Promise<void>;
}

const KEY_RE = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

export function createFileBlobStore(root: string): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!KEY_RE.test(key)) throw new Error(`invalid blob key '${key}'`);
    return join(base, key);
  };
  return {
    async put(stream, options = {}) {
      const id = randomUUID();
      const key = `${id.slice(0, 2)}/${id}`;
      const dest = pathOf(key);
      await mkdir(join(base, key.slice(0, 2)), { recursive: true, mode: 0o700 });
      const tmp = `${dest}.part`;
      const hash = createHash('sha256');
      let size = 0;
      const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          size += chunk.length;
          if (size > max) return cb(new BlobTooLargeError(max));
          hash.update(chunk);
          cb(null, chunk);
        },
      });
      const out = createWriteStream(tmp, { mode: 0o600 });
      try {
        await pipeline(stream, meter, out);
        await rename(tmp, dest);
      } catch (err) {
        // The write stream opens its file asynchronously; wait until it is closed so the rm is final.
        if (!out.closed) await once(out, 'close').catch(() => undefined);
        await rm(tmp, { force: true });
        throw err;
      }
      return { key, size, sha256: hash.digest('hex') };
    },
    path: pathOf,
    open: (key) => createReadStream(pathOf(key)),
    async size(key) {
      try {
        return (await stat(pathOf(key))).size;
      } catch {
        return null;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
