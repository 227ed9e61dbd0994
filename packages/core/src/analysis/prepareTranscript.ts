// The prepared transcript every evaluator works on: tokens per segment, display
// (redacted) texts for quotes, placeholders from metadata, and phrase search with
// speaker and time-window filters that returns evidence.
import type { AnalysisLanguage, Evidence, PhraseGroup, Speaker, TranscriptSegment } from './schemas.ts';
import type { Token } from './tokenise.ts';
import { compilePhrase, matchPhrase } from './matchPhrase.ts';
import type { CompiledPhrase } from './matchPhrase.ts';

export interface PreparedTranscript {
  language: AnalysisLanguage;
  segments: TranscriptSegment[];
  tokens: Token[][];
  /** texts with PII replaced by tags: always used for quotes */
  quoteTexts: string[];
  durationSeconds: number;
  placeholders: Record<string, string>;
  metadata: Record<string, unknown>;
  /** per segment: tokens of this segment followed by the same speaker's next segment when it continues the sentence */
  unitCache: Map<number, Token[]>;
  compiledCache: Map<string, CompiledPhrase | null>;
}

export interface SegmentFilter {
  speaker?: Speaker | 'any';
  fromSeconds?: number;
  toSeconds?: number;
  /** segment index must be below this (or equal, with the match before `beforeToken`) */
  beforeSegment?: number;
  beforeToken?: number;
}

export interface FoundPhrase {
  segment: number;
  phrase: string;
  score: number;
  negated: boolean;
  /** token index in the segment where the match starts */
  token: number;
}

const CONTINUATION_GAP_SECONDS = 2;

export function preparePlaceholders(metadata: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = metadata[k];
      if (typeof v === 'string' && v.trim()) return v.trim();
    }
    return undefined;
  };
  const agent = pick('agent_name');
  const company = pick('company_name', 'company');
  if (agent) out.agent_name = agent;
  if (company) out.company_name = company;
  return out;
}

function unitTokens(pt: PreparedTranscript, i: number): Token[] {
  let unit = pt.unitCache.get(i);
  if (unit) return unit;
  unit = pt.tokens[i];
  const next = pt.segments[i + 1];
  const seg = pt.segments[i];
  if (next && next.speaker === seg.speaker && next.start - seg.end <= CONTINUATION_GAP_SECONDS && pt.tokens[i + 1].length) {
    const shift = (unit[unit.length - 1]?.clause ?? 0) + 1;
    unit = unit.concat(pt.tokens[i + 1].map((t) => ({ ...t, clause: t.clause + shift, from: -1, to: -1 })));
  }
  pt.unitCache.set(i, unit);
  return unit;
}

export function compiled(pt: PreparedTranscript, phrase: string): CompiledPhrase | null {
  const key = phrase;
  if (pt.compiledCache.has(key)) return pt.compiledCache.get(key)!;
  const c = compilePhrase(phrase, pt.language, pt.placeholders);
  pt.compiledCache.set(key, c);
  return c;
}

export function segmentPasses(pt: PreparedTranscript, i: number, f: SegmentFilter): boolean {
  const s = pt.segments[i];
  if (f.speaker && f.speaker !== 'any' && s.speaker !== f.speaker) return false;
  if (f.fromSeconds !== undefined && s.end < f.fromSeconds) return false;
  if (f.toSeconds !== undefined && s.start > f.toSeconds) return false;
  if (f.beforeSegment !== undefined && i > f.beforeSegment) return false;
  return true;
}

/** Every match of any phrase of the group in segments passing the filter (negated ones included, flagged). */
export function findPhrases(
  pt: PreparedTranscript,
  phrases: string[],
  filter: SegmentFilter,
  opts: { minSimilarity?: number; firstOnly?: boolean } = {},
): FoundPhrase[] {
  const found: FoundPhrase[] = [];
  const list = phrases.map((p) => compiled(pt, p)).filter((c): c is CompiledPhrase => c !== null);
  if (list.length === 0) return found;
  for (let i = 0; i < pt.segments.length; i++) {
    if (!segmentPasses(pt, i, filter)) continue;
    const own = pt.tokens[i].length;
    if (own === 0) continue;
    const unit = unitTokens(pt, i);
    let limit = own;
    if (filter.beforeSegment === i && filter.beforeToken !== undefined) limit = Math.min(limit, filter.beforeToken);
    if (limit <= 0) continue;
    let segHit = false;
    for (const c of list) {
      for (const m of matchPhrase(unit, c, pt.language, opts.minSimilarity ?? 0.8, limit)) {
        found.push({ segment: i, phrase: c.text, score: m.score, negated: m.negated, token: m.from });
        if (!m.negated) segHit = true;
      }
      if (segHit && opts.firstOnly) break;
    }
    if (segHit && opts.firstOnly) return found;
  }
  return found;
}

export function firstMatch(pt: PreparedTranscript, group: PhraseGroup, filter: SegmentFilter, minSimilarity?: number): { hit: FoundPhrase | null; negated: FoundPhrase[] } {
  const all = findPhrases(pt, group.any_of, { ...filter, speaker: group.speaker ?? filter.speaker }, { minSimilarity, firstOnly: true });
  const hits = all.filter((f) => !f.negated).sort((a, b) => a.segment - b.segment || b.score - a.score);
  return { hit: hits[0] ?? null, negated: all.filter((f) => f.negated) };
}

const QUOTE_MAX = 200;

export function evidenceFor(pt: PreparedTranscript, i: number): Evidence {
  const s = pt.segments[i];
  let quote = pt.quoteTexts[i].trim();
  // a long segment is quoted by its opening words: always a verbatim piece of the (masked) segment text
  if (quote.length > QUOTE_MAX) quote = quote.slice(0, quote.lastIndexOf(' ', QUOTE_MAX) > 0 ? quote.lastIndexOf(' ', QUOTE_MAX) : QUOTE_MAX);
  return { segment: i, speaker: s.speaker, start: s.start, end: s.end, quote };
}

export function uniqueEvidence(pt: PreparedTranscript, indices: number[], max = 5): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const i of indices) {
    if (seen.has(i)) continue;
    seen.add(i);
    out.push(evidenceFor(pt, i));
    if (out.length >= max) break;
  }
  return out;
}

export function formatTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
