import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 16 * 1024;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * Cryptographically random bytes from a pool refilled 16 KB at a time (as Node does for randomUUID), for ids made on
 * hot paths: one getrandom call per thousand ids instead of one each. Not for secrets and keys (use randomBytes).
 */
export function pooledRandomBytes(size: number): Uint8Array {
  if (size > POOL_SIZE) return randomFillSync(Buffer.alloc(size));
  if (offset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_SIZE));
    offset = 0;
  }
  const out = Uint8Array.prototype.slice.call(pool, offset, offset + size);
  offset += size;
  return out;
}
