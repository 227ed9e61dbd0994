/**
 * Reads a WAV header's promise: where the data chunk starts, how many bytes it declares and the
 * byte rate. Lets probeAudio tell a truncated WAV (ffprobe silently clamps to the file size). Pure.
 */
export interface WavDeclared { dataOffset: number; dataBytes: number; byteRate: number }

export function readWavDeclared(head: Uint8Array): WavDeclared | null {
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const tag = (o: number) => String.fromCharCode(head[o], head[o + 1], head[o + 2], head[o + 3]);
  if (head.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  let off = 12;
  let byteRate = 0;
  while (off + 8 <= head.length) {
    const id = tag(off);
    const size = dv.getUint32(off + 4, true);
    if (id === 'fmt ' && off + 20 <= head.length) byteRate = dv.getUint32(off + 8 + 8, true);
    if (id === 'data') {
      // 0 and 0xFFFFFFFF mean "unknown length" (streamed recordings): nothing declared.
      if (size === 0 || size === 0xffffffff || !byteRate) return null;
      return { dataOffset: off + 8, dataBytes: size, byteRate };
    }
    off += 8 + size + (size % 2);
  }
  return null;
}
