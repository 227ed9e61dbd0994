import { webCrypto } from '../platform.ts';

/** HMAC-SHA256 with Web Crypto (Node >= 18, Deno, Bun, Workers, browsers). */

const utf8 = new TextEncoder();

export type RawBody = string | Uint8Array | ArrayBuffer;

export function bodyBytes(body: RawBody): Uint8Array {
  if (typeof body === 'string') return utf8.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return body;
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export const bytesToHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function hexToBytes(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export const hmacKey = (key: Uint8Array): Promise<CryptoKey> =>
  webCrypto().subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);

export async function hmacSha256(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await webCrypto().subtle.sign('HMAC', await hmacKey(key), message as BufferSource));
}

/** Constant-time check (Web Crypto's HMAC verify) that `mac` is HMAC-SHA256(key, message). */
export async function hmacVerify(key: CryptoKey, mac: Uint8Array, message: Uint8Array): Promise<boolean> {
  if (mac.byteLength !== 32) return false;
  return webCrypto().subtle.verify('HMAC', key, mac as BufferSource, message as BufferSource);
}

/** The Standard Webhooks key: base64-decode of the secret without `whsec_`. */
export const standardWebhooksKeyBytes = (secret: string): Uint8Array => base64ToBytes(secret.startsWith('whsec_') ? secret.slice(6) : secret);

/** The guide's key: the whole secret string as UTF-8. */
export const callCovSignatureKeyBytes = (secret: string): Uint8Array => utf8.encode(secret);

export const signedContent = (msgId: string, timestamp: number | string, body: Uint8Array): Uint8Array =>
  concatBytes(utf8.encode(`${msgId}.${timestamp}.`), body);
