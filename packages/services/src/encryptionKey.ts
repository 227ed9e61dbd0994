import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError, type Config } from '@callcov/core';

export const ENCRYPTION_KEY_FILE = 'encryption.key';

/**
 * The key secrets are encrypted under: CALLCOV_ENCRYPTION_KEY when set; in production nothing else (refused without
 * it); otherwise the key file in the data dir, generated (32 random bytes as hex, mode 0600) on first use, so every
 * process sharing the data dir shares the key.
 */
export async function resolveEncryptionKey(config: Readonly<Config>): Promise<Buffer> {
  if (config.encryptionKey) return Buffer.from(config.encryptionKey, 'hex');
  if (config.env === 'production') {
    throw new ConfigError('CALLCOV_ENCRYPTION_KEY is required in production (32 random bytes as 64 hex characters: openssl rand -hex 32)');
  }
  const dir = resolve(config.dataDir);
  const file = join(dir, ENCRYPTION_KEY_FILE);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const hex = (await readFile(file, 'utf8')).trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new ConfigError(`${file} does not hold a key (64 hex characters)`);
  return Buffer.from(hex, 'hex');
}
