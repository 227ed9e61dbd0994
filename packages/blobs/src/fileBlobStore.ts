import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BlobNotFoundError, assertBlobKey, createBlobMeter, newBlobKey, type BlobStore } from './blobStore.ts';

export interface FileBlobStore extends BlobStore {
  readonly kind: 'file';
  /** The file that holds `key` (whether or not it exists). */
  path(key: string): string;
}

/**
 * Objects as files under one folder (written to a temp name, then renamed: never half a file).
 * Files are created 0600 and folders 0700: recordings are readable by the server's user only.
 * Only processes that mount this folder see the objects: for several hosts use object storage (createS3BlobStore).
 */
export function createFileBlobStore(root: string): FileBlobStore {
  const base = resolve(root);
  const pathOf = (key: string) => join(base, assertBlobKey(key));
  const exists = async (key: string) => {
    try {
      return (await stat(pathOf(key))).isFile();
    } catch {
      return false;
    }
  };
  const missing = (key: string) => new BlobNotFoundError(key, `the local blob folder ${base}`);
  return {
    kind: 'file',
    location: base,
    async put(stream, options = {}) {
      const key = newBlobKey();
      const dest = pathOf(key);
      await mkdir(join(base, key.slice(0, 2)), { recursive: true, mode: 0o700 });
      const tmp = `${dest}.part`;
      const meter = createBlobMeter(options.maxBytes);
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
      return { key, size: meter.bytes, sha256: meter.sha256() };
    },
    path: pathOf,
    async open(key, range) {
      const path = pathOf(key);
      const stream = createReadStream(path, range ? { start: range.start, end: range.end } : {});
      // resolve once the file is open, so a missing one is a BlobNotFoundError here and not a stream error later
      await new Promise<void>((ok, fail) => {
        stream.once('open', () => ok());
        stream.once('error', (err: NodeJS.ErrnoException) => fail(err.code === 'ENOENT' ? missing(key) : err));
      });
      return stream;
    },
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
    async withLocalFile(key, fn) {
      if (!(await exists(key))) throw missing(key);
      return fn(pathOf(key));
    },
    async probe() {
      await mkdir(base, { recursive: true, mode: 0o700 });
    },
    close() {},
  };
}
