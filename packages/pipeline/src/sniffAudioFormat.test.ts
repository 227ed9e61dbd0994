import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sniffAudioFormat, sniffContent } from './sniffAudioFormat.ts';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

test('magic bytes of each audio container', () => {
  assert.equal(sniffAudioFormat(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')), 'wav');
  assert.equal(sniffAudioFormat(bytes('fLaC', [0, 0, 0, 34])), 'flac');
  assert.equal(sniffAudioFormat(bytes('OggS', [0, 2])), 'ogg');
  assert.equal(sniffAudioFormat(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f])), 'webm');
  assert.equal(sniffAudioFormat(bytes([0, 0, 0, 0x20], 'ftypM4A ', [0, 0, 0, 0])), 'm4a');
  assert.equal(sniffAudioFormat(bytes('ID3', [4, 0, 0])), 'mp3');
  assert.equal(sniffAudioFormat(bytes([0xff, 0xfb, 0x90, 0x64])), 'mp3');
  assert.equal(sniffAudioFormat(bytes([0xff, 0xf3, 0x44, 0xc4])), 'mp3');
});

test('obvious non-audio is named for the error message', () => {
  const kind = (s: string | number[]) => sniffContent(bytes(s));
  assert.deepEqual(kind('<!DOCTYPE html><html><head>'), { kind: 'not_audio', detected: 'text/html' });
  assert.deepEqual(kind('  <html lang="en"><body>'), { kind: 'not_audio', detected: 'text/html' });
  assert.deepEqual(kind('{"error":"not found"}'), { kind: 'not_audio', detected: 'application/json' });
  assert.deepEqual(kind('%PDF-1.7\n'), { kind: 'not_audio', detected: 'application/pdf' });
  assert.deepEqual(kind([0x50, 0x4b, 3, 4, 20, 0]), { kind: 'not_audio', detected: 'application/zip' });
  assert.deepEqual(kind('Hello, this is plain text.'), { kind: 'not_audio', detected: 'text/plain' });
  assert.deepEqual(kind([]), { kind: 'not_audio', detected: 'empty file' });
  assert.deepEqual(kind([0x00, 0x01, 0x9a, 0x80, 0x7f, 0x00]), { kind: 'unknown' });
});

test('property: never throws, and null exactly when sniffContent is not audio', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
    const f = sniffAudioFormat(b);
    const c = sniffContent(b);
    assert.equal(f === null, c.kind !== 'audio');
  }));
});
