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
