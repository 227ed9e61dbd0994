/** Prefixed identifiers. Randomness is injected so that this module stays pure. */

export type RandomBytes = (size: number) => Uint8Array;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUuid = (value: string): boolean => UUID_RE.test(value);

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The 16 bytes of a UUIDv7 as 32 hex digits (hot paths: plain arithmetic and a lookup table, no BigInt). */
function uuidv7Hex(nowMs: number, randomBytes: RandomBytes): string {
  const bytes = randomBytes(16);
  let ms = Math.floor(nowMs);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let hex = '';
  for (let i = 0; i < 16; i++) hex += HEX[bytes[i]!];
  return hex;
}

/** A UUIDv7: time-ordered, so ids created later sort later (handy for cursors and indexes). */
export function uuidv7(nowMs: number, randomBytes: RandomBytes): string {
  const hex = uuidv7Hex(nowMs, randomBytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random token over [A-Za-z0-9], unbiased (rejection sampling). */
export function randomToken(length: number, randomBytes: RandomBytes): string {
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < 248) out += ALPHABET[b % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

export type KeyMode = 'test' | 'live';

export const newApiKey = (mode: KeyMode, randomBytes: RandomBytes): string => `sk_${mode}_${randomToken(40, randomBytes)}`;

export function parseApiKeyMode(key: string): KeyMode | null {
  if (key.startsWith('sk_test_') && key.length >= 40) return 'test';
  if (key.startsWith('sk_live_') && key.length >= 40) return 'live';
  return null;
}

/** `whsec_` + base64 of 32 random bytes (the Standard Webhooks secret format). */
export const newWebhookSecret = (randomBytes: RandomBytes): string =>
  `whsec_${Buffer.from(randomBytes(32)).toString('base64')}`;

export const newPrefixedId = (prefix: string, nowMs: number, randomBytes: RandomBytes): string => `${prefix}_${uuidv7Hex(nowMs, randomBytes)}`;
