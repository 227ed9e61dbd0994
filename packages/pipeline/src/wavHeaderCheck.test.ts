import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readWavDeclared } from './wavHeaderCheck.ts';

const header = (dataBytes: number) => {
  const b = Buffer.alloc(44);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + dataBytes, 4);
  b.write('WAVE', 8);
  b.write('fmt ', 12);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(7, 20); // µ-law
  b.writeUInt16LE(2, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.write('data', 36);
  b.writeUInt32LE(dataBytes, 40);
  return b;
};

test('reads the declared data size and byte rate of a WAV header', () => {
  assert.deepEqual(readWavDeclared(header(32000)), { dataOffset: 44, dataBytes: 32000, byteRate: 16000 });
});

test('a header cut inside the fmt chunk is "nothing declared", not an exception (found by the decoder fuzz test)', () => {
  assert.equal(readWavDeclared(header(32000).subarray(0, 30)), null);
});

test('property: any bytes after a RIFF/WAVE tag never throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 80 }), (tail) => {
      const head = Buffer.concat([Buffer.from('RIFF\0\0\0\0WAVE'), tail]);
      const r = readWavDeclared(head);
      assert.ok(r === null || (r.dataBytes > 0 && r.byteRate > 0));
    }),
    { numRuns: 2000 },
  );
});
