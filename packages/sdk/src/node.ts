/** The Node.js entry: everything in the main entry, plus uploads from file paths and Web Crypto on Node 18. */
import { readFile } from 'node:fs/promises';
import * as nodeCrypto from 'node:crypto';
import { platform } from './platform.ts';

platform.readPath = async (path: string): Promise<Blob> => {
  const fs = (await import('node:fs')) as { openAsBlob?: (p: string) => Promise<Blob> };
  if (typeof fs.openAsBlob === 'function') return fs.openAsBlob(path); // Node >= 19.8: not read into memory
  return new Blob([await readFile(path)]);
};
platform.crypto ??= nodeCrypto.webcrypto as unknown as Crypto;

export * from './index.ts';
