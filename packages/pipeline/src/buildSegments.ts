import type { AsrWord } from './AsrEngine.ts';
import { round3 } from './energyVad.ts';

export type Speaker = 'Agent' | 'Customer';
export interface SpeakerWord extends AsrWord { speaker: Speaker }
export interface TranscriptSegment {
  speaker: Speaker;
  text: string;
  start: number;
  end: number;
  confidence: number;
  words: AsrWord[];
}

/**
 * Groups words into speaker turns. Each speaker's words form one segment until they pause for at
 * least `maxPauseSeconds`, or until the other speaker has said at least `interruptWords` words since
 * (so a stray one-word backchannel on the other channel does not cut a turn in two). Segments of the
 * two speakers may overlap (overtalk). Output is ordered by start time. Pure.
 */
export function buildSegments(words: SpeakerWord[], opts: { maxPauseSeconds?: number; interruptWords?: number } = {}): TranscriptSegment[] {
  const maxPause = opts.maxPauseSeconds ?? 1.5;
  const interrupt = opts.interruptWords ?? 2;
  const sorted = [...words].sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: TranscriptSegment[] = [];
  const current = new Map<Speaker, TranscriptSegment>();
  const othersSince = new Map<Speaker, number>();
  for (const w of sorted) {
    const word: AsrWord = { word: w.word, start: round3(w.start), end: round3(w.end), confidence: round3(w.confidence) };
    const cur = current.get(w.speaker);
    if (cur && w.start - cur.end < maxPause && (othersSince.get(w.speaker) ?? 0) < interrupt) {
      cur.words.push(word);
      cur.end = Math.max(cur.end, word.end);
    } else {
      const seg: TranscriptSegment = { speaker: w.speaker, text: '', start: word.start, end: word.end, confidence: 0, words: [word] };
      current.set(w.speaker, seg);
      segments.push(seg);
    }
    othersSince.set(w.speaker, 0);
    for (const [sp, n] of othersSince) if (sp !== w.speaker) othersSince.set(sp, n + 1);
    for (const sp of current.keys()) if (sp !== w.speaker && !othersSince.has(sp)) othersSince.set(sp, 1);
  }
  for (const s of segments) {
    s.text = joinWords(s.words.map((w) => w.word));
    s.confidence = round3(s.words.reduce((a, w) => a + w.confidence, 0) / s.words.length);
  }
  return segments.sort((a, b) => a.start - b.start);
}

/** Joins recognised words into a sentence-ish string (capitalised first letter). */
export function joinWords(words: string[]): string {
  const text = words.join(' ').replace(/\s+([,.!?;:])/g, '$1').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
