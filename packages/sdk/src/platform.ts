/** Runtime hooks the Node entry fills in (file paths, Web Crypto on Node 18); the browser/edge entry needs neither. */
export interface Platform {
  readPath: ((path: string) => Promise<Blob>) | null;
  crypto: Crypto | null;
}

export const platform: Platform = {
  readPath: null,
  crypto: (globalThis as { crypto?: Crypto }).crypto ?? null,
};

export function webCrypto(): Crypto {
  const c = platform.crypto ?? (globalThis as { crypto?: Crypto }).crypto;
  if (!c?.subtle) throw new Error('Web Crypto is not available in this runtime (import "@callcov/sdk/node" on Node.js 18).');
  return c;
}

export function randomId(): string {
  const c = webCrypto();
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export const envVar = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
