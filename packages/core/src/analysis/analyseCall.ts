// The analysis engine's entry point: transcript in, compliance / quality / coaching out.
// Pure and deterministic: no I/O, no clock, no randomness.
import type { AnalyseCallInput, AnalyseCallOutput, AnalysisLanguage, TranscriptSegment, WordTiming } from './schemas.ts';
import { detectLanguage } from './detectLanguage.ts';
import { tokenise, normaliseWord } from './tokenise.ts';
import { detectPii, redactTexts, PII_TAGS } from './detectPii.ts';
import type { PiiFinding } from './detectPii.ts';
import { computeQualityMetrics } from './computeQualityMetrics.ts';
import { evaluatePolicy } from './evaluatePolicy.ts';
import { evaluateScorecard } from './evaluateScorecard.ts';
import { buildCoaching } from './buildCoaching.ts';
import { summariseCall } from './summariseCall.ts';
import { preparePlaceholders } from './prepareTranscript.ts';
import type { PreparedTranscript } from './prepareTranscript.ts';
import { COMPLIANCE_DEFAULT } from './packs/complianceDefault.ts';
import { SCORECARD_DEFAULT } from './packs/scorecardDefault.ts';
import { readNumberAt } from './spokenNumbers.ts';
import { rememberPiiFindings } from './checks/pciCardData.ts';

function cleanSegments(segments: TranscriptSegment[]): TranscriptSegment[] {
  return segments.map((s) => {
    const start = Number.isFinite(s.start) ? Math.max(0, s.start) : 0;
    const end = Number.isFinite(s.end) ? Math.max(start, s.end) : start;
    return { ...s, text: typeof s.text === 'string' ? s.text : '', start, end };
  });
}

/** Words of a redacted segment: exact when words align 1:1 with tokens, otherwise every number-like or email-like word is masked. */
function redactWords(words: WordTiming[], original: string, findings: PiiFinding[], segIndex: number, language: AnalysisLanguage): WordTiming[] {
  const spans = findings.flatMap((f) => f.spans.filter((s) => s.segment === segIndex).map((s) => ({ ...s, tag: PII_TAGS[f.type] })));
  if (spans.length === 0) return words;
  const toks = tokenise(original, language);
  if (toks.length === words.length) {
    return words.map((w, k) => {
      const sp = spans.find((s) => toks[k].from < s.to && s.from < toks[k].to);
      return sp ? { ...w, word: sp.tag } : w;
    });
  }
  return words.map((w) => {
    const wt = tokenise(w.word, language);
    const sensitive = w.word.includes('@') || wt.some((_, k) => readNumberAt(wt, k, language) !== null) || /\d/.test(normaliseWord(w.word));
    return sensitive ? { ...w, word: '[REDACTED]' } : w;
  });
}

export function analyseCall(input: AnalyseCallInput): AnalyseCallOutput {
  const segments = cleanSegments(input.segments ?? []);
  const fullText = segments.map((s) => s.text).join('\n');
  const language: AnalysisLanguage = input.language === 'en' || input.language === 'es' ? input.language : detectLanguage(fullText);
  const tokens = segments.map((s) => tokenise(s.text, language));
  const pii = detectPii(segments, language, tokens);
  const redactedTexts = redactTexts(segments, pii);
  const redact = input.redactPii === true;
  const metadata = input.metadata ?? {};
  const lastEnd = segments.reduce((m, s) => Math.max(m, s.end), 0);
  const duration = input.durationSeconds != null && input.durationSeconds > 0 ? input.durationSeconds : lastEnd;

  const pt: PreparedTranscript = {
    language,
    segments,
    tokens,
    quoteTexts: redactedTexts,
    durationSeconds: duration,
    placeholders: preparePlaceholders(metadata),
    metadata,
    unitCache: new Map(),
    compiledCache: new Map(),
  };
  const policy = input.policy ?? COMPLIANCE_DEFAULT;
  const scorecard = input.scorecard ?? SCORECARD_DEFAULT;
  const metrics = computeQualityMetrics(segments, input.silences ?? null, duration, { language, tokens });
  rememberPiiFindings(pt, pii);
  const { result: compliance, checks } = evaluatePolicy(pt, policy, pii, redact);
  const quality = evaluateScorecard(pt, scorecard, metrics);
  const summary = summariseCall(pt, quality, compliance);
  const coaching = buildCoaching(pt, checks, policy, quality, scorecard, summary);

  const outSegments: TranscriptSegment[] = segments.map((s, i) => {
    if (!redact || redactedTexts[i] === s.text) return s;
    const out: TranscriptSegment = { ...s, text: redactedTexts[i] };
    if (s.words) out.words = redactWords(s.words, s.text, pii, i, language);
    return out;
  });
  const text = outSegments.map((s) => `${s.speaker}: ${s.text}`).join('\n');
  return { language, results: { compliance, quality, coaching }, segments: outSegments, text };
}
