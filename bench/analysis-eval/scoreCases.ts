// Scores the analysis engine on labelled calls (the evaluation corpus, or a customer's reviewed calls exported as
// NDJSON): per check and language, precision and recall of "failed" (the positive class: a violation), agreement on
// "not_applicable", and the calls it got wrong. Pure: cases in, counts out.
import { analyseCall, BUILT_IN_POLICIES } from '../../packages/core/src/analysis/index.ts';
import type { AnalyseCallOutput, TranscriptSegment } from '../../packages/core/src/analysis/index.ts';

export type Label = 'passed' | 'failed' | 'not_applicable' | 'uncertain';

export interface EvalCase {
  id: string;
  language: 'en' | 'es';
  region?: string;
  policy?: string;
  asr?: string;
  metadata?: Record<string, unknown>;
  segments: TranscriptSegment[];
  labels: Record<string, Label>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  naOk: number;
  naTotal: number;
  uncertain: number;
  uncertainReviewed: number;
}

export interface Score {
  calls: number;
  byCheck: Map<string, Counts>;
  mistakes: string[];
  consistency: string[];
}

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0, naOk: 0, naTotal: 0, uncertain: 0, uncertainReviewed: 0 });

/** the built-in pack a call is evaluated with: its policy, or the Spain pack for Spanish calls made in Spain */
export function policyFor(c: EvalCase): string {
  if (c.policy === 'collections') return 'collections';
  if (c.region === 'ES' && BUILT_IN_POLICIES.spain) return 'spain';
  return c.policy && BUILT_IN_POLICIES[c.policy] ? c.policy : 'default';
}

/** the engine's verdict for a labelled check id: a compliance check, or a binary scorecard item (closing) */
export function verdictOf(out: AnalyseCallOutput, id: string): { status: string; review: boolean } | null {
  const c = out.results.compliance.checks.find((x) => x.id === id);
  // flagged for review: named in review_reasons, or (when another check already failed the call) marked uncertain by its confidence
  const reviewed = (out.results.compliance.review_reasons?.some((r) => r.check_id === id) ?? false) || (c !== undefined && (c.confidence ?? 1) <= 0.5);
  if (c) return { status: c.status, review: reviewed };
  const item = out.results.quality.scorecard.find((x) => x.id === id);
  if (!item) return null;
  const status = (item as { status?: string }).status ?? (item.score >= 1 ? 'passed' : 'failed');
  return { status, review: false };
}

/** the quote is a piece of the segment's text, where masked values ("[CARD_NUMBER]") stand for any words */
export function quoteFits(quote: string, text: string): boolean {
  const pieces = quote.split(/\[[A-Z_]+\]/).map((x) => x.trim()).filter(Boolean);
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** what every analysis must satisfy whatever the labels say (ANALYSIS-CHECKS.md, "Consistency") */
export function consistencyProblems(out: AnalyseCallOutput, segments: TranscriptSegment[]): string[] {
  const p: string[] = [];
  const comp = out.results.compliance;
  if (comp.status === 'review' && !(comp.review_reasons?.length)) p.push('review without review_reasons');
  if (comp.status !== 'review' && comp.review_reasons?.length) p.push(`${comp.status} with review_reasons`);
  const critFailed = comp.checks.some((c) => c.severity === 'critical' && c.status === 'failed');
  if (critFailed && comp.status !== 'fail') p.push('critical check failed but status is not fail');
  if (critFailed && comp.score > 50) p.push(`critical check failed but score ${comp.score}`);
  const duration = segments.reduce((m, s) => Math.max(m, s.end), 0);
  const closing = out.results.quality.scorecard.find((i) => i.id === 'closing');
  // a turn that runs into the last third counts (its closing words are at its end)
  for (const e of closing?.evidence ?? []) if (e.end < (duration * 2) / 3) p.push(`closing evidence at ${e.start}-${e.end}s, before the last third`);
  const all = [...comp.checks.flatMap((c) => c.evidence), ...out.results.quality.scorecard.flatMap((i) => i.evidence)];
  for (const e of all) {
    const seg = out.segments[e.segment];
    if (!seg || !quoteFits(e.quote, seg.text)) p.push(`quote not from segment ${e.segment}`);
  }
  return p;
}

export function scoreCases(cases: EvalCase[]): Score {
  const byCheck = new Map<string, Counts>();
  const mistakes: string[] = [];
  const consistency: string[] = [];
  for (const c of cases) {
    const out = analyseCall({ segments: c.segments, language: 'auto', policy: BUILT_IN_POLICIES[policyFor(c)], metadata: c.metadata ?? {} });
    for (const problem of consistencyProblems(out, c.segments)) consistency.push(`${c.id}: ${problem}`);
    if (out.language !== c.language) mistakes.push(`${c.id}: language detected as ${out.language}`);
    for (const [id, expected] of Object.entries(c.labels)) {
      const got = verdictOf(out, id);
      if (!got) continue;
      const key = `${id}/${c.language}`;
      if (!byCheck.has(key)) byCheck.set(key, emptyCounts());
      const k = byCheck.get(key)!;
      if (expected === 'uncertain') {
        k.uncertain++;
        if (got.review) k.uncertainReviewed++;
        continue;
      }
      if (expected === 'not_applicable') {
        k.naTotal++;
        if (got.status === 'not_applicable') k.naOk++;
      }
      const e = expected === 'failed';
      const g = got.status === 'failed';
      if (e && g) k.tp++;
      else if (!e && g) k.fp++;
      else if (e && !g) k.fn++;
      else k.tn++;
      if (e !== g || (expected === 'not_applicable') !== (got.status === 'not_applicable')) {
        const check = out.results.compliance.checks.find((x) => x.id === id);
        mistakes.push(`${c.id}: ${id} expected ${expected}, got ${got.status}${check ? ` — ${check.explanation}` : ''}`);
      }
    }
  }
  return { calls: cases.length, byCheck, mistakes, consistency };
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn));
