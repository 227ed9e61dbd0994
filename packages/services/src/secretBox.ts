import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Stored form of an encrypted secret: `enc:v1:<iv>.<ciphertext>.<tag>` (base64url, AES-256-GCM, 12-byte iv). */
export const SEALED_PREFIX = 'enc:v1:';

export const isSealed = (stored: string): boolean => stored.startsWith(SEALED_PREFIX);

/** Encrypts secrets for the database and decrypts them back (DESIGN.md §1.9). */
export interface SecretBox {
  seal(plain: string): string;
  /** Decrypts a sealed value; a value stored before encryption existed (not sealed) is returned as it is. */
  open(stored: string): string;
}

/** AES-256-GCM under `key` (32 bytes). A tampered value or a different key makes `open` throw. */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the encryption key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${SEALED_PREFIX}${iv.toString('base64url')}.${data.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
    },
    open(stored) {
      if (!isSealed(stored)) return stored;
      const [iv, data, tag] = stored.slice(SEALED_PREFIX.length).split('.');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64url'));
        decipher.setAuthTag(Buffer.from(tag ?? '', 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(data ?? '', 'base64url')), decipher.final()]).toString('utf8');
      } catch (err) {
        throw new Error('a stored secret cannot be decrypted: CALLCOV_ENCRYPTION_KEY (or the data dir key file) is not the key it was encrypted with', { cause: err });
      }
    },
  };
}
