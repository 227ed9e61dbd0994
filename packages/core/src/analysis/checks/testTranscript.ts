// Test helper: a PreparedTranscript from (speaker, text) lines, as analyseCall would build it.
import type { AnalysisLanguage, TranscriptSegment } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { tokenise } from '../tokenise.ts';

export type Line = [speaker: 'A' | 'C', text: string] | [speaker: 'A' | 'C', text: string, start: number];

export function transcript(language: AnalysisLanguage, lines: Line[], step = 5): PreparedTranscript {
  let t = 0;
  const segments: TranscriptSegment[] = lines.map(([sp, text, start]) => {
    if (start !== undefined) t = start;
    const s = { speaker: sp === 'A' ? ('Agent' as const) : ('Customer' as const), text, start: t, end: t + step - 0.5 };
    t += step;
    return s;
  });
  return {
    language,
    segments,
    tokens: segments.map((s) => tokenise(s.text, language)),
    quoteTexts: segments.map((s) => s.text),
    durationSeconds: t,
    placeholders: {},
    metadata: {},
    unitCache: new Map(),
    compiledCache: new Map(),
  };
}

/** Test helper: segments from "A: …" / "C: …" lines, timed at about 2.5 words a second with 0.6 s gaps. */
export function callSegments(lines: string[]): TranscriptSegment[] {
  let t = 0;
  return lines.map((l) => {
    const speaker = l.startsWith('A:') ? ('Agent' as const) : ('Customer' as const);
    const text = l.slice(2).trim();
    const dur = Math.max(1, text.split(/\s+/).length / 2.5);
    const seg: TranscriptSegment = { speaker, text, start: t, end: t + dur };
    t += dur + 0.6;
    return seg;
  });
}
