import { open, type FileHandle } from 'node:fs/promises';

/** Streams 16-bit mono PCM to a WAV file; the header's sizes are patched on close. */
export interface WavFileWriter {
  readonly path: string;
  write(samples: Int16Array): Promise<void>;
  close(): Promise<{ samples: number }>;
}

export function wavHeader(sampleRate: number, channels: number, dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(Math.min(0xffffffff, 36 + dataBytes), 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * channels * 2, 28);
  h.writeUInt16LE(channels * 2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(Math.min(0xffffffff, dataBytes), 40);
  return h;
}

/**
 * Each write completes before it returns, so callers may reuse their sample buffers (no per-chunk
 * allocations: keeps a long decode's memory flat).
 */
export function createWavFileWriter(path: string, sampleRate: number): WavFileWriter {
  let bytes = 0;
  let fh: FileHandle | null = null;
  let closed = false;
  const opened = open(path, 'w').then(async (h) => {
    fh = h;
    await h.write(wavHeader(sampleRate, 1, 0), 0, 44, 0);
    return h;
  });
  return {
    path,
    async write(samples) {
      const h = await opened;
      const view = new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
      let off = 0;
      while (off < view.length) {
        const { bytesWritten } = await h.write(view, off, view.length - off, 44 + bytes + off);
        off += bytesWritten;
      }
      bytes += view.length;
    },
    async close() {
      if (closed) return { samples: bytes / 2 };
      closed = true;
      const h = await opened.catch(() => null);
      if (!h) return { samples: 0 };
      try {
        await h.write(wavHeader(sampleRate, 1, bytes), 0, 44, 0);
      } finally {
        await (fh as FileHandle | null)?.close();
      }
      return { samples: bytes / 2 };
    },
  };
}
