/** Counts open event streams per API key in this process, so one key cannot hold an unbounded number of them. */
export function makeStreamSlots(maxPerKey: number) {
  const open = new Map<string, number>();
  return {
    /** Takes a slot for `keyId`; false when the key already holds `maxPerKey` streams. */
    tryAcquire(keyId: string): boolean {
      const n = open.get(keyId) ?? 0;
      if (n >= maxPerKey) return false;
      open.set(keyId, n + 1);
      return true;
    },
    release(keyId: string): void {
      const n = (open.get(keyId) ?? 1) - 1;
      if (n <= 0) open.delete(keyId);
      else open.set(keyId, n);
    },
  };
}
