import { resolve } from 'node:path';
import type { AudioFormat } from './sniffAudioFormat.ts';

/** The ffmpeg demuxer for each container our sniff recognises. */
const DEMUXER: Record<AudioFormat, string> = { wav: 'wav', mp3: 'mp3', flac: 'flac', ogg: 'ogg', m4a: 'mov', webm: 'matroska' };

/** Real audio containers only: no playlist (hls), script (concat, ffconcat), image or raw demuxer can ever open. */
export const FFMPEG_FORMAT_WHITELIST = 'wav,mp3,flac,ogg,mov,mp4,m4a,3gp,3g2,mj2,matroska,webm';

/**
 * ffmpeg / ffprobe input arguments for a local recording: the demuxer is the one our own sniff chose (ffmpeg never
 * guesses), only the `file` protocol may open anything (no http:, concat:, subfile:, data: …), and the demuxer list is
 * limited to real audio containers. The path is given as `file:<absolute path>` so no part of it reads as a protocol.
 */
export function ffmpegInputArgs(path: string, format: AudioFormat): string[] {
  return ['-protocol_whitelist', 'file', '-format_whitelist', FFMPEG_FORMAT_WHITELIST, '-f', DEMUXER[format], '-i', `file:${resolve(path)}`];
}
