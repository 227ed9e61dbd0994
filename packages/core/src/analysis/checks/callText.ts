// Normalised per-segment text for the built-in check detectors: lower case, accents folded
// (ñ kept), apostrophes dropped, punctuation turned into spaces, single spaces, padded with a
// space on both sides so that `/ word /`-style tests and `\b` regexes both work. Hesitations ("uh", "um", "eh",
// "mm", and "este" where it cannot be a demonstrative) are dropped: "le mm atiende Jorge" is "le atiende Jorge" to
// every check ("mhm", a yes, is kept). The
// recogniser's "your" for "you're" is read as "youre" where only that makes sense ("your welcome", "your on the plan").
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { foldAccents } from '../tokenise.ts';

const HESITATION = / (?:u+h+|u+h*m+|e+r+m*|e+h+m*|e+m+|m{2,}|h+m+)(?= )/g;

/** Latin American "este" as a hesitation: where the demonstrative cannot stand ("algo este más", "le este paso") */
const ESTE_FILLER = / este(?= (?:mas|que|en|del?|la|el|los|las|un|una|se|le|les|lo|no|si|yo|usted|pues|bueno|o|y|a|con|por|para|me|te|nos|su|sus|mi|mis|tu|este|eh|ya|asi|como|cuando|porque|pero) )/g;
const YOURE = / your (?=(?:on|in|at|not|going|gonna|welcome|very welcome|most welcome|all set|calling|speaking|through|covered|eligible|behind|booked|enrolled|approved|correct|being|so|such|a|an|the|just|still|now|already|currently) )/g;

export function normaliseText(text: string): string {
  const folded = foldAccents(text.toLowerCase()).replace(/['’`´]/g, '');
  const spaced = ` ${folded.replace(/[^a-z0-9ñ]+/g, ' ').trim()} `;
  return spaced.replace(HESITATION, '').replace(ESTE_FILLER, '').replace(YOURE, ' youre ');
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
