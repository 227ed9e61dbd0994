import { createWriteStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';

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

export function createWavFileWriter(path: string, sampleRate: number): WavFileWriter {
  const ws: WriteStream = createWriteStream(path);
  let bytes = 0;
  let failed: Error | null = null;
  ws.on('error', (e) => { failed = e; });
  ws.write(wavHeader(sampleRate, 1, 0));
  return {
    path,
    async write(samples) {
      if (failed) throw failed;
      bytes += samples.byteLength;
      const buf = Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
      if (!ws.write(Buffer.from(buf))) await once(ws, 'drain');
    },
    async close() {
      ws.end();
      if (!ws.closed) await once(ws, 'close');
      if (failed) throw failed;
      const fh = await open(path, 'r+');
      try {
        await fh.write(wavHeader(sampleRate, 1, bytes), 0, 44, 0);
      } finally {
        await fh.close();
      }
      return { samples: bytes / 2 };
    },
  };
}
