/** Audio container formats recognised from their first bytes. */
export type AudioFormat = 'wav' | 'mp3' | 'flac' | 'ogg' | 'm4a' | 'webm';

export type SniffResult =
  | { kind: 'audio'; format: AudioFormat }
  | { kind: 'not_audio'; detected: string }
  | { kind: 'unknown' };

const ascii = (b: Uint8Array, from: number, len: number): string =>
  String.fromCharCode(...b.subarray(from, from + len));

/** Magic bytes -> audio format, or null when the bytes are not a known audio container. Pure. */
export function sniffAudioFormat(head: Uint8Array): AudioFormat | null {
  const r = sniffContent(head);
  return r.kind === 'audio' ? r.format : null;
}

/** Like sniffAudioFormat, but also names obvious non-audio content (for "file is not audio (detected text/html)"). */
export function sniffContent(head: Uint8Array): SniffResult {
  const b = head;
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WAVE') return { kind: 'audio', format: 'wav' };
  if (b.length >= 12 && ascii(b, 0, 4) === 'RF64' && ascii(b, 8, 4) === 'WAVE') return { kind: 'audio', format: 'wav' };
  if (b.length >= 4 && ascii(b, 0, 4) === 'fLaC') return { kind: 'audio', format: 'flac' };
  if (b.length >= 4 && ascii(b, 0, 4) === 'OggS') return { kind: 'audio', format: 'ogg' };
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return { kind: 'audio', format: 'webm' };
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    if (/^(M4A |M4B |mp4[12]|isom|iso[2-9]|dash|3gp[4-6]|qt  |MSNV|avc1)$/.test(brand)) return { kind: 'audio', format: 'm4a' };
    return { kind: 'audio', format: 'm4a' };
  }
  if (b.length >= 3 && ascii(b, 0, 3) === 'ID3') return sniffAfterId3(b);
  // MPEG audio frame sync: 11 set bits, layer != reserved, bitrate index != 15.
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && (b[1] & 0x06) !== 0 && (b[1] & 0x18) !== 0x08) {
    if (b.length < 3 || (b[2] & 0xf0) !== 0xf0) return { kind: 'audio', format: 'mp3' };
  }
  const notAudio = detectNonAudio(b);
  return notAudio ? { kind: 'not_audio', detected: notAudio } : { kind: 'unknown' };
}

/**
 * An ID3v2 tag says nothing about what follows it (ffmpeg's own probe skips it and looks again, which is how a
 * playlist or concat script hides behind one). Judge the bytes after the tag: another audio container is that
 * container, text or another known non-audio type is refused, and anything else (MPEG frames, or a tag longer than
 * the head) counts as mp3 (the decoder is then told it is mp3, never left to guess).
 */
function sniffAfterId3(b: Uint8Array): SniffResult {
  if (b.length < 10) return { kind: 'audio', format: 'mp3' };
  const size = ((b[6] & 0x7f) << 21) | ((b[7] & 0x7f) << 14) | ((b[8] & 0x7f) << 7) | (b[9] & 0x7f);
  const end = 10 + size + (b[5] & 0x10 ? 10 : 0);
  const rest = b.subarray(Math.min(end, b.length));
  if (rest.length === 0) return { kind: 'audio', format: 'mp3' };
  const after = sniffContent(rest);
  if (after.kind === 'not_audio') return { kind: 'not_audio', detected: `${after.detected} after an ID3 tag` };
  if (after.kind === 'audio') return after;
  return { kind: 'audio', format: 'mp3' };
}

function detectNonAudio(b: Uint8Array): string | null {
  if (b.length === 0) return 'empty file';
  if (b.length >= 4 && ascii(b, 0, 4) === '%PDF') return 'application/pdf';
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7)) return 'application/zip';
  if (b.length >= 3 && b[0] === 0x1f && b[1] === 0x8b) return 'application/gzip';
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 6 && /^GIF8[79]a$/.test(ascii(b, 0, 6))) return 'image/gif';
  // Text-like: decode the head as UTF-8 and look at it.
  let start = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
  const slice = b.subarray(start, Math.min(b.length, start + 512));
  let printable = 0;
  for (const c of slice) if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c !== 0x7f)) printable++;
  if (slice.length === 0 || printable / slice.length < 0.95) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(slice).trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /<(head|body|title)[\s>]/.test(text)) return 'text/html';
  if (text.startsWith('<?xml') || text.startsWith('<')) return 'application/xml';
  if (text.startsWith('{') || text.startsWith('[')) return 'application/json';
  return 'text/plain';
}
