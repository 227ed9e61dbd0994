// Normalised per-segment text for the built-in check detectors: lower case, accents folded
// (ñ kept), apostrophes dropped, punctuation turned into spaces, single spaces, padded with a
// space on both sides so that `/ word /`-style tests and `\b` regexes both work.
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { foldAccents } from '../tokenise.ts';

export function normaliseText(text: string): string {
  const folded = foldAccents(text.toLowerCase()).replace(/['’`´]/g, '');
  return ` ${folded.replace(/[^a-z0-9ñ]+/g, ' ').trim()} `;
}

const cache = new WeakMap<PreparedTranscript, string[]>();

/** normalised text of every segment of the call (cached per prepared transcript) */
export function segmentTexts(pt: PreparedTranscript): string[] {
  let out = cache.get(pt);
  if (!out) {
    out = pt.segments.map((s) => normaliseText(s.text));
    cache.set(pt, out);
  }
  return out;
}
