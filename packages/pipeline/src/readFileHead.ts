import { open } from 'node:fs/promises';

/** The first `bytes` bytes of a file (fewer when the file is shorter). */
export async function readFileHead(path: string, bytes = 4096): Promise<Uint8Array> {
  const head = new Uint8Array(bytes);
  const fh = await open(path, 'r');
  try {
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
