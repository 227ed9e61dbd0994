/** The Node.js entry: everything in the main entry, plus uploads from file paths and Web Crypto on Node 18. */
import { readFile } from 'node:fs/promises';
import * as nodeCrypto from 'node:crypto';
import { platform } from './platform.ts';
import { CallCovError } from './errors.ts';

platform.readPath = async (path: string): Promise<Blob> => {
  const fs = (await import('node:fs')) as { openAsBlob?: (p: string) => Promise<Blob>; promises: { stat(p: string): Promise<{ isFile(): boolean }> } };
  try {
    // a missing or unreadable file is named in the error, before any request is made
    if (!(await fs.promises.stat(path)).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    if (typeof fs.openAsBlob === 'function') return await fs.openAsBlob(path); // Node >= 19.8: not read into memory
    return new Blob([await readFile(path)]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'not a regular file' : (err as Error).message;
    throw new CallCovError({ message: `Cannot upload '${path}': ${why}.`, cause: err });
  }
};
platform.crypto ??= nodeCrypto.webcrypto as unknown as Crypto;

export * from './index.ts';
