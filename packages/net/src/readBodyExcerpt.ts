/**
 * Reads at most `maxBytes` of a response body and stops (the rest is never read; the stream is destroyed, so the
 * connection is closed rather than drained). A body that fits is consumed completely, keeping the connection reusable.
 */
import type { Readable } from 'node:stream';

export interface BodyExcerpt {
  /** UTF-8 text of the first maxBytes bytes (an incomplete trailing character is dropped). */
  text: string;
  /** Bytes included in `text`'s source. */
  bytes: number;
  /** True when the body had more than maxBytes bytes. */
  truncated: boolean;
}

export async function readBodyExcerpt(body: Readable, maxBytes: number): Promise<BodyExcerpt> {
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = maxBytes - total;
    if (chunk.length > room) {
      if (room > 0) chunks.push(chunk.subarray(0, room));
      total += Math.max(room, 0);
      truncated = true;
      break; // leaving the loop destroys the stream: nothing more is read
    }
    chunks.push(chunk);
    total += chunk.length;
  }
  if (truncated && !body.destroyed) body.destroy();
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks, total), { stream: truncated });
  return { text, bytes: total, truncated };
}
